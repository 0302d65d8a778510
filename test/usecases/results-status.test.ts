// SPEC §4 on the results fixture: figures computed by hand, items on their rows, the open loop that
// appears once the task has ended.
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { workbookStatus } from '../../src/usecases/status';
import { UserFacingError } from '../../src/core/messages/problem';
import { FIXTURE_AS_OF, FIXTURE_FIGURES, FIXTURE_TASK, resultsFixture } from '../fixtures/results-fixture';

let fixture: Awaited<ReturnType<typeof resultsFixture>>;
const open = () => XlsxWorkbook.fromBuffer(fixture.bytes);

beforeAll(async () => {
  fixture = await resultsFixture();
}, 60_000);

test('status figures of the fixture equal those computed by hand', async () => {
  const report = await workbookStatus(await open(), { date: FIXTURE_AS_OF });
  expect(report.tasks).toHaveLength(1);
  const [task] = report.tasks;
  expect(task.taskId).toBe(FIXTURE_TASK);
  expect(task.drawn).toBe(fixture.drawn);
  expect({
    inspected: task.inspected, problems: task.problems, openLoops: task.openLoops, published: task.published,
    awaiting: task.awaiting, near: task.near, overdue: task.overdue,
  }).toEqual(FIXTURE_FIGURES);
  expect(report.overdue).toBe(1);
  expect(report.entryErrors).toBe(0);
  expect(task.done).toBe(false);
});

test('each item names its row and the cell to fill, with the deadline it falls on', async () => {
  const [task] = (await workbookStatus(await open(), { date: FIXTURE_AS_OF })).tasks;
  const of = (kind: string) => task.items.filter((item) => item.kind === kind).map((item) => [item.row, item.cell, item.due]);
  const [, , third, fourth, fifth, sixth] = fixture.rows;
  expect(of('overdue')).toEqual([[fourth, `Q${fourth}`, '2024-07-09']]);
  expect(of('near')).toEqual([[sixth, `Q${sixth}`, '2024-07-18']]);
  expect(of('openLoop')).toEqual([[third, `N${third}`, undefined]]);
  expect(of('awaiting')).toEqual([[fifth, `Q${fifth}`, '2024-07-29']]);
  expect(task.items[0].text).toBe('公示期限 2024-07-09 已过 4 个工作日');
});

test('after the task’s end a follow-up not closed (处置完结 否) is an open loop too', async () => {
  const [task] = (await workbookStatus(await open(), { date: '2024-11-05' })).tasks;
  expect(task.openLoops).toBe(2);
  expect(task.overdue).toBe(3);
});

test('before any deadline nothing is overdue', async () => {
  const report = await workbookStatus(await open(), { date: '2024-07-05' });
  expect(report.overdue).toBe(0);
  expect(report.tasks[0].near).toBe(1); // 06-11 + 20 working days = 07-09
});

test('an unknown task and an unreadable --date are said in Chinese', async () => {
  await expect(workbookStatus(await open(), { taskId: '联999' })).rejects.toThrow(UserFacingError);
  await expect(workbookStatus(await open(), { taskId: '联999' })).rejects.toThrow(/联999/);
  await expect(workbookStatus(await open(), { date: '七月' })).rejects.toThrow(/七月/);
});

test('as of --date only entries dated on or before it count: a later 检查日期 or 公示日期 has not happened yet', async () => {
  // 2024-06-21: inspected 06-05, 06-06, 06-07, 06-11, 06-20 (not 07-01); published only 06-20 (not 06-25, 06-28).
  const [task] = (await workbookStatus(await open(), { date: '2024-06-21' })).tasks;
  expect({ inspected: task.inspected, problems: task.problems, published: task.published, awaiting: task.awaiting })
    .toEqual({ inspected: 5, problems: 2, published: 1, awaiting: 4 });
  expect(task.drawn).toBe(fixture.drawn);
});

test('as of a day before the draw nothing of it counts', async () => {
  const report = await workbookStatus(await open(), { date: '2024-06-02' });
  expect(report.tasks).toHaveLength(0);
});
