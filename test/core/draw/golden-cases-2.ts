// The cases behind the ssj-draw/2 golden vectors (SPEC §3.8): the registries of the ssj-draw/1 cases
// (golden-cases.ts), each with ssj-draw/2's seed material (witness digits as typed, or public numbers
// in a 公告's form) and its 参数 (items, repeat, year).
import { drawDepartments, eligibleInspectors, eligibleObjects, conflictPairs, stratify } from '../../../src/core/draw/eligibility';
import { publicNumbersMaterial, seedFromMaterial, witnessDigits, type NumbersForm } from '../../../src/core/draw/material';
import { paramsFromTaskV2, paramsJson } from '../../../src/core/draw/params';
import type { DrawInput } from '../../../src/core/draw/types';
import type { PlanTask } from '../../../src/core/model';
import { GOLDEN_CASES, type GoldenCase } from './golden-cases';

/** Seed material as typed: witness digits, or public numbers in a 公告's form. */
export type MaterialInput = { witness: string } | { numbers: string; form: NumbersForm };

export interface GoldenCase2 extends Omit<GoldenCase, 'seed'> {
  batch: number;
  material: MaterialInput;
}

const KL8: NumbersForm = { count: 20, width: 2 };
const registries = (name: string): GoldenCase => {
  const found = GOLDEN_CASES.find((c) => c.name.startsWith(name));
  if (!found) throw new Error(`no ssj-draw/1 golden case ${name}`);
  return found;
};
const from = (name: string, extra: Partial<PlanTask>, batch: number, material: MaterialInput, title: string): GoldenCase2 => {
  const base = registries(name);
  return { ...base, name: title, task: { ...base.task, ...extra }, batch, material };
};

export const GOLDEN_CASES_2: GoldenCase2[] = [
  from('single stratum', {}, 1, { witness: '3179 2046 5581 9023 4417' },
    'witness digits with spaces, single stratum {"全部":bp}, no items'),
  from('grade strata', { itemIds: ['JT-02', 'JT-01', 'JT-02'] }, 1,
    { numbers: '05 12 17 23 31 38 40 44 47 52 55 58 61 63 66 69 71 74 77 80', form: KL8 },
    '快乐8 20×2 public numbers in ascending order, grade strata, items sorted and de-duplicated'),
  from('strata of one object', {}, 2,
    { numbers: '80 05 77 12 74 17 71 23 69 31 66 38 63 40 61 44 58 47 55 52', form: KL8 },
    'public numbers in draw order (same material as sorted), batch 2'),
  from('experts', { allowRepeat: true }, 1, { witness: '３１７９－２０４６－５５８１－９０２３－４４１７' },
    'full-width digits and dashes, "repeat":true, experts'),
  from('avoidance', {}, 3, { witness: '(3179) 2046, 5581; 9023. 4417: 8830/1、2。' },
    'every separator , ; . : - / ( ) 、 。, batch 3, avoidance'),
  from('joint departments', { itemIds: ['SC-9', 'JT-01'] }, 1, { numbers: '0512172331384044475255586163666971747780', form: KL8 },
    'a single run of count × width digits split into 20 numbers, joint departments'),
  from('seed from witness', { end: '2025-03-31' }, 1, { witness: '3179\u30002046\t5581\n9023\r4417\u000b8830' },
    'U+3000, tab, line feed, carriage return and U+000B as white space; "year" from an end date in 2025'),
  from('k = 3', {}, 1, { numbers: '3 3 7', form: { count: 3, width: 1 } },
    'repeated numbers of a 3×1 drawing (福彩3D), k = 3'),
  from('load ties', {}, 1, { numbers: '9, 2, 33, 7, 16, 1, 12', form: { count: 7, width: 2 } },
    'numbers zero-padded to width 2 before sorting (7×2), load ties'),
  from('eligibility', { itemIds: ['JT-03'] }, 1, { witness: '00000000000000000000' },
    'twenty zeros are digits like any other, eligibility rules'),
  from('code-unit order', {}, 1, { witness: '1234567890123456789012345678901234567890' },
    'forty witness digits, code-unit order of ids'),
  from('infeasible', {}, 1, { numbers: '01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20', form: KL8 },
    'infeasible draw: the failure replays from the same material'),
  from('a larger joint', { itemIds: ['JT-01', 'SC-01'], allowRepeat: false }, 1,
    { numbers: '88 17 03 64 22 45 09 71 30 56 12 80 41 67 25 38 59 06 74 33', form: KL8 },
    'a larger joint graded draw with experts and avoidance, announced numbers'),
];

/** SPEC §3.8 material of a case: witness digits alone, or the public numbers sorted and concatenated. */
export function materialOf(c: GoldenCase2): string {
  return 'witness' in c.material ? witnessDigits(c.material.witness) : publicNumbersMaterial(c.material.numbers, c.material.form);
}

/** From registries and material to the engine's input and 参数, as the ssj-draw/2 use case does it. */
export async function buildGoldenInput2(c: GoldenCase2): Promise<{ material: string; input: DrawInput; params: string }> {
  const material = materialOf(c);
  const seed = await seedFromMaterial(c.task.taskId, c.batch, material);
  const eligible = eligibleObjects(c.objects, c.task, new Set(c.alreadyDrawn));
  const departments = drawDepartments(c.task);
  const inspectors = eligibleInspectors(c.inspectors, departments, c.task.end);
  const conflicts = conflictPairs(c.inspectors, c.avoidance, eligible.map((o) => o.id), inspectors.map((i) => i.id));
  const input = { seed, baseBp: c.task.ratioBp, strata: stratify(eligible, c.task), departments, inspectors, conflicts };
  return { material, input, params: paramsJson(paramsFromTaskV2(c.task, departments)) };
}
