// The registries behind the golden vectors: small, written out, each aimed at one rule of SPEC §3.
import { conflictPairs, drawDepartments, eligibleInspectors, eligibleObjects, stratify } from '../../../src/core/draw/eligibility';
import { paramsFromTask, paramsJson } from '../../../src/core/draw/params';
import { seedFromWitness } from '../../../src/core/draw/seed';
import type { DrawInput, DrawOutcome } from '../../../src/core/draw/types';
import type { AvoidancePair, Grade, Inspector, InspectionObject, PlanTask } from '../../../src/core/model';
import { avoidance, inspector, object, seedOf, task } from './helpers';

export interface GoldenCase {
  name: string;
  task: PlanTask;
  objects: InspectionObject[];
  inspectors: Inspector[];
  avoidance: AvoidancePair[];
  alreadyDrawn: string[];
  /** A given seed, or witness digits with the batch they were read out for. */
  seed: string | { witness: string; batch: number };
}

/** An 18-character code in the shape of a 统一社会信用代码. */
const code = (n: number) => `91130522MA${String(n).padStart(8, '0')}`;
const codes = (from: number, count: number) => Array.from({ length: count }, (_, i) => code(from + i));
const graded = (grade: Grade | '', ids: string[]) => ids.map((id) => object(id, grade));
const staff = (department: string, prefix: string, count: number, extra: Partial<Inspector> = {}) =>
  Array.from({ length: count }, (_, i) => inspector(`${prefix}${String(i + 1).padStart(2, '0')}`, department, extra));
const SEED = (n: number) => seedOf('golden', n);

export const GOLDEN_CASES: GoldenCase[] = [
  {
    name: 'single stratum 全部, 20 % of 30, one department',
    task: task({ taskId: '交001', ratioBp: 2000 }),
    objects: graded('', codes(1, 30)),
    inspectors: staff('交通运输局', 'JT', 5),
    avoidance: [],
    alreadyDrawn: [],
    seed: SEED(1),
  },
  {
    name: 'grade strata A:5%;B:10%;C:30%;D:100% over a 10 % base',
    task: task({ taskId: '交002', ratioBp: 1000, gradeRatios: { A: 500, B: 1000, C: 3000, D: 10000 } }),
    objects: [
      ...graded('A', codes(100, 8)),
      ...graded('B', codes(200, 10)),
      ...graded('C', codes(300, 12)),
      ...graded('D', codes(400, 4)),
      ...graded('', codes(500, 6)),
    ],
    inspectors: staff('交通运输局', 'JT', 6),
    avoidance: [],
    alreadyDrawn: [],
    seed: SEED(2),
  },
  {
    name: 'strata of one object (uniform(1) still draws) and a pool of exactly k',
    task: task({ taskId: '交003', ratioBp: 1000, gradeRatios: { A: 10000, B: 10000, D: 10000 } }),
    objects: [...graded('A', [code(1)]), ...graded('B', [code(2)]), ...graded('D', [code(4)]), ...graded('', codes(10, 2))],
    inspectors: staff('交通运输局', 'JT', 2),
    avoidance: [],
    alreadyDrawn: [],
    seed: SEED(3),
  },
  {
    name: 'experts: 专家 and 第三方机构 of any department, 在岗 only',
    task: task({ taskId: '交004', ratioBp: 2500, experts: 1 }),
    objects: graded('', codes(1, 16)),
    inspectors: [
      ...staff('交通运输局', 'JT', 4),
      inspector('ZJ01', '交通运输局', { category: '专家', certificateExpiry: null }),
      inspector('ZJ02', '县科技咨询中心', { category: '第三方机构', certificateExpiry: null }),
      inspector('ZJ03', '交通运输局', { category: '专家', onDuty: false, dutyStatus: '休假' }),
      inspector('ZJ04', '市场监管局', { category: '专家', certificateExpiry: null }),
    ],
    avoidance: [avoidance('ZJ02', code(3))],
    alreadyDrawn: [],
    seed: SEED(4),
  },
  {
    name: 'avoidance from the column and the sheet, duplicated, some not eligible',
    task: task({ taskId: '交005', ratioBp: 5000 }),
    objects: [...graded('', codes(1, 12)), object(code(99), '', { active: false, status: '注销' })],
    inspectors: [
      inspector('JT01', '交通运输局', { avoidObjectIds: [code(1), code(2), code(99)] }),
      inspector('JT02', '交通运输局', { avoidObjectIds: [code(1)] }),
      inspector('JT03', '交通运输局'),
      inspector('JT04', '交通运输局'),
      inspector('JT05', '交通运输局', { onDuty: false, avoidObjectIds: [code(3)] }),
    ],
    avoidance: [avoidance('JT01', code(1)), avoidance('JT03', code(2)), avoidance('JT04', code(5)), avoidance('JT05', code(6))],
    alreadyDrawn: [],
    seed: SEED(5),
  },
  {
    name: 'joint departments in plan order, duplicate of the initiator dropped',
    task: task({ taskId: '联006', ratioBp: 3000, initiator: '交通运输局', joint: ['市场监管局', '交通运输局', '应急管理局'] }),
    objects: graded('', codes(1, 20)),
    inspectors: [...staff('应急管理局', 'YJ', 3), ...staff('市场监管局', 'SC', 3), ...staff('交通运输局', 'JT', 4)],
    avoidance: [avoidance('SC01', code(7))],
    alreadyDrawn: [],
    seed: SEED(6),
  },
  {
    name: 'seed from witness digits read out with full-width digits and spaces',
    task: task({ taskId: '联033', ratioBp: 1000, joint: ['市场监管局'] }),
    objects: graded('', codes(1, 40)),
    inspectors: [...staff('交通运输局', 'JT', 4), ...staff('市场监管局', 'SC', 4)],
    avoidance: [],
    alreadyDrawn: [],
    seed: { witness: '３１４１５ ９２６５３\u3000５８９７９ 32384 6', batch: 2 },
  },
  {
    name: 'k = 3 inspectors per department',
    task: task({ taskId: '交008', ratioBp: 4000, perDepartment: 3 }),
    objects: graded('', codes(1, 20)),
    inspectors: staff('交通运输局', 'JT', 5),
    avoidance: [avoidance('JT02', code(4)), avoidance('JT03', code(4))],
    alreadyDrawn: [],
    seed: SEED(8),
  },
  {
    name: 'load ties: 9 objects over a pool of 3 with k = 2',
    task: task({ taskId: '交009', ratioBp: 10000 }),
    objects: graded('', codes(1, 9)),
    inspectors: staff('交通运输局', 'JT', 3),
    avoidance: [],
    alreadyDrawn: [],
    seed: SEED(9),
  },
  {
    name: 'eligibility: scope tag, 对象筛选, earlier draws, certificate through the end date',
    task: task({
      taskId: '交010',
      taskType: '定向',
      ratioBp: 5000,
      scope: '道路运输',
      end: '2024-10-31',
      filterText: '所属区域=城关镇|王官庄镇;行业类别~运输',
      filter: [
        { kind: 'equals', column: '所属区域', values: ['城关镇', '王官庄镇'] },
        { kind: 'contains', column: '行业类别', text: '运输' },
      ],
    }),
    objects: codes(1, 14).map((id, i) => {
      const o = object(id, '', { tags: i % 5 === 4 ? ['工程'] : ['道路运输'] });
      o.fields['所属区域'] = ['城关镇', '王官庄镇', '油坊镇'][i % 3];
      o.fields['行业类别'] = i % 4 === 3 ? '水路' : '道路运输';
      return o;
    }),
    inspectors: [
      inspector('JT01', '交通运输局', { certificateExpiry: '2024-10-31' }),
      inspector('JT02', '交通运输局', { certificateExpiry: '2024-10-30' }),
      inspector('JT03', '交通运输局', { certificateExpiry: '2025-06-30' }),
      inspector('JT04', '交通运输局', { certificateExpiry: null }),
      inspector('JT05', '交通运输局'),
    ],
    avoidance: [],
    alreadyDrawn: [code(1), code(2)],
    seed: SEED(10),
  },
  {
    name: 'code-unit order of ids and inspector numbers (never localeCompare)',
    task: task({ taskId: '交011', ratioBp: 5000 }),
    objects: graded('', ['b1', 'B1', 'B10', 'B9', '中1', 'Z9', 'a', 'XM-2024-001', 'XM-2024-01', '1000']),
    inspectors: [inspector('p1', '交通运输局'), inspector('P2', '交通运输局'), inspector('P10', '交通运输局'), inspector('甲1', '交通运输局')],
    avoidance: [],
    alreadyDrawn: [],
    seed: SEED(11),
  },
  {
    name: 'infeasible: a department short of inspectors after avoidance',
    task: task({ taskId: '联012', ratioBp: 10000, joint: ['市场监管局'] }),
    objects: graded('', codes(1, 8)),
    inspectors: [...staff('交通运输局', 'JT', 3), inspector('SC01', '市场监管局'), inspector('SC02', '市场监管局', { avoidObjectIds: [code(2)] })],
    avoidance: [avoidance('JT01', code(3)), avoidance('JT02', code(3))],
    alreadyDrawn: [],
    seed: SEED(12),
  },
  {
    name: 'a larger joint, graded draw with experts and avoidance',
    task: task({
      taskId: '联013',
      ratioBp: 1000,
      joint: ['市场监管局'],
      experts: 1,
      gradeRatios: { A: 500, C: 2000, D: 10000 },
    }),
    objects: codes(1, 200).map((id, i) => object(id, (['A', 'B', 'C', 'D', '', 'A', 'B', ''] as const)[i % 8])),
    inspectors: [
      ...staff('交通运输局', 'JT', 9),
      ...staff('市场监管局', 'SC', 7),
      ...staff('交通运输局', 'ZJ', 3, { category: '专家', certificateExpiry: null }),
    ],
    avoidance: codes(1, 200)
      .filter((_, i) => i % 17 === 0)
      .map((id, i) => avoidance(['JT01', 'SC03', 'ZJ02', 'JT05'][i % 4], id)),
    alreadyDrawn: [],
    seed: SEED(13),
  },
];

/** From registries to the engine's input and 参数, the way the use case does it (SPEC §3.3–3.6). */
export async function buildGoldenInput(c: GoldenCase): Promise<{ input: DrawInput; params: string }> {
  const seed = typeof c.seed === 'string' ? c.seed : await seedFromWitness(c.task.taskId, c.seed.batch, c.seed.witness);
  const eligible = eligibleObjects(c.objects, c.task, new Set(c.alreadyDrawn));
  const departments = drawDepartments(c.task);
  const inspectors = eligibleInspectors(c.inspectors, departments, c.task.end);
  const conflicts = conflictPairs(c.inspectors, c.avoidance, eligible.map((o) => o.id), inspectors.map((i) => i.id));
  const input = { seed, baseBp: c.task.ratioBp, strata: stratify(eligible, c.task), departments, inspectors, conflicts };
  return { input, params: paramsJson(paramsFromTask(c.task, departments, c.task.end)) };
}

/** What a vector freezes of an outcome. */
export function frozen(outcome: DrawOutcome) {
  return {
    ok: outcome.ok,
    strata: outcome.strata,
    minimum: outcome.minimum,
    picks: outcome.picks,
    infeasible: outcome.infeasible,
    objectsHash: outcome.objectsHash,
    inspectorsHash: outcome.inspectorsHash,
    conflictsHash: outcome.conflictsHash,
    resultHash: outcome.resultHash,
  };
}
