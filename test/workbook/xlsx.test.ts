// The ExcelJS adapter of the WorkbookPort, on real .xlsx bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Workbook, type Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { UserFacingError } from '../../src/core/messages/problem';
import type { ColumnDef } from '../../src/core/schema';
import type { WorkbookChange } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { XlsxFileReader } from '../../src/workbook/xlsx-file';
import { tablesOf } from '../../src/workbook/xlsx-write';
import { validationAt } from './xlsx-helpers';

const COLUMNS: readonly ColumnDef[] = [
  { header: '对象编号', format: 'text' },
  { header: '对象名称' },
  { header: '检查日期', format: 'date' },
  { header: '对象类型', choices: ['企业', '其他'] },
];

async function roundTrip(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

async function excel(book: XlsxWorkbook): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  return wb;
}

/** A workbook written by ExcelJS directly, holding every kind of cell value. */
async function mixedValuesBook(date1904 = false): Promise<Uint8Array> {
  const wb = new Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('值');
  ws.getCell('A1').value = new Date(Date.UTC(2024, 5, 1, 12, 0, 0));
  ws.getCell('A1').numFmt = 'yyyy-mm-dd hh:mm';
  ws.getCell('B1').value = { richText: [{ text: '清河' }, { font: { bold: true }, text: '交通' }] };
  ws.getCell('C1').value = { formula: '1+2', result: 3 };
  ws.getCell('D1').value = { text: '链接文字', hyperlink: 'https://example.org' };
  ws.getCell('E1').value = { error: '#N/A' };
  ws.getCell('F1').value = '';
  ws.getCell('A3').value = '合并';
  ws.mergeCells('A3:C4');
  ws.getCell('D4').value = 0;
  ws.getCell('E4').value = false;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const EXPECTED_MIXED = [
  [45444.5, '清河交通', 3, '链接文字', null],
  [null, null, null, null, null],
  ['合并', null, null, null, null],
  [null, null, null, 0, false],
];

describe('reading cell values', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ssj-xlsx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('normalises dates to serials with their time, rich text, formulas, links, errors and merges', async () => {
    const book = await XlsxWorkbook.fromBuffer(await mixedValuesBook());
    const sheets = await book.readSheets(['值', '不存在']);
    expect(sheets.has('不存在')).toBe(false);
    expect(sheets.get('值')).toEqual(EXPECTED_MIXED);
  });

  it('the streaming reader returns the same values as the full model', async () => {
    const file = path.join(dir, 'mixed.xlsx');
    writeFileSync(file, await mixedValuesBook());
    const sheets = await new XlsxFileReader(file).readSheets(['值']);
    expect(sheets.get('值')).toEqual(EXPECTED_MIXED);
  });

  it('reads dates of a 1904-date-system workbook as 1900-system serials, both ways', async () => {
    const bytes = await mixedValuesBook(true);
    const file = path.join(dir, 'mixed1904.xlsx');
    writeFileSync(file, bytes);
    const full = (await (await XlsxWorkbook.fromBuffer(bytes)).readSheets(['值'])).get('值')!;
    const streamed = (await new XlsxFileReader(file).readSheets(['值'])).get('值')!;
    expect(full[0][0]).toBe(45444.5);
    expect(streamed[0][0]).toBe(45444.5);
  });

  it('refuses bytes that are not an .xlsx with a Chinese message', async () => {
    await expect(XlsxWorkbook.fromBuffer(new TextEncoder().encode('对象编号,对象名称\n1,2\n'))).rejects.toThrow(/不是有效的 \.xlsx/);
  });
});

describe('creating a table sheet', () => {
  it('writes the header as an Excel table with drop-downs, column formats, a frozen header and widths', async () => {
    const book = XlsxWorkbook.create();
    await book.apply([{ kind: 'createTableSheet', spec: { name: '对象', columns: COLUMNS } }]);
    const ws = (await excel(book)).getWorksheet('对象')!;
    expect(ws.getRow(1).values).toEqual([undefined, '对象编号', '对象名称', '检查日期', '对象类型']);
    const [table] = Object.values(tablesOf(ws));
    expect(table.table).toMatchObject({ tableRef: 'A1:D2', headerRow: true });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(validationAt(ws, 'D2')?.formulae).toEqual(['"企业,其他"']);
    expect(validationAt(ws, 'D5000')).toBeDefined();
    expect(validationAt(ws, 'D5001')).toBeUndefined();
    expect(validationAt(ws, 'A2')).toBeUndefined();
    expect(ws.getCell('A300').numFmt).toBe('@');
    expect(ws.getCell('C300').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.state).toBe('visible');
  });

  it('hides (not very hidden) a sheet whose spec says hidden', async () => {
    const book = XlsxWorkbook.create();
    await book.apply([
      { kind: 'createTableSheet', spec: { name: '可见', columns: COLUMNS } },
      { kind: 'createTableSheet', spec: { name: '快照', columns: COLUMNS, hidden: true } },
    ]);
    expect((await excel(book)).getWorksheet('快照')!.state).toBe('hidden');
  });

  it('leaves an existing sheet of that name alone', async () => {
    const book = XlsxWorkbook.create();
    await book.apply([{ kind: 'createTableSheet', spec: { name: '对象', columns: COLUMNS } }]);
    await book.apply([{ kind: 'appendRows', sheet: '对象', rows: [['X1', '甲']] }]);
    await book.apply([{ kind: 'createTableSheet', spec: { name: '对象', columns: [{ header: '别的' }] } }]);
    expect((await book.readSheets(['对象'])).get('对象')).toEqual([
      ['对象编号', '对象名称', '检查日期', '对象类型'],
      ['X1', '甲', null, null],
    ]);
  });
});

describe('creating a layout sheet', () => {
  it('writes values, merges, styles, widths and the frozen, filtered header', async () => {
    const book = XlsxWorkbook.create();
    await book.apply([
      {
        kind: 'createLayoutSheet',
        spec: {
          name: '计划',
          cells: [
            { address: 'A1', value: '标题', style: 'title' },
            { address: 'A2', value: '对象编号', style: 'header' },
            { address: 'B2', value: '对象名称', style: 'header' },
            { address: 'A3', value: '合计', style: 'label' },
          ],
          merges: ['A1:D1', 'A3:A4'],
          columnWidths: [20, 30],
          headerRow: 2,
          columns: COLUMNS,
        },
      },
    ]);
    const ws = (await excel(book)).getWorksheet('计划')!;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getCell('A4').master.address).toBe('A3');
    expect(ws.getCell('A4').border.bottom).toEqual({ style: 'thin' });
    expect(ws.getCell('B2').font).toMatchObject({ bold: true });
    expect(ws.getCell('B2').alignment).toMatchObject({ wrapText: true });
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBe('A2:D2');
    expect(validationAt(ws, 'D3')).toBeDefined();
    expect(validationAt(ws, 'D2')).toBeUndefined();
    expect(ws.getCell('C3').numFmt).toBe('yyyy-mm-dd');
  });
});

describe('appending rows', () => {
  async function tableBook(): Promise<XlsxWorkbook> {
    const book = XlsxWorkbook.create();
    await book.apply([{ kind: 'createTableSheet', spec: { name: '对象', columns: COLUMNS } }]);
    return book;
  }
  const formats = COLUMNS.map((c) => c.format);

  it('keeps IDs with leading zeros and 18-character codes as text, and dates as date-formatted serials', async () => {
    const book = await tableBook();
    await book.apply([
      { kind: 'appendRows', sheet: '对象', rows: [['00123', '甲', 45444, '企业'], [911301001234567890, '乙', '2024-06-02', '其他']], formats },
    ]);
    const ws = (await excel(book)).getWorksheet('对象')!;
    expect(ws.getCell('A2').value).toBe('00123');
    expect(ws.getCell('A2').numFmt).toBe('@');
    expect(typeof ws.getCell('A3').value).toBe('string');
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    const values = (await (await roundTrip(book)).readSheets(['对象'])).get('对象')!;
    expect(values.slice(1)).toEqual([
      ['00123', '甲', 45444, '企业'],
      [String(911301001234567890), '乙', 45445, '其他'],
    ]);
  });

  it('never overwrites user rows: appends below the last row holding a value, even after a gap', async () => {
    const book = await tableBook();
    await book.apply([{ kind: 'appendRows', sheet: '对象', rows: [['A', '甲']], formats }]);
    const reopened = await roundTrip(book);
    // A clerk typed a row further down, leaving empty rows between.
    await reopened.apply([{ kind: 'writeCells', sheet: '对象', cells: [{ address: 'B6', value: '手填' }] }]);
    await reopened.apply([{ kind: 'appendRows', sheet: '对象', rows: [['B', '乙'], ['C', '丙']], formats }]);
    const values = (await (await roundTrip(reopened)).readSheets(['对象'])).get('对象')!;
    expect(values.map((row) => row.slice(0, 2))).toEqual([
      ['对象编号', '对象名称'],
      ['A', '甲'],
      [null, null],
      [null, null],
      [null, null],
      [null, '手填'],
      ['B', '乙'],
      ['C', '丙'],
    ]);
  });

  it('appends below a merged block, not into it', async () => {
    const book = XlsxWorkbook.create();
    await book.apply([
      { kind: 'createLayoutSheet', spec: { name: '表', cells: [{ address: 'A1', value: '标题' }], merges: ['A1:B3'] } },
      { kind: 'appendRows', sheet: '表', rows: [['下一行']] },
    ]);
    expect((await book.readSheets(['表'])).get('表')!.map((r) => r[0])).toEqual(['标题', null, null, '下一行']);
  });

  it('extends the Excel table over the appended rows', async () => {
    const book = await tableBook();
    await book.apply([{ kind: 'appendRows', sheet: '对象', rows: [['A'], ['B'], ['C']], formats }]);
    const reopened = await roundTrip(book);
    await reopened.apply([{ kind: 'appendRows', sheet: '对象', rows: [['D']], formats }]);
    const [table] = Object.values(tablesOf((await excel(reopened)).getWorksheet('对象')!));
    expect(table.table.tableRef).toBe('A1:D5');
    expect(table.table.autoFilterRef).toBe('A1:D5');
  });
});

describe('applying a change list', () => {
  it('checks the whole list first: a write to a missing sheet throws and changes nothing', async () => {
    const book = XlsxWorkbook.create();
    const changes: WorkbookChange[] = [
      { kind: 'createTableSheet', spec: { name: '对象', columns: COLUMNS } },
      { kind: 'appendRows', sheet: '对象', rows: [['A']] },
      { kind: 'appendRows', sheet: '人员', rows: [['P1']] },
    ];
    const failure = await book.apply(changes).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as UserFacingError).problems[0]).toMatchObject({ code: 'workbook.sheet-missing', sheet: '人员' });
    expect(await book.listSheets()).toEqual([]);
  });

  it('rejects bad addresses, overlapping merges, hiding the last visible sheet and unsavable drop-downs before writing', async () => {
    const book = XlsxWorkbook.create();
    await book.apply([{ kind: 'createTableSheet', spec: { name: '对象', columns: COLUMNS } }]);
    const attempts: WorkbookChange[][] = [
      [{ kind: 'writeCells', sheet: '对象', cells: [{ address: 'A0', value: 1 }] }],
      [{ kind: 'createLayoutSheet', spec: { name: '表', cells: [], merges: ['A1:B2', 'B2:C3'] } }],
      [{ kind: 'hideSheet', sheet: '对象' }],
      [{ kind: 'createTableSheet', spec: { name: '坏[名]', columns: COLUMNS } }],
      [{ kind: 'createTableSheet', spec: { name: '选项', columns: [{ header: '结果', choices: ['甲,乙', '丙'] }] } }],
      [{ kind: 'createTableSheet', spec: { name: '长选项', columns: [{ header: '结果', choices: Array.from({ length: 30 }, (_, i) => `很长的选项${i}号`) }] } }],
    ];
    for (const changes of attempts) await expect(book.apply(changes)).rejects.toBeInstanceOf(UserFacingError);
    expect(await book.listSheets()).toEqual(['对象']);
    expect((await book.readSheets(['对象'])).get('对象')).toHaveLength(1);
  });

  it('writes single cells with their formats and hides sheets', async () => {
    const book = XlsxWorkbook.create();
    await book.apply([
      { kind: 'createTableSheet', spec: { name: '对象', columns: COLUMNS } },
      { kind: 'createTableSheet', spec: { name: '日志', columns: COLUMNS } },
      { kind: 'writeCells', sheet: '对象', cells: [{ address: 'F3', value: '007', format: 'text' }, { address: 'G3', value: 12 }] },
      { kind: 'hideSheet', sheet: '日志' },
    ]);
    const wb = await excel(book);
    expect(wb.getWorksheet('对象')!.getCell('F3').value).toBe('007');
    expect(wb.getWorksheet('对象')!.getCell('G3').value).toBe(12);
    expect(wb.getWorksheet('日志')!.state).toBe('hidden');
  });
});

describe('tables saved by Excel', () => {
  it('keep their header row when read and saved again (Excel omits headerRowCount)', async () => {
    const book = XlsxWorkbook.create();
    await book.apply([{ kind: 'createTableSheet', spec: { name: '对象', columns: COLUMNS } }]);
    const zip = await JSZip.loadAsync(await book.toBuffer());
    const tablePath = Object.keys(zip.files).find((name) => /^xl\/tables\/table\d+\.xml$/.test(name))!;
    const xml = await zip.file(tablePath)!.async('string');
    expect(xml).toContain('headerRowCount="1"');
    zip.file(tablePath, xml.replace(' headerRowCount="1"', ''));
    const asExcelSavesIt = await zip.generateAsync({ type: 'uint8array' });

    const reopened = await XlsxWorkbook.fromBuffer(asExcelSavesIt);
    await reopened.apply([{ kind: 'appendRows', sheet: '对象', rows: [['A']] }]);
    const [table] = Object.values(tablesOf((await excel(reopened)).getWorksheet('对象') as Worksheet));
    expect(table.table.headerRow).toBe(true);
  });
});
