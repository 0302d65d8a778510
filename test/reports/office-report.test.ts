// The report through Office.js, against the fake Excel (with charts from excel-fake-charts): answer
// cells only, one undo group for the fill and the chart, a bounded number of syncs, the chart made once.
import '../fakes/excel-fake-charts';
import { chartsOf } from '../fakes/excel-fake-charts';
import { FakeExcel, HOSTS } from '../fakes/excel-fake';
import { OfficeWorkbook } from '../../src/workbook/office';
import { fillReports } from '../../src/usecases/report';
import { ANNEX1, ANNEX1_ANSWERS, ANNEX2, layoutValues } from '../../src/core/layouts';
import { REPORT_CHART } from '../../src/core/messages/reports';
import { parseAddress, type CellValue } from '../../src/core/text';
import { reportBook } from './report-book';

/** The report book's sheets as values in a fake Excel, with 附件1 and 附件2 as ssj init draws them. */
async function fakeWithReportBook(): Promise<{ fake: FakeExcel; workbook: OfficeWorkbook }> {
  const book = await reportBook();
  const names = await book.listSheets();
  const values = await book.readSheets(names);
  const fake = new FakeExcel({ host: HOSTS.m365 });
  for (const name of names) fake.addSheet(name, values.get(name)!);
  fake.addSheet('附件1', layoutValues(ANNEX1.spec));
  fake.addSheet('附件2', layoutValues(ANNEX2.spec));
  return { fake, workbook: new OfficeWorkbook(fake.run, { supports: fake.supports }) };
}

function grid(fake: FakeExcel, sheet: string, rows = 25, cols = 10): CellValue[][] {
  const s = fake.sheet(sheet);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => s.get(r, c)));
}

describe('the report in Excel (Office.js, fake)', () => {
  test('writes the answer cells only, and the chart once in the same undo group', async () => {
    const { fake, workbook } = await fakeWithReportBook();
    const before = { a1: grid(fake, '附件1'), a2: grid(fake, '附件2') };
    fake.resetCounters();
    const result = await fillReports(workbook, { date: '2024-06-30', unit: '清河县交通运输局' });
    expect(result.ok).toBe(true);
    for (const [sheet, old] of [['附件1', before.a1], ['附件2', before.a2]] as const) {
      const answers = new Set(result.cells.filter((c) => c.sheet === sheet).map((c) => c.address));
      const now = grid(fake, sheet);
      old.forEach((row, r) => row.forEach((value, c) => {
        const address = `${String.fromCharCode(65 + c)}${r + 1}`;
        if (!answers.has(address)) expect([sheet, address, now[r][c]]).toEqual([sheet, address, value]);
      }));
    }
    const { row, col } = parseAddress(ANNEX1_ANSWERS['all.joint.drawn']);
    expect(fake.sheet('附件1').get(row, col)).toBe(5);
    // 填表时间 stays text, not a date serial.
    const filled = parseAddress(ANNEX1_ANSWERS.filledOn);
    expect(fake.sheet('附件1').get(filled.row, filled.col)).toBe('2024年6月30日');
    // The chart sheet is created (its own run), then the answers, the figures and the chart: one undo group.
    expect(fake.runOptions.filter((o) => (o as { mergeUndoGroup?: boolean } | undefined)?.mergeUndoGroup)).toHaveLength(1);
    const charts = chartsOf(fake.sheet(REPORT_CHART.sheet));
    expect(charts).toEqual([expect.objectContaining({ name: REPORT_CHART.chartName, type: 'ColumnClustered', title: REPORT_CHART.title, source: 'A1:C7', seriesBy: 'Columns', from: 'E2', to: 'L20' })]);
    expect(fake.sheet(REPORT_CHART.sheet).get(6, 2)).toBe(2); // 6月 部门联合
    // Reads (sheet list, registries and records, the annexes), the sheet's creation, the data batch
    // (probe, cells before, writes) and two for the chart: 12 on this small book.
    expect(fake.syncs).toBeLessThanOrEqual(12);
  });

  test('a second fill resets the chart\'s data instead of adding another chart, in one run', async () => {
    const { fake, workbook } = await fakeWithReportBook();
    await fillReports(workbook, { date: '2024-05-31' });
    expect(chartsOf(fake.sheet(REPORT_CHART.sheet)).map((c) => c.source)).toEqual(['A1:C6']);
    fake.resetCounters();
    await fillReports(workbook, { date: '2024-06-30' });
    expect(chartsOf(fake.sheet(REPORT_CHART.sheet)).map((c) => c.source)).toEqual(['A1:C7']);
    const writingRuns = fake.runOptions.filter((o) => (o as { mergeUndoGroup?: boolean } | undefined)?.mergeUndoGroup);
    expect(writingRuns).toHaveLength(1);
    expect(fake.syncs).toBeLessThanOrEqual(10);
  });

  test('on a host without undo groups (Office 2019) the fill and the chart still go through', async () => {
    const book = await fakeWithReportBook();
    const fake = new FakeExcel({ host: HOSTS.office2019 });
    for (const sheet of book.fake.sheets) fake.addSheet(sheet.name, grid(book.fake, sheet.name, 40, 25));
    const result = await fillReports(new OfficeWorkbook(fake.run, { supports: fake.supports }), { date: '2024-06-30' });
    expect(result.ok).toBe(true);
    expect(chartsOf(fake.sheet(REPORT_CHART.sheet))).toHaveLength(1);
  });
});
