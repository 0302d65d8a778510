// The plan's three targets (SPEC §5, the plan's section 二) over every counted inspection of the year,
// both platforms: actual against target, met or short, and what it would take to meet each.
import { annex1Row, enterprise, marketEntity, type Figure } from './annex1-figures';
import type { Inspection } from './inspections';

export type TargetKey = 'jointCount' | 'jointHouseholds' | 'creditCount';

export interface Target {
  key: TargetKey;
  /** Target in percent: 60, 50, 90. */
  targetPercent: number;
  numerator: Figure;
  denominator: Figure;
  /** numerator / denominator in basis points; null when the denominator is 0 (nothing to measure yet). */
  actualBp: number | null;
  state: 'met' | 'short' | 'none';
  /**
   * How many more of the numerator's kind meet the target, each adding 1 to both numerator and
   * denominator (a joint inspection is also an inspection): the least k with (n+k)/(d+k) ≥ p.
   * 0 when met; null when there is nothing yet.
   */
  needed: number | null;
}

const ceilDiv = (a: number, b: number) => Math.floor((a + b - 1) / b);

/** The least k ≥ 0 with 100(n + k) ≥ p(d + k), for p < 100. */
export function neededToMeet(numerator: number, denominator: number, percent: number): number {
  const shortBy = percent * denominator - 100 * numerator;
  return shortBy <= 0 ? 0 : ceilDiv(shortBy, 100 - percent);
}

function target(key: TargetKey, targetPercent: number, numerator: Figure, denominator: Figure): Target {
  const d = denominator.value;
  if (d === 0) return { key, targetPercent, numerator, denominator, actualBp: null, state: 'none', needed: null };
  const needed = neededToMeet(numerator.value, d, targetPercent);
  const actualBp = Math.floor((numerator.value * 10_000) / d);
  return { key, targetPercent, numerator, denominator, actualBp, state: needed === 0 ? 'met' : 'short', needed };
}

/** 部门联合 次数 ≥ 60 % of 总计 次数; 部门联合 户数 ≥ 50 % of 总计 户数; 信用分级 次数 ≥ 90 % of 涉及企业 次数. */
export function planTargets(inspections: readonly Inspection[]): Target[] {
  const all = annex1Row(inspections);
  const joint = annex1Row(inspections, { tasks: (i) => i.joint });
  const enterprises = annex1Row(inspections, { tasks: enterprise, objects: marketEntity });
  const credit = annex1Row(inspections, { tasks: (i) => enterprise(i) && i.stratified });
  return [
    target('jointCount', 60, joint.count, all.count),
    target('jointHouseholds', 50, joint.drawn, all.drawn),
    target('creditCount', 90, credit.count, enterprises.count),
  ];
}
