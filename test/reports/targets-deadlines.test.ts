// The plan's targets and the advice at their boundaries, and its reporting deadlines (SPEC §5).
import { deadlineReminders, deadlinesDueSoon, neededToMeet, planTargets, upcomingDeadlines, type Inspection } from '../../src/core/reports';
import { deadlineTexts, targetLine } from '../../src/core/messages/reports';
import type { PlanTask } from '../../src/core/model';

let next = 0;
/** An inspection of `objects` market entities (or projects), joint or internal, graded or not. */
function inspection(joint: boolean, objects = 1, options: { stratified?: boolean; projects?: boolean } = {}): Inspection {
  const id = `T${++next}`;
  return {
    task: { taskId: id } as PlanTask, draws: [], firstDate: '2024-03-01', joint, market: false, otherPlatform: false,
    stratified: options.stratified ?? false,
    objects: Array.from({ length: objects }, (_, i) => ({
      drawId: `${id}-1`, objectId: `${id}-${i}`, objectType: options.projects ? '工程项目' : '企业', row: i + 2,
      completed: false, problem: false, inspectionDate: null, publishedDate: null, unchosenResult: null,
    })),
  };
}
const many = (n: number, make: () => Inspection) => Array.from({ length: n }, make);

describe('targets (SPEC §5)', () => {
  test('部门联合 次数 at exactly 60 % is met, with nothing more to do', () => {
    const [joint] = planTargets([...many(3, () => inspection(true)), ...many(2, () => inspection(false))]);
    expect([joint.state, joint.actualBp, joint.needed]).toEqual(['met', 6000, 0]);
    expect(targetLine(joint)).toBe('部门联合抽查次数占比: 3 / 5 = 60 %（目标 ≥ 60 %） 已达标');
  });

  test('just below 60 % is short, and the advice says how many joint inspections reach it', () => {
    // 5 of 9 = 55.6 %; one more joint: 6 / 10 = 60 %.
    const [joint] = planTargets([...many(5, () => inspection(true)), ...many(4, () => inspection(false))]);
    expect([joint.state, joint.actualBp, joint.needed]).toEqual(['short', 5555, 1]);
    expect(targetLine(joint)).toContain('再开展 1 次部门联合抽查即可达到 60 %');
    // 2 of 5 = 40 %: (2 + 3) / (5 + 3) = 62.5 %, while 2 more give 4 / 7 = 57 %.
    const [far] = planTargets([...many(2, () => inspection(true)), ...many(3, () => inspection(false))]);
    expect(targetLine(far)).toContain('再开展 3 次部门联合抽查即可达到 60 %');
  });

  test('no inspections at all: no percentage, no advice, said so', () => {
    const targets = planTargets([]);
    expect(targets.map((t) => [t.state, t.actualBp, t.needed])).toEqual([['none', null, null], ['none', null, null], ['none', null, null]]);
    expect(targetLine(targets[0])).toBe('部门联合抽查次数占比: 本年度尚无计入的抽查，无法计算占比');
  });

  test('户数 counts households: exactly 50 % is met, 3 of 7 needs 1 more joint household', () => {
    const [, met] = planTargets([inspection(true, 4), inspection(false, 4)]);
    expect([met.state, met.needed]).toEqual(['met', 0]);
    const [, short] = planTargets([inspection(true, 3), inspection(false, 4)]);
    expect([short.state, short.needed]).toEqual(['short', 1]);
    expect(targetLine(short)).toContain('部门联合抽查再检查 1 户即可达到 50 %');
  });

  test('信用分级 次数 / 涉及企业 次数: project-only tasks are not enterprise tasks; 9 of 10 graded is met', () => {
    const graded = many(9, () => inspection(false, 1, { stratified: true }));
    const [, , met] = planTargets([...graded, inspection(false), inspection(false, 2, { projects: true })]);
    expect([met.numerator.value, met.denominator.value, met.state]).toEqual([9, 10, 'met']);
    const [, , short] = planTargets([...many(8, () => inspection(false, 1, { stratified: true })), ...many(2, () => inspection(false))]);
    // 8 of 10: (8 + 2) / (10 + 2) = 83 %, … (8 + 10) / (10 + 10) = 90 %.
    expect([short.state, short.needed]).toEqual(['short', 10]);
  });

  test('neededToMeet is the least k with (n + k) / (d + k) ≥ p', () => {
    for (const [n, d, p] of [[0, 1, 60], [2, 5, 60], [3, 5, 60], [0, 7, 90], [1, 2, 50], [0, 0, 50]]) {
      const k = neededToMeet(n, d, p);
      expect(100 * (n + k) >= p * (d + k)).toBe(true);
      if (k > 0) expect(100 * (n + k - 1) >= p * (d + k - 1)).toBe(false);
    }
  });
});

describe('deadlines (SPEC §5)', () => {
  test('the monthly report is due by the 20th; progress reports by 4月3日, 6月26日, 10月8日, 12月20日', () => {
    expect(upcomingDeadlines('2024-06-21', 3).map((d) => [d.kind, d.date, d.daysLeft])).toEqual([
      ['progress', '2024-06-26', 5], ['monthly', '2024-07-20', 29], ['monthly', '2024-08-20', 60],
    ]);
    expect(upcomingDeadlines('2024-03-29', 2).map((d) => d.date)).toEqual(['2024-04-03', '2024-04-20']);
  });

  test('a deadline today counts 0 days left; after 12月20日 the next year\'s come', () => {
    expect(upcomingDeadlines('2024-12-20', 2).map((d) => [d.kind, d.date, d.daysLeft])).toEqual([
      ['monthly', '2024-12-20', 0], ['progress', '2024-12-20', 0],
    ]);
    expect(upcomingDeadlines('2024-12-21', 1)[0].date).toBe('2025-01-20');
  });

  test('due soon means within 5 days: 6月15日 sees the 20th, 6月14日 does not', () => {
    expect(deadlinesDueSoon('2024-06-15').map((d) => [d.date, d.daysLeft])).toEqual([['2024-06-20', 5]]);
    expect(deadlinesDueSoon('2024-06-14')).toEqual([]);
    const [soon] = deadlinesDueSoon('2024-06-18');
    expect(deadlineTexts.dueSoon(deadlineTexts.monthly(soon.date), soon.date, soon.daysLeft)).toBe('报送提醒：月报表（6月20日前），6月20日截止，还有 2 天');
  });
});

describe('deadline reminders for ssj status and the pane header', () => {
  test('one line per deadline within 5 days; none further away', () => {
    expect(deadlineReminders('2024-06-22')).toEqual(['报送提醒：工作进展情况或总结（6月26日前），6月26日截止，还有 4 天']);
    expect(deadlineReminders('2024-12-18')).toEqual([
      '报送提醒：月报表（12月20日前），12月20日截止，还有 2 天',
      '报送提醒：工作进展情况或总结（12月20日前），12月20日截止，还有 2 天',
    ]);
    expect(deadlineReminders('2024-06-02')).toEqual([]);
  });
});
