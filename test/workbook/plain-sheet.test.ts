// 抽取快照 read without ExcelJS (xlsx-plain-sheet.ts) must give exactly what ExcelJS's streaming reader
// gives: the same values on the same real files, or no answer at all (undefined: ExcelJS reads it).
import { readFileSync, writeFileSync } from 'fs';
import { drawTask } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { applyInPlace } from '../../src/workbook/xlsx-append';
import { XlsxAppendingFile, XlsxFileReader } from '../../src/workbook/xlsx-file';
import { worksheetParts, XlsxPackage } from '../../src/workbook/xlsx-package';
import { readPlainSheet } from '../../src/workbook/xlsx-plain-sheet';
import { smallBookFiles } from '../fixtures/small-book-files';
import { drawRequest } from '../usecases/helpers';

const books = smallBookFiles('ssj-plain-sheet-');

function plainOf(file: string, sheet: string) {
  const pkg = XlsxPackage.open(readFileSync(file));
  return readPlainSheet(pkg, sheet, worksheetParts(pkg).get(sheet.toLowerCase())!);
}

/** ExcelJS's streaming reader (a row limit keeps XlsxFileReader off the plain path). */
async function excelJsOf(file: string, sheet: string) {
  return (await new XlsxFileReader(file).readSheets([sheet], undefined, { maxRows: 1e9 })).get(sheet);
}

/** The sheet's XML with `<sheetData>` replaced. */
function withRows(file: string, sheet: string, rowsXml: string): void {
  const pkg = XlsxPackage.open(readFileSync(file));
  const part = worksheetParts(pkg).get(sheet.toLowerCase())!;
  pkg.replace(part, pkg.text(part).replace(/<sheetData[\s\S]*?(<\/sheetData>|<sheetData\/>)/, `<sheetData>${rowsXml}</sheetData>`));
  writeFileSync(file, pkg.bytes());
}

test('a drawn 抽取快照 reads the same as ExcelJS reads it', async () => {
  const file = books.copy('drawn.xlsx');
  const book = await XlsxAppendingFile.open(file);
  expect((await drawTask(book, drawRequest())).ok).toBe(true);
  await book.save(file);
  const plain = plainOf(file, SHEETS.snapshot);
  expect(plain).toBeDefined();
  expect(plain!.length).toBeGreaterThan(10);
  expect(plain).toEqual(await excelJsOf(file, SHEETS.snapshot));
  // XlsxFileReader takes the plain path for the chain, with the same values.
  expect((await new XlsxFileReader(file).readSheets([SHEETS.snapshot])).get(SHEETS.snapshot)).toEqual(plain);
});

test('text, numbers, booleans, errors and empty cells read as ExcelJS reads them, entities decoded as it decodes them', async () => {
  const file = books.copy('cells.xlsx');
  const rows = [['中文 _x000B_ 名称', ' 两端空格 ', 12.5], ['tab\there', 'line\nbreak', -3e-7], ['"quote\'', null, 0]];
  writeFileSync(file, await applyInPlace(readFileSync(file), [
    { kind: 'createTableSheet', spec: { name: '抽取快照', columns: [{ header: 'A' }, { header: 'B' }, { header: 'C' }] } },
    { kind: 'appendRows', sheet: '抽取快照', rows },
  ]));
  const inPlace = plainOf(file, '抽取快照');
  expect(inPlace).toEqual(await excelJsOf(file, '抽取快照'));
  expect(inPlace![1]).toEqual(['中文 _x000B_ 名称', ' 两端空格 ', 12.5]);

  withRows(file, '抽取快照', [
    '<row r="1"><c r="A1" t="inlineStr"><is><t>&amp;lt;b&amp;gt; &amp;amp; &lt;i&gt; &#x4E2D;</t></is></c><c r="B1" t="str"><v>&amp;quot;x&amp;quot;</v></c></row>',
    '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2"/><c r="E2" t="inlineStr"><is><t/></is></c></row>',
    '<row r="4" spans="1:3"><c r="C4"><v>1E3</v></c><c r="AA4" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c></row>',
    '<row r="5"/>',
  ].join(''));
  const plain = plainOf(file, '抽取快照');
  expect(plain).toBeDefined();
  expect(plain).toEqual(await excelJsOf(file, '抽取快照'));
});

test.each([
  ['a shared string', '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'],
  ['a formula', '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>'],
  ['rich inline text', '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>'],
])('a sheet holding %s is left to ExcelJS', async (_name, rowsXml) => {
  const file = books.copy('not-plain.xlsx');
  const book = XlsxWorkbook.create();
  await book.apply([{ kind: 'createTableSheet', spec: { name: '抽取快照', columns: [{ header: 'A' }] } }]);
  writeFileSync(file, await book.toBuffer());
  withRows(file, '抽取快照', rowsXml);
  expect(plainOf(file, '抽取快照')).toBeUndefined();
});

test('a number under a date style is left to ExcelJS (it reads a Date)', async () => {
  const file = books.copy('dated.xlsx');
  const book = XlsxWorkbook.create();
  await book.apply([{ kind: 'createTableSheet', spec: { name: '抽取快照', columns: [{ header: '日期', format: 'date' }] } }]);
  const bytes = await applyInPlace(await book.toBuffer(), [{ kind: 'appendRows', sheet: '抽取快照', rows: [['2024-06-03']], formats: ['date'] }]);
  writeFileSync(file, bytes);
  expect(plainOf(file, '抽取快照')).toBeUndefined();
});
