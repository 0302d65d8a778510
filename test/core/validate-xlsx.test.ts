// The broken-workbook table again, through real .xlsx files: written with ExcelJS, read back through
// the XlsxWorkbook adapter, parsed; reading must leave the file's bytes untouched.
import { Workbook } from 'exceljs';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { parseWorkbook } from '../../src/core/validate';
import { isoToSerial } from '../../src/core/dates';
import { BROKEN_CASES, brokenSheets, expectCaseProblems } from './fixtures/broken';
import { validSheets, type Sheets } from './fixtures/workbook';

async function toXlsx(sheets: Sheets, decorate?: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = new Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && value !== undefined && value !== '') ws.getCell(r + 1, c + 1).value = value;
    }));
  }
  decorate?.(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

async function readBack(bytes: Uint8Array) {
  const before = Uint8Array.from(bytes);
  const book = await XlsxWorkbook.fromBuffer(bytes);
  const sheets = await book.readSheets(await book.listSheets());
  expect(Buffer.compare(Buffer.from(bytes), Buffer.from(before))).toBe(0);
  return parseWorkbook(sheets);
}

test('the valid workbook read from .xlsx gives no problem and the same data', async () => {
  const fromFile = await readBack(await toXlsx(validSheets()));
  expect(fromFile.problems).toEqual([]);
  expect(fromFile.data).toEqual(parseWorkbook(validSheets()).data);
});

describe.each(BROKEN_CASES.map((c) => [c.name, c] as const))('broken .xlsx: %s', (_name, brokenCase) => {
  test(`gives ${brokenCase.code} at ${brokenCase.sheet}!${brokenCase.cell ?? ''}`, async () => {
    const { problems } = await readBack(await toXlsx(brokenSheets(brokenCase)));
    expectCaseProblems(brokenCase, problems);
  });
});

test('real merged cells: a two-row plan header, 抽查时间 over two columns, a plan number merged down', async () => {
  const sheets = validSheets();
  const header = ['抽查计划', null, '抽查任务编号', '抽查任务名称', '抽查类型', '抽查比例', '抽查事项', '抽查对象范围', '发起部门', '联合部门', '抽查时间', null];
  const below = ['编号', '名称', null, null, null, null, null, null, null, null, null, null];
  sheets.set('年度抽查计划', [
    ['2024 年清河县交通运输局“双随机、一公开”抽查工作计划'],
    header,
    below,
    ['联2024033', '部门联合抽查', '联 033', '道路运输市场', '定向', '不低于10%', '', '道路运输经营主体', '交通局', '市场监管', isoToSerial('2024-06-01'), isoToSerial('2024-10-31')],
    [null, null, '联 034', '在建公路工程', '定向', 0.05, '', '在建地方道路大中修工程', '交通局', '', '2024年3月', '2024年9月'],
  ]);
  const bytes = await toXlsx(sheets, (wb) => {
    const ws = wb.getWorksheet('年度抽查计划')!;
    ws.mergeCells('A1:L1');
    ws.mergeCells('A2:B2');
    for (const col of 'CDEFGHIJ') ws.mergeCells(`${col}2:${col}3`);
    ws.mergeCells('K2:L3');
    ws.mergeCells('A4:A5');
    ws.mergeCells('B4:B5');
  });
  const { data, problems } = await readBack(bytes);
  expect(problems).toEqual([]);
  expect(data.tasks.map((t) => [t.row, t.planId, t.planName, t.taskId, t.ratioBp, t.start, t.end, t.joint])).toEqual([
    [4, '联2024033', '部门联合抽查', '联033', 1000, '2024-06-01', '2024-10-31', ['市场监管局']],
    [5, '联2024033', '部门联合抽查', '联034', 500, '2024-03-01', '2024-09-30', []],
  ]);
});
