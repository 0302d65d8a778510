// SPEC §3.5: assigning inspectors to the drawn objects, department by department.
import type { ConflictPair, DrawDepartment, DrawInspector, Infeasibility } from './types';
import type { Int32Source, UniformSource } from './uniform';
import { Arc4Stream, uniformSourceOf } from './uniform';
import { maxOf } from '../arrays';

export interface Assignment {
  /** Per object in draw order: the departments' picks in D order. */
  inspectorIds: string[][];
  infeasible: Infeasibility[];
  /** Objects assigned per inspector id, every eligible inspector present. */
  loads: Map<string, number>;
}

interface Pools {
  ids: string[];
  /** Per department: indices into ids, sorted by 人员编号 (SPEC §3.5). */
  members: number[][];
  /** objectId → indices of inspectors who must avoid it. */
  avoiders: Map<string, number[]>;
}

function buildPools(
  departments: readonly DrawDepartment[],
  inspectors: readonly DrawInspector[],
  conflicts: readonly ConflictPair[],
): Pools {
  const sorted = [...inspectors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  for (const { id } of sorted) {
    if (indexOf.has(id)) throw new Error(`duplicate inspector ${id} in draw input`);
    indexOf.set(id, ids.length);
    ids.push(id);
  }
  const members = departments.map(({ department }) =>
    sorted.filter((i) => i.department === department).map((i) => indexOf.get(i.id)!),
  );
  const avoiders = new Map<string, number[]>();
  for (const { inspectorId, objectId } of conflicts) {
    const index = indexOf.get(inspectorId);
    if (index === undefined) continue;
    const list = avoiders.get(objectId);
    if (list === undefined) avoiders.set(objectId, [index]);
    else if (!list.includes(index)) list.push(index);
  }
  return { ids, members, avoiders };
}

/**
 * SPEC §3.5, for each object in draw order and each d in D: candidates = pool(d) minus avoiders;
 * fewer than k(d) → infeasible (recorded, then the next department); else shuffle with rng_d
 * (for i = len-1 … 1: j = uniform(i + 1); swap), stable-sort by load, take the first k(d), load += 1.
 *
 * An infeasible (object, d) consumes no rng_d draw and changes no load: SPEC §3.5 shuffles only in
 * the "else" branch. This cannot change any written output: whether a pair is infeasible depends on
 * the candidate count alone, and a draw with any infeasibility writes nothing but its failed log
 * entry (SPEC §3.5), so picks and loads after it are discarded.
 */
export function assignInspectors(
  objectIds: readonly string[],
  departments: readonly DrawDepartment[],
  inspectors: readonly DrawInspector[],
  conflicts: readonly ConflictPair[],
  rngs: readonly Int32Source[],
): Assignment {
  const { ids, members, avoiders } = buildPools(departments, inspectors, conflicts);
  const pools = members.map((m) => Int32Array.from(m));
  const load = new Int32Array(ids.length);
  const avoiding = new Uint8Array(ids.length);
  const sources = rngs.map(uniformSourceOf);
  const buffer = new Int32Array(maxOf(members.map((m) => m.length), 0));
  const chosen = departments.map(({ k }) => new Int32Array(k));
  // Per department, a load none of its pool is below (loads only grow); lets firstByLoad stop early.
  const loadFloor = new Int32Array(departments.length);
  const inspectorIds: string[][] = [];
  const infeasible: Infeasibility[] = [];

  for (const objectId of objectIds) {
    const avoid = avoiders.get(objectId);
    if (avoid) for (const index of avoid) avoiding[index] = 1;
    const picked: string[] = [];
    for (let d = 0; d < departments.length; d++) {
      const { department, k } = departments[d];
      const len = fillCandidates(pools[d], avoid ? avoiding : null, buffer);
      if (len < k) {
        infeasible.push({ objectId, department, eligible: len, needed: k });
        continue;
      }
      shuffle(buffer, len, sources[d]);
      const picks = chosen[d];
      firstByLoad(buffer, len, load, loadFloor[d], picks);
      // A k-th pick above the floor means the scan could not stop early: raise the floor to the pool's
      // lowest load (unchanged when avoiders of this object hold the lowest loads).
      if (k > 0 && load[picks[k - 1]] > loadFloor[d]) loadFloor[d] = lowestLoad(pools[d], load);
      for (let q = 0; q < k; q++) {
        load[picks[q]]++;
        picked.push(ids[picks[q]]);
      }
    }
    if (avoid) for (const index of avoid) avoiding[index] = 0;
    inspectorIds.push(picked);
  }
  const loads = new Map<string, number>();
  ids.forEach((id, index) => loads.set(id, load[index]));
  return { inspectorIds, infeasible, loads };
}

/** SPEC §3.5 candidates = eligible of d minus those avoiding this object, in pool order; returns len. */
function fillCandidates(pool: Int32Array, avoiding: Uint8Array | null, buffer: Int32Array): number {
  if (avoiding === null) {
    buffer.set(pool);
    return pool.length;
  }
  let len = 0;
  for (let p = 0; p < pool.length; p++) if (avoiding[pool[p]] === 0) buffer[len++] = pool[p];
  return len;
}

/** SPEC §3.5 shuffle: for i = len-1 … 1: j = uniform(i + 1); swap(i, j). */
function shuffle(buffer: Int32Array, len: number, rng: UniformSource): void {
  if (rng instanceof Arc4Stream) return rng.shuffle(buffer, len);
  for (let i = len - 1; i >= 1; i--) {
    const j = rng.uniform(i + 1);
    const held = buffer[i];
    buffer[i] = buffer[j];
    buffer[j] = held;
  }
}

/**
 * SPEC §3.5 "stable-sort by load ascending, take the first k(d)", in one pass, into `chosen`
 * (k = chosen.length): keep the k best by (load, position), inserting a later candidate only ahead of
 * strictly larger loads, so equal loads keep their shuffled order exactly as a stable sort does.
 * `floor` is a load no candidate is below: once the k-th kept one has it, no later candidate can
 * rank ahead of it, and the scan stops (loads stay level, so usually after a few candidates).
 */
function firstByLoad(buffer: Int32Array, len: number, load: Int32Array, floor: number, chosen: Int32Array): void {
  const k = chosen.length;
  if (k === 0) return;
  let count = 0;
  for (let p = 0; p < len; p++) {
    const candidate = buffer[p];
    const candidateLoad = load[candidate];
    if (count === k) {
      const lastLoad = load[chosen[k - 1]];
      if (lastLoad <= floor) return;
      if (lastLoad <= candidateLoad) continue;
    }
    let q = count === k ? k - 1 : count++;
    while (q > 0 && load[chosen[q - 1]] > candidateLoad) {
      chosen[q] = chosen[q - 1];
      q--;
    }
    chosen[q] = candidate;
  }
}

/** The lowest load in a pool (a floor for firstByLoad). */
function lowestLoad(pool: Int32Array, load: Int32Array): number {
  let lowest = Infinity;
  for (let p = 0; p < pool.length; p++) lowest = Math.min(lowest, load[pool[p]]);
  return lowest;
}
