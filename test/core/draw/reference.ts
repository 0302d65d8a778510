// A second, deliberately plain implementation of SPEC §3.3–3.6, written from the SPEC text only.
// It shares nothing with src/core/draw: node:crypto for H, seedrandom for the streams, and its own
// uniform, comparisons, shuffles, stable sort and loads. Slow and obvious on purpose.
import { createHash } from 'node:crypto';
import seedrandom from 'seedrandom';

export interface RefInput {
  seed: string;
  baseBp: number;
  strata: Array<{ stratum: string; ratioBp: number; ids: string[] }>;
  departments: Array<{ department: string; k: number }>;
  inspectors: Array<{ id: string; department: string; category: string }>;
  conflicts: Array<{ inspectorId: string; objectId: string }>;
}

export interface RefOutcome {
  ok: boolean;
  sizes: number[];
  minimum: number;
  shortfall: boolean;
  order: string[];
  picks: string[][];
  infeasible: Array<{ objectId: string; department: string; eligible: number; needed: number }>;
  loads: Record<string, number>;
  objectsHash: string;
  inspectorsHash: string;
  conflictsHash: string;
  resultHash: string;
}

// "H(s) = lowercase hex SHA-256 of the UTF-8 bytes of string s"
const H = (s: string): string => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex');

// "String order is plain UTF-16 code-unit order": compared one code unit at a time.
function codeUnitCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

// "ceilDiv(a, b) = floor((a + b - 1) / b)"
const ceilDiv = (a: number, b: number): number => Math.floor((a + b - 1) / b);

type Rng = { int32(): number };

// "uniform(m): repeat x = rng.int32() >>> 0 while x >= 2^32 - (2^32 % m); return x % m"
function uniform(rng: Rng, m: number): number {
  let x: number;
  do {
    x = rng.int32() >>> 0;
  } while (x >= 2 ** 32 - (2 ** 32 % m));
  return x % m;
}

// Insertion sort: stable by construction (an element never passes an equal one).
function stableSortBy<T>(items: T[], key: (item: T) => number): T[] {
  const out: T[] = [];
  for (const item of items) {
    let i = out.length;
    while (i > 0 && key(out[i - 1]) > key(item)) i--;
    out.splice(i, 0, item);
  }
  return out;
}

const sortedCopy = (items: string[]): string[] => [...items].sort(codeUnitCompare);

export function referenceDraw(input: RefInput): RefOutcome {
  // §3.6 snapshot hashes
  const objectLines: string[] = [];
  for (const s of input.strata) for (const id of s.ids) objectLines.push(id + '\t' + s.stratum);
  const objectsHash = H(sortedCopy(objectLines).join('\n'));
  const inspectorsHash = H(sortedCopy(input.inspectors.map((i) => i.id + '\t' + i.department + '\t' + i.category)).join('\n'));
  const conflictSet: string[] = [];
  for (const c of input.conflicts) {
    const line = c.inspectorId + '\t' + c.objectId;
    if (!conflictSet.includes(line)) conflictSet.push(line);
  }
  const conflictsHash = H(sortedCopy(conflictSet).join('\n'));

  // §3.3 sizes and the minimum
  const sizes = input.strata.map((s) => Math.min(s.ids.length, ceilDiv(s.ids.length * s.ratioBp, 10000)));
  let all = 0;
  for (const s of input.strata) all += s.ids.length;
  const minimum = ceilDiv(all * input.baseBp, 10000);
  const planned = sizes.reduce((a, b) => a + b, 0);
  const base = { sizes, minimum, objectsHash, inspectorsHash, conflictsHash };
  if (planned < minimum) {
    return { ...base, ok: false, shortfall: true, order: [], picks: [], infeasible: [], loads: {}, resultHash: '' };
  }

  // §3.4 selection
  const order: string[] = [];
  input.strata.forEach((s, index) => {
    const rng = seedrandom(H(input.seed + '|select|' + s.stratum));
    const a = sortedCopy(s.ids);
    const N = a.length;
    for (let i = 0; i < sizes[index]; i++) {
      const j = i + uniform(rng, N - i);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    order.push(...a.slice(0, sizes[index]));
  });

  // §3.5 assignment
  const load: Record<string, number> = {};
  for (const i of input.inspectors) load[i.id] = 0;
  const avoids = (inspectorId: string, objectId: string): boolean =>
    input.conflicts.some((c) => c.inspectorId === inspectorId && c.objectId === objectId);
  const rngs = input.departments.map((d) => seedrandom(H(input.seed + '|assign|' + d.department)));
  const pools = input.departments.map((d) =>
    sortedCopy(input.inspectors.filter((i) => i.department === d.department).map((i) => i.id)),
  );
  const picks: string[][] = [];
  const infeasible: RefOutcome['infeasible'] = [];
  for (const objectId of order) {
    const mine: string[] = [];
    input.departments.forEach((d, di) => {
      const candidates = pools[di].filter((id) => !avoids(id, objectId));
      if (candidates.length < d.k) {
        infeasible.push({ objectId, department: d.department, eligible: candidates.length, needed: d.k });
        return;
      }
      for (let i = candidates.length - 1; i >= 1; i--) {
        const j = uniform(rngs[di], i + 1);
        const t = candidates[i];
        candidates[i] = candidates[j];
        candidates[j] = t;
      }
      const chosen = stableSortBy(candidates, (id) => load[id]).slice(0, d.k);
      for (const id of chosen) load[id] += 1;
      mine.push(...chosen);
    });
    picks.push(mine);
  }
  if (infeasible.length > 0) {
    return { ...base, ok: false, shortfall: false, order: [], picks: [], infeasible, loads: {}, resultHash: '' };
  }
  const resultHash = H(order.map((id, i) => (i + 1) + '\t' + id + '\t' + picks[i].join(',')).join('\n'));
  return { ...base, ok: true, shortfall: false, order, picks, infeasible, loads: load, resultHash };
}

// ---- ssj-draw/2 (SPEC §3.8), from the SPEC text only ---------------------------------------------

const ALLOWED_2 = '0123456789\t\n\u000b\f\r ,;.:-/()、。';

/** "after NFKC the input may hold only digits, white space and the separators"; null when refused. */
function canonicalChars(input: string): string | null {
  const text = input.normalize('NFKC');
  for (const ch of text) if (!ALLOWED_2.includes(ch)) return null;
  return text;
}

/** "material = the digits alone, in order; at least 20"; null when refused. */
export function referenceWitnessMaterial(input: string): string | null {
  const text = canonicalChars(input);
  if (text === null) return null;
  let digits = '';
  for (const ch of text) if (ch >= '0' && ch <= '9') digits += ch;
  return digits.length >= 20 ? digits : null;
}

/** "each a run of digits …, exactly count of them (a single run of count × width digits is split)". */
export function referencePublicMaterial(input: string, count: number, width: number): string | null {
  const text = canonicalChars(input);
  if (text === null) return null;
  const runs: string[] = [];
  let run = '';
  for (const ch of text + ' ') {
    if (ch >= '0' && ch <= '9') run += ch;
    else if (run !== '') {
      runs.push(run);
      run = '';
    }
  }
  let numbers = runs;
  if (runs.length === 1 && runs[0].length === count * width) {
    numbers = [];
    for (let i = 0; i < count; i++) numbers.push(runs[0].substring(i * width, i * width + width));
  }
  if (numbers.length !== count || numbers.some((n) => n.length > width)) return null;
  const padded = numbers.map((n) => '0'.repeat(width - n.length) + n);
  return padded.sort(codeUnitCompare).join('');
}

/** "seed = H(JSON.stringify(["ssj-seed/2", 任务编号, batch, material])), batch as a number". */
export function referenceSeed2(taskId: string, batch: number, material: string): string {
  return H(JSON.stringify(['ssj-seed/2', taskId, batch, material]));
}

/** "All JSON is JSON.stringify output …, object keys sorted at every depth." */
function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(codeUnitCompare)) out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

export interface RefTask2 {
  base: number;
  depts: Array<{ department: string; k: number }>;
  end: string;
  filter: string;
  scope: string;
  /** null: unstratified; else the five grades' ratios in A, B, C, D, 未分级 order. */
  gradeRatios: number[] | null;
  items: string[];
  repeat: boolean;
}

/** SPEC §3.6 参数 with §3.8's "items", "repeat", "year" and {"全部":bp} when unstratified. */
export function referenceParams2(task: RefTask2): string {
  const k: Record<string, number> = {};
  for (const d of task.depts) k[d.department] = d.k;
  const strata: Record<string, number> = {};
  if (task.gradeRatios === null) strata['全部'] = task.base;
  else ['A', 'B', 'C', 'D', '未分级'].forEach((g, i) => (strata[g] = task.gradeRatios![i]));
  const items = [...task.items].sort(codeUnitCompare).filter((item, i, all) => i === 0 || all[i - 1] !== item);
  return JSON.stringify(sortKeysDeep({
    base: task.base, depts: task.depts.map((d) => d.department), end: task.end, filter: task.filter, k,
    scope: task.scope, strata, items, repeat: task.repeat, year: Number(task.end.substring(0, 4)),
  }));
}
