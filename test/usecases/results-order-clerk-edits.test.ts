// A clerk sorts 抽查结果 (by 检查结果, by 序号 descending, …): verify still fails (SPEC §3.7), but says
// so once per draw and how to undo it, and names cell by cell only what was really changed.
import ExcelJS from 'exceljs';
import { drawTask, verifyWorkbook } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { drawRequest, drawnBookBytes, tampered } from './helpers';

/** A draw's problems but the warning every unannounced draw carries (SPEC §3.8 verify.unannounced). */
function drawProblems(line: { problems: Array<{ code: string; severity: string; cell?: string; sheet?: string; message: string }> }) {
  return line.problems.filter((p) => p.code !== 'verify.unannounced');
}

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await drawnBookBytes();
});

type Row = ExcelJS.CellValue[];

function column(ws: ExcelJS.Worksheet, header: string): number {
  const row = ws.getRow(1);
  for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).text === header) return c;
  throw new Error(`no column ${header}`);
}

/** Rewrites the data rows (2…) of 抽查结果 in the order `arrange` gives them, as Excel's sort does. */
function sortResults(arrange: (rows: Row[], ws: ExcelJS.Worksheet) => Row[]) {
  return (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet(SHEETS.results)!;
    const rows: Row[] = [];
    for (let r = 2; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as Row).slice());
    arrange(rows, ws).forEach((values, i) => {
      ws.getRow(i + 2).values = values;
    });
  };
}

const bySeqDescending = sortResults((rows, ws) => {
  const seq = column(ws, '序号');
  return [...rows].sort((a, b) => Number(b[seq]) - Number(a[seq]));
});

test('rows of a draw sorted by 序号 descending: one error at the first displaced row, saying how to restore the order', async () => {
  const report = await verifyWorkbook(await tampered(bytes, bySeqDescending));
  expect(report.ok).toBe(false);
  const problems = drawProblems(report.lines[0]);
  expect(problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`)).toEqual([`verify.result-order@${SHEETS.results}!D2`]);
  expect(problems[0].message).toContain('抽取 联033-1 的 10 行结果都在、内容一致，但顺序与抽取时不同');
  expect(problems[0].message).toContain('按“抽取编号”、再按“序号”升序排序');
});

test('rows sorted by 检查结果 (some rows stay in place): the error names the first row that moved', async () => {
  const book = await tampered(bytes, sortResults((rows, ws) => {
    const result = column(ws, '检查结果');
    rows.forEach((row, i) => {
      row[result] = i === 2 ? '发现问题已责令改正' : '未发现问题';
    });
    // Excel's sort is stable: rows 2 and 3 ('未发现问题' first, descending) stay, row 4 goes to the end.
    const key = (row: Row) => String(row[result]);
    return [...rows].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
  }));
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  expect(drawProblems(report.lines[0]).map((p) => `${p.code}@${p.cell}`)).toEqual(['verify.result-order@D4']);
});

test('a sorted draw with one edited cell: the order error, then that cell alone', async () => {
  const book = await tampered(bytes, (wb) => {
    bySeqDescending(wb);
    const ws = wb.getWorksheet(SHEETS.results)!;
    ws.getCell(5, column(ws, '人员编号')).value = 'JT01,SC01';
  });
  const problems = drawProblems((await verifyWorkbook(book)).lines[0]);
  expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['verify.result-order@D2', 'verify.result-cell@K5']);
  // The content differs too, so the order error does not claim it is intact.
  expect(problems[0].message).not.toContain('内容一致');
});

test('sorting by 抽取编号 then 序号 ascending, as the error advises, verifies again (other draws may move)', async () => {
  const book = await tampered(bytes, () => undefined);
  expect((await drawTask(book, drawRequest({ taskId: '交001' }))).ok).toBe(true);
  const scrambled = await tampered(await book.toBuffer(), sortResults((rows) => [...rows].reverse()));
  const before = await verifyWorkbook(scrambled);
  expect(before.lines.map((l) => drawProblems(l).map((p) => p.code))).toEqual([['verify.result-order'], ['verify.result-order']]);

  const restored = await tampered(await scrambled.toBuffer(), sortResults((rows, ws) => {
    const [drawId, seq] = [column(ws, '抽取编号'), column(ws, '序号')];
    return [...rows].sort((a, b) => (String(a[drawId]) < String(b[drawId]) ? -1 : String(a[drawId]) > String(b[drawId]) ? 1 : Number(a[seq]) - Number(b[seq])));
  }));
  const after = await verifyWorkbook(restored);
  expect(after.lines.map((l) => drawProblems(l))).toEqual([[], []]);
  expect(after.ok).toBe(true);
});

test('a row deleted (not a reorder) is named as the one missing, where it stood, not as every later row differing', async () => {
  const book = await tampered(bytes, (wb) => wb.getWorksheet(SHEETS.results)!.spliceRows(3, 1));
  const problems = (await verifyWorkbook(book)).lines[0].problems.filter((p) => p.severity === 'error');
  expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['verify.result-missing@D3']);
  expect(problems[0].message).toContain('缺少序号 2');
});
