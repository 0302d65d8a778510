// A workbook one of whose parts was cut short where `ssj draw` reads no further than the header (the
// hidden 抽取快照 is read for its header only) must be found damaged when the save would rewrite or
// build on that part: exit 2, the file and the sheet named, nothing written. Real files throughout.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { run } from '../../src/cli/main';
import { UserFacingError } from '../../src/core/messages/problem';
import { RESULT_COLUMNS, SHEETS } from '../../src/core/schema';
import { drawTask } from '../../src/usecases';
import type { WorkbookChange } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { applyInPlace } from '../../src/workbook/xlsx-append';
import { IncompletePartError } from '../../src/workbook/xlsx-node-patch';
import { XlsxAppendingFile } from '../../src/workbook/xlsx-file';
import { ZipPackage } from '../../src/workbook/zip-package';
import { writeSmallBook } from '../fixtures/small-book';
import { capture } from '../fixtures/cli-capture';

const WITNESS = '3179 2046 5581 9023 4417 8830';
let dir: string;
/** The small book after one draw of 联033, as ssj draw saves it. */
let drawn: string;
/** The small book without the product sheets: a draw adds them (workbook.xml, rels, content types, styles). */
let bare: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-damaged-write-'));
  const book = XlsxWorkbook.create();
  await writeSmallBook(book);
  bare = path.join(dir, 'bare.xlsx');
  writeFileSync(bare, await book.toBuffer());
  drawn = path.join(dir, 'drawn.xlsx');
  writeFileSync(drawn, readFileSync(bare));
  const appending = await XlsxAppendingFile.open(drawn);
  expect((await drawTask(appending, {
    taskId: '联033', seedSource: { kind: 'witness', digits: WITNESS }, unannounced: '测试：未公告抽取', operator: '张三', date: '2024-06-03',
  })).ok).toBe(true);
  await appending.save(drawn);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The worksheet part of `sheet`, from xl/workbook.xml and its relationships. */
function sheetPart(zip: ZipPackage, sheet: string): string {
  const rId = new RegExp(`<sheet\\b[^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(zip.text('xl/workbook.xml'))![1];
  const rel = [...zip.text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].find((m) => m[0].includes(`Id="${rId}"`))!;
  return `xl/${/Target="\/?(?:xl\/)?([^"]+)"/.exec(rel[0])![1]}`;
}

/** The table part of `sheet`'s first table. */
function tablePart(zip: ZipPackage, sheet: string): string {
  const part = sheetPart(zip, sheet);
  const rels = zip.text(part.replace(/([^/]+)$/, '_rels/$1.rels'));
  return `xl/tables/${/Target="\.\.\/tables\/([^"]+)"/.exec(rels)![1]}`;
}

type PartOf = (zip: ZipPackage) => string;

/** A copy of `from` (a valid zip) whose part keeps only what comes before `cutBefore` (a few characters into it). */
function cutShort(from: string, name: string, part: PartOf, cutBefore: RegExp): string {
  const zip = ZipPackage.open(readFileSync(from));
  const partName = part(zip);
  const xml = zip.text(partName);
  const at = xml.search(cutBefore);
  expect(at).toBeGreaterThan(0);
  const file = path.join(dir, name);
  writeFileSync(file, zip.rewrite(new Map([[partName, xml.slice(0, at + 5)]])));
  return file;
}


/** Runs `ssj draw` on the file; returns the exit code and what it printed, and checks nothing was written. */
async function draw(file: string) {
  const before = readFileSync(file);
  const out = capture();
  const code = await run(['draw', file, '--task', '联033', '--witness', '1111 2222 3333 4444 5555 6666', '--unannounced', '见证号码现场抽取', '--operator', '张三'], out.io);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  return { code, text: out.text() };
}

describe('ssj draw on a part cut short that the draw itself reads no further than its header', () => {
  it('refuses a 抽取快照 cut after its rows (inside <pageSetup), naming the file and the sheet', async () => {
    const file = cutShort(drawn, 'snapshot-tail.xlsx', (zip) => sheetPart(zip, SHEETS.snapshot), /<pageSetup/);
    const { code, text } = await draw(file);
    expect(code).toBe(2);
    expect(text).toContain('snapshot-tail.xlsx');
    expect(text).toMatch(/已损坏：工作表“抽取快照”/);
    expect(text).toMatch(/未写入任何内容/);
    expect(text).not.toMatch(/已写入/);
  });

  it('names the sheet, not "not a valid .xlsx", when 抽取快照 is cut in the middle of its rows', async () => {
    const file = cutShort(drawn, 'snapshot-rows.xlsx', (zip) => sheetPart(zip, SHEETS.snapshot), /<row r="30"/);
    const { code, text } = await draw(file);
    expect(code).toBe(2);
    expect(text).toMatch(/已损坏：工作表“抽取快照”/);
    expect(text).not.toMatch(/不是有效的 \.xlsx/);
  });

  it('refuses a table part of 抽查结果 cut short, naming 抽查结果', async () => {
    const file = cutShort(drawn, 'table-cut.xlsx', (zip) => tablePart(zip, SHEETS.results), /<tableStyleInfo/);
    const { code, text } = await draw(file);
    expect(code).toBe(2);
    expect(text).toMatch(/已损坏：工作表“抽查结果”/);
  });

  it('refuses when the full ExcelJS path is taken (merged cells in 抽查结果) and 抽取快照 is cut short', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(drawn);
    wb.getWorksheet(SHEETS.results)!.mergeCells('P2:Q2');
    const merged = path.join(dir, 'merged.xlsx');
    await wb.xlsx.writeFile(merged);
    const file = cutShort(merged, 'merged-cut.xlsx', (zip) => sheetPart(zip, SHEETS.snapshot), /<pageMargins/);
    const book = await XlsxAppendingFile.open(file);
    await drawTask(book, { taskId: '联033', seedSource: { kind: 'witness', digits: WITNESS }, unannounced: '测试：未公告抽取', operator: '张三', date: '2024-06-03' });
    const before = readFileSync(file);
    const caught = await book.save(file).then(() => undefined, (e: unknown) => e);
    expect(caught).toBeInstanceOf(UserFacingError);
    expect((caught as UserFacingError).problems[0]).toMatchObject({ code: 'file.damaged', sheet: SHEETS.snapshot });
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('what is not cut short is not called damaged', () => {
  it('a part in UTF-16 that the in-place writer does not read leaves the full ExcelJS path free to save', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(drawn);
    wb.getWorksheet(SHEETS.results)!.mergeCells('P2:Q2');
    const merged = path.join(dir, 'merged-utf16.xlsx');
    await wb.xlsx.writeFile(merged);
    const zip = ZipPackage.open(readFileSync(merged));
    // UTF-16LE bytes without a BOM are valid UTF-8 too: written as such, they are the UTF-16 part.
    const utf16 = Buffer.from('<?xml version="1.0" encoding="UTF-16"?><extra/>', 'utf16le').toString('utf8');
    writeFileSync(merged, zip.rewrite(new Map([['xl/extra.xml', utf16]])));
    const book = await XlsxAppendingFile.open(merged);
    await drawTask(book, { taskId: '联033', seedSource: { kind: 'witness', digits: WITNESS }, unannounced: '测试：未公告抽取', operator: '张三', date: '2024-06-03' });
    await book.save(merged);
    expect(book.lastSave).toEqual({ mode: 'full', reason: 'merged cells' });
  });
});

describe('every part the in-place writer edits is checked before it is rewritten', () => {
  const addResults: WorkbookChange[] = [
    { kind: 'createTableSheet', spec: { name: SHEETS.results, columns: RESULT_COLUMNS } },
    { kind: 'appendRows', sheet: SHEETS.results, rows: [['联033-1', '联033']] },
  ];
  const appendEverywhere: WorkbookChange[] = [SHEETS.results, SHEETS.snapshot, SHEETS.log]
    .map((sheet) => ({ kind: 'appendRows', sheet, rows: [['x']] }));

  // Adding a sheet edits these parts besides writing the new ones.
  it.each([
    ['[Content_Types].xml', /<Override/],
    ['xl/_rels/workbook.xml.rels', /<Relationship /],
    ['xl/workbook.xml', /<sheet /],
    ['xl/styles.xml', /<cellXfs/],
  ])('refuses %s cut short, naming the part', async (part, cutBefore) => {
    const file = cutShort(bare, `cut-${part.replace(/\W/g, '_')}.xlsx`, () => part, cutBefore);
    const caught = await applyInPlace(readFileSync(file), addResults).then(() => undefined, (e: unknown) => e);
    expect(caught).toBeInstanceOf(IncompletePartError);
    expect(caught).toMatchObject({ part, sheet: undefined });
  });

  it.each([
    ['worksheet', SHEETS.log, (zip: ZipPackage) => sheetPart(zip, SHEETS.log)],
    ['worksheet relationships', SHEETS.snapshot, (zip: ZipPackage) => sheetPart(zip, SHEETS.snapshot).replace(/([^/]+)$/, '_rels/$1.rels')],
    ['table', SHEETS.log, (zip: ZipPackage) => tablePart(zip, SHEETS.log)],
  ])('refuses a %s part cut short, naming its sheet', async (_, sheet, part) => {
    const file = cutShort(drawn, `cut-${sheet}-${_.replace(/\W/g, '_')}.xlsx`, part, /\/>/);
    const caught = await applyInPlace(readFileSync(file), appendEverywhere).then(() => undefined, (e: unknown) => e);
    expect(caught).toBeInstanceOf(IncompletePartError);
    expect(caught).toMatchObject({ part: part(ZipPackage.open(readFileSync(file))), sheet });
  });

  it('writes the intact workbook as before', async () => {
    await expect(applyInPlace(readFileSync(drawn), appendEverywhere)).resolves.toBeInstanceOf(Uint8Array);
    await expect(applyInPlace(readFileSync(bare), addResults)).resolves.toBeInstanceOf(Uint8Array);
  });
});
