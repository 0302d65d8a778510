// A clerk puts a title row above the header of a product sheet, or copies one of its columns under the
// same header: nothing is appended (SPEC §2: header in row 1, each column once), and one error says
// what to undo, instead of one per column or a report of deleted rows.
import { readFileSync, writeFileSync, mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { drawTask, dryRun, validateWorkbook, verifyWorkbook, voidDraw } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { run } from '../../src/cli/main';
import { capture } from '../fixtures/cli-capture';
import { drawRequest, drawnBookBytes, tampered, WITNESS } from './helpers';

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await drawnBookBytes();
});

const TITLE = '清河县2024年双随机抽查结果登记表';
const titleAbove = (sheet: string) => (wb: ExcelJS.Workbook) => {
  wb.getWorksheet(sheet)!.spliceRows(1, 0, [TITLE]);
};
/** The column under `header` copied into a new column A, header and all (the original moves right). */
const copiedToColumnA = (sheet: string, header: string) => (wb: ExcelJS.Workbook) => {
  const ws = wb.getWorksheet(sheet)!;
  let source = 0;
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.text === header) source = col;
  });
  ws.spliceColumns(1, 0, (ws.getColumn(source).values as ExcelJS.CellValue[]).slice(1));
};

async function allValues(book: XlsxWorkbook) {
  return book.readSheets(await book.listSheets());
}

const placed = (problems: ReadonlyArray<{ code: string; sheet?: string; cell?: string }>) =>
  problems.map((p) => `${p.code}@${p.sheet}!${p.cell ?? ''}`);

describe('a title row above the header', () => {
  test('of 抽查结果: the next draw is refused with one error at A1, nothing written', async () => {
    const book = await tampered(bytes, titleAbove(SHEETS.results));
    const before = await allValues(book);
    const report = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(report.written).toBe(false);
    expect(placed(report.problems)).toEqual([`records.header-not-in-row-1@${SHEETS.results}!A1`]);
    expect(report.problems[0].message).toContain('表头在第 2 行，应在第 1 行');
    expect(report.problems[0].message).toContain('请删除表头上方的 1 行');
    expect(await allValues(book)).toEqual(before);
  });

  test('of 抽查结果: verify says the header moved, not that the rows were deleted', async () => {
    const report = await verifyWorkbook(await tampered(bytes, titleAbove(SHEETS.results)));
    expect(report.ok).toBe(false);
    // Said once for the sheet, before any draw is replayed.
    expect(report.lines).toEqual([]);
    expect(placed(report.problems)).toEqual([`records.header-not-in-row-1@${SHEETS.results}!A1`]);
  });

  test('of 抽取日志, two rows: the next draw is refused with one error at A1', async () => {
    const book = await tampered(bytes, (wb) => wb.getWorksheet(SHEETS.log)!.spliceRows(1, 0, [TITLE], []));
    const report = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(report.written).toBe(false);
    expect(placed(report.problems)).toEqual([`records.header-not-in-row-1@${SHEETS.log}!A1`]);
    expect(report.problems[0].message).toContain('表头在第 3 行');
    expect(report.problems[0].message).toContain('请删除表头上方的 2 行');
  });

  test('ssj validate (and the pane\'s 检查) tells it before any draw is tried, for each product sheet', async () => {
    expect((await validateWorkbook(await tampered(bytes, () => undefined))).problems.filter((p) => p.code.startsWith('records.'))).toEqual([]);
    for (const sheet of [SHEETS.results, SHEETS.log, SHEETS.snapshot]) {
      const report = await validateWorkbook(await tampered(bytes, titleAbove(sheet)));
      expect(placed(report.problems.filter((p) => p.code.startsWith('records.')))).toEqual([`records.header-not-in-row-1@${sheet}!A1`]);
      expect(report.problems.find((p) => p.sheet === sheet)!.message).toContain('表头在第 2 行');
    }
    const copied = await validateWorkbook(await tampered(bytes, copiedToColumnA(SHEETS.results, '对象名称')));
    expect(placed(copied.problems.filter((p) => p.code.startsWith('records.')))).toEqual([`records.repeated-column@${SHEETS.results}!A1`]);
  });

  test('of the hidden 抽取快照: nothing is appended under the title', async () => {
    const book = await tampered(bytes, titleAbove(SHEETS.snapshot));
    const before = await allValues(book);
    const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(draw.written).toBe(false);
    expect(draw.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual([`${SHEETS.snapshot}!A1`]);
    expect(draw.problems[0].code).toMatch(/^records\.header-/);
    expect(await allValues(book)).toEqual(before);
  });

  test('ssj draw prints the one error and leaves the file byte for byte', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ssj-title-')), 'title.xlsx');
    writeFileSync(file, await (await tampered(bytes, titleAbove(SHEETS.results))).toBuffer());
    const original = readFileSync(file);
    const { io, err } = capture();
    const code = await run(['draw', file, '--task', '交001', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--date', '2024-06-03'], io);
    expect(code).toBe(1);
    expect(err.filter((line) => line.startsWith('错误'))).toEqual([
      expect.stringMatching(/^错误 抽查结果!A1: 表头在第 2 行，应在第 1 行/),
    ]);
    expect(readFileSync(file).equals(original)).toBe(true);
  });
});

describe('a product column copied under the same header', () => {
  test('对象名称 copied into column A of 抽查结果: the draw is refused, naming the header, nothing written', async () => {
    const book = await tampered(bytes, copiedToColumnA(SHEETS.results, '对象名称'));
    const before = await allValues(book);
    const report = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(report.written).toBe(false);
    expect(placed(report.problems)).toEqual([`records.repeated-column@${SHEETS.results}!A1`]);
    expect(report.problems[0].message).toContain('表头中有不止一个“对象名称”列');
    expect(report.problems[0].message).toContain('改名或删除');
    expect(await allValues(book)).toEqual(before);
  });

  test('a 抽取日志 column copied: the draw and a void are refused, nothing written', async () => {
    const book = await tampered(bytes, copiedToColumnA(SHEETS.log, '操作人'));
    const before = await allValues(book);
    const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(draw.written).toBe(false);
    expect(placed(draw.problems)).toEqual([`records.repeated-column@${SHEETS.log}!A1`]);
    const voided = await voidDraw(book, { drawId: '联033-1', reason: '测试', operator: '张三' });
    expect(voided.ok).toBe(false);
    expect(placed(voided.problems)).toEqual([`records.repeated-column@${SHEETS.log}!A1`]);
    expect(await allValues(book)).toEqual(before);
  });

  test('a 抽取快照 column copied: nothing is appended', async () => {
    const book = await tampered(bytes, copiedToColumnA(SHEETS.snapshot, '编号'));
    const before = await allValues(book);
    const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(draw.written).toBe(false);
    expect(placed(draw.problems)).toEqual([`records.repeated-column@${SHEETS.snapshot}!A1`]);
    expect(await allValues(book)).toEqual(before);
  });

  test('a clerk column of their own with an unrelated header still draws', async () => {
    const book = await tampered(bytes, (wb) => {
      const ws = wb.getWorksheet(SHEETS.results)!;
      ws.spliceColumns(1, 0, ['联系人']);
    });
    expect((await drawTask(book, drawRequest({ taskId: '交001' }))).ok).toBe(true);
    expect((await verifyWorkbook(book)).ok).toBe(true);
  });
});

test('void and the dry run say a moved 抽查结果 header as draw does, not that results were altered', async () => {
  const book = await tampered(bytes, titleAbove(SHEETS.results));
  const voided = await voidDraw(book, { drawId: '联033-1', reason: '测试', operator: '张三' });
  expect(voided.ok).toBe(false);
  expect(placed(voided.problems)).toEqual([`records.header-not-in-row-1@${SHEETS.results}!A1`]);
  const foreseen = await dryRun(book, '交001', '2024-06-03');
  expect(placed(foreseen.problems.filter((p) => p.severity === 'error'))).toEqual([`records.header-not-in-row-1@${SHEETS.results}!A1`]);
});

test('verify names a product column standing twice (which copy it read is a guess)', async () => {
  const report = await verifyWorkbook(await tampered(bytes, copiedToColumnA(SHEETS.results, '对象名称')));
  expect(report.ok).toBe(false);
  expect(placed(report.problems)).toContain(`records.repeated-column@${SHEETS.results}!A1`);
});

describe('a product column renamed', () => {
  const renamed = (sheet: string, cell: string, text: string) => (wb: ExcelJS.Workbook) => {
    wb.getWorksheet(sheet)!.getCell(cell).value = text;
  };

  test('is named at its own header cell, with what it now says: draw, void, dry run and verify', async () => {
    const book = await tampered(bytes, renamed(SHEETS.results, 'K1', '人员'));
    const before = await allValues(book);
    const expected = [`records.missing-column@${SHEETS.results}!K1`];
    const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(draw.written).toBe(false);
    expect(placed(draw.problems)).toEqual(expected);
    expect(draw.problems[0].message).toContain('缺少“人员编号”列（这一格现为“人员”，应为“人员编号”）');
    expect(placed((await voidDraw(book, { drawId: '联033-1', reason: '测试', operator: '张三' })).problems)).toEqual(expected);
    expect(placed((await dryRun(book, '交001', '2024-06-03')).problems.filter((p) => p.severity === 'error'))).toEqual(expected);
    // Once, at the header: not a difference in every row of every draw.
    const verified = await verifyWorkbook(book);
    expect(verified.ok).toBe(false);
    expect(verified.lines).toEqual([]);
    expect(placed(verified.problems)).toEqual(expected);
    expect(await allValues(book)).toEqual(before);
  });

  test('in 抽取日志 (the 种子 header) and in column A of 抽查结果, verify names each cell once', async () => {
    const log = await verifyWorkbook(await tampered(bytes, renamed(SHEETS.log, 'I1', '种')));
    expect(placed(log.problems)).toEqual([`records.missing-column@${SHEETS.log}!I1`]);
    expect(log.problems[0].message).toContain('这一格现为“种”');
    const first = await verifyWorkbook(await tampered(bytes, renamed(SHEETS.results, 'A1', '编号')));
    expect(placed(first.problems)).toEqual([`records.missing-column@${SHEETS.results}!A1`]);
  });

  test('a header cleared is named at its cell too', async () => {
    const report = await drawTask(await tampered(bytes, renamed(SHEETS.snapshot, 'D1', '')), drawRequest({ taskId: '交001' }));
    expect(placed(report.problems)).toEqual([`records.missing-column@${SHEETS.snapshot}!D1`]);
    expect(report.problems[0].message).not.toContain('这一格现为');
  });
});
