// SPEC §3.3–3.6: one draw from plain data. Deterministic given DrawInput; replayable by anyone.
import { Utf8Lines } from '../hash';
import { badSeed } from '../messages/draw';
import { UserFacingError } from '../messages/problem';
import { assignInspectors } from './assign';
import { objectLines, resultHash, snapshotHashes } from './hashes';
import { isSeed } from './seed';
import { planSampleSizes, selectObjects } from './select';
import type { DrawInput, DrawOutcome, DrawnObject, StratumInput } from './types';
import { streamFor } from './uniform';

/**
 * SPEC §3.4 sorts each stratum's 对象编号 by code units; SPEC §3.6 hashes the lines `对象编号\tstratum`,
 * sorted. When no id holds a code unit ≤ 9, lines sort exactly as their ids (a shorter id's "\t" is
 * below any next code unit of a longer one), so merging the sorted strata yields the sorted lines
 * without a second sort. Ids with control characters (rare: the writer flags any below U+0020) take
 * the plain path instead. Either way the merge meets a repeated id as equal neighbours.
 */
function sortObjects(strata: readonly StratumInput[]): {
  sorted: StratumInput[];
  objectLinesUtf8: Uint8Array<ArrayBuffer>;
} {
  if (new Set(strata.map((s) => s.stratum)).size !== strata.length) throw new Error('strata repeat a name');
  // Default sort of strings is code-unit order.
  const sorted = strata.map(({ stratum, ratioBp, ids }) => ({ stratum, ratioBp, ids: [...ids].sort() }));
  const merged = mergeLines(sorted);
  if (!merged.sawControlCharacter) return { sorted, objectLinesUtf8: merged.bytes() };
  return { sorted, objectLinesUtf8: new TextEncoder().encode(objectLines(sorted).join('\n')) };
}

/** k-way merge of the sorted strata into the UTF-8 of the lines `对象编号\tstratum`; rejects a repeated id. */
function mergeLines(sorted: readonly StratumInput[]): Utf8Lines {
  const lines = new Utf8Lines();
  const strataFields = sorted.map(({ stratum }) => Utf8Lines.encodeField(stratum));
  const heads = new Int32Array(sorted.length);
  // Strata with ids left, by their next id descending, so the next line's stratum is the last. Only
  // the stratum just taken from needs placing again: ~2 comparisons with 5 strata, not 4.
  const queue = new Int32Array(sorted.length);
  let queued = 0;
  let previous: string | undefined;
  const place = (s: number): void => {
    const id = sorted[s].ids[heads[s]];
    let at = queued++;
    for (; at > 0; at--) {
      const other = queue[at - 1];
      if (!(sorted[other].ids[heads[other]] < id)) break;
      queue[at] = other;
    }
    queue[at] = s;
  };
  for (let s = 0; s < sorted.length; s++) if (sorted[s].ids.length > 0) place(s);
  while (queued > 0) {
    const s = queue[--queued];
    const id = sorted[s].ids[heads[s]++];
    // Sorted output: a repeated id, within a stratum or across, arrives right after its twin.
    if (id === previous) duplicate(id);
    lines.startLine(id);
    lines.appendEncodedField(strataFields[s]);
    previous = id;
    if (heads[s] < sorted[s].ids.length) place(s);
  }
  return lines;
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
      min: counts.length ? Math.min(...counts) : 0,
      max: counts.length ? Math.max(...counts) : 0,
      inspectors: counts.length,
    };
  });
}
