import { parsePlanSheet, type PlanContext } from '../../../src/core/plan/plan-sheet';
import { locatePlanHeader } from '../../../src/core/plan/header';
import { buildDepartmentAliases, canonicalDepartment } from '../../../src/core/registry/departments';
import type { Problem } from '../../../src/core/messages/problem';
import type { CellValue } from '../../../src/core/text';
import type { PlanTask } from '../../../src/core/model';
import { isoToSerial } from '../../../src/core/dates';
import { annex3Rows } from '../fixtures/workbook';

const aliases = buildDepartmentAliases();
const context: PlanContext = {
  canonical: (name) => canonicalDepartment(aliases, name),
  knownDepartments: new Set(aliases.values()),
  objectColumns: new Set(['对象编号', '对象类型', '所属区域']),
};

function parse(values: CellValue[][]): { tasks: PlanTask[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const plan = parsePlanSheet('年度抽查计划', values, problems, context);
  return { tasks: plan?.tasks ?? [], problems };
}

const places = (problems: Problem[]) => problems.map((p) => `${p.code}@${p.cell}`);

describe('年度抽查计划 in the Annex 3 layout', () => {
  test('the plan\'s two task rows, written as the plan breaks them, parse into two tasks', () => {
    const { tasks, problems } = parse(annex3Rows());
    expect(problems).toEqual([]);
    expect(tasks.map((t) => [t.row, t.planId, t.taskId, t.taskName, t.taskType, t.ratioBp, t.scope, t.initiator, t.joint, t.start, t.end])).toEqual([
      [5, '联2024033', '联033', '清河县道路运输市场部门联合随机抽查', '定向', 1000, '道路运输经营主体', '交通运输局', ['市场监管局'], '2024-06-01', '2024-10-31'],
      [6, '联2024034', '联034', '清河县在建公路工程部门联合随机抽查', '定向', 500, '在建地方道路大中修工程', '交通运输局', ['市场监管局'], '2024-03-01', '2024-09-30'],
    ]);
    expect(tasks[0].planName).toBe('2024年清河县部门联合抽查033');
  });

  test('machine columns take their defaults when absent', () => {
    const [task] = parse(annex3Rows()).tasks;
    expect(task).toMatchObject({
      itemIds: [], filter: [], filterText: '', gradeRatios: null, perDepartment: 2, experts: 0,
      platform: '河北双随机执法监管平台', provincial: false, allowRepeat: false,
    });
  });

  test('columns in any order, with an unknown column kept out of the way', () => {
    const rows = annex3Rows();
    const order = [10, 3, 0, 9, 8, 7, 6, 5, 4, 2, 1];
    const reordered = rows.map((row, r) => (r < 3 ? row : [...order.map((i) => row[i]), r === 3 ? '备注' : '随便写']));
    const { tasks, problems } = parse(reordered);
    expect(problems).toEqual([]);
    expect(tasks.map((t) => [t.taskId, t.ratioBp, t.end, t.joint])).toEqual([
      ['联033', 1000, '2024-10-31', ['市场监管局']],
      ['联034', 500, '2024-09-30', ['市场监管局']],
    ]);
  });

  test('full-width input and blank rows are tolerated silently', () => {
    const rows = annex3Rows();
    rows[4][2] = '联０３３';
    rows[4][5] = '不低于１０％';
    rows[4][10] = '２０２４年６月至１０月';
    rows.splice(5, 0, [], [null, '  ', null]);
    rows.push([], ['抽查工作计划']);
    const { tasks, problems } = parse(rows);
    expect(problems).toEqual([]);
    expect(tasks.map((t) => [t.taskId, t.ratioBp, t.start, t.row])).toEqual([
      ['联033', 1000, '2024-06-01', 5],
      ['联034', 500, '2024-03-01', 8],
    ]);
  });

  test('a header merged over two rows folds into one (merged cells are blank but the top-left)', () => {
    const rows: CellValue[][] = [
      ['2024 年抽查工作计划'],
      ['抽查计划', null, '抽查任务编号', '抽查任务名称', '抽查类型', '抽查比例', '抽查事项', '抽查对象范围', '发起部门', '联合部门', '抽查时间'],
      ['编号', '名称', null, null, null, null, null, null, null, null, null],
      ['联2024033', '部门联合抽查', '联033', '道路运输', '不定向', '10%', '', '', '交通局', '', '2024年6月至10月'],
    ];
    expect(locatePlanHeader(rows)?.headerRow).toBe(2);
    const { tasks, problems } = parse(rows);
    expect(problems).toEqual([]);
    expect(tasks.map((t) => [t.row, t.planId, t.planName, t.initiator, t.joint])).toEqual([[4, '联2024033', '部门联合抽查', '交通运输局', []]]);
  });

  test('抽查时间 merged over a start and an end column takes two Excel dates', () => {
    const rows = annex3Rows();
    rows[3].splice(11, 0, null);
    rows[4].splice(10, 1, isoToSerial('2024-06-01'), isoToSerial('2024-10-31'));
    rows[5].splice(10, 1, '2024年3月', '2024年9月');
    const { tasks, problems } = parse(rows);
    expect(problems).toEqual([]);
    expect(tasks.map((t) => [t.start, t.end])).toEqual([['2024-06-01', '2024-10-31'], ['2024-03-01', '2024-09-30']]);
  });

  test('a 抽查计划编号 merged down over several task rows is carried to the rows below', () => {
    const rows = annex3Rows();
    rows[5][0] = null;
    rows[5][1] = null;
    const { tasks, problems } = parse(rows);
    expect(problems).toEqual([]);
    expect(tasks[1].planId).toBe('联2024033');
    expect(tasks[1].planName).toBe('2024年清河县部门联合抽查033');
  });

  test('"联 033" and "联033" are the same task: the second is a duplicate naming the first row', () => {
    const rows = annex3Rows();
    rows[5][2] = '联033';
    const { tasks, problems } = parse(rows);
    expect(tasks).toHaveLength(1);
    expect(places(problems)).toEqual(['registry.duplicate-id@C6']);
    expect(problems[0].message).toContain('第 5 行');
  });

  test('a line break splits 联合部门 unless the lines together make one name or none is a name alone', () => {
    const rows = annex3Rows();
    rows[4][9] = '市场监管局\n交通局';
    rows[5][9] = '市场监管，交通运输局';
    const { tasks, problems } = parse(rows);
    expect(tasks[0].joint).toEqual(['市场监管局']);
    expect(tasks[1].joint).toEqual(['市场监管局']);
    expect(places(problems)).toEqual(['plan.joint-is-initiator@J5', 'plan.joint-is-initiator@J6']);
  });

  test('a 联合部门 cell wrapped by the layout is one name; a known and an unknown line are two', () => {
    const rows = annex3Rows();
    expect(parse(annex3Rows()).tasks[1].joint).toEqual(['市场监管局']); // '市场监\n管' as Annex 3 wraps it
    rows[4][9] = '市场监管局\n消防救援大队';
    rows[5][9] = '消防救\n援大队';
    const { tasks } = parse(rows);
    expect(tasks.map((task) => task.joint)).toEqual([['市场监管局', '消防救援大队'], ['消防救援大队']]);
  });

  test('free-text faults name their cells', () => {
    const rows = annex3Rows();
    rows[4][5] = '十成';
    rows[4][10] = '明年';
    rows[5][4] = '随机';
    rows[5][7] = '';
    const { problems } = parse(rows);
    expect(places(problems)).toEqual(['plan.bad-ratio@F5', 'plan.bad-time@K5', 'registry.bad-choice@E6']);
    expect(problems[0].message).toBe('无法识别抽查比例“十成”：请写成“不低于10%”“10%”或“0.1”。');
  });

  test('定向 without scope or filter is an error at 抽查对象范围', () => {
    const rows = annex3Rows();
    rows[5][7] = '';
    expect(places(parse(rows).problems)).toEqual(['plan.targeted-without-scope@H6']);
  });

  test('no row holding 抽查任务编号 is one error at A1', () => {
    const { problems } = parse([['标题'], ['任务', '比例']]);
    expect(places(problems)).toEqual(['plan.no-header@A1']);
  });
});
