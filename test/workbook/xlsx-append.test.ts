// The in-place append path (XlsxAppendingFile + appendRowsInPlace) against the ExcelJS path it stands in
// for: the same draws on the same real .xlsx files must leave workbooks that read back identically —
// values, number formats, tables, hidden state — and that verify. Where the in-place writer refuses,
// the full ExcelJS path must have been taken, with the same result.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook, type Worksheet } from 'exceljs';
import { createTemplate, drawTask, verifyWorkbook, voidDraw } from '../../src/usecases';
import type { DrawRequest } from '../../src/usecases';
import { SHEETS, RESULT_COLUMNS } from '../../src/core/schema';
import type { WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { nodeFileOps, openXlsxFile, saveXlsxFile, XlsxAppendingFile, XlsxFileReader, type FileOps } from '../../src/workbook/xlsx-file';
import { tablesOf } from '../../src/workbook/xlsx-write';
import { UserFacingError } from '../../src/core/messages/problem';
import { validationAt } from './xlsx-helpers';
import { ZipPackage } from '../../src/workbook/zip-package';

const WITNESS = '3179 2046 5581 9023 4417 8830';
const NOW = () => new Date('2024-06-03T09:30:00+08:00');
let dir: string;
let sample: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-append-'));
  const book = XlsxWorkbook.create();
  await createTemplate(book, { sample: true });
  sample = path.join(dir, 'sample.xlsx');
  writeFileSync(sample, await book.toBuffer());
});

function copy(from: string, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, readFileSync(from));
  return file;
}

const request = (taskId: string, operator = '张三'): DrawRequest => ({
  taskId, seedSource: { kind: 'witness', digits: WITNESS }, unannounced: '测试：未公告抽取', operator, date: '2024-06-03', now: NOW,
});

type Step = (port: WorkbookPort) => Promise<unknown>;

/** Runs `step` on `file` both ways; returns the two output files and how the in-place save went. */
async function bothWays(file: string, step: Step, name: string) {
  const full = path.join(dir, `${name}-full.xlsx`);
  const inPlace = path.join(dir, `${name}-in-place.xlsx`);
  const book = await openXlsxFile(file);
  await step(book);
  await saveXlsxFile(book, full);
  const appending = await XlsxAppendingFile.open(file);
  await step(appending);
  await appending.save(inPlace);
  return { full, inPlace, lastSave: appending.lastSave };
}

async function load(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** JSON with keys sorted: a re-saved workbook may list a rich-text font's properties in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** General is the default format, whether a file spells it out or not. */
const format = (numFmt: string | undefined) => (numFmt === 'General' ? '' : numFmt ?? '');

/** Everything a reader of the workbook sees of its sheets: values, formats, fonts, columns, tables, drop-downs, state. */
function describe_(ws: Worksheet) {
  const cells: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === '') return;
      cells.push(`${r}:${c}=${canonical(cell.value)}|${format(cell.numFmt)}|${cell.font?.bold ? 'b' : ''}`);
    });
  });
  const columns = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1)).map((col) => `${col.width ?? ''}|${format(col.numFmt)}`);
  const tables = Object.entries(tablesOf(ws)).map(([name, { table }]) => `${name} ${table.tableRef} ${table.autoFilterRef ?? ''}`);
  // A flag written as false is the default left out.
  const model = (ws as unknown as { dataValidations: { model: Record<string, object> } }).dataValidations.model;
  const validations = Object.fromEntries(Object.entries(model).map(([range, v]) => [range, Object.fromEntries(Object.entries(v).filter(([, x]) => x !== false))]));
  return { state: ws.state, views: ws.views, columns, cells, tables, validations };
}

async function expectSameWorkbooks(a: string, b: string, only?: readonly string[]): Promise<void> {
  const [left, right] = [await load(a), await load(b)];
  expect(right.worksheets.map((ws) => ws.name)).toEqual(left.worksheets.map((ws) => ws.name));
  for (const ws of left.worksheets) {
    if (only && !only.includes(ws.name)) continue;
    expect({ sheet: ws.name, ...describe_(right.getWorksheet(ws.name)!) }).toEqual({ sheet: ws.name, ...describe_(ws) });
  }
}

const PRODUCT_SHEETS: readonly string[] = [SHEETS.results, SHEETS.log, SHEETS.snapshot];

/** Every part but the product sheets' own (and the parts listing them) is byte for byte the input's. */
function expectOtherPartsUntouched(input: string, output: string): void {
  const before = ZipPackage.open(readFileSync(input));
  const after = ZipPackage.open(readFileSync(output));
  const changed = new Set<string>();
  for (const entry of before.entries) {
    if (entry.name.endsWith('/')) continue;
    if (before.text(entry.name) !== after.text(entry.name)) changed.add(entry.name);
  }
  // Three worksheets, their three tables; workbook, rels, content types and styles only when sheets were added.
  expect([...changed].every((name) => /^xl\/(worksheets\/sheet\d+|tables\/table\d+)\.xml$/.test(name))).toBe(true);
  expect(changed.size).toBeLessThanOrEqual(6);
}

async function verifies(file: string): Promise<boolean> {
  return (await verifyWorkbook(new XlsxFileReader(file))).ok;
}

test('a draw appended in place reads back exactly as the ExcelJS path writes it, and verifies', async () => {
  const first = await bothWays(copy(sample, 'a.xlsx'), (port) => drawTask(port, request('联033')), 'a');
  expect(first.lastSave).toEqual({ mode: 'in-place' });
  await expectSameWorkbooks(first.full, first.inPlace);
  expectOtherPartsUntouched(sample, first.inPlace);
  expect(await verifies(first.inPlace)).toBe(true);

  // On top of the first draw: sheets that already hold rows, a second task, then a void.
  const second = await bothWays(first.inPlace, (port) => drawTask(port, request('联034', '李四')), 'b');
  expect(second.lastSave).toEqual({ mode: 'in-place' });
  await expectSameWorkbooks(second.full, second.inPlace);
  const voided = await bothWays(second.inPlace, (port) => voidDraw(port, { drawId: '联034-1', reason: '见证人未到场', operator: '王五', now: NOW }), 'c');
  expect(voided.lastSave).toEqual({ mode: 'in-place' });
  await expectSameWorkbooks(voided.full, voided.inPlace);
  expect(await verifies(voided.inPlace)).toBe(true);

  const wb = await load(voided.inPlace);
  const results = wb.getWorksheet(SHEETS.results)!;
  // IDs stay text ('@'), 序号 an integer, under the columns' own styles; the table covers every row.
  expect(results.getCell('E2').numFmt).toBe('@');
  expect(results.getCell('D2').numFmt).toBe('0');
  expect(results.getCell('D2').value).toBe(1);
  expect(typeof results.getCell('E2').value).toBe('string');
  const last = results.actualRowCount;
  expect(Object.values(tablesOf(results))[0].table.tableRef).toBe(`A1:${String.fromCharCode(64 + RESULT_COLUMNS.length)}${last}`);
  expect(wb.getWorksheet(SHEETS.snapshot)!.state).toBe('hidden');
});

test('a workbook saved by another program (LibreOffice Calc) takes draws in place, as the ExcelJS path would', async () => {
  // `ssj init --sample`, opened and saved as .xlsx by LibreOffice 7.4 (`soffice --convert-to xlsx`).
  const saved = path.join(__dirname, '..', 'fixtures', 'sample-saved-by-libreoffice.xlsx');
  // ExcelJS's full path re-saves the other sheets in its own way (explicit General formats, …):
  // those are compared with the input instead, and must be untouched.
  const first = await bothWays(copy(saved, 'lo.xlsx'), (port) => drawTask(port, request('联033')), 'lo');
  expect(first.lastSave).toEqual({ mode: 'in-place' });
  await expectSameWorkbooks(first.full, first.inPlace, PRODUCT_SHEETS);
  await expectSameWorkbooks(saved, first.inPlace, (await load(saved)).worksheets.map((ws) => ws.name).filter((n) => !PRODUCT_SHEETS.includes(n)));
  expectOtherPartsUntouched(saved, first.inPlace);
  expectSoundPackage(first.inPlace);
  expect(await verifies(first.inPlace)).toBe(true);
  const second = await bothWays(first.inPlace, (port) => drawTask(port, request('联034')), 'lo2');
  expect(second.lastSave).toEqual({ mode: 'in-place' });
  await expectSameWorkbooks(second.full, second.inPlace, PRODUCT_SHEETS);
  expectOtherPartsUntouched(first.inPlace, second.inPlace);
  expect(await verifies(second.inPlace)).toBe(true);
});

test('the clerk columns keep their drop-downs and nothing but the appended rows changes', async () => {
  const { inPlace } = await bothWays(copy(sample, 'd.xlsx'), (port) => drawTask(port, request('联033')), 'd');
  const before = await load(sample);
  const after = await load(inPlace);
  for (const ws of before.worksheets) {
    if (([SHEETS.results, SHEETS.snapshot, SHEETS.log] as string[]).includes(ws.name)) continue;
    expect(describe_(after.getWorksheet(ws.name)!)).toEqual(describe_(ws));
  }
  const validations = (after.getWorksheet(SHEETS.results) as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  expect(Object.keys(validations).sort()).toEqual(['M2:M5000', 'N2:N5000', 'O2:O5000']);
});

test('Chinese text and XML specials survive the inline strings, read whole or streamed', async () => {
  const file = copy(sample, 'e.xlsx');
  const book = await XlsxAppendingFile.open(file);
  // Long enough to span many inflate chunks, so that characters straddle chunk boundaries.
  const long = Array.from({ length: 60 }, (_, i) => `第${i}行：${'崔春、范立红、张庆龙'.repeat(120)}`);
  const texts = ['A&B <公司> "甲"', '  前后空格  ', '换\n行', '𠀀𪚥 超出基本平面的汉字', ...long];
  await book.apply([{ kind: 'appendRows', sheet: SHEETS.ledger, rows: texts.map((t) => [null, '会议', t]) }]);
  await book.save(file);
  expect(book.lastSave).toEqual({ mode: 'in-place' });
  const streamed = (await new XlsxFileReader(file).readSheets([SHEETS.ledger])).get(SHEETS.ledger)!;
  const whole = (await (await openXlsxFile(file)).readSheets([SHEETS.ledger])).get(SHEETS.ledger)!;
  expect(streamed).toEqual(whole);
  expect(streamed.slice(-texts.length).map((row) => row[2])).toEqual(texts);
});

/** Ids and names that must be unique across the package, and a content type for every part. */
function expectSoundPackage(file: string): void {
  const zip = ZipPackage.open(readFileSync(file));
  const names = zip.entries.map((e) => e.name);
  const tables = names.filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n)).map((n) => zip.text(n));
  const attribute = (xml: string, name: string) => new RegExp(`<table[^>]*\\s${name}="([^"]*)"`).exec(xml)![1];
  expect(new Set(tables.map((t) => attribute(t, 'id'))).size).toBe(tables.length);
  expect(new Set(tables.map((t) => attribute(t, 'name').toLowerCase())).size).toBe(tables.length);
  const workbook = zip.text('xl/workbook.xml');
  const sheetIds = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => m[1]);
  expect(new Set(sheetIds).size).toBe(sheetIds.length);
  const types = zip.text('[Content_Types].xml');
  for (const part of names.filter((n) => /^xl\/(worksheets|tables)\/[^/]+\.xml$/.test(n))) expect(types).toContain(`PartName="/${part}"`);
  const rels = zip.text('xl/_rels/workbook.xml.rels');
  const relIds = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(relIds).size).toBe(relIds.length);
}

test('a workbook without the product sheets gets them in place, made as createTableSheet makes them', async () => {
  const bare = new Workbook();
  await bare.xlsx.readFile(sample);
  for (const name of [SHEETS.results, SHEETS.log, SHEETS.snapshot]) bare.removeWorksheet(bare.getWorksheet(name)!.id);
  // A clerk's table already holding the name the new 抽查结果 table would take.
  bare.getWorksheet(SHEETS.ledger)!.addTable({ name: '表_抽查结果', ref: 'H1', columns: [{ name: '甲' }], rows: [['x']] });
  const registryOnly = path.join(dir, 'registry-only.xlsx');
  await bare.xlsx.writeFile(registryOnly);
  const created = await bothWays(registryOnly, (port) => drawTask(port, request('联033')), 'g');
  expect(created.lastSave).toEqual({ mode: 'in-place' });
  await expectSameWorkbooks(created.full, created.inPlace);
  expectSoundPackage(created.inPlace);
  expect(await verifies(created.inPlace)).toBe(true);
  const wb = await load(created.inPlace);
  expect(Object.keys(tablesOf(wb.getWorksheet(SHEETS.results)!))).toEqual(['表_抽查结果_2']);
  // And the next draw appends to the sheets just made.
  const next = await bothWays(created.inPlace, (port) => drawTask(port, request('联034')), 'g2');
  expect(next.lastSave).toEqual({ mode: 'in-place' });
  await expectSameWorkbooks(next.full, next.inPlace);
  expect(await verifies(next.inPlace)).toBe(true);
});

test('what the in-place writer refuses goes the ExcelJS way, with the same result', async () => {
  // Text that ExcelJS's streaming reader would decode twice.
  const entity = await bothWays(copy(sample, 'f.xlsx'), (port) => port.apply([{ kind: 'appendRows', sheet: SHEETS.ledger, rows: [[null, '会议', 'A&amp;B']] }]), 'f');
  expect(entity.lastSave).toEqual({ mode: 'full', reason: 'text that needs escaping beyond XML' });
  await expectSameWorkbooks(entity.full, entity.inPlace);

  // A 抽查结果 the clerk typed without the ID columns' text format: ExcelJS gives those cells a style.
  const plain = new Workbook();
  await plain.xlsx.readFile(sample);
  const results = plain.getWorksheet(SHEETS.results)!;
  for (let c = 1; c <= RESULT_COLUMNS.length; c++) results.getColumn(c).numFmt = undefined as unknown as string;
  const unformatted = path.join(dir, 'unformatted.xlsx');
  await plain.xlsx.writeFile(unformatted);
  const styled = await bothWays(unformatted, (port) => drawTask(port, request('联033')), 'h');
  expect(styled.lastSave?.mode).toBe('full');
  expect(styled.lastSave?.reason).toMatch(/lacks its number format/);
  await expectSameWorkbooks(styled.full, styled.inPlace);
});

test('a file changed on disk during the operation is not overwritten', async () => {
  const file = copy(sample, 'i.xlsx');
  const book = await XlsxAppendingFile.open(file);
  await drawTask(book, request('联033'));
  const edited = Buffer.concat([readFileSync(file), Buffer.from([0])]);
  writeFileSync(file, edited);
  await expect(book.save(file)).rejects.toThrow(UserFacingError);
  await expect(book.save(file)).rejects.toThrow(/被其他程序改动/);
  expect(readFileSync(file).equals(edited)).toBe(true);
});

test('a disk that fails halfway leaves the file byte for byte as it was, and no temp file', async () => {
  const file = copy(sample, 'j.xlsx');
  const before = readFileSync(file);
  const book = await XlsxAppendingFile.open(file);
  await drawTask(book, request('联033'));
  const diskFull: FileOps = {
    ...nodeFileOps,
    async writeFile(temp, data, mode) {
      await nodeFileOps.writeFile(temp, data.subarray(0, 1000), mode);
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    },
  };
  await expect(book.save(file, diskFull)).rejects.toThrow(UserFacingError);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

/** The validation ranges of a sheet as ExcelJS reads them back, by key. */
function validationKeys(ws: Worksheet): string[] {
  const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  return Object.keys(model).filter((key) => model[key]).sort();
}

test('drop-downs grow with the rows appended, one range per column, the same both ways', async () => {
  const rows = Array.from({ length: 6000 }, (_, i) => [`联099-${i + 1}`]);
  const formats = RESULT_COLUMNS.map((column) => column.format);
  const append: Step = (port) => port.apply([{ kind: 'appendRows', sheet: SHEETS.results, rows, formats }]);
  const first = await bothWays(copy(sample, 'v.xlsx'), append, 'v');
  expect(first.lastSave).toEqual({ mode: 'in-place' });
  await expectSameWorkbooks(first.full, first.inPlace);
  const results = (await load(first.inPlace)).getWorksheet(SHEETS.results)!;
  const last = results.actualRowCount;
  expect(last).toBeGreaterThan(6000);
  const bottom = Math.ceil(last / 5000) * 5000;
  expect(validationKeys(results)).toEqual(['M', 'N', 'O'].map((col) => `${col}2:${col}${bottom}`));
  expect(validationAt(results, `M${last}`)?.type).toBe('list');

  // Another 6000 rows: the ranges grow again, still one each.
  const second = await bothWays(first.inPlace, append, 'v2');
  expect(second.lastSave).toEqual({ mode: 'in-place' });
  await expectSameWorkbooks(second.full, second.inPlace);
  const again = (await load(second.inPlace)).getWorksheet(SHEETS.results)!;
  expect(validationKeys(again)).toEqual(['M', 'N', 'O'].map((col) => `${col}2:${col}${Math.ceil((last + 6000) / 5000) * 5000}`));
});

test('a clerk\'s own drop-downs above the data are left alone; ones left short by an earlier append catch up', async () => {
  // As an earlier version left a big draw: rows past 5000, drop-downs still ending at 5000.
  const wb = new Workbook();
  await wb.xlsx.readFile(sample);
  const results = wb.getWorksheet(SHEETS.results)!;
  const start = results.actualRowCount + 1;
  for (let r = start; r < start + 5200; r++) results.getCell(r, 1).value = `联098-${r}`;
  const table = Object.values(tablesOf(results))[0].table;
  table.tableRef = table.tableRef!.replace(/\d+$/, String(start + 5199));
  table.autoFilterRef = table.tableRef;
  const store = (results as unknown as { dataValidations: { add(address: string, v: object): void } }).dataValidations;
  store.add('P3:P4', { type: 'list', allowBlank: true, formulae: ['"甲,乙"'] });
  store.add('Q7', { type: 'list', allowBlank: true, formulae: ['"丙,丁"'] });
  const old = path.join(dir, 'old-draws.xlsx');
  await wb.xlsx.writeFile(old);

  const append: Step = (port) => port.apply([{ kind: 'appendRows', sheet: SHEETS.results, rows: [['联099-1']], formats: ['text'] }]);
  const { full, inPlace, lastSave } = await bothWays(old, append, 'w');
  expect(lastSave).toEqual({ mode: 'in-place' });
  await expectSameWorkbooks(full, inPlace);
  const after = (await load(inPlace)).getWorksheet(SHEETS.results)!;
  expect(validationKeys(after)).toEqual(['M2:M10000', 'N2:N10000', 'O2:O10000', 'P3:P4', 'Q7']);
});
