import { UserFacingError } from '../../src/core/messages/problem';
import type { ColumnFormat } from '../../src/core/schema';
import type { CellValue } from '../../src/core/text';
import type { WorkbookChange } from '../../src/workbook/port';
import { needsTextFormat } from '../../src/workbook/office-write';
import { BUDGET, MB, describeOnHosts, expectSameRows, heavyTest, officeOn, syncAllowance } from './office-fixtures';
import { HOSTS } from '../fakes/excel-fake';

const RESULTS = '抽查结果';
const HEADER = ['抽取编号', '对象编号', '对象名称', '检查日期', '序号', '备注'];
const FORMATS: ColumnFormat[] = ['text', 'text', 'general', 'date', 'integer', 'general'];

function resultRows(count: number, from = 0): CellValue[][] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return [
      `CQ-2024-${String(i).padStart(4, '0')}`,
      i % 2 === 0 ? String(i).padStart(6, '0') : `91130${String(i).padStart(13, '0')}`,
      `清河县第${i}号运输有限公司`,
      45474 + (i % 90),
      i + 1,
      i % 5 === 0 ? null : '按期完成',
    ];
  });
}

function sheetWithRows(existing: number) {
  const setup = officeOn();
  setup.fake.addSheet(RESULTS, [HEADER, ...resultRows(existing, 900_000)]);
  return setup;
}

const append = (rows: CellValue[][], sheet = RESULTS): WorkbookChange => ({
  kind: 'appendRows',
  sheet,
  rows,
  formats: FORMATS,
});

describeOnHosts('OfficeWorkbook.apply appendRows', (host) => {
  test('the fake turns "000123" into a number when the text format comes after the value', async () => {
    const { fake } = officeOn();
    fake.addSheet('s');
    await fake.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('s').getRange('A1');
      cell.values = [['000123']];
      cell.numberFormat = [['@']];
      await context.sync();
    });
    expect(fake.sheet('s').cell('A1')).toBe(123);
  });

  test('appends 100 rows below the existing ones, IDs as text and dates with a date format', async () => {
    const { fake, workbook } = sheetWithRows(5);
    const before = fake.sheet(RESULTS).values();
    const rows = resultRows(100);
    await workbook.apply([append(rows)]);
    const sheet = fake.sheet(RESULTS);
    const after = sheet.values();
    expect(after.slice(0, 6)).toEqual(before);
    expectSameRows(after.slice(6), rows);
    expect(sheet.cell('B7')).toBe('000000');
    expect(sheet.cell('B8')).toBe('911300000000000001');
    expect(sheet.numberFormat('B7')).toBe('@');
    expect(sheet.numberFormat('D106')).toBe('yyyy-mm-dd');
    expect(sheet.numberFormat('E7')).toBe('0');
    expect(sheet.numberFormat('C7')).toBe('General');
    expect(fake.syncs).toBe(host.excelApi >= 8 ? 3 : 2); // probe, drop-downs next to the rows (ExcelApi 1.8), write (no table)
  });

  heavyTest(host)('appends 100,000 rows exactly, within 2 syncs per 10,000 rows and 4 MB a request', async () => {
    const { fake, workbook } = sheetWithRows(5);
    const rows = resultRows(100_000);
    await workbook.apply([append(rows)]);
    const after = fake.sheet(RESULTS).values();
    expect(after).toHaveLength(100_006);
    expectSameRows(after.slice(6), rows);
    expect(fake.syncs).toBeLessThanOrEqual(syncAllowance(2, 100_000));
    expect(fake.rejectedSyncs).toBe(0);
    expect(fake.largestRequest).toBeLessThanOrEqual(BUDGET);
    console.log(`append 100,000 × 6: ${fake.syncs} syncs, largest request ${(fake.largestRequest / MB).toFixed(2)} MB`);
  });

  test('a request over the host limit is sent again in halves and still lands every cell', async () => {
    const { fake, workbook } = sheetWithRows(3);
    fake.payloadLimit = 1 * MB;
    const rows = resultRows(30_000);
    await workbook.apply([append(rows)]);
    expectSameRows(fake.sheet(RESULTS).values().slice(4), rows);
    expect(fake.rejectedSyncs).toBeGreaterThan(0);
    expect(fake.largestRequest).toBeLessThanOrEqual(1 * MB);
  });

  test('a single row over the host limit fails with a Chinese message, not a loop', async () => {
    const { fake, workbook } = sheetWithRows(1);
    fake.payloadLimit = 20_000;
    const failure = await workbook.apply([append([['CQ-1', '1', '长'.repeat(10_000), null, 1, null]])]).catch((e) => e);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as UserFacingError).problems[0].code).toBe('office.payload-too-large');
  });

  test('a numeric-looking string in a general column stays text, a formula-looking one is not evaluated', async () => {
    const { fake, workbook } = sheetWithRows(0);
    await workbook.apply([append([['CQ-1', '000001', '00789', null, 1, '=1+1']])]);
    const sheet = fake.sheet(RESULTS);
    expect(sheet.cell('C2')).toBe('00789');
    expect(sheet.numberFormat('C2')).toBe('@');
    expect(sheet.numberFormat('F2')).toBe('@');
  });

  test('strings Excel would turn into numbers, dates, times, booleans or formulas are the ones kept as text', () => {
    const converted = ['000123', '911301000000000012', '1,234.5', '10%', '2024-06-01', '6/1', '2024年6月', '6月1日'];
    const alsoConverted = ['9:30', 'TRUE', '=1+1', '-', '+86 138', '1e5', '.5'];
    const keptAsTyped = ['清河县', '2024年6月至10月', '不低于10%', 'CQ-2024-0001', 'A', '交通局', '', 'abc123'];
    expect([...converted, ...alsoConverted].filter((v) => !needsTextFormat(v))).toEqual([]);
    expect(keptAsTyped.filter((v) => needsTextFormat(v))).toEqual([]);
  });

  test('two appends to one sheet land one after the other', async () => {
    const { fake, workbook } = sheetWithRows(2);
    await workbook.apply([append(resultRows(3)), append(resultRows(4, 3))]);
    expectSameRows(fake.sheet(RESULTS).values().slice(3), resultRows(7));
  });

  test('rows below a table grow the table when Table.resize is available (ExcelApi 1.13)', async () => {
    const { fake, workbook } = sheetWithRows(5);
    const table = fake.addTable(RESULTS, 'A1:F6');
    await workbook.apply([append(resultRows(10))]);
    expect(table.address).toBe('A1:F16');
    expect(fake.syncs).toBe(host.excelApi >= 8 ? 4 : 3); // probe, table bounds, drop-downs (1.8), write + resize (1.13)
  });

  test('without Table.resize (Office 2019, ExcelApi 1.7) Excel grows the table by itself over the rows written below it', async () => {
    const { fake, workbook } = officeOn({ host: HOSTS.office2019 });
    fake.addSheet(RESULTS, [HEADER, ...resultRows(5, 900_000)]);
    const table = fake.addTable(RESULTS, 'A1:F6');
    await workbook.apply([append(resultRows(10))]);
    expect(table.address).toBe('A1:F16'); // office-js#2097: auto-expansion, no Table.resize needed
    expectSameRows(fake.sheet(RESULTS).values().slice(6), resultRows(10));
    expect(fake.runOptions).toEqual([undefined]); // no undo group before ExcelApi 1.20, no delayForCellEdit before 1.11
  });

  test('a clerk\'s note row right below the table joins it with the appended rows; under a table showing 汇总行 nothing is appended', async () => {
    const setup = officeOn();
    setup.fake.addSheet(RESULTS, [HEADER, ...resultRows(5, 900_000), ['', '', '', '', '注：以上对象已全部完成检查']]);
    const table = setup.fake.addTable(RESULTS, 'A1:F6');
    await setup.workbook.apply([append(resultRows(3))]);
    expectSameRows(setup.fake.sheet(RESULTS).values().slice(7), resultRows(3));
    // Without Table.resize only Excel's auto-expansion grows a table, and the note row is in its way.
    expect(table.address).toBe(host.excelApi >= 13 ? 'A1:F10' : 'A1:F6');

    const totals = officeOn();
    totals.fake.addSheet(RESULTS, [HEADER, ...resultRows(5, 900_000), ['汇总', '', '', '', '', '']]);
    const withTotals = totals.fake.addTable(RESULTS, 'A1:F7');
    withTotals.showTotals = true;
    const before = totals.fake.sheet(RESULTS).values();
    // The rows could only go under the 汇总行, outside the table: refused, nothing written.
    await expect(totals.workbook.apply([append(resultRows(3))])).rejects.toMatchObject({
      problems: [expect.objectContaining({ code: 'records.totals-row', sheet: RESULTS })],
    });
    expect(totals.fake.sheet(RESULTS).values()).toEqual(before);
    expect(withTotals.address).toBe('A1:F7');
  });

  test('a table with empty rows left takes the rows inside it, never below them', async () => {
    const { fake, workbook } = sheetWithRows(2);
    const table = fake.addTable(RESULTS, 'A1:F10');
    await workbook.apply([append(resultRows(3))]);
    expectSameRows(fake.sheet(RESULTS).values().slice(3), resultRows(3));
    expect(table.address).toBe('A1:F10');
  });

  test('a change list naming a missing sheet writes nothing at all', async () => {
    const { fake, workbook } = sheetWithRows(2);
    const before = fake.sheet(RESULTS).values();
    const failure = await workbook
      .apply([append(resultRows(3)), append(resultRows(3), '抽取日志'), { kind: 'hideSheet', sheet: '抽取快照' }])
      .catch((e) => e);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as UserFacingError).problems.map((p) => [p.code, p.sheet])).toEqual([
      ['office.sheet-missing', '抽取日志'],
      ['office.sheet-missing', '抽取快照'],
    ]);
    expect(fake.sheet(RESULTS).values()).toEqual(before);
    expect(fake.syncs).toBe(1);
  });

  test('appending to a sheet before the change that creates it is refused', async () => {
    const { fake, workbook } = officeOn();
    const failure = await workbook
      .apply([
        append(resultRows(1), '抽取日志'),
        { kind: 'createTableSheet', spec: { name: '抽取日志', columns: HEADER.map((header) => ({ header })) } },
      ])
      .catch((e) => e);
    expect((failure as UserFacingError).problems[0].code).toBe('office.sheet-missing');
    expect(fake.sheets).toHaveLength(0);
  });
});
