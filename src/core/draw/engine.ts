// SPEC §3.3–3.6: one draw from plain data. Deterministic given DrawInput; replayable by anyone.
import { badSeed } from '../messages/draw';
import { UserFacingError } from '../messages/problem';
import { assignInspectors } from './assign';
import { objectLines, resultHash, snapshotHashes } from './hashes';
import { isSeed } from './seed';
import { planSampleSizes, selectObjects } from './select';
import type { DrawInput, DrawOutcome, DrawnObject, StratumInput } from './types';
import { streamFor } from './uniform';
import { maxOf, minOf } from '../arrays';

const encoder = new TextEncoder();

/**
 * SPEC §3.4 sorts each stratum's 对象编号 by code units; SPEC §3.6 hashes the lines `对象编号\tstratum`,
 * sorted. When every id is printable ASCII, lines sort exactly as their ids (a shorter id's "\t" is
 * below any next code unit of a longer one), so merging the sorted strata yields the sorted lines
 * without a second sort, and their UTF-8 is their code units. Other ids (rare) take the plain path.
 */
function sortObjects(strata: readonly StratumInput[]): {
  sorted: StratumInput[];
  objectLinesUtf8: Uint8Array<ArrayBuffer>;
} {
  if (new Set(strata.map((s) => s.stratum)).size !== strata.length) throw new Error('strata repeat a name');
  // Default sort of strings is code-unit order.
  const sorted = strata.map(({ stratum, ratioBp, ids }) => ({ stratum, ratioBp, ids: [...ids].sort() }));
  const merged = mergeStrata(sorted);
  const fields = sorted.map(({ stratum }) => encoder.encode(`\t${stratum}`));
  let objectLinesUtf8 = asciiLines(merged, fields);
  if (objectLinesUtf8 === null) {
    rejectRepeats(merged.ids);
    objectLinesUtf8 = encoder.encode(objectLines(sorted).join('\n'));
  }
  return { sorted, objectLinesUtf8 };
}

interface MergedIds {
  ids: string[];
  /** Per id, the index of its stratum. */
  strata: Uint8Array;
}

/**
 * The sorted strata as one ascending list, by merging them two at a time (about log2(5) comparisons
 * an id, in tight loops: half the time of a 5-way merge).
 */
function mergeStrata(sorted: readonly StratumInput[]): MergedIds {
  if (sorted.length > 255) throw new Error('too many strata');
  let lists: MergedIds[] = sorted.map(({ ids }, s) => ({ ids, strata: new Uint8Array(ids.length).fill(s) }));
  while (lists.length > 1) {
    const next: MergedIds[] = [];
    for (let l = 0; l + 1 < lists.length; l += 2) next.push(mergeTwo(lists[l], lists[l + 1]));
    if (lists.length % 2 === 1) next.push(lists[lists.length - 1]);
    lists = next;
  }
  return lists[0] ?? { ids: [], strata: new Uint8Array(0) };
}

/** Rejects a repeated id, within a stratum or across: in sorted order it sits right beside its twin. */
function rejectRepeats(ids: readonly string[]): void {
  for (let n = 1; n < ids.length; n++) if (ids[n] === ids[n - 1]) duplicate(ids[n]);
}

function mergeTwo(a: MergedIds, b: MergedIds): MergedIds {
  const ids = new Array<string>(a.ids.length + b.ids.length);
  const strata = new Uint8Array(ids.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (b.ids[j] < a.ids[i]) {
      strata[o] = b.strata[j];
      ids[o++] = b.ids[j++];
    } else {
      strata[o] = a.strata[i];
      ids[o++] = a.ids[i++];
    }
  }
  for (; i < a.ids.length; i++, o++) {
    strata[o] = a.strata[i];
    ids[o] = a.ids[i];
  }
  for (; j < b.ids.length; j++, o++) {
    strata[o] = b.strata[j];
    ids[o] = b.ids[j];
  }
  return { ids, strata };
}

/**
 * The UTF-8 of the lines `id` + fields[stratum] joined by "\n", written code unit by code unit;
 * null as soon as an id holds anything but printable ASCII (U+0020–U+007E). Rejects a repeated id
 * (in sorted order it sits right beside its twin) by its bytes, compared from the end, where
 * neighbours in sorted order differ: a quarter of the time of comparing the strings.
 */
function asciiLines(merged: MergedIds, fields: readonly Uint8Array[]): Uint8Array<ArrayBuffer> | null {
  let size = Math.max(0, merged.ids.length - 1);
  for (let n = 0; n < merged.ids.length; n++) size += merged.ids[n].length + fields[merged.strata[n]].length;
  const out = new Uint8Array(size);
  let o = 0;
  let previous = 0;
  let previousLength = -1;
  for (let n = 0; n < merged.ids.length; n++) {
    if (n > 0) out[o++] = 0x0a;
    const id = merged.ids[n];
    // Negative as soon as any code unit is below 0x20 or above 0x7e.
    let outside = 0;
    for (let c = 0; c < id.length; c++) {
      const code = id.charCodeAt(c);
      outside |= (code - 0x20) | (0x7e - code);
      out[o + c] = code;
    }
    if (outside < 0) return null;
    if (id.length === previousLength) {
      let c = id.length - 1;
      while (c >= 0 && out[o + c] === out[previous + c]) c--;
      if (c < 0) duplicate(id);
    }
    previous = o;
    previousLength = id.length;
    o += id.length;
    const field = fields[merged.strata[n]];
    for (let f = 0; f < field.length; f++) out[o++] = field[f];
  }
  return out;
}

function duplicate(id: string): never {
  throw new Error(`duplicate object ${id} in draw input`);
}

/**
 * SPEC §3.3–3.6. Always returns the three snapshot hashes (the log records them for failed
 * attempts too). When the strata's total is below the plan's minimum the draw stops before any
 * randomness (ok = false, shortfall set). When any (object, department) is infeasible, ok = false
 * and `infeasible` lists them all. Unless ok, picks and loads are empty and resultHash is ''.
 */
export async function runDraw(input: DrawInput): Promise<DrawOutcome> {
  if (!isSeed(input.seed)) throw new UserFacingError([badSeed(input.seed)]);
  const { sorted: strata, objectLinesUtf8 } = sortObjects(input.strata);
  const plan = planSampleSizes(strata, input.baseBp);
  const hashing = snapshotHashes(objectLinesUtf8, input.inspectors, input.conflicts);
  const failed = async (infeasible: DrawOutcome['infeasible']): Promise<DrawOutcome> => ({
    ...plan,
    ok: false,
    picks: [],
    infeasible,
    loads: new Map(),
    ...(await hashing),
    resultHash: '',
  });
  if (plan.shortfall) return failed([]);

  const [selectRngs, assignRngs] = await Promise.all([
    Promise.all(strata.map(({ stratum }) => streamFor(input.seed, 'select', stratum))),
    Promise.all(input.departments.map(({ department }) => streamFor(input.seed, 'assign', department))),
  ]);
  const order = selectObjects(strata, plan, selectRngs);
  const assignment = assignInspectors(
    order.map((o) => o.objectId),
    input.departments,
    input.inspectors,
    input.conflicts,
    assignRngs,
  );
  if (assignment.infeasible.length > 0) return failed(assignment.infeasible);

  const picks: DrawnObject[] = order.map(({ objectId, stratum }, index) => ({
    seq: index + 1,
    objectId,
    stratum,
    inspectorIds: assignment.inspectorIds[index],
  }));
  return {
    ...plan,
    ok: true,
    picks,
    infeasible: [],
    loads: assignment.loads,
    ...(await hashing),
    resultHash: await resultHash(picks),
  };
}

/** Per department: how many objects its inspectors got, least and most (DrawReport.loadSpread). */
export function loadSpread(
  input: Pick<DrawInput, 'departments' | 'inspectors'>,
  loads: ReadonlyMap<string, number>,
): Array<{ department: string; min: number; max: number; inspectors: number }> {
  return input.departments.map(({ department }) => {
    const counts = input.inspectors.filter((i) => i.department === department).map((i) => loads.get(i.id) ?? 0);
    return {
      department,
      min: counts.length ? minOf(counts) : 0,
      max: counts.length ? maxOf(counts) : 0,
      inspectors: counts.length,
    };
  });
}
