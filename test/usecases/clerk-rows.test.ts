// What clerks leave in 抽查结果 between draws: a space in a far cell, a note or 合计 row below the
// results, Excel's 汇总行. None is evidence; the next draw writes where it says, inside the table.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'fs';
import { drawTask, verifyWorkbook } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { run } from '../../src/cli/main';
import { capture } from '../fixtures/cli-capture';
import { smallBookFiles } from '../fixtures/small-book-files';
import { drawRequest, drawnBookBytes, sheetValues, tampered } from './helpers';
import { XlsxWorkbook as Workbook } from '../../src/workbook/xlsx';
import type { XlsxWorkbook } from '../../src/workbook/xlsx';

const WITNESS = '3179 2046 5581 9023 4417 8830';

async function firstRowOf(book: XlsxWorkbook, drawId: string): Promise<number> {
  return (await sheetValues(book, SHEETS.results)).findIndex((row) => row[0] === drawId) + 1;
}

async function resultsTableRef(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEETS.results)!;
  const tables = (ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables;
  return Object.values(tables)[0].table.tableRef;
}

test('a cell holding only a space below the results: the rows reported are the rows written', async () => {
  let spaceRow = 0;
  const book = await tampered(await drawnBookBytes(), (wb) => {
    const ws = wb.getWorksheet(SHEETS.results)!;
    spaceRow = ws.rowCount + 14;
    ws.getCell(spaceRow, 18).value = ' ';
  });
  const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
  expect(draw.ok).toBe(true);
  expect(draw.resultRows!.first).toBe(spaceRow + 1);
  expect(await firstRowOf(book, '交001-1')).toBe(spaceRow + 1);
});

test('an Excel 汇总 row and a 合计 row under the results are no evidence: verify passes, draws go on', async () => {
  const book = await tampered(await drawnBookBytes(), (wb) => {
    const ws = wb.getWorksheet(SHEETS.results)!;
    const last = ws.rowCount;
    ws.getCell(last + 1, 1).value = '汇总';
    ws.getCell(last + 1, 5).value = { formula: `SUBTOTAL(103,E2:E${last})`, result: last - 1 };
    // A 合计 row whose only number sits in 序号, 抽取编号 blank; another with 合计 under 抽取编号.
    ws.getCell(last + 3, 4).value = { formula: `MAX(D2:D${last})`, result: last - 1 };
    ws.getCell(last + 3, 6).value = '合计';
    ws.getCell(last + 4, 1).value = '合计';
    ws.getCell(last + 4, 4).value = { formula: `COUNT(D2:D${last})`, result: last - 1 };
  });
  expect((await verifyWorkbook(book)).ok).toBe(true);
  const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
  expect(draw.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(draw.ok).toBe(true);
  expect((await verifyWorkbook(book)).ok).toBe(true);
});

test('a result row whose 序号 or 抽取编号 was cleared is named there, once, not as every later row differing', async () => {
  for (const [cell, header] of [['D5', '序号'], ['A5', '抽取编号']]) {
    const book = await tampered(await drawnBookBytes(), (wb) => {
      wb.getWorksheet(SHEETS.results)!.getCell(cell).value = null;
    });
    const report = await verifyWorkbook(book);
    expect(report.ok).toBe(false);
    const problems = report.lines[0].problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`)).toEqual([`verify.result-unnumbered@${SHEETS.results}!${cell}`]);
    expect(problems[0].message).toContain(`序号 4`);
    expect(problems[0].message).toContain(`“${header}”被清空或改写`);
  }
});

describe('a note row right below the results table', () => {
  const files = smallBookFiles('ssj-clerk-rows-');
  const noted = async (file: string): Promise<void> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEETS.results)!;
    ws.getCell(ws.rowCount + 1, 6).value = '注：以上对象已全部完成检查';
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  };
  const cli = async (...argv: string[]) => {
    const output = capture();
    const code = await run(argv, output.io);
    return { code, text: output.text() };
  };

  test('joins the table with the rows the next draw appends (the command line, in place)', async () => {
    const file = files.copy('noted.xlsx');
    expect((await cli('draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--date', '2024-06-03')).code).toBe(0);
    const before = await resultsTableRef(readFileSync(file));
    await noted(file);
    const second = await cli('draw', file, '--task', '交001', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--date', '2024-06-03');
    expect(second.code).toBe(0);
    const bottom = Number(/(\d+)$/.exec(before)![1]);
    const rows = Number(/第 (\d+)–(\d+) 行/.exec(second.text)![2]);
    expect(rows).toBeGreaterThan(bottom + 1);
    expect(await resultsTableRef(readFileSync(file))).toBe(before.replace(/\d+$/, String(rows)));
    expect((await cli('verify', file)).code).toBe(0);
  });
});

/** The drawn book with Excel's 汇总行 ticked on a product sheet's table: a 汇总 row under its rows, inside the table. */
async function withTotalsRow(bytes: Uint8Array, sheet: string = SHEETS.results): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  const last = ws.rowCount;
  ws.getCell(last + 1, 1).value = '汇总';
  ws.getCell(last + 1, ws.columnCount).value = { formula: `SUBTOTAL(103,E2:E${last})`, result: last - 1 };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const tableParts = zip.file(/^xl\/tables\/[^/]+\.xml$/);
  const contents = await Promise.all(tableParts.map((part) => part.async('string')));
  const tablePart = tableParts[contents.findIndex((xml) => xml.includes(sheet))].name;
  const xml = await zip.file(tablePart)!.async('string');
  zip.file(tablePart, xml.replace(/ref="A1:([A-Z]+)\d+"/, `ref="A1:$1${last + 1}"`).replace('<table ', '<table totalsRowCount="1" '));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

describe('Excel\'s 汇总行 ticked on the results table', () => {
  const files = smallBookFiles('ssj-totals-');

  test('in the workbook model (pane preview): the draw is refused, nothing changed', async () => {
    const book = await Workbook.fromBuffer(await withTotalsRow(await drawnBookBytes()));
    const before = await sheetValues(book, SHEETS.log);
    const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(draw.written).toBe(false);
    expect(draw.problems.map((p) => `${p.code}@${p.sheet}`)).toEqual([`records.totals-row@${SHEETS.results}`]);
    expect(draw.problems[0].message).toContain('取消勾选“汇总行”');
    expect(await sheetValues(book, SHEETS.log)).toEqual(before);
  });

  test('ssj draw refuses it and leaves the file byte for byte', async () => {
    const file = files.copy('totals.xlsx');
    const output = capture();
    expect(await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--date', '2024-06-03'], output.io)).toBe(0);
    writeFileSync(file, await withTotalsRow(readFileSync(file)));
    const original = readFileSync(file);
    const second = capture();
    const code = await run(['draw', file, '--task', '交001', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--date', '2024-06-03'], second.io);
    expect(code).toBe(1);
    expect(second.text()).toContain('“抽查结果”的表格开着“汇总行”');
    expect(second.text()).toContain('未抽取，工作簿未改动');
    expect(readFileSync(file).equals(original)).toBe(true);
  });
});

test('a product sheet renamed with a trailing space is named as the one to rename back', async () => {
  const book = await tampered(await drawnBookBytes(), (wb) => {
    wb.getWorksheet(SHEETS.log)!.name = `${SHEETS.log} `;
  });
  const hint = `工作簿中有一个“${SHEETS.log} ”`;
  const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
  expect(draw.written).toBe(false);
  expect(draw.problems.find((p) => p.code === 'verify.log-missing')?.message).toContain(hint);
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  expect(report.problems.find((p) => p.code === 'verify.log-missing')?.message).toContain(hint);
});

/** Every table of 抽查结果 by name, as ExcelJS reads them back. */
async function resultsTables(bytes: Uint8Array): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const tables = (wb.getWorksheet(SHEETS.results) as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables;
  return Object.fromEntries(Object.values(tables).map(({ table }) => [table.name, table.tableRef]));
}

const clerkTables = (wb: ExcelJS.Workbook): void => {
  const ws = wb.getWorksheet(SHEETS.results)!;
  const below = ws.rowCount + 4;
  ws.addTable({ name: '表_统计', ref: `A${below}`, headerRow: true, columns: [{ name: '月份' }, { name: '户数' }], rows: [['6月', 10], ['7月', 20]] });
  ws.addTable({ name: '表_备忘', ref: 'W1', headerRow: true, columns: [{ name: '事项' }, { name: '数' }], rows: [['a', 1], ['b', 2]] });
};

describe('a clerk\'s own tables in 抽查结果', () => {
  const files = smallBookFiles('ssj-clerk-tables-');

  test('stay as they were when a draw appends (the workbook model)', async () => {
    const book = await tampered(await drawnBookBytes(), clerkTables);
    const before = await resultsTables(await book.toBuffer());
    expect((await drawTask(book, drawRequest({ taskId: '交001' }))).ok).toBe(true);
    const after = await resultsTables(await book.toBuffer());
    expect(after['表_统计']).toBe(before['表_统计']);
    expect(after['表_备忘']).toBe(before['表_备忘']);
  });

  test('stay as they were when ssj draw appends in place', async () => {
    const file = files.copy('tables.xlsx');
    const output = capture();
    expect(await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--date', '2024-06-03'], output.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    clerkTables(wb);
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const before = await resultsTables(readFileSync(file));
    expect(await run(['draw', file, '--task', '交001', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--date', '2024-06-03'], capture().io)).toBe(0);
    const after = await resultsTables(readFileSync(file));
    expect(after['表_统计']).toBe(before['表_统计']);
    expect(after['表_备忘']).toBe(before['表_备忘']);
    expect(await run(['verify', file], capture().io)).toBe(0);
  });
});

test('Excel\'s 汇总行 on 抽取日志: verify passes (the row is no entry), the next draw asks to untick it', async () => {
  const drawn = await drawnBookBytes();
  const book = await Workbook.fromBuffer(await withTotalsRow(drawn, SHEETS.log));
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(true);
  expect(report.lastLogHash).toBe((await verifyWorkbook(await Workbook.fromBuffer(drawn))).lastLogHash);
  const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
  expect(draw.written).toBe(false);
  expect(draw.problems.map((p) => `${p.code}@${p.sheet}`)).toEqual([`records.totals-row@${SHEETS.log}`]);
});

test('verify names the hidden 抽取快照 renamed with a trailing space as the sheet to rename back', async () => {
  const book = await tampered(await drawnBookBytes(), (wb) => {
    wb.getWorksheet(SHEETS.snapshot)!.name = `${SHEETS.snapshot} `;
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  expect(report.problems.find((p) => p.code === 'verify.snapshot-sheet-missing')?.message).toContain(`工作簿中有一个“${SHEETS.snapshot} ”`);
});

describe('verify names edits to 序号 at their own cell', () => {
  const errorsOf = async (edit: (ws: ExcelJS.Worksheet) => void) => {
    const book = await tampered(await drawnBookBytes(), (wb) => edit(wb.getWorksheet(SHEETS.results)!));
    const report = await verifyWorkbook(book);
    expect(report.ok).toBe(false);
    return report.lines[0].problems.filter((p) => p.severity === 'error').map((p) => `${p.code}@${p.cell}`);
  };

  test('a 序号 changed to a later one (another row\'s, or past the end) is one edited cell, not rows deleted', async () => {
    expect(await errorsOf((ws) => { ws.getCell('D10').value = 100; })).toEqual(['verify.result-cell@D10']);
    expect(await errorsOf((ws) => { ws.getCell('D10').value = 10; })).toEqual(['verify.result-cell@D10']);
  });

  test('a cleared 序号 in a sorted sheet: the order, and the cleared cell', async () => {
    const errors = await errorsOf((ws) => {
      ws.getCell('D6').value = null;
      // Rows 2 and 3 swapped: the sheet is out of order as well.
      const [second, third] = [ws.getRow(2).values, ws.getRow(3).values];
      ws.getRow(2).values = third as ExcelJS.CellValue[];
      ws.getRow(3).values = second as ExcelJS.CellValue[];
    });
    expect(errors).toEqual(['verify.result-order@D2', 'verify.result-unnumbered@D6']);
  });
});

test('a clerk\'s own table beside the results, with its own 序号 column, does not stop a draw', async () => {
  const book = await tampered(await drawnBookBytes(), (wb) => {
    wb.getWorksheet(SHEETS.results)!.addTable({
      name: '表_我的', ref: 'U1', headerRow: true, columns: [{ name: '序号' }, { name: '说明' }], rows: [[1, '复查']],
    });
  });
  expect((await drawTask(book, drawRequest({ taskId: '交001' }))).ok).toBe(true);
  expect((await verifyWorkbook(book)).ok).toBe(true);
});

test('rows that are no evidence yet look like it are warned of: a result without 序号, a log row without 序号 and 本条哈希', async () => {
  const book = await tampered(await drawnBookBytes(), (wb) => {
    const results = wb.getWorksheet(SHEETS.results)!;
    const row = results.rowCount + 1;
    results.getCell(row, 1).value = '联033-1';
    results.getCell(row, 5).value = '92130534MA00ZZZZ01';
    const log = wb.getWorksheet(SHEETS.log)!;
    log.getCell(log.rowCount + 1, 4).value = '联033-9';
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(true);
  expect(report.problems.map((p) => `${p.severity} ${p.code}@${p.sheet}`)).toEqual([
    `warning verify.result-lookalike@${SHEETS.results}`,
    `warning verify.log-lookalike@${SHEETS.log}`,
  ]);
});
