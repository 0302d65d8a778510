// SPEC §4: the clerk's entries breaking the rules are reported at their cell, never rewritten.
import { checkEntries, resultsStatus } from '../../../src/core/results';
import type { ClerkEntries, ResultRow } from '../../../src/core/records/results-sheet';

const COLUMNS: Record<string, string> = { 检查日期: 'L', 检查结果: 'M', 后续处置: 'N', 处置完结: 'O', 完结日期: 'P', 公示日期: 'Q', 备注: 'R' };
const date = (text: string) => ({ text, date: /^\d{4}-\d\d-\d\d$/.test(text) ? text : null });

function rowWith(entries: Partial<Record<keyof ClerkEntries, string>>): ResultRow {
  return {
    row: 7, drawId: '联033-1', taskId: '联033', seq: '5', objectId: 'X', objectName: '某公司', objectType: '企业', grade: 'B',
    departments: '交通运输局', inspectorNames: '', inspectorIds: [], inspectorIdsText: '',
    entries: {
      inspectionDate: date(entries.inspectionDate ?? ''),
      result: entries.result ?? '',
      followUp: entries.followUp ?? '',
      closed: entries.closed ?? '',
      closedDate: date(entries.closedDate ?? ''),
      publishedDate: date(entries.publishedDate ?? ''),
      note: entries.note ?? '',
    },
  };
}

function check(entries: Partial<Record<keyof ClerkEntries, string>>) {
  return checkEntries(rowWith(entries), {
    cell: (row, header) => `${COLUMNS[header]}${row.row}`,
    drawDate: '2024-06-03',
    taskEnd: '2024-10-31',
  });
}
const places = (entries: Partial<Record<keyof ClerkEntries, string>>) => check(entries).problems.map((p) => [p.code, p.cell]);

test('a complete, consistent row has no problem and counts as inspected', () => {
  const { entries, problems } = check({ inspectionDate: '2024-06-05', result: '发现问题已责令改正', followUp: '责令改正', closed: '是', closedDate: '2024-06-20', publishedDate: '2024-06-21' });
  expect(problems).toEqual([]);
  expect(entries.inspected).toBe(true);
  expect(entries.problem).toBe(true);
});

test('检查日期 before the draw or after the task’s window is named at its cell', () => {
  expect(places({ inspectionDate: '2024-06-01', result: '未发现问题' })).toEqual([['results.inspected-before-draw', 'L7']]);
  expect(places({ inspectionDate: '2024-11-01', result: '未发现问题' })).toEqual([['results.inspected-after-window', 'L7']]);
});

test('公示日期 before 检查日期 is named at 公示日期', () => {
  expect(places({ inspectionDate: '2024-06-10', result: '未发现问题', publishedDate: '2024-06-09' })).toEqual([['results.published-before-inspection', 'Q7']]);
});

test('完结日期 without 处置完结 是 is named at 完结日期', () => {
  expect(places({ inspectionDate: '2024-06-10', result: '发现问题待后续处理', followUp: '责令改正', closed: '否', closedDate: '2024-06-20' }))
    .toEqual([['results.closed-date-without-closed', 'P7']]);
});

test('a value outside the choices is named; a pasted full-width or half-width bracket still matches', () => {
  expect(places({ inspectionDate: '2024-06-10', result: '合格' })).toEqual([['results.not-a-choice', 'M7']]);
  expect(places({ inspectionDate: '2024-06-10', result: '通过登记的住所(经营场所)无法联系', followUp: '移送办案机构' })).toEqual([]);
  expect(places({ inspectionDate: '2024-06-10', result: '未发现问题', closed: '完了' })).toEqual([['results.not-a-choice', 'O7']]);
});

test('a 后续处置 on a result without problems is named; 无需后续处置 is fine', () => {
  expect(places({ inspectionDate: '2024-06-10', result: '未发现问题', followUp: '责令改正' })).toEqual([['results.follow-up-without-problem', 'N7']]);
  expect(places({ inspectionDate: '2024-06-10', result: '未发现问题', followUp: '无需后续处置' })).toEqual([]);
});

test('an unreadable date is named and the row is not inspected', () => {
  const { entries, problems } = check({ inspectionDate: '7月3日', result: '未发现问题' });
  expect(problems.map((p) => [p.code, p.cell])).toEqual([['results.bad-date', 'L7']]);
  expect(entries.inspected).toBe(false);
});

test('a 检查日期 in a year the calendar does not know is said at its cell, not counted on weekends alone', () => {
  const row = rowWith({ inspectionDate: '2027-03-01', result: '未发现问题' });
  const status = (holidays: Array<{ date: string; type: '休' | '班' }>) =>
    resultsStatus({
      rows: [row], cell: (r, header) => `${COLUMNS[header]}${r.row}`, tasks: new Map(), drawDates: new Map(), holidays, asOf: '2027-04-30',
    });
  const unknown = status([]);
  expect(unknown.rows[0].problems.map((p) => [p.code, p.cell])).toEqual([['results.unknown-calendar-year', 'L7']]);
  expect(unknown.rows[0].problems[0].message).toContain('2027');
  expect(unknown.tasks[0].overdue).toBe(0);
  expect(unknown.tasks[0].entryErrors).toBe(1);
  // A 节假日 row in 2027 makes the year known: 20 working days after 03-01 is 03-29, overdue on 04-30.
  const known = status([{ date: '2027-04-05', type: '休' }]);
  expect(known.rows[0].problems).toEqual([]);
  expect(known.rows[0].due).toBe('2027-03-29');
  expect(known.tasks[0].overdue).toBe(1);
});

test('a result published after its deadline is said at 公示日期, as 公示超期 (not an entry error)', () => {
  const row = rowWith({ inspectionDate: '2024-09-27', result: '未发现问题', publishedDate: '2024-10-31' });
  const { tasks } = resultsStatus({
    rows: [row], cell: (r, header) => `${COLUMNS[header]}${r.row}`, tasks: new Map(), drawDates: new Map(), holidays: [], asOf: '2024-11-05',
  });
  expect(tasks[0].items.map((i) => [i.kind, i.cell, i.text])).toEqual([['late', 'Q7', '2024-10-31 才公示，晚于期限 2024-10-30']]);
  expect(tasks[0].entryErrors).toBe(0);
  expect(tasks[0].published).toBe(1);
});

test('a task is done when every drawn object is inspected, every problem closed and every result published', () => {
  const status = (rows: ResultRow[]) =>
    resultsStatus({
      rows, cell: (r, header) => `${COLUMNS[header]}${r.row}`, tasks: new Map([['联033', { taskId: '联033', taskName: '道路运输', end: '2024-10-31' }]]),
      drawDates: new Map([['联033-1', '2024-06-03']]), holidays: [], asOf: '2024-11-05',
    }).tasks[0];
  const clean = rowWith({ inspectionDate: '2024-06-10', result: '未发现问题', publishedDate: '2024-06-20' });
  const closed = { ...rowWith({ inspectionDate: '2024-06-11', result: '发现问题已责令改正', followUp: '责令改正', closed: '是', closedDate: '2024-06-30', publishedDate: '2024-06-21' }), row: 8 };
  expect(status([clean, closed])).toMatchObject({ done: true, items: [], drawn: 2, inspected: 2, published: 2, openLoops: 0 });
  const notClosed = { ...closed, entries: { ...closed.entries, closed: '否', closedDate: { text: '', date: null } } };
  expect(status([clean, notClosed])).toMatchObject({ done: false, openLoops: 1 });
  const notInspected = { ...clean, row: 9, entries: { ...clean.entries, result: '', inspectionDate: { text: '', date: null }, publishedDate: { text: '', date: null } } };
  expect(status([clean, closed, notInspected]).done).toBe(false);
});
