// SPEC §3.3 sample sizes and SPEC §3.4 selection of objects.
import type { Stratum } from '../model';
import type { Int32Source } from './uniform';
import { uniformFrom } from './uniform';
import type { SamplePlan, StratumInput } from './types';

/** SPEC §3 ceilDiv(a, b) = floor((a + b - 1) / b) for non-negative integers. */
export function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

/** SPEC §3.3 n = min(N, ceilDiv(N × bp, 10000)). */
export function sampleSize(eligible: number, ratioBp: number): number {
  return Math.min(eligible, ceilDiv(eligible * ratioBp, 10000));
}

/**
 * SPEC §3.3: each stratum's n, the total, and the plan's minimum ceilDiv(N_all × baseBp, 10000);
 * a shortfall when the total is below it. Pure: usable for a dry run before any seed exists.
 */
export function planSampleSizes(
  strata: ReadonlyArray<Pick<StratumInput, 'stratum' | 'ratioBp'> & { ids: readonly unknown[] }>,
  baseBp: number,
): SamplePlan {
  const sizes = strata.map(({ stratum, ratioBp, ids }) => ({
    stratum,
    eligible: ids.length,
    ratioBp,
    sampleSize: sampleSize(ids.length, ratioBp),
  }));
  const eligibleTotal = sizes.reduce((sum, s) => sum + s.eligible, 0);
  const sampleTotal = sizes.reduce((sum, s) => sum + s.sampleSize, 0);
  const minimum = ceilDiv(eligibleTotal * baseBp, 10000);
  const plan: SamplePlan = { strata: sizes, eligibleTotal, sampleTotal, minimum };
  if (sampleTotal < minimum) plan.shortfall = { planned: sampleTotal, minimum };
  return plan;
}

/**
 * SPEC §3.4 for one stratum: `sortedIds` ascending by code units (the array is permuted in place);
 * for i = 0 … n-1: j = i + uniform(N - i); swap. Returns a[0..n-1].
 */
export function selectFromStratum(sortedIds: string[], n: number, rng: Int32Source): string[] {
  const uniform = uniformFrom(rng);
  const a = sortedIds;
  const size = a.length;
  for (let i = 0; i < n; i++) {
    const j = i + uniform(size - i);
    const held = a[i];
    a[i] = a[j];
    a[j] = held;
  }
  return a.slice(0, n);
}

export interface SelectedObject {
  objectId: string;
  stratum: Stratum;
}

/** SPEC §3.4: the strata's selections concatenated in stratum order (strata already sorted). */
export function selectObjects(
  sortedStrata: readonly StratumInput[],
  plan: SamplePlan,
  rngs: readonly Int32Source[],
): SelectedObject[] {
  const order: SelectedObject[] = [];
  sortedStrata.forEach(({ stratum, ids }, index) => {
    for (const objectId of selectFromStratum(ids, plan.strata[index].sampleSize, rngs[index])) {
      order.push({ objectId, stratum });
    }
  });
  return order;
}
