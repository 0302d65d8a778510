import { creditCodeFault } from '../../src/core/credit-code';
import { officialHolidays } from '../../src/core/calendar';
import { isoToSerial, serialToIso } from '../../src/core/dates';
import { sampleInspectors, sampleObjects, samplePlanRows, sampleSheets } from '../../src/core/sample';
import {
  BUILTIN_DEPARTMENT_ALIASES,
  HOLIDAY_COLUMNS,
  INSPECTOR_COLUMNS,
  ITEM_COLUMNS,
  LEDGER_COLUMNS,
  MARKET_ENTITY_TYPES,
  OBJECT_COLUMNS,
  OBJECT_STATUSES,
  OBJECT_TYPES,
  PLAN_COLUMNS,
  SHEETS,
  AVOIDANCE_COLUMNS,
  DEPARTMENT_COLUMNS,
  INSPECTOR_CATEGORIES,
  DUTY_STATUSES,
  CREDIT_GRADES,
  ACTIVE_STATUSES,
  type ColumnDef,
} from '../../src/core/schema';
import { splitList, type CellValue } from '../../src/core/text';

const sheets = sampleSheets();
const sheet = (name: string) => sheets.find((s) => s.name === name)!.rows;
const column = (columns: readonly ColumnDef[], header: string) => columns.findIndex((c) => c.header === header);
const objects = sheet(SHEETS.objects);
const inspectors = sheet(SHEETS.inspectors);
const plan = samplePlanRows();
const planCell = (row: CellValue[], header: string) => row[column(PLAN_COLUMNS, header)];
const objectCell = (row: CellValue[], header: string) => row[column(OBJECT_COLUMNS, header)];
const inspectorCell = (row: CellValue[], header: string) => row[column(INSPECTOR_COLUMNS, header)];

/** Percent text (`不低于10%`, `5%`) → basis points. */
const bp = (text: string) => Math.round(Number(/([\d.]+)\s*%/.exec(text)![1]) * 100);
const ceilDiv = (a: number, b: number) => Math.floor((a + b - 1) / b);
const canonical = (department: string) =>
  Object.entries(BUILTIN_DEPARTMENT_ALIASES).find(([name, aliases]) => name === department || aliases.includes(department))?.[0] ??
  department;
/** Last day of 抽查时间 for the sample's `2024年M月至N月` wording. */
const taskEnd = (text: string) => {
  const month = Number(/至(\d+)月$/.exec(text)![1]);
  return new Date(Date.UTC(2024, month, 0)).toISOString().slice(0, 10);
};

/** SPEC §3.3 strata sizes of a task, computed here independently of the draw module. */
function expectedSample(task: CellValue[]) {
  const scope = String(planCell(task, '抽查对象范围'));
  // The sample's only 对象筛选 form is one `列名=值`.
  const [filterColumn, filterValue] = planCell(task, '对象筛选') ? String(planCell(task, '对象筛选')).split('=') : [];
  const eligible = objects.filter(
    (o) =>
      ACTIVE_STATUSES.includes(String(objectCell(o, '经营状态'))) &&
      splitList(objectCell(o, '分类标签')).includes(scope) &&
      (filterColumn === undefined || objectCell(o, filterColumn) === filterValue),
  );
  const base = bp(String(planCell(task, '抽查比例')));
  const ratios = Object.fromEntries(
    splitList(planCell(task, '信用分级比例')).map((part) => [part.split(':')[0], bp(part.split(':')[1])]),
  );
  const strata = planCell(task, '信用分级比例') ? ['A', 'B', 'C', 'D', '未分级'] : ['全部'];
  const sizes = strata.map((g) => {
    const members = eligible.filter((o) => g === '全部' || (objectCell(o, '信用风险等级') ?? '未分级') === g);
    return { stratum: g, N: members.length, n: Math.min(members.length, ceilDiv(members.length * (ratios[g] ?? base), 10000)), members };
  });
  const total = sizes.reduce((s, x) => s + x.n, 0);
  return { eligible, sizes, total, minimum: ceilDiv(eligible.length * base, 10000) };
}

/** SPEC §3.5 eligibility of a real department's inspectors for a task ending on `end`. */
function eligibleInspectors(department: string, end: string) {
  return inspectors.filter(
    (p) =>
      canonical(String(inspectorCell(p, '所属部门'))) === department &&
      inspectorCell(p, '人员类别') === '执法人员' &&
      inspectorCell(p, '在岗状态') === '在岗' &&
      serialToIso(Number(inspectorCell(p, '执法证有效期至'))) >= end,
  );
}

test('the sample is deterministic: two runs give equal sheets and plan rows', () => {
  expect(sampleSheets()).toEqual(sheets);
  expect(samplePlanRows()).toEqual(plan);
  expect(JSON.stringify(sampleSheets())).toBe(JSON.stringify(sheets));
});

test('every sheet has rows of its schema width in template order', () => {
  const widths: Array<[string, readonly ColumnDef[]]> = [
    [SHEETS.items, ITEM_COLUMNS],
    [SHEETS.objects, OBJECT_COLUMNS],
    [SHEETS.inspectors, INSPECTOR_COLUMNS],
    [SHEETS.avoidance, AVOIDANCE_COLUMNS],
    [SHEETS.departments, DEPARTMENT_COLUMNS],
    [SHEETS.ledger, LEDGER_COLUMNS],
    [SHEETS.holidays, HOLIDAY_COLUMNS],
  ];
  expect(sheets.map((s) => s.name)).toEqual(widths.map(([name]) => name));
  for (const [name, columns] of widths) {
    for (const row of sheet(name)) expect(row).toHaveLength(columns.length);
  }
  for (const row of plan) expect(row).toHaveLength(PLAN_COLUMNS.length);
});

test('about 800 objects with unique ids and names, and fixed choices only', () => {
  expect(objects.length).toBeGreaterThanOrEqual(750);
  expect(objects.length).toBeLessThanOrEqual(850);
  expect(new Set(objects.map((o) => o[0])).size).toBe(objects.length);
  expect(new Set(objects.map((o) => o[1])).size).toBe(objects.length);
  for (const o of objects) {
    expect(OBJECT_TYPES).toContain(objectCell(o, '对象类型'));
    expect(OBJECT_STATUSES).toContain(objectCell(o, '经营状态'));
    const grade = objectCell(o, '信用风险等级');
    if (grade !== null) expect(CREDIT_GRADES).toContain(grade);
  }
  const works = objects.filter((o) => objectCell(o, '对象类型') === '工程项目');
  expect(works.length).toBeGreaterThanOrEqual(28);
  expect(works.every((o) => /^GC20\d\d-\d{3}$/.test(String(o[0])))).toBe(true);
});

test('every market entity carries a valid 统一社会信用代码 of 清河县 (130534)', () => {
  const entities = objects.filter((o) => MARKET_ENTITY_TYPES.includes(String(objectCell(o, '对象类型'))));
  expect(entities.length).toBeGreaterThan(700);
  for (const o of entities) {
    expect(creditCodeFault(String(o[0]))).toBeNull();
    expect(String(o[0]).slice(2, 8)).toBe('130534');
  }
});

test('credit grades come in realistic proportions and some businesses are closed', () => {
  const entities = objects.filter((o) => MARKET_ENTITY_TYPES.includes(String(objectCell(o, '对象类型'))));
  const share = (grade: string | null) => entities.filter((o) => objectCell(o, '信用风险等级') === grade).length / entities.length;
  expect(share('A')).toBeGreaterThan(0.25);
  expect(share('A')).toBeLessThan(0.36);
  expect(share('B')).toBeGreaterThan(0.38);
  expect(share('B')).toBeLessThan(0.5);
  expect(share('C')).toBeGreaterThan(0.1);
  expect(share('C')).toBeLessThan(0.2);
  expect(share('D')).toBeGreaterThan(0.02);
  expect(share('D')).toBeLessThan(0.08);
  expect(share(null)).toBeGreaterThan(0.02);
  const closed = entities.filter((o) => !ACTIVE_STATUSES.includes(String(objectCell(o, '经营状态'))));
  expect(closed.length).toBeGreaterThan(15);
});

test('about 60 inspectors with unique ids, valid choices, aliases, expired certificates and leave', () => {
  expect(inspectors.length).toBeGreaterThanOrEqual(55);
  expect(inspectors.length).toBeLessThanOrEqual(65);
  expect(new Set(inspectors.map((p) => p[0])).size).toBe(inspectors.length);
  for (const p of inspectors) {
    expect(INSPECTOR_CATEGORIES).toContain(inspectorCell(p, '人员类别'));
    expect(DUTY_STATUSES).toContain(inspectorCell(p, '在岗状态'));
    if (inspectorCell(p, '人员类别') === '执法人员') {
      expect(inspectorCell(p, '执法证号')).toMatch(/^冀(交|市监)执130534\d{4}$/);
      expect(typeof inspectorCell(p, '执法证有效期至')).toBe('number');
    }
  }
  const departments = inspectors.map((p) => String(inspectorCell(p, '所属部门')));
  expect(departments).toContain('交通局');
  expect(departments).toContain('市场监督管理局');
  expect(new Set(departments.map(canonical))).toEqual(new Set(['交通运输局', '市场监管局']));
  const expired = inspectors.filter((p) => Number(inspectorCell(p, '执法证有效期至')) < isoToSerial('2024-06-01'));
  expect(expired.length).toBeGreaterThanOrEqual(2);
  expect(inspectors.filter((p) => inspectorCell(p, '人员类别') === '第三方机构')).toHaveLength(1);
  expect(inspectors.filter((p) => inspectorCell(p, '在岗状态') !== '在岗').length).toBeGreaterThanOrEqual(3);
});

test('avoidance, items, tasks and the registries refer to each other by existing ids', () => {
  const objectIds = new Set(objects.map((o) => String(o[0])));
  const personIds = new Set(inspectors.map((p) => String(p[0])));
  const avoidance = sheet(SHEETS.avoidance);
  expect(avoidance.length).toBeGreaterThanOrEqual(3);
  for (const [person, object, reason] of avoidance) {
    expect(personIds.has(String(person))).toBe(true);
    expect(objectIds.has(String(object))).toBe(true);
    expect(String(reason).length).toBeGreaterThan(0);
  }
  const avoiding = inspectors.filter((p) => inspectorCell(p, '回避对象编号'));
  expect(avoiding.length).toBeGreaterThanOrEqual(2);
  for (const p of avoiding) for (const id of splitList(inspectorCell(p, '回避对象编号'))) expect(objectIds.has(id)).toBe(true);
  const itemIds = new Set(sheet(SHEETS.items).map((row) => String(row[0])));
  for (const task of plan) for (const id of splitList(planCell(task, '事项编号'))) expect(itemIds.has(id)).toBe(true);
  expect(new Set(plan.map((task) => planCell(task, '抽查任务编号'))).size).toBe(plan.length);
  expect(plan.filter((task) => Number(planCell(task, '专家人数')) > 0)).toHaveLength(1);
});

test('the two Annex 3 tasks are written exactly as the plan gives them', () => {
  expect(plan[0].slice(0, 11)).toEqual([
    '联2024033', '2024年清河县部门联合抽查033', '联033', '清河县道路运输市场部门联合随机抽查', '定向', '不低于10%',
    '交通局：对道路运输市场主体的监督检查。市场监管局：登记事项检查、公示信息检查等抽查事项清单（2024版）涉及的相关抽查事项。',
    '道路运输经营主体', '交通运输局', '市场监管', '2024年6月至10月',
  ]);
  expect(plan[1].slice(0, 11)).toEqual([
    '联2024034', '2024年清河县部门联合抽查034', '联034', '清河县在建公路工程部门联合随机抽查', '定向', '不低于5%',
    '交通局：对公路工程的监督检查。市场监管局：登记事项检查、公示信息检查。',
    '在建地方道路大中修工程', '交通运输局', '市场监管', '2024年3月至9月',
  ]);
  expect(planCell(plan[0], '信用分级比例')).toBe('A:5%;B:10%;C:30%;D:100%');
  expect(plan.slice(2).every((task) => planCell(task, '联合部门') === null)).toBe(true);
});

test('every task meets its minimum and is drawable: enough eligible inspectors per department and object', () => {
  const avoidance = sheet(SHEETS.avoidance);
  for (const task of plan) {
    const { sizes, total, minimum } = expectedSample(task);
    expect(total).toBeGreaterThanOrEqual(Math.max(minimum, 1));
    const end = taskEnd(String(planCell(task, '抽查时间')));
    const departments = [String(planCell(task, '发起部门')), ...splitList(planCell(task, '联合部门'))].map(canonical);
    for (const department of departments) {
      const pool = eligibleInspectors(department, end);
      // Every object must keep k = 2 candidates after avoidance; loads stay humane (≤ 20 visits each).
      for (const { members } of sizes) {
        for (const o of members) {
          const avoiders = new Set([
            ...avoidance.filter((pair) => pair[1] === o[0]).map((pair) => pair[0]),
            ...inspectors.filter((p) => splitList(inspectorCell(p, '回避对象编号')).includes(String(o[0]))).map((p) => p[0]),
          ]);
          expect(pool.filter((p) => !avoiders.has(p[0])).length).toBeGreaterThanOrEqual(2);
        }
      }
      expect((total * 2) / pool.length).toBeLessThanOrEqual(20);
    }
    if (Number(planCell(task, '专家人数')) > 0) {
      const experts = inspectors.filter((p) => inspectorCell(p, '人员类别') !== '执法人员' && inspectorCell(p, '在岗状态') === '在岗');
      expect(experts.length).toBeGreaterThanOrEqual(2);
    }
  }
});

test('drawn at their minimum sizes, the tasks meet the household target and miss the other two', () => {
  const hebei = plan.filter((task) => planCell(task, '平台') === '河北双随机执法监管平台');
  const joint = hebei.filter((task) => planCell(task, '联合部门'));
  const households = (tasks: CellValue[][]) => tasks.reduce((s, task) => s + expectedSample(task).total, 0);
  expect(joint.length / hebei.length).toBeLessThan(0.6);
  expect(households(joint) / households(hebei)).toBeGreaterThanOrEqual(0.5);
  const enterprise = hebei.filter((task) =>
    expectedSample(task).eligible.some((o) => MARKET_ENTITY_TYPES.includes(String(objectCell(o, '对象类型')))),
  );
  const graded = enterprise.filter((task) => planCell(task, '信用分级比例'));
  expect(graded.length / enterprise.length).toBeLessThan(0.9);
});

test('节假日 carries the official 2024 calendar and 工作台账 starts with the plan itself', () => {
  expect(sheet(SHEETS.holidays)).toEqual(officialHolidays(2024).map((d) => [isoToSerial(d.date), d.type]));
  const [first] = sheet(SHEETS.ledger);
  expect(serialToIso(Number(first[0]))).toBe('2024-01-29');
  expect(first[3]).toBe('清交双随机办〔2024〕1号');
  expect(sheet(SHEETS.departments).map((row) => row[0])).toEqual(['交通运输局', '市场监管局']);
});

test('object and inspector records match their rows', () => {
  const records = sampleObjects();
  expect(records.map((o) => o.id)).toEqual(objects.map((o) => o[0]));
  expect(sampleInspectors(records).map((p) => p.id)).toEqual(inspectors.map((p) => p[0]));
});
