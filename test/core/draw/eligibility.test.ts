// SPEC §3.3 eligible objects and strata; SPEC §3.5 departments, eligible inspectors, avoidance.
import {
  conflictPairs,
  drawDepartments,
  eligibleInspectors,
  eligibleObjects,
  stratify,
} from '../../../src/core/draw/eligibility';
import { parseFilter } from '../../../src/core/plan/filter';
import { avoidance, inspector, object, task } from './helpers';

const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

describe('SPEC §3.3 eligible objects', () => {
  const registry = [
    object('O1', 'A', { tags: ['道路运输', '危货'] }),
    object('O2', 'B', { tags: ['道路运输'], active: false, status: '注销' }),
    object('O3', '', { tags: ['工程'], industry: '水运' }),
    object('O4', 'C', { tags: ['道路运输'], region: '王官庄镇' }),
  ];
  registry[2].fields['行业类别'] = '水运';
  registry[3].fields['所属区域'] = '王官庄镇';

  test('only active objects are eligible', () => {
    expect(ids(eligibleObjects(registry, task(), new Set()))).toEqual(['O1', 'O3', 'O4']);
  });

  test('抽查对象范围 keeps objects carrying it as a tag', () => {
    expect(ids(eligibleObjects(registry, task({ scope: '道路运输' }), new Set()))).toEqual(['O1', 'O4']);
  });

  test('every 对象筛选 condition must hold: equals one of, contains, has tag', () => {
    const equals = task({ filter: [{ kind: 'equals', column: '行业 类别', values: ['水运', '航空'] }] });
    expect(ids(eligibleObjects(registry, equals, new Set()))).toEqual(['O3']);
    const contains = task({ filter: [{ kind: 'contains', column: '所属区域', text: '王官' }] });
    expect(ids(eligibleObjects(registry, contains, new Set()))).toEqual(['O4']);
    const both = task({
      filter: [
        { kind: 'tag', tag: '道路运输' },
        { kind: 'equals', column: '信用风险等级', values: ['A'] },
      ],
    });
    expect(ids(eligibleObjects(registry, both, new Set()))).toEqual(['O1']);
  });

  test('分类标签=X compares the whole cell (SPEC §2: a registry header); 标签=X tests one tag', () => {
    registry[0].fields['分类标签'] = '道路运输、危货';
    registry[3].fields['分类标签'] = '道路运输';
    const wholeCell = task({ filter: parseFilter('分类标签=道路运输').conditions });
    expect(ids(eligibleObjects(registry, wholeCell, new Set()))).toEqual(['O4']);
    const hasTag = task({ filter: parseFilter('标签=道路运输').conditions });
    expect(ids(eligibleObjects(registry, hasTag, new Set()))).toEqual(['O1', 'O4']);
  });

  test('objects drawn by an earlier counting draw are left out unless 允许重复抽取', () => {
    expect(ids(eligibleObjects(registry, task(), new Set(['O1'])))).toEqual(['O3', 'O4']);
    expect(ids(eligibleObjects(registry, task({ allowRepeat: true }), new Set(['O1'])))).toEqual(['O1', 'O3', 'O4']);
  });
});

describe('SPEC §3.3 strata', () => {
  const objects = [object('a1', 'A'), object('u1'), object('d1', 'D'), object('a2', 'A')];

  test('without 信用分级比例: one stratum 全部 at 抽查比例', () => {
    expect(stratify(objects, task({ ratioBp: 1000 }))).toEqual([{ stratum: '全部', ratioBp: 1000, ids: ['a1', 'u1', 'd1', 'a2'] }]);
  });

  test('with 信用分级比例: A, B, C, D, 未分级 in order; unnamed grades and 未分级 use 抽查比例', () => {
    expect(stratify(objects, task({ ratioBp: 1000, gradeRatios: { A: 500, D: 10000 } }))).toEqual([
      { stratum: 'A', ratioBp: 500, ids: ['a1', 'a2'] },
      { stratum: 'B', ratioBp: 1000, ids: [] },
      { stratum: 'C', ratioBp: 1000, ids: [] },
      { stratum: 'D', ratioBp: 10000, ids: ['d1'] },
      { stratum: '未分级', ratioBp: 1000, ids: ['u1'] },
    ]);
  });
});

describe('SPEC §3.5 departments and eligible inspectors', () => {
  test('D = 发起部门, 联合部门 in plan order without duplicates, then 专家 when 专家人数 > 0', () => {
    const joint = task({ initiator: '交通运输局', joint: ['市场监管局', '交通运输局', '应急管理局'], perDepartment: 3, experts: 1 });
    expect(drawDepartments(joint)).toEqual([
      { department: '交通运输局', k: 3 },
      { department: '市场监管局', k: 3 },
      { department: '应急管理局', k: 3 },
      { department: '专家', k: 1 },
    ]);
    expect(drawDepartments(task())).toEqual([{ department: '交通运输局', k: 2 }]);
  });

  const departments = [
    { department: '交通运输局', k: 2 },
    { department: '专家', k: 1 },
  ];
  const people = [
    inspector('P9', '交通运输局', { certificateExpiry: '2024-10-31' }), // valid through the end date
    inspector('P10', '交通运输局', { certificateExpiry: '2024-10-30' }), // ends the day before
    inspector('P11', '交通运输局', { certificateExpiry: null }),
    inspector('P12', '交通运输局', { onDuty: false, dutyStatus: '休假' }),
    inspector('P13', '应急管理局'), // not a department of this draw
    inspector('p1', '交通运输局'),
    inspector('P100', '交通运输局'),
    inspector('E2', '市场监管局', { category: '第三方机构', certificateExpiry: null }),
    inspector('E1', '交通运输局', { category: '专家', certificateExpiry: null }),
    inspector('E3', '交通运输局', { category: '专家', onDuty: false }),
  ];

  test('a real department takes its 在岗 执法人员 whose certificate is valid through the end date', () => {
    const eligible = eligibleInspectors(people, departments, '2024-10-31');
    expect(eligible.filter((i) => i.department === '交通运输局').map((i) => i.id)).toEqual(['P100', 'P9', 'p1']);
  });

  test('专家 takes every 在岗 专家 or 第三方机构 of any department, written as department 专家', () => {
    expect(eligibleInspectors(people, departments, '2024-10-31').filter((i) => i.department === '专家')).toEqual([
      { id: 'E1', department: '专家', category: '专家' },
      { id: 'E2', department: '专家', category: '第三方机构' },
    ]);
    expect(eligibleInspectors(people, [departments[0]], '2024-10-31').map((i) => i.id)).toEqual(['P100', 'P9', 'p1']);
  });

  test('the result is sorted by 人员编号 in code-unit order (E < P, P100 < P9 < p1)', () => {
    expect(eligibleInspectors(people, departments, '2024-10-31').map((i) => i.id)).toEqual(['E1', 'E2', 'P100', 'P9', 'p1']);
  });
});

describe('SPEC §3.5/§3.6 avoidance pairs', () => {
  test('column and sheet pairs among eligible people and objects, de-duplicated and sorted', () => {
    const people = [
      inspector('P2', '交通运输局', { avoidObjectIds: ['O9', 'O1', 'GONE'] }),
      inspector('P1', '交通运输局', { avoidObjectIds: ['O2'] }),
      inspector('X1', '交通运输局', { avoidObjectIds: ['O1'] }),
    ];
    const sheet = [avoidance('P2', 'O1'), avoidance('P1', 'O1'), avoidance('NOBODY', 'O1')];
    expect(conflictPairs(people, sheet, ['O1', 'O2', 'O9'], ['P1', 'P2'])).toEqual([
      { inspectorId: 'P1', objectId: 'O1' },
      { inspectorId: 'P1', objectId: 'O2' },
      { inspectorId: 'P2', objectId: 'O1' },
      { inspectorId: 'P2', objectId: 'O9' },
    ]);
  });
});
