// Writing the report's answer cells into worksheet XML in place: styles kept, cells and rows put in
// order, anything not understood refused (the caller then takes the full save).
import { writeCellsToSheetXml } from '../../src/workbook/xlsx-cells-in-place';
import { CannotAppendInPlace } from '../../src/workbook/sheet-xml';

const sheet = (rows: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:G3"/><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="B3:C3"/></mergeCells></worksheet>`;

describe('writeCellsToSheetXml', () => {
  test('replaces a cell keeping its style, and leaves everything around it as it was', () => {
    const xml = sheet('<row r="1" spans="1:7"><c r="A1" t="s"><v>0</v></c><c r="D1" s="7"/></row><row r="3"><c r="A3" s="2" t="s"><v>1</v></c><c r="B3" s="9"/><c r="C3" s="9"/></row>');
    const out = writeCellsToSheetXml(xml, [{ address: 'D1', value: 4 }, { address: 'B3', value: '清河县 <交通>' }]);
    expect(out).toBe(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="D1" s="7"><v>4</v></c></row><row r="3"><c r="A3" s="2" t="s"><v>1</v></c><c r="B3" s="9" t="inlineStr"><is><t xml:space="preserve">清河县 &lt;交通&gt;</t></is></c><c r="C3" s="9"/></row>'));
  });

  test('adds missing cells in column order and missing rows in row order', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="E1"><v>5</v></c></row><row r="4"/>');
    const out = writeCellsToSheetXml(xml, [{ address: 'C1', value: 3 }, { address: 'G1', value: 7 }, { address: 'B2', value: null }, { address: 'A4', value: true }]);
    expect(out).toBe(sheet('<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c><c r="E1"><v>5</v></c><c r="G1"><v>7</v></c></row><row r="2"><c r="B2"/></row><row r="4"><c r="A4" t="b"><v>1</v></c></row>'));
  });

  test('refuses a cell holding a formula, a sheet without a plain sheetData, and a row holding more than cells', () => {
    expect(() => writeCellsToSheetXml(sheet('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>'), [{ address: 'A1', value: 1 }])).toThrow(CannotAppendInPlace);
    expect(() => writeCellsToSheetXml('<x:worksheet><x:sheetData/></x:worksheet>', [{ address: 'A1', value: 1 }])).toThrow(CannotAppendInPlace);
    expect(() => writeCellsToSheetXml(sheet('<row r="1"><c r="A1"/><extLst/></row>'), [{ address: 'A1', value: 1 }])).toThrow(CannotAppendInPlace);
  });

  test('writes into an empty <sheetData/>', () => {
    const xml = '<worksheet><sheetData/></worksheet>';
    expect(writeCellsToSheetXml(xml, [{ address: 'B2', value: 'x' }])).toBe('<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row></sheetData></worksheet>');
  });
});
