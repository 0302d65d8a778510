// Appending rows to worksheet XML as text: what is kept, what is written, and what is refused.
import { appendToWorksheetXml, CannotAppendInPlace, cellStyleFormats, extendTableXml } from '../../src/workbook/sheet-xml';

const HEAD = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const sheet = (body: string, extra = '') =>
  `${HEAD}<dimension ref="A1:C2"/><cols><col min="1" max="2" width="12" style="1" customWidth="1"/></cols>${body}${extra}</worksheet>`;
const HEADER_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';
// Style 0 General, 1 text, 2 integer, 3 a date.
const FORMATS = cellStyleFormats(
  '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="49" applyNumberFormat="1"/><xf numFmtId="1"><alignment/></xf><xf numFmtId="164"/></cellXfs></styleSheet>',
);

test('style formats are read in cellXfs order, built-in and custom', () => {
  expect(FORMATS).toEqual(['General', '@', '0', 'yyyy-mm-dd']);
});

test('rows go below the last row with a value, into the empty table row, keeping its styles', () => {
  const xml = sheet(`<sheetData>${HEADER_ROW}<row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" s="1"/><c r="C2" s="2"/></row></sheetData>`);
  const out = appendToWorksheetXml(xml, { rows: [['联033-1', 'x', 7], ['联033-1', null, null]], formats: ['text', undefined, 'integer'] }, FORMATS);
  expect(out.previousLast).toBe(1);
  expect(out.last).toBe(3);
  expect(out.xml).toContain(
    '<row r="2" x14ac:dyDescent="0.25"><c r="A2" s="1" t="inlineStr"><is><t>联033-1</t></is></c>' +
      '<c r="B2" s="1" t="inlineStr"><is><t>x</t></is></c><c r="C2" s="2"><v>7</v></c></row>' +
      '<row r="3"><c r="A3" s="1" t="inlineStr"><is><t>联033-1</t></is></c></row></sheetData>',
  );
  expect(out.xml).toContain('<dimension ref="A1:C3"/>');
});

test('a row with a value stops the search; empty rows after the new ones stay as they were', () => {
  const xml = sheet(`<sheetData>${HEADER_ROW}<row r="2"><c r="A2"><v>5</v></c></row><row r="9" ht="30" customHeight="1"/></sheetData>`);
  const out = appendToWorksheetXml(xml, { rows: [[1], [2]] }, FORMATS);
  expect(out.previousLast).toBe(2);
  expect(out.xml).toContain('<row r="3"><c r="A3" s="1"><v>1</v></c></row><row r="4"><c r="A4" s="1"><v>2</v></c></row><row r="9" ht="30" customHeight="1"/></sheetData>');
});

test('an empty sheet takes rows from row 1', () => {
  const out = appendToWorksheetXml(`${HEAD}<sheetData/></worksheet>`, { rows: [[true, 'a']] }, FORMATS);
  expect(out.previousLast).toBe(0);
  expect(out.xml).toContain('<sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="inlineStr"><is><t>a</t></is></c></row></sheetData>');
});

test('text is escaped, and white space at the ends preserved', () => {
  const out = appendToWorksheetXml(sheet(`<sheetData>${HEADER_ROW}</sheetData>`), { rows: [['<A&B>', ' 甲 ']] }, FORMATS);
  expect(out.xml).toContain('<t>&lt;A&amp;B&gt;</t>');
  expect(out.xml).toContain('<t xml:space="preserve"> 甲 </t>');
});

test('an ISO date goes in as a serial under a date style, and only there', () => {
  const xml = sheet(`<sheetData>${HEADER_ROW}<row r="2"><c r="A2" s="3"/></row></sheetData>`);
  expect(appendToWorksheetXml(xml, { rows: [['2024-06-03']], formats: ['date'] }, FORMATS).xml).toContain('<c r="A2" s="3"><v>45446</v></c>');
  // Column B's style is text: ExcelJS would give the cell a date style of its own.
  expect(() => appendToWorksheetXml(xml, { rows: [[null, '2024-06-03']], formats: [undefined, 'date'] }, FORMATS)).toThrow(CannotAppendInPlace);
});

test('what is not plainly understood is refused', () => {
  const refuse = (xml: string, rows: unknown[][] = [['x']]) =>
    expect(() => appendToWorksheetXml(xml, { rows: rows as never }, FORMATS)).toThrow(CannotAppendInPlace);
  refuse(`${HEAD}<x:sheetData/></worksheet>`);
  refuse(sheet(`<sheetData>${HEADER_ROW}</sheetData>`, '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'));
  refuse(sheet(`<sheetData>${HEADER_ROW}</sheetData>`, '<autoFilter ref="A1:B9"/>'));
  refuse(sheet(`<sheetData>${HEADER_ROW}<row r="3"/><row r="2"/></sheetData>`));
  refuse(sheet(`<sheetData><row><c r="A1"/></row></sheetData>`));
  refuse(sheet(`<sheetData>${HEADER_ROW}</sheetData>`), [['&lt;b&gt;']]);
  refuse(sheet(`<sheetData><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>`));
});

test('Excel\'s escape is written as the text it is (both ExcelJS readers read inline strings so); a control character is never handed to the ExcelJS path, which would drop it', () => {
  const appended = appendToWorksheetXml(sheet(`<sheetData>${HEADER_ROW}</sheetData>`), { rows: [['名称_x000B_分店']] }, FORMATS);
  expect(appended.xml).toContain('<t>名称_x000B_分店</t>');
  let thrown: unknown;
  try {
    appendToWorksheetXml(sheet(`<sheetData>${HEADER_ROW}</sheetData>`), { rows: [['bell\u0007']] }, FORMATS);
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(Error);
  expect(thrown).not.toBeInstanceOf(CannotAppendInPlace);
});

test('the table headed in row 1 over the appended columns grows over them; not with a totals row', () => {
  const table = '<table xmlns="x" id="1" name="T" ref="A1:C2" totalsRowShown="0"><autoFilter ref="A1:C2"/></table>';
  expect(extendTableXml(table, [], 40, 3)).toBe('<table xmlns="x" id="1" name="T" ref="A1:C40" totalsRowShown="0"><autoFilter ref="A1:C40"/></table>');
  expect(extendTableXml(table.replace('totalsRowShown="0"', 'totalsRowCount="1"'), [], 40, 3)).toContain('ref="A1:C2"');
  // Also over a clerk's rows below it (a note, a 合计 row): rows 5–9 appended after a note in row 4.
  expect(extendTableXml(table, [], 9, 3)).toContain('ref="A1:C9"');
  // A clerk's column inserted at A moves the table right; it still holds the rows.
  expect(extendTableXml(table.replace(/A1:C2/g, 'B1:D2'), [], 9, 4)).toContain('ref="B1:D9"');
});

test('a clerk\'s own table never grows over the appended rows, nor lets the results table grow through it', () => {
  const table = '<table xmlns="x" id="1" name="T" ref="A1:C2" totalsRowShown="0"><autoFilter ref="A1:C2"/></table>';
  // Below the results (it ends at the old last row, as Excel would grow it): not the rows' table.
  expect(extendTableXml(table.replace(/A1:C2/g, 'A5:B8'), [], 20, 3)).toContain('ref="A5:B8"');
  // To the right of the appended columns, headed in row 1.
  expect(extendTableXml(table.replace(/A1:C2/g, 'W1:X3'), [], 20, 18)).toContain('ref="W1:X3"');
  // The results table stops where the clerk's table below it starts; beside it, not in its columns, is no obstacle.
  expect(extendTableXml(table, [{ top: 5, left: 1, bottom: 8, right: 2 }], 20, 3)).toContain('ref="A1:C2"');
  expect(extendTableXml(table, [{ top: 4, left: 5, bottom: 6, right: 6 }], 9, 3)).toContain('ref="A1:C9"');
});
