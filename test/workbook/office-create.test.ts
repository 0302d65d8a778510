import { ANNEX1, planLayout, PLAN_HEADER_ROW } from '../../src/core/layouts';
import {
  INSPECTION_RESULTS,
  LOG_COLUMNS,
  PLAN_COLUMNS,
  RESULT_COLUMNS,
  SHEETS,
  SNAPSHOT_COLUMNS,
} from '../../src/core/schema';
import { columnLetter, type CellValue } from '../../src/core/text';
import { columnWidthPoints } from '../../src/workbook/office-create';
import type { WorkbookChange } from '../../src/workbook/port';
import { BUDGET, MB, describeOnHosts, expectSameRows, officeOn, syncAllowance } from './office-fixtures';
import { HOSTS } from '../fakes/excel-fake';

const createTable = (name: string, columns = RESULT_COLUMNS, hidden?: boolean): WorkbookChange => ({
  kind: 'createTableSheet',
  spec: { name, columns, hidden },
});

describeOnHosts('OfficeWorkbook.apply createTableSheet', (host) => {
  test('creates header, bold header, styled table, drop-downs, formats, widths and a frozen row', async () => {
    const { fake, workbook } = officeOn();
    await workbook.apply([createTable(SHEETS.results)]);
    const sheet = fake.sheet(SHEETS.results);
    const last = columnLetter(RESULT_COLUMNS.length - 1);
    expect(sheet.values()).toEqual([RESULT_COLUMNS.map((c) => c.header)]);
    expect(sheet.style(`A1:${last}1`, 'format.font.bold')).toBe(true);
    expect(sheet.tables.map((t) => [t.address, t.style])).toEqual([[`A1:${last}2`, 'TableStyleMedium2']]);
    expect(sheet.frozenRows).toBe(1);
    const resultCol = RESULT_COLUMNS.findIndex((c) => c.header === '检查结果');
    const validation = sheet.validations.find((v) => v.rect.col === resultCol);
    if (host.excelApi >= 8) {
      // Only the table's first data row: never down to row 1,048,576 (Ctrl+End, the scroll bar).
      expect(validation?.rect).toEqual({ row: 1, col: resultCol, rows: 1, cols: 1 });
      expect(validation?.rule).toEqual({ list: { inCellDropDown: true, source: INSPECTION_RESULTS.join(',') } });
      expect(sheet.validations).toHaveLength(RESULT_COLUMNS.filter((c) => c.choices).length);
    } else expect(sheet.validations).toEqual([]); // no data validation before ExcelApi 1.8
    expect(sheet.numberFormat('E2')).toBe('@'); // 对象编号
    expect(sheet.numberFormat('L2')).toBe('yyyy-mm-dd'); // 检查日期
    expect(sheet.numberFormat('L3')).toBe('General'); // appended rows bring their own formats
    expect(sheet.usedRect(false)?.rows).toBe(2);
    expect(sheet.style('A1', 'format.columnWidth')).toBe(columnWidthPoints(12));
    expect(sheet.visibility).toBe('Visible');
  });

  test('抽取快照 is created hidden, not very hidden', async () => {
    const { fake, workbook } = officeOn();
    await workbook.apply([createTable(SHEETS.snapshot, SNAPSHOT_COLUMNS, true)]);
    expect(fake.sheet(SHEETS.snapshot).visibility).toBe('Hidden');
  });

  test('an existing sheet is left exactly as it is', async () => {
    const { fake, workbook } = officeOn();
    fake.addSheet(SHEETS.results, [['我的列'], ['手填的值']]);
    await workbook.apply([createTable(SHEETS.results)]);
    const sheet = fake.sheet(SHEETS.results);
    expect(sheet.values()).toEqual([['我的列'], ['手填的值']]);
    expect(sheet.tables).toHaveLength(0);
    expect(sheet.styles).toHaveLength(0);
    expect(sheet.validations).toHaveLength(0);
  });

  test('rows appended right after creating the sheet start in row 2 and grow the new table', async () => {
    const { fake, workbook } = officeOn();
    const rows: CellValue[][] = [
      ['CQ-1', '对象', '000123', null, null, null, null],
      ['CQ-1', '对象', '911301000000000012', null, null, null, null],
    ];
    await workbook.apply([
      createTable(SHEETS.snapshot, SNAPSHOT_COLUMNS, true),
      { kind: 'appendRows', sheet: SHEETS.snapshot, rows, formats: SNAPSHOT_COLUMNS.map((c) => c.format) },
    ]);
    const sheet = fake.sheet(SHEETS.snapshot);
    expectSameRows(sheet.values().slice(1), rows);
    expect(sheet.cell('C2')).toBe('000123');
    expect(sheet.tables[0].address).toBe('A1:G3');
  });
});

describeOnHosts('OfficeWorkbook.apply createLayoutSheet, writeCells, hideSheet, select', (host) => {
  test('年度抽查计划: title merged and styled, header with borders, frozen and filtered, drop-downs below', async () => {
    const { fake, workbook } = officeOn();
    const spec = planLayout();
    await workbook.apply([{ kind: 'createLayoutSheet', spec }]);
    const sheet = fake.sheet(SHEETS.plan);
    const last = columnLetter(PLAN_COLUMNS.length - 1);
    expect(sheet.cell('A1')).toBe(spec.cells[0].value);
    expect(sheet.values()[1]).toEqual(PLAN_COLUMNS.map((c) => c.header));
    expect(sheet.merges).toEqual([`A1:${last}1`]);
    expect(sheet.style('A1', 'format.font.bold')).toBe(true);
    expect(sheet.style('A1', 'format.font.size')).toBe(16);
    expect(sheet.style('A1', 'format.horizontalAlignment')).toBe('Center');
    expect(sheet.style(`A2:${last}2`, 'format.borders.EdgeBottom.style')).toBe('Continuous');
    expect(sheet.style(`A2:${last}2`, 'format.borders.InsideVertical.style')).toBe('Continuous');
    expect(sheet.frozenRows).toBe(PLAN_HEADER_ROW);
    expect(sheet.autoFilter).toBe(host.excelApi >= 9 ? `A2:${last}2` : null); // Worksheet.autoFilter: ExcelApi 1.9
    const typeCol = PLAN_COLUMNS.findIndex((c) => c.header === '抽查类型');
    const typeValidation = sheet.validations.find((v) => v.rect.col === typeCol);
    expect(typeValidation?.rect).toEqual(host.excelApi >= 8 ? { row: PLAN_HEADER_ROW, col: typeCol, rows: 1000, cols: 1 } : undefined);
  });

  test('附件1 is drawn with its values and merges, and skipped when it exists', async () => {
    const { fake, workbook } = officeOn();
    await workbook.apply([{ kind: 'createLayoutSheet', spec: ANNEX1.spec }]);
    const sheet = fake.sheet(ANNEX1.spec.name);
    expect([...sheet.merges].sort()).toEqual([...ANNEX1.spec.merges].sort());
    for (const cell of ANNEX1.spec.cells) expect(sheet.cell(cell.address)).toEqual(cell.value === '' ? null : cell.value);
    const styles = sheet.styles.length;
    await workbook.apply([{ kind: 'createLayoutSheet', spec: ANNEX1.spec }]);
    expect(sheet.styles).toHaveLength(styles);
  });

  test('writeCells writes answers with their formats and hideSheet hides', async () => {
    const { fake, workbook } = officeOn();
    fake.addSheet(SHEETS.annex1);
    fake.addSheet('其他');
    await workbook.apply([
      {
        kind: 'writeCells',
        sheet: SHEETS.annex1,
        cells: [
          { address: 'C5', value: 12 },
          { address: 'D5', value: '000123', format: 'text' },
          { address: 'E5', value: 45474, format: 'date' },
          { address: 'F5', value: null },
        ],
      },
      { kind: 'hideSheet', sheet: '其他' },
    ]);
    const sheet = fake.sheet(SHEETS.annex1);
    expect([sheet.cell('C5'), sheet.cell('D5'), sheet.cell('E5'), sheet.cell('F5')]).toEqual([12, '000123', 45474, null]);
    expect(sheet.numberFormat('E5')).toBe('yyyy-mm-dd');
    expect(fake.sheet('其他').visibility).toBe('Hidden');
    // Hiding runs apart, outside the undo group: probe + hide; then probe, old cell contents, writes.
    expect(fake.syncs).toBe(5);
  });

  test('a bad address in writeCells writes nothing', async () => {
    const { fake, workbook } = officeOn();
    fake.addSheet(SHEETS.annex1);
    const failure = await workbook
      .apply([{ kind: 'writeCells', sheet: SHEETS.annex1, cells: [{ address: 'C5', value: 1 }, { address: '5C', value: 2 }] }])
      .catch((e) => e);
    expect(failure.problems.map((p: { code: string }) => p.code)).toEqual(['office.bad-address']);
    expect(fake.sheet(SHEETS.annex1).values()).toEqual([]);
  });

  test('select activates the sheet and selects the cell', async () => {
    const { fake, workbook } = officeOn();
    fake.addSheet(SHEETS.objects);
    await workbook.select!(SHEETS.objects, 'B17');
    expect(fake.activeSheet).toBe(SHEETS.objects);
    expect(fake.selection).toEqual({ sheet: SHEETS.objects, address: 'B17' });
    expect(fake.syncs).toBe(1);
  });
});

/** The change list of a draw (SPEC §3): results, one log row, the snapshot of every eligible object. */
function drawChanges(registrySize: number): WorkbookChange[] {
  const results = Array.from({ length: 12 }, (_, i) => RESULT_COLUMNS.map((c, col) => (col < 11 ? `${c.header}${i}` : null)));
  const log = [LOG_COLUMNS.map((c, col) => (c.format === 'integer' ? col : 'a'.repeat(64)))];
  const snapshot = Array.from({ length: registrySize }, (_, i) => [
    'CQ-2024-0001',
    '对象',
    `91130${String(i).padStart(13, '0')}`,
    ['A', 'B', 'C', 'D', '未分级'][i % 5],
    null,
    null,
    null,
  ]);
  const formats = (columns: typeof RESULT_COLUMNS) => columns.map((c) => c.format);
  return [
    { kind: 'appendRows', sheet: SHEETS.results, rows: results, formats: formats(RESULT_COLUMNS) },
    { kind: 'appendRows', sheet: SHEETS.log, rows: log, formats: formats(LOG_COLUMNS) },
    { kind: 'appendRows', sheet: SHEETS.snapshot, rows: snapshot, formats: formats(SNAPSHOT_COLUMNS) },
  ];
}

async function measureDraw(registrySize: number, host = HOSTS.m365) {
  const { fake, workbook } = officeOn({ host });
  await workbook.apply([
    createTable(SHEETS.results),
    createTable(SHEETS.log, LOG_COLUMNS),
    createTable(SHEETS.snapshot, SNAPSHOT_COLUMNS, true),
  ]);
  fake.resetCounters();
  await workbook.apply(drawChanges(registrySize));
  return { fake, workbook };
}

describe('a whole draw', () => {
  test('costs the same syncs for a registry of 100 or 10,000 objects, in one undo group', async () => {
    const small = await measureDraw(100);
    const large = await measureDraw(10_000);
    expect(small.fake.syncs).toBe(4); // probe, table bounds, drop-downs next to the rows, writes with resizes
    expect(large.fake.syncs).toBe(small.fake.syncs);
    expect(small.fake.runOptions).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
    expect(large.fake.sheet(SHEETS.snapshot).values()).toHaveLength(10_001);
    expect(large.fake.sheet(SHEETS.snapshot).tables[0].address).toBe('A1:G10001');
  });

  test('with 100,000 snapshot rows stays within 2 syncs per 10,000 rows and 4 MB a request', async () => {
    const { fake, workbook } = await measureDraw(100_000);
    expect(fake.syncs).toBeLessThanOrEqual(syncAllowance(4, 100_000));
    expect(fake.largestRequest).toBeLessThanOrEqual(BUDGET);
    expect(workbook.lastStats.syncs).toBe(fake.syncs);
    expect(fake.sheet(SHEETS.snapshot).cell('C100001')).toBe('911300000000099999');
    console.log(`draw with 100,000 snapshot rows: ${fake.syncs} syncs, largest request ${(fake.largestRequest / MB).toFixed(2)} MB`);
  });

  test('hosts before ExcelApi 1.20 get no undo group; before 1.11 a plain Excel.run', async () => {
    expect((await measureDraw(100, HOSTS.office2021)).fake.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect((await measureDraw(100, HOSTS.office2019)).fake.runOptions).toEqual([undefined]);
  });
});
