// The Office adapter on every simulated host, ExcelApi 1.7 (Office 2019) to 1.20 (Microsoft 365, the web):
// the same change lists land the same values; what a host lacks is guarded, said at start, and never
// fails halfway. Below 1.7 (Office 2016) every call is refused up front, in Chinese.
import { LOG_COLUMNS, RESULT_COLUMNS, SHEETS, SNAPSHOT_COLUMNS } from '../../src/core/schema';
import { planLayout } from '../../src/core/layouts';
import type { CellValue } from '../../src/core/text';
import { UserFacingError } from '../../src/core/messages/problem';
import type { WorkbookChange } from '../../src/workbook/port';
import { OfficeWorkbook } from '../../src/workbook/office';
import { createTemplate } from '../../src/usecases';
import { FakeExcel, HOSTS, SUPPORTED_HOSTS, type FakeHostProfile } from '../fakes/excel-fake';

function on(host: FakeHostProfile) {
  const fake = new FakeExcel({ host });
  return { fake, workbook: new OfficeWorkbook(fake.run, { supports: fake.supports }) };
}

/** Strings Excel would turn into formulas, errors, booleans or dates, in a text, a date and an integer column. */
const TRICKY = ['=SUM(A1)', '+86 138', '-', '@x', '#N/A', 'TRUE', '2024-06-01', '000123'];

const template: WorkbookChange[] = [
  { kind: 'createTableSheet', spec: { name: SHEETS.results, columns: RESULT_COLUMNS } },
  { kind: 'createTableSheet', spec: { name: SHEETS.log, columns: LOG_COLUMNS } },
  { kind: 'createTableSheet', spec: { name: SHEETS.snapshot, columns: SNAPSHOT_COLUMNS, hidden: true } },
  { kind: 'createLayoutSheet', spec: planLayout() },
];

function resultRows(tricky: string): CellValue[][] {
  const at = (header: string) => RESULT_COLUMNS.findIndex((c) => c.header === header);
  return [0, 1].map((i) => {
    const row: CellValue[] = RESULT_COLUMNS.map(() => null);
    row[at('抽取编号')] = '联033-1';
    row[at('序号')] = i + 1;
    row[at('对象编号')] = tricky; // text column
    row[at('检查日期')] = i === 0 ? tricky : 45474; // date column
    row[at('对象名称')] = tricky; // general column
    return row;
  });
}

const appendResults = (rows: CellValue[][]): WorkbookChange => ({
  kind: 'appendRows', sheet: SHEETS.results, rows, formats: RESULT_COLUMNS.map((c) => c.format),
});

describe.each(SUPPORTED_HOSTS.map((host) => [host.id, host] as const))('on %s', (_id, host) => {
  test('the template lands whole: tables, hidden 抽取快照, drop-downs and filter buttons where the host has them', async () => {
    const { fake, workbook } = on(host);
    await workbook.apply(template);
    expect(fake.sheets.map((s) => s.name)).toEqual([SHEETS.results, SHEETS.log, SHEETS.snapshot, SHEETS.plan]);
    expect(fake.sheet(SHEETS.snapshot).visibility).toBe('Hidden');
    expect(fake.sheet(SHEETS.results).tables).toHaveLength(1);
    expect(fake.sheet(SHEETS.results).validations.length > 0).toBe(host.excelApi >= 8);
    expect(fake.sheet(SHEETS.plan).autoFilter !== null).toBe(host.excelApi >= 9);
    // Formats and drop-downs stop near the header, never at row 1,048,576.
    for (const sheet of fake.sheets) expect(sheet.usedRect(false)!.rows).toBeLessThanOrEqual(1 + 1000 + 2);
    // Hiding ran outside any undo group; the data writes (none here) would run in one.
    expect(fake.runOptions.every((o) => !(o as { mergeUndoGroup?: boolean } | undefined)?.mergeUndoGroup)).toBe(true);
  });

  test.each(TRICKY)('%s stays text exactly, in a text, a general and a date column', async (tricky) => {
    const { fake, workbook } = on(host);
    await workbook.apply(template);
    await workbook.apply([appendResults(resultRows(tricky))]);
    const sheet = fake.sheet(SHEETS.results);
    const col = (header: string) => String.fromCharCode(65 + RESULT_COLUMNS.findIndex((c) => c.header === header));
    for (const header of ['对象编号', '对象名称', '检查日期']) {
      expect([header, sheet.kind(`${col(header)}2`), sheet.cell(`${col(header)}2`)]).toEqual([header, 'text', tricky]);
    }
    expect(sheet.cell(`${col('检查日期')}3`)).toBe(45474);
    expect(sheet.numberFormat(`${col('检查日期')}3`)).toBe('yyyy-mm-dd');
  });

  test('appended rows join the table and carry the drop-downs down; blanks are left as they were', async () => {
    const { fake, workbook } = on(host);
    await workbook.apply(template);
    await workbook.apply([appendResults(resultRows('A1'))]);
    await workbook.apply([appendResults(resultRows('A2'))]);
    const sheet = fake.sheet(SHEETS.results);
    const last = String.fromCharCode(64 + RESULT_COLUMNS.length);
    expect(sheet.tables[0].address).toBe(`A1:${last}5`);
    const resultCol = RESULT_COLUMNS.findIndex((c) => c.header === '检查结果');
    const covered = (row: number) => sheet.validations.some((v) => v.rect.col === resultCol && v.rect.row <= row && row < v.rect.row + v.rect.rows);
    expect([1, 2, 3, 4].map(covered)).toEqual(host.excelApi >= 8 ? [true, true, true, true] : [false, false, false, false]);
    expect(covered(5)).toBe(false);
  });

  test('a clerk\'s table right above the appended rows keeps its bounds where Table.resize exists (Excel grows it by itself)', async () => {
    const { fake, workbook } = on(host);
    fake.addSheet(SHEETS.results, [['抽取编号', '序号'], ['联001-1', 1], [null, null], ['备注', '人'], ['甲', '乙']]);
    const results = fake.addTable(SHEETS.results, 'A1:B2');
    const clerks = fake.addTable(SHEETS.results, 'A4:B5');
    await workbook.apply([{ kind: 'appendRows', sheet: SHEETS.results, rows: [['联002-1', 1], ['联002-1', 2]] }]);
    expect(fake.sheet(SHEETS.results).values().slice(5)).toEqual([['联002-1', 1], ['联002-1', 2]]);
    expect(results.address).toBe('A1:B2'); // another table lies between: the rows stay outside
    // Without Table.resize nothing can take back Excel's auto-expansion (README, Excel 版本与功能).
    expect(clerks.address).toBe(host.excelApi >= 13 ? 'A4:B5' : 'A4:B7');
  });

  test('抽取快照 near Excel\'s last row: the rows go on to a new hidden 抽取快照2; 抽取日志 there is refused, nothing written', async () => {
    const { fake, workbook } = on(host);
    const header = SNAPSHOT_COLUMNS.map((c) => c.header);
    fake.addSheet(SHEETS.snapshot, [header]).put([['联001-1', '对象', 'X1', '全部', null, null, null]], 1_048_570);
    const rows: CellValue[][] = Array.from({ length: 10 }, (_, i) => ['联002-1', '对象', `X${i}`, '全部', null, null, null]);
    await workbook.apply([{
      kind: 'appendRows', sheet: SHEETS.snapshot, rows, formats: SNAPSHOT_COLUMNS.map((c) => c.format),
      continueOn: { name: SHEETS.snapshot, columns: SNAPSHOT_COLUMNS },
    }]);
    const next = fake.sheet(`${SHEETS.snapshot}2`);
    expect(next.visibility).toBe('Hidden');
    expect(next.values()).toEqual([header, ...rows]);
    expect(fake.sheet(SHEETS.snapshot).usedRect(true)!.rows).toBe(1_048_571);

    fake.addSheet(SHEETS.log, [['序号']]).put([[1]], 1_048_575);
    const failure = await workbook.apply([{ kind: 'appendRows', sheet: SHEETS.log, rows: [[2]] }]).catch((e: UserFacingError) => e.problems.map((p) => p.code));
    expect(failure).toEqual(['workbook.row-limit']); // as the .xlsx adapters say it
    expect(fake.sheet(SHEETS.log).usedRect(true)!.rows).toBe(1_048_576);
  });

  test('writeCells leaves a cell it is given null for as it was', async () => {
    const { fake, workbook } = on(host);
    fake.addSheet(SHEETS.annex1, [[null, null, '手填']]);
    await workbook.apply([{ kind: 'writeCells', sheet: SHEETS.annex1, cells: [{ address: 'C1', value: null }, { address: 'D1', value: 3 }] }]);
    expect([fake.sheet(SHEETS.annex1).cell('C1'), fake.sheet(SHEETS.annex1).cell('D1')]).toEqual(['手填', 3]);
  });

  test('a protected sheet refuses the whole list before anything is written, naming the sheet', async () => {
    const { fake, workbook } = on(host);
    await workbook.apply(template);
    fake.sheet(SHEETS.log).protected = true;
    const before = fake.sheet(SHEETS.results).values();
    const failure = await workbook
      .apply([appendResults(resultRows('A1')), { kind: 'appendRows', sheet: SHEETS.log, rows: [['x']] }])
      .catch((e) => e);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as UserFacingError).problems.map((p) => [p.code, p.sheet])).toEqual([['office.sheet-protected', SHEETS.log]]);
    expect(fake.sheet(SHEETS.results).values()).toEqual(before);
  });

  test('a cell being edited: the write waits where the host can (ExcelApi 1.11), else is refused with nothing written', async () => {
    const { fake, workbook } = on(host);
    await workbook.apply(template);
    fake.cellEditMode = true;
    const outcome = await workbook.apply([appendResults(resultRows('A1'))]).then(() => null, (e: UserFacingError) => e.problems.map((p) => p.code));
    if (host.excelApi >= 11) {
      expect(outcome).toBeNull();
      expect(fake.waitedForCellEdit).toBe(1);
      expect(fake.sheet(SHEETS.results).values()).toHaveLength(3);
    } else {
      expect(outcome).toEqual(['office.excel.InvalidOperationInCellEditMode']);
      expect(fake.sheet(SHEETS.results).values()).toHaveLength(1);
    }
  });

  test('Excel refusing the last write, and the user editing a cell before the rollback: taken back now or before the next read', async () => {
    const setup = async () => {
      const { fake, workbook } = on(host);
      await workbook.apply(template);
      await workbook.apply([appendResults(resultRows('A1'))]);
      return { fake, workbook };
    };
    // Like a draw: results, then the log row.
    const draw = [appendResults(resultRows('A2')), { kind: 'appendRows', sheet: SHEETS.log, rows: [['1', '2024-06-03']] } as WorkbookChange];
    const twin = await setup();
    const start = twin.fake.writesRun;
    await twin.workbook.apply(draw);
    const writes = twin.fake.writesRun - start;

    const { fake, workbook } = await setup();
    const before = fake.sheet(SHEETS.results).values();
    fake.failAfterWrites = fake.writesRun + writes - 1; // everything but the last command ran: the result rows are there
    fake.onInjectedFailure = () => (fake.cellEditMode = true); // the user starts typing in a cell
    const failure = (await workbook.apply(draw).catch((e) => e)) as UserFacingError;
    const codes = failure.problems.map((p) => p.code);
    expect(codes[0]).toBe('office.excel.GeneralException');
    if (host.excelApi >= 11) {
      expect(codes[1]).toBe('office.rolled-back'); // the rollback waited for the edit to end
      expect(fake.sheet(SHEETS.results).values()).toEqual(before);
      return;
    }
    expect(codes[1]).toBe('office.repair-pending');
    expect(failure.problems[1].message).toContain(`“${SHEETS.results}”第 4–5 行`);
    expect(fake.sheet(SHEETS.results).values()).not.toEqual(before);
    // Still editing: the next call says so again and keeps the repair for later.
    await expect(workbook.readSheets([SHEETS.results])).rejects.toMatchObject({
      problems: [expect.objectContaining({ code: 'office.excel.InvalidOperationInCellEditMode' }), expect.objectContaining({ code: 'office.repair-pending' })],
    });
    fake.cellEditMode = false; // the user presses Enter
    fake.sheets.splice(fake.sheets.indexOf(fake.sheet(SHEETS.log)), 1); // and deletes a sheet the write had touched
    await workbook.readSheets([SHEETS.results]); // e.g. 核验
    expect(fake.sheet(SHEETS.results).values()).toEqual(before);
  });

  test('report answers written over a formula and a text cell are given back when Excel refuses later', async () => {
    const { fake, workbook } = on(host);
    fake.addSheet(SHEETS.annex1);
    fake.addSheet('台账', [['日期', '名称']]);
    await fake.run(async (context: Excel.RequestContext) => {
      const sheet = context.workbook.worksheets.getItem(SHEETS.annex1);
      sheet.getRange('C5').formulas = [['=SUM(1,2)']];
      sheet.getRange('D5').numberFormat = [['@']];
      sheet.getRange('D5').values = [['000123']];
      await context.sync();
    });
    const before = fake.sheet(SHEETS.annex1).formulaGrid({ row: 4, col: 2, rows: 1, cols: 3 });
    fake.failAfterWrites = fake.writesRun + 5; // the three answers and the two formats are written, the row's values refused
    let answersAtFailure: unknown[] = [];
    fake.onInjectedFailure = () => (answersAtFailure = ['C5', 'D5', 'E5'].map((a) => fake.sheet(SHEETS.annex1).cell(a)));
    const failure = await workbook.apply([
      { kind: 'writeCells', sheet: SHEETS.annex1, cells: [{ address: 'C5', value: 7 }, { address: 'D5', value: 8 }, { address: 'E5', value: 9 }] },
      { kind: 'appendRows', sheet: '台账', rows: [['2024-06-03', '会议']], formats: ['date', 'text'] },
    ]).catch((e: UserFacingError) => e.problems.map((p) => p.code));
    expect(failure).toEqual(['office.excel.GeneralException', 'office.rolled-back']);
    expect(answersAtFailure).toEqual([7, 8, 9]);
    const sheet = fake.sheet(SHEETS.annex1);
    expect(sheet.formulaGrid({ row: 4, col: 2, rows: 1, cols: 3 })).toEqual(before);
    expect([sheet.kind('C5'), sheet.kind('D5'), sheet.kind('E5'), sheet.numberFormat('D5')]).toEqual(['formula', 'text', 'empty', '@']);
    expect(fake.sheet('台账').values()).toEqual([['日期', '名称']]);
  });

  test('创建模板 refused partway leaves no half-built sheet; run again, it builds every sheet whole', async () => {
    const whole = on(host);
    await createTemplate(whole.workbook, { sample: true });
    const { fake, workbook } = on(host);
    fake.failAfterWrites = 150; // inside the sheet creation, several sheets in
    const failure = await createTemplate(workbook, { sample: true }).catch((e: UserFacingError) => e.problems.map((p) => p.code));
    expect(failure).toEqual(['office.excel.GeneralException', 'office.rolled-back']);
    expect(fake.sheets).toHaveLength(0);
    await createTemplate(workbook, { sample: true });
    const shape = (f: FakeExcel) => f.sheets.map((sheet) => [sheet.name, sheet.visibility, sheet.values().length, sheet.tables.map((t) => t.address)]);
    expect(shape(fake)).toEqual(shape(whole.fake));
  });

  test('capabilities name what the host lacks, each with the version to upgrade to', () => {
    const { workbook } = on(host);
    const caps = workbook.capabilities();
    expect(caps.usable).toBe(true);
    const lacking = ['1.8', '1.9', '1.11', '1.13', '1.20'].filter((set) => Number(set.split('.')[1]) > host.excelApi);
    expect(caps.problems.map((p) => /ExcelApi (1\.\d+)/.exec(p.message)![1])).toEqual(lacking);
    for (const problem of caps.problems) expect(problem.message).toMatch(/^此版本 Excel 不支持.+请升级到/);
    expect(caps.oneUndoStep).toBe(host.excelApi >= 20);
  });
});

describe('Office 2016 (ExcelApi 1.1)', () => {
  test('every call is refused up front with the version to upgrade to; nothing is written', async () => {
    const { fake, workbook } = on(HOSTS.office2016);
    expect(workbook.capabilities()).toMatchObject({ usable: false, problems: [{ code: 'office.host-too-old' }] });
    (globalThis as { Office?: unknown }).Office = {};
    try {
      for (const call of [() => workbook.apply(template), () => workbook.readSheets([SHEETS.results]), () => workbook.listSheets()]) {
        await expect(call()).rejects.toMatchObject({ problems: [expect.objectContaining({ code: 'office.host-too-old' })] });
      }
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
    expect(fake.sheets).toHaveLength(0);
    expect(fake.syncs).toBe(0);
  });
});
