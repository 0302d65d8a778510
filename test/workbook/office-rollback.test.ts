// A draw lands whole or leaves the workbook as it was (issue 15): Excel refusing after any write command
// of the draw's apply (one test per position) ends with the workbook as before, and verify clean.
import { drawTask, verifyWorkbook, voidDraw } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel, HOSTS, SUPPORTED_HOSTS, type FakeHostProfile } from '../fakes/excel-fake';
import { writeSmallBook } from '../fixtures/small-book';
import { drawRequest } from '../usecases/helpers';

async function smallBookOn(host: FakeHostProfile, drawsBefore: number) {
  const fake = new FakeExcel({ host });
  const workbook = new OfficeWorkbook(fake.run, { supports: fake.supports });
  await writeSmallBook(workbook);
  for (let i = 0; i < drawsBefore; i++) {
    const report = await drawTask(workbook, drawRequest());
    if (!report.ok) throw new Error(JSON.stringify(report.problems));
  }
  return { fake, workbook };
}

/** Everything a clerk or verify could see: sheets, their visibility, values and tables. */
function state(fake: FakeExcel, withTables: boolean) {
  return fake.sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.visibility,
    values: sheet.values(),
    tables: withTables ? sheet.tables.map((t) => t.address) : [],
  }));
}

/** Write commands of one draw's apply on this host (creating 抽查结果, 抽取快照, 抽取日志 when drawsBefore is 0). */
async function writesOfDraw(host: FakeHostProfile, drawsBefore: number): Promise<number> {
  const { fake, workbook } = await smallBookOn(host, drawsBefore);
  const before = fake.writesRun;
  const report = await drawTask(workbook, drawRequest());
  if (!report.ok) throw new Error(JSON.stringify(report.problems));
  return fake.writesRun - before;
}

/** Every host for a draw that only appends; three for the first draw, which also creates the three sheets. */
const CASES: Array<[FakeHostProfile, number]> = [
  ...SUPPORTED_HOSTS.map((host): [FakeHostProfile, number] => [host, 1]),
  [HOSTS.m365, 0],
  [HOSTS.web, 0],
  [HOSTS.office2019, 0],
];
/** More positions than either draw has write commands (129 and 38 on the hosts above; the test checks). */
const POSITIONS = { 0: 135, 1: 42 } as Record<number, number>;

describe.each(CASES.map(([host, draws]) => [host.id, draws, host] as const))('on %s with %i earlier draws, Excel refusing after write command k', (_id, drawsBefore, host) => {
  const total = { count: 0 };
  beforeAll(async () => {
    total.count = await writesOfDraw(host, drawsBefore);
  });

  test('the positions below cover every write command of the draw', () => {
    expect(total.count).toBeGreaterThanOrEqual(3);
    expect(total.count).toBeLessThan(POSITIONS[drawsBefore]);
  });

  // One test per position; past the draw's last write command the failure never comes and the draw lands.
  test.each(Array.from({ length: POSITIONS[drawsBefore] }, (_, k) => k))('k = %i: as before, verify clean, the retry lands', async (k) => {
    const { fake, workbook } = await smallBookOn(host, drawsBefore);
    if (k >= total.count) {
      fake.failAfterWrites = fake.writesRun + k;
      expect((await drawTask(workbook, drawRequest())).ok).toBe(true);
      expect((await verifyWorkbook(workbook)).ok).toBe(true);
      return;
    }
    const canShrinkTables = host.excelApi >= 13;
    const before = state(fake, canShrinkTables);
    fake.failAfterWrites = fake.writesRun + k;
    const report = await drawTask(workbook, drawRequest());
    expect(report.written).toBe(false);
    expect(report.problems.map((p) => p.code)).toEqual(['office.excel.GeneralException', 'office.rolled-back']);
    expect(state(fake, canShrinkTables)).toEqual(before);
    const verified = await verifyWorkbook(workbook);
    expect(verified.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(verified.ok).toBe(true);
    const retry = await drawTask(workbook, drawRequest());
    expect(retry.ok).toBe(true);
    expect((await verifyWorkbook(workbook)).ok).toBe(true);
    expect(fake.sheet(SHEETS.snapshot).visibility).toBe('Hidden');
  });
});

const voidRequest = { drawId: '联033-1', reason: '见证人未到场', operator: '李四', now: () => new Date('2024-06-04T01:00:00Z') };

describe.each([HOSTS.m365, HOSTS.office2019].map((host) => [host.id, host] as const))('作废 on %s, Excel refusing after write command k', (_id, host) => {
  // A 作废 appends one log row: a handful of commands (formats, values, drop-downs, table growth).
  test.each(Array.from({ length: 12 }, (_, k) => k))('k = %i: as before and verify clean, or the 作废 landed whole', async (k) => {
    const { fake, workbook } = await smallBookOn(host, 1);
    const before = state(fake, host.excelApi >= 13);
    fake.failAfterWrites = fake.writesRun + k;
    const report = await voidDraw(workbook, voidRequest);
    const fired = fake.failAfterWrites === null;
    fake.failAfterWrites = null;
    if (k < 3) expect(fired).toBe(true); // the row's format, values and drop-down commands come first
    if (fired) {
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => p.code)).toEqual(['office.excel.GeneralException', 'office.rolled-back']);
      expect(state(fake, host.excelApi >= 13)).toEqual(before);
      expect((await verifyWorkbook(workbook)).ok).toBe(true);
      expect((await voidDraw(workbook, voidRequest)).ok).toBe(true);
    } else expect(report.ok).toBe(true);
    const log = fake.sheet(SHEETS.log).values();
    expect(log.filter((row) => row.includes('作废'))).toHaveLength(1);
    expect((await verifyWorkbook(workbook)).ok).toBe(true);
  });
});

describe.each([HOSTS.m365, HOSTS.web].map((host) => [host.id, host] as const))('Excel refusing the undo group itself on %s', (_id, host) => {
  test.each([0, 5, 20, 37])('UndoNotSupported after %i writes (office-js#6491): taken back, written again without a group, whole', async (k) => {
    const { fake, workbook } = await smallBookOn(host, 1);
    fake.failAfterWrites = fake.writesRun + k;
    fake.failWith = 'UndoNotSupported';
    fake.resetCounters();
    const report = await drawTask(workbook, drawRequest());
    expect(fake.failAfterWrites).toBeNull(); // it fired
    expect(report.ok).toBe(true);
    expect(workbook.lastApplyOneUndoStep).toBe(false);
    const merged = fake.runOptions.map((o) => Boolean((o as { mergeUndoGroup?: boolean } | undefined)?.mergeUndoGroup));
    expect(merged.slice(-3)).toEqual([true, false, false]); // the group, its rollback, the plain write
    expect(fake.sheet(SHEETS.results).values().filter((row) => row[0] === '联033-2')).toHaveLength(report.picks.length);
    expect((await verifyWorkbook(workbook)).ok).toBe(true);
  });
});
