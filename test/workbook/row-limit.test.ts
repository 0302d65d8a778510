// SPEC §3.8, Excel's row limit: no write passes row 1,048,576. 抽取快照 goes on to 抽取快照2 (same
// columns, hidden) and verify reads both; an append to 抽查结果 or 抽取日志 that would pass the limit is
// refused with nothing written. Real .xlsx files: a drawn workbook whose sheet is moved down to end near
// the limit (its rows renumbered in the part), so that no test writes a million rows.
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import { Workbook } from 'exceljs';
import { drawTask, verifyWorkbook } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { UserFacingError } from '../../src/core/messages/problem';
import { readSnapshotSheets, snapshotSheetNames } from '../../src/core/records/snapshot-sheet';
import { XlsxAppendingFile, XlsxFileReader } from '../../src/workbook/xlsx-file';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { placeWithinRowLimit, EXCEL_LAST_ROW } from '../../src/workbook/row-limit';
import { worksheetParts, XlsxPackage } from '../../src/workbook/xlsx-package';
import type { WorkbookChange } from '../../src/workbook/port';
import { smallBookFiles } from '../fixtures/small-book-files';
import { drawRequest } from '../usecases/helpers';

const books = smallBookFiles('ssj-row-limit-');
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function drawOnFile(file: string, batch = 1): Promise<{ ok: boolean; saved: boolean; problems: string[] }> {
  const book = await XlsxAppendingFile.open(file);
  const now = () => new Date(Date.parse('2024-06-03T01:30:00Z') + batch * 60_000);
  const report = await drawTask(book, drawRequest({ now }));
  if (!report.written) return { ok: false, saved: false, problems: report.problems.map((p) => `${p.code} ${p.message}`) };
  try {
    await book.save(file);
  } catch (e) {
    if (e instanceof UserFacingError) return { ok: false, saved: false, problems: e.problems.map((p) => `${p.code} ${p.sheet}!${p.cell} ${p.message}`) };
    throw e;
  }
  return { ok: report.ok, saved: true, problems: [] };
}

/** Renumbers the sheet's data rows (row 2 on) so that its last row becomes `lastRow`; its table follows. */
function moveRowsDown(file: string, sheet: string, lastRow: number): void {
  const pkg = XlsxPackage.open(readFileSync(file));
  const part = worksheetParts(pkg).get(sheet.toLowerCase())!;
  const xml = pkg.text(part);
  const numbers = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
  const offset = lastRow - numbers[numbers.length - 1];
  const shift = (n: number) => (n >= 2 ? n + offset : n);
  const moved = xml
    .replace(/<row r="(\d+)"/g, (_, n: string) => `<row r="${shift(Number(n))}"`)
    .replace(/<c r="([A-Z]+)(\d+)"/g, (_, col: string, n: string) => `<c r="${col}${shift(Number(n))}"`)
    .replace(/<dimension ref="([A-Z]+)1:([A-Z]+)\d+"/, (_, a: string, b: string) => `<dimension ref="${a}1:${b}${lastRow}"`)
    .replace(/<dataValidations[\s\S]*?<\/dataValidations>/, '');
  pkg.replace(part, moved);
  for (const [, rel] of pkg.relationships(part)) {
    if (!rel.type.endsWith('/table')) continue;
    pkg.replace(rel.target, pkg.text(rel.target).replace(/ref="([A-Z]+)1:([A-Z]+)\d+"/g, (_, a: string, b: string) => `ref="${a}1:${b}${lastRow}"`));
  }
  writeFileSync(file, pkg.bytes());
}

async function sheetStates(file: string): Promise<Map<string, string>> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return new Map(wb.worksheets.map((ws) => [ws.name, ws.state ?? 'visible']));
}

test('a draw whose 抽取快照 rows would pass row 1,048,576 writes them on 抽取快照2 (same header, hidden), and the workbook verifies', async () => {
  const file = books.copy('snapshot-continues.xlsx');
  expect(await drawOnFile(file, 1)).toMatchObject({ ok: true, saved: true });
  moveRowsDown(file, SHEETS.snapshot, EXCEL_LAST_ROW - 5);
  expect((await verifyWorkbook(new XlsxFileReader(file))).ok).toBe(true);

  expect(await drawOnFile(file, 2)).toMatchObject({ ok: true, saved: true });
  const reader = new XlsxFileReader(file);
  const names = snapshotSheetNames(await reader.listSheets());
  expect(names).toEqual([SHEETS.snapshot, `${SHEETS.snapshot}2`]);
  const sheets = await reader.readSheets(names);
  expect(sheets.get(SHEETS.snapshot)!.length).toBe(EXCEL_LAST_ROW - 5);
  expect(sheets.get(`${SHEETS.snapshot}2`)![0]).toEqual(sheets.get(SHEETS.snapshot)![0]);
  const groups = readSnapshotSheets(sheets);
  expect([...groups.values()].map((g) => [g.sheet, g.first])).toEqual([[SHEETS.snapshot, expect.any(Number)], [`${SHEETS.snapshot}2`, 2]]);
  expect((await sheetStates(file)).get(`${SHEETS.snapshot}2`)).toBe('hidden');

  const verified = await verifyWorkbook(reader);
  expect(verified.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(verified.lines.map((line) => [line.drawId, line.ok])).toEqual([['联033-1', true], ['联033-2', true]]);

  // The next draw goes on 抽取快照2 as well (the chain's latest sheet), and still verifies.
  expect(await drawOnFile(file, 3)).toMatchObject({ saved: true });
  expect(snapshotSheetNames(await new XlsxFileReader(file).listSheets())).toHaveLength(2);
  expect((await verifyWorkbook(new XlsxFileReader(file))).lines.every((line) => line.ok)).toBe(true);
});

test.each([SHEETS.log, SHEETS.results])('a draw that would write %s past row 1,048,576 is refused, the file left byte for byte', async (sheet) => {
  const file = books.copy(`full-${sheet}.xlsx`);
  expect(await drawOnFile(file, 1)).toMatchObject({ ok: true, saved: true });
  moveRowsDown(file, sheet, EXCEL_LAST_ROW);
  const before = digest(file);
  const result = await drawOnFile(file, 2);
  expect(result.saved).toBe(false);
  expect(result.problems.join('\n')).toContain(`workbook.row-limit ${sheet}!A${EXCEL_LAST_ROW}`);
  expect(result.problems.join('\n')).toContain('超过 Excel 的最大行数 1,048,576');
  expect(result.problems.join('\n')).toContain('未写入任何内容');
  expect(digest(file)).toBe(before);
});

describe('placeWithinRowLimit', () => {
  const spec = { name: '快照', columns: [{ header: '编号' }] };
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [i]);
  const append = (sheet: string, n: number, continues = false): WorkbookChange =>
    ({ kind: 'appendRows', sheet, rows: rows(n), ...(continues ? { continueOn: spec } : {}) });
  const summary = (changes: WorkbookChange[]) =>
    changes.map((c) => (c.kind === 'appendRows' ? `${c.sheet}+${c.rows.length}` : c.kind === 'createTableSheet' ? `new ${c.spec.name}${c.spec.hidden ? ' hidden' : ''}` : c.kind));

  test('leaves an append that fits as it is', async () => {
    expect(summary(await placeWithinRowLimit([append('快照', 10, true)], (s) => (s === '快照' ? EXCEL_LAST_ROW - 10 : undefined)))).toEqual(['快照+10']);
  });

  test('moves a whole append that does not fit to the next sheet of the chain, made hidden', async () => {
    const last = new Map([['快照', EXCEL_LAST_ROW - 9]]);
    expect(summary(await placeWithinRowLimit([append('快照', 10, true)], (s) => last.get(s)))).toEqual(['new 快照2 hidden', '快照2+10']);
  });

  test('goes on from the latest sheet of the chain, even where an earlier one has room', async () => {
    const last = new Map([['快照', 100], ['快照2', EXCEL_LAST_ROW - 3], ['快照3', 50]]);
    expect(summary(await placeWithinRowLimit([append('快照', 10, true)], (s) => last.get(s)))).toEqual(['快照3+10']);
  });

  test('spreads an append larger than one sheet over several, filling each', async () => {
    const placed = await placeWithinRowLimit([append('快照', EXCEL_LAST_ROW + 5, true)], (s) => (s === '快照' ? 1 : undefined));
    expect(summary(placed)).toEqual([`快照+${EXCEL_LAST_ROW - 1}`, 'new 快照2 hidden', '快照2+6']);
  });

  test('refuses an append without a continuation that would pass the last row, and counts rows appended earlier in the list', async () => {
    await expect(placeWithinRowLimit([append('日志', 1)], () => EXCEL_LAST_ROW)).rejects.toThrow(UserFacingError);
    await expect(placeWithinRowLimit([append('日志', 3), append('日志', 3)], () => EXCEL_LAST_ROW - 5)).rejects.toThrow(UserFacingError);
    expect(summary(await placeWithinRowLimit([append('日志', 5)], () => EXCEL_LAST_ROW - 5))).toEqual(['日志+5']);
  });

  test('the ExcelJS adapter applies it too: 抽取快照 goes on to 抽取快照2', async () => {
    const book = XlsxWorkbook.create();
    await book.apply([{ kind: 'createTableSheet', spec: { name: '快照', columns: [{ header: '编号' }] } }]);
    book.workbook.getWorksheet('快照')!.getCell(`A${EXCEL_LAST_ROW - 1}`).value = 'x';
    await book.apply([append('快照', 2, true)]);
    expect(book.workbook.worksheets.map((ws) => [ws.name, ws.state])).toEqual([['快照', 'visible'], ['快照2', 'hidden']]);
    expect(book.workbook.getWorksheet('快照2')!.getCell('A3').value).toBe(1);
  });
});
