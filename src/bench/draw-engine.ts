// Bench of the draw engine (SPEC §3.4–3.6) against a bare partial Fisher–Yates over the same keys
// with the same RNG. Goal: engine ≤ 3× the bare selection. Run by `npm run bench` (lead's runner).
import seedrandom from 'seedrandom';
import { sha256Hex } from '../core/hash';
import { freshCopies } from '../core/text';
import { runDraw } from '../core/draw/engine';
import { streamFor, uniformFrom } from '../core/draw/uniform';
import type { ConflictPair, DrawInput, DrawInspector, StratumInput } from '../core/draw/types';
import type { Stratum } from '../core/model';
import { pushAll } from '../core/arrays';

const OBJECTS = 100_000;
const STRATA: Stratum[] = ['A', 'B', 'C', 'D', '未分级'];
const RATIO_BP = 1000;
const INSPECTORS = 200;
const DEPARTMENTS = ['交通运输局', '市场监管局'];
const AVOIDANCE_PAIRS = 500;
const SEED = 'b'.repeat(64);
/** Runs of each timed function before any is timed: runDraw takes about 8 to settle in V8's top tier. */
const WARM_UP = 10;
const RUNS = 10;
const PAIRS = 21;

/**
 * A fixed, realistic input: 18-character codes in registry (unsorted) order, as stratify hands them to
 * the draw (fresh flat copies: the fastest form to sort, so the bare loop is at its quickest too).
 */
export function benchInput(): DrawInput {
  const rng = seedrandom('ssj-bench/1');
  const uniform = uniformFrom(rng);
  const ids = Array.from({ length: OBJECTS }, (_, i) => `91130${String(i * 7919 % 10_000_000).padStart(12, '0')}X`);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = uniform(i + 1);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const strata: StratumInput[] = STRATA.map((stratum, s) => ({
    stratum,
    ratioBp: RATIO_BP,
    ids: freshCopies(ids.filter((_, i) => i % STRATA.length === s)),
  }));
  const inspectors: DrawInspector[] = Array.from({ length: INSPECTORS }, (_, i) => ({
    id: `P${String(i).padStart(4, '0')}`,
    department: DEPARTMENTS[i % DEPARTMENTS.length],
    category: '执法人员',
  }));
  const conflicts = new Map<string, ConflictPair>();
  while (conflicts.size < AVOIDANCE_PAIRS) {
    const pair = { inspectorId: inspectors[uniform(INSPECTORS)].id, objectId: ids[uniform(OBJECTS)] };
    conflicts.set(`${pair.inspectorId}\t${pair.objectId}`, pair);
  }
  return {
    seed: SEED,
    baseBp: RATIO_BP,
    strata,
    departments: DEPARTMENTS.map((department) => ({ department, k: 2 })),
    inspectors,
    conflicts: [...conflicts.values()],
  };
}

/** The floor: per stratum, sort the keys, seed the same RNG, partial Fisher–Yates. Nothing else. */
export async function bareSelection(input: DrawInput): Promise<string[]> {
  const picks: string[] = [];
  for (const { stratum, ratioBp, ids } of input.strata) {
    const a = [...ids].sort();
    const n = Math.min(a.length, Math.ceil((a.length * ratioBp) / 10000));
    const uniform = uniformFrom(seedrandom(await sha256Hex(`${input.seed}|select|${stratum}`)));
    for (let i = 0; i < n; i++) {
      const j = i + uniform(a.length - i);
      [a[i], a[j]] = [a[j], a[i]];
    }
    pushAll(picks, a.slice(0, n));
  }
  return picks;
}

/**
 * bareSelection's loop, line for line, on the stream the engine uses (Arc4Stream: seedrandom's own
 * key schedule, then the same ARC4 values on a typed array), so a reader sees what the faster stream
 * alone is worth. The goal figure stays the ratio to bareSelection.
 */
export async function bareSelectionOnEngineStream(input: DrawInput): Promise<string[]> {
  const picks: string[] = [];
  for (const { stratum, ratioBp, ids } of input.strata) {
    const a = [...ids].sort();
    const n = Math.min(a.length, Math.ceil((a.length * ratioBp) / 10000));
    const uniform = uniformFrom(await streamFor(input.seed, 'select', stratum));
    for (let i = 0; i < n; i++) {
      const j = i + uniform(a.length - i);
      [a[i], a[j]] = [a[j], a[i]];
    }
    pushAll(picks, a.slice(0, n));
  }
  return picks;
}

/**
 * The RNG floor SPEC §3.5 imposes on top: every object shuffles each department's whole pool
 * (len - 1 uniform draws), so the assignment draws ~200× more numbers than the selection.
 */
export async function bareShuffles(input: DrawInput, objects: number): Promise<void> {
  for (const { department } of input.departments) {
    const pool = Int32Array.from(input.inspectors.filter((i) => i.department === department), (_, i) => i);
    const uniform = uniformFrom(seedrandom(await sha256Hex(`${input.seed}|assign|${department}`)));
    for (let o = 0; o < objects; o++) {
      for (let i = pool.length - 1; i >= 1; i--) {
        const j = uniform(i + 1);
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
    }
  }
}

async function bestOf(runs: number, task: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await task();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * `a` and `b` timed by turns, `pairs` times: the ratio b/a of each pair, so that a slow spell of a
 * shared machine weighs on both sides of a ratio instead of on one side of it.
 */
async function pairedRatios(pairs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<number[]> {
  const ratios: number[] = [];
  for (let r = 0; r < pairs; r++) {
    const start = performance.now();
    await a();
    const middle = performance.now();
    await b();
    ratios.push((performance.now() - middle) / (middle - start));
  }
  return ratios.sort((x, y) => x - y);
}

export async function benchDrawEngine(log: (line: string) => void): Promise<void> {
  const input = benchInput();
  const coldStart = performance.now();
  const outcome = await runDraw(input);
  const cold = performance.now() - coldStart;
  if (!outcome.ok) throw new Error('bench draw unexpectedly infeasible');
  // Same keys, same RNG values: both bare loops must pick what the engine picks.
  const drawn = outcome.picks.map((p) => p.objectId).join('\n');
  for (const bareLoop of [bareSelection, bareSelectionOnEngineStream]) {
    if ((await bareLoop(input)).join('\n') !== drawn) throw new Error(`${bareLoop.name} picks differ from runDraw`);
  }
  for (let r = 0; r < WARM_UP; r++) {
    await bareSelection(input);
    await bareSelectionOnEngineStream(input);
    await runDraw(input);
  }
  const bare = await bestOf(RUNS, () => bareSelection(input));
  const bareOnEngineStream = await bestOf(RUNS, () => bareSelectionOnEngineStream(input));
  const shuffles = await bestOf(RUNS, () => bareShuffles(input, outcome.picks.length));
  const engine = await bestOf(RUNS, () => runDraw(input));
  const paired = await pairedRatios(PAIRS, () => bareSelection(input), () => runDraw(input));
  const rssMb = process.resourceUsage().maxRSS / 1024;
  log(`draw engine: ${OBJECTS} objects in ${STRATA.length} strata, ${outcome.picks.length} drawn, ` +
    `${INSPECTORS} inspectors in ${DEPARTMENTS.length} departments, ${AVOIDANCE_PAIRS} avoidance pairs`);
  log(`  bare partial Fisher–Yates (sort + same RNG): ${bare.toFixed(1)} ms (best of ${RUNS})`);
  log(`  the same bare loop on the engine's ARC4 stream (same values): ${bareOnEngineStream.toFixed(1)} ms ` +
    `(best of ${RUNS}); runDraw is ${(engine / bareOnEngineStream).toFixed(2)}× this`);
  log(`  runDraw (selection + assignment + 4 hashes): ${engine.toFixed(1)} ms (best of ${RUNS}, after ` +
    `${WARM_UP} runs of each loop); its first run in this process, before V8 optimised it: ${cold.toFixed(0)} ms`);
  log(`  bare pool shuffles of SPEC §3.5 (same RNG, no loads): ${shuffles.toFixed(1)} ms (best of ${RUNS})`);
  log(`  ratio to bare selection ${(engine / bare).toFixed(2)}× (goal ≤ 3×); ` +
    `to bare selection + bare shuffles ${(engine / (bare + shuffles)).toFixed(2)}×`);
  log(`  taken by turns, ${PAIRS} pairs: runDraw / bare selection median ${paired[PAIRS >> 1].toFixed(2)}×, ` +
    `range ${paired[0].toFixed(2)}–${paired[PAIRS - 1].toFixed(2)}×`);
  log(`  peak RSS ${rssMb.toFixed(0)} MB`);
}

if (require.main === module) void benchDrawEngine((line) => console.log(line));
