// SPEC §3.4–3.5 are fair: frequencies over 20,000 fixed seeds fit their expectations by chi-square
// (p > 0.001). The seeds are fixed, so the verdicts are reproducible, not flaky.
//
// Speed: the draws run the engine's own selection and assignment (select.ts, assign.ts, uniform.ts)
// with streams seeded exactly as SPEC §3.4–3.5 say, skipping only the four snapshot/result hashes
// runDraw adds around them; the first 100 seeds of every series are checked equal to runDraw.
import seedrandom from 'seedrandom';
import { assignInspectors } from '../../../src/core/draw/assign';
import { runDraw } from '../../../src/core/draw/engine';
import { planSampleSizes, selectObjects } from '../../../src/core/draw/select';
import type { DrawInput, DrawnObject, StratumInput } from '../../../src/core/draw/types';
import { chiSquarePValue, inclusionPValue, pearson, seedOf, sha256 } from './helpers';

const DRAWS = 20_000;
const ALPHA = 0.001;
const CHECKED_AGAINST_RUN_DRAW = 100;
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

interface Draw {
  picks: DrawnObject[];
  loads: Map<string, number>;
}

/** SPEC §3.4–3.5 through the engine's selection and assignment, streams seeded per the SPEC. */
function draw(input: DrawInput): Draw {
  const stream = (purpose: string, name: string) => seedrandom(sha256(`${input.seed}|${purpose}|${name}`));
  const strata = input.strata.map((s) => ({ ...s, ids: [...s.ids].sort() }));
  const order = selectObjects(strata, planSampleSizes(strata, input.baseBp), strata.map((s) => stream('select', s.stratum)));
  const assignment = assignInspectors(
    order.map((o) => o.objectId),
    input.departments,
    input.inspectors,
    input.conflicts,
    input.departments.map((d) => stream('assign', d.department)),
  );
  expect(assignment.infeasible).toEqual([]);
  const picks = order.map((o, i) => ({ seq: i + 1, ...o, inspectorIds: assignment.inspectorIds[i] }));
  return { picks, loads: assignment.loads };
}

async function overSeeds(series: string, input: Omit<DrawInput, 'seed'>, visit: (d: Draw) => void) {
  for (let i = 0; i < DRAWS; i++) {
    const seeded = { ...input, seed: seedOf(series, i) };
    const result = draw(seeded);
    if (i < CHECKED_AGAINST_RUN_DRAW) {
      const outcome = await runDraw(seeded);
      expect({ picks: outcome.picks, loads: outcome.loads }).toEqual(result);
    }
    visit(result);
  }
}

function counter(keys: readonly string[]) {
  const counts = new Map(keys.map((key) => [key, 0]));
  return {
    add: (key: string) => counts.set(key, counts.get(key)! + 1),
    values: () => keys.map((key) => counts.get(key)!),
  };
}

/** All permutations of items, in a fixed order. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const noAssignment = { departments: [], inspectors: [], conflicts: [] };

describe('ssj-draw/1 is fair (chi-square over 20,000 seeds)', () => {
  test('a 5-of-20 draw selects each object with frequency 5/20 and puts each first with frequency 1/20', async () => {
    const objects = ids('O', 20);
    const included = counter(objects);
    const first = counter(objects);
    await overSeeds('5-of-20', { baseBp: 2500, strata: [{ stratum: '全部', ratioBp: 2500, ids: objects }], ...noAssignment }, (o) => {
      expect(o.picks).toHaveLength(5);
      o.picks.forEach((p) => included.add(p.objectId));
      first.add(o.picks[0].objectId);
    });
    expect(inclusionPValue(included.values(), DRAWS, 5)).toBeGreaterThan(ALPHA);
    const uniformFirst = objects.map(() => DRAWS / 20);
    expect(chiSquarePValue(pearson(first.values(), uniformFirst), 19)).toBeGreaterThan(ALPHA);
  });

  test('a stratified draw selects within each stratum with frequency n/N, and all of a 100 % stratum', async () => {
    const strata: StratumInput[] = [
      { stratum: 'A', ratioBp: 5000, ids: ids('A', 6) }, // n = 3
      { stratum: 'B', ratioBp: 2000, ids: ids('B', 10) }, // n = 2
      { stratum: 'C', ratioBp: 10000, ids: ids('C', 4) }, // n = 4 = N
      { stratum: 'D', ratioBp: 3000, ids: [] },
      { stratum: '未分级', ratioBp: 1000, ids: ids('U', 7) }, // n = 1
    ];
    const counters = strata.map((s) => counter(s.ids));
    await overSeeds('stratified', { baseBp: 1000, strata, ...noAssignment }, (o) => {
      expect(o.picks.map((p) => p.stratum).join('')).toBe('AAABBCCCC未分级');
      for (const pick of o.picks) counters[strata.findIndex((s) => s.stratum === pick.stratum)].add(pick.objectId);
    });
    expect(inclusionPValue(counters[0].values(), DRAWS, 3)).toBeGreaterThan(ALPHA);
    expect(inclusionPValue(counters[1].values(), DRAWS, 2)).toBeGreaterThan(ALPHA);
    expect(counters[2].values()).toEqual([DRAWS, DRAWS, DRAWS, DRAWS]);
    expect(inclusionPValue(counters[4].values(), DRAWS, 1)).toBeGreaterThan(ALPHA);
  });

  test('a 5-of-5 draw yields each of the 120 orders with frequency 1/120', async () => {
    const objects = ids('O', 5);
    const orders = counter(permutations(objects).map((p) => p.join(',')));
    await overSeeds('5-of-5', { baseBp: 10000, strata: [{ stratum: '全部', ratioBp: 10000, ids: objects }], ...noAssignment }, (o) =>
      orders.add(o.picks.map((p) => p.objectId).join(',')),
    );
    const observed = orders.values();
    expect(observed).toHaveLength(120);
    expect(chiSquarePValue(pearson(observed, observed.map(() => DRAWS / 120)), 119)).toBeGreaterThan(ALPHA);
  });

  test('with equal pools, each inspector is equally likely on the first object and to carry the extra loads', async () => {
    const pool = ids('P', 7);
    const input = {
      baseBp: 10000,
      strata: [{ stratum: '全部' as const, ratioBp: 10000, ids: ids('O', 5) }],
      departments: [{ department: '交通运输局', k: 2 }],
      inspectors: pool.map((id) => ({ id, department: '交通运输局', category: '执法人员' })),
      conflicts: [],
    };
    const onFirst = counter(pool);
    const heavy = counter(pool);
    await overSeeds('inspectors-symmetric', input, (o) => {
      o.picks[0].inspectorIds.forEach(onFirst.add);
      // 5 objects × 2 = 10 assignments over 7 inspectors: loads are 2,2,2,1,1,1,1.
      const loads = pool.map((id) => o.loads.get(id)!);
      expect([...loads].sort()).toEqual([1, 1, 1, 1, 2, 2, 2]);
      pool.filter((id) => o.loads.get(id) === 2).forEach(heavy.add);
    });
    expect(inclusionPValue(onFirst.values(), DRAWS, 2)).toBeGreaterThan(ALPHA);
    expect(inclusionPValue(heavy.values(), DRAWS, 3)).toBeGreaterThan(ALPHA);
  });

  test('with avoidance, the joint law of order and inspectors matches exact enumeration', async () => {
    // 3 objects, all drawn; 4 inspectors, k = 1; Q4 must avoid O2. Under SPEC §3.4–3.5 every
    // object order and every candidate shuffle is equally likely, so enumerating them gives the law.
    const objects = ['O1', 'O2', 'O3'];
    const pool = ['Q1', 'Q2', 'Q3', 'Q4'];
    const candidatesOf = (objectId: string) => (objectId === 'O2' ? pool.filter((q) => q !== 'Q4') : pool);
    const law = new Map<string, number>();
    let cases = 0;
    for (const order of permutations(objects)) {
      for (const s0 of permutations(candidatesOf(order[0]))) {
        for (const s1 of permutations(candidatesOf(order[1]))) {
          for (const s2 of permutations(candidatesOf(order[2]))) {
            const load = new Map(pool.map((q) => [q, 0]));
            const picks = [s0, s1, s2].map((shuffled) => {
              const minLoad = Math.min(...shuffled.map((q) => load.get(q)!));
              const pick = shuffled.find((q) => load.get(q) === minLoad)!; // first of a stable sort
              load.set(pick, minLoad + 1);
              return pick;
            });
            const key = order.map((o, i) => `${o}:${picks[i]}`).join(' ');
            law.set(key, (law.get(key) ?? 0) + 1);
            cases++;
          }
        }
      }
    }
    const observed = counter([...law.keys()]);
    await overSeeds(
      'inspectors-avoidance',
      {
        baseBp: 10000,
        strata: [{ stratum: '全部', ratioBp: 10000, ids: objects }],
        departments: [{ department: '市场监管局', k: 1 }],
        inspectors: pool.map((id) => ({ id, department: '市场监管局', category: '执法人员' })),
        conflicts: [{ inspectorId: 'Q4', objectId: 'O2' }],
      },
      (o) => observed.add(o.picks.map((p) => `${p.objectId}:${p.inspectorIds[0]}`).join(' ')), // unknown key → NaN below
    );
    const counts = observed.values();
    expect(counts.every(Number.isInteger)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(DRAWS);
    const expected = [...law.values()].map((ways) => (DRAWS * ways) / cases);
    expect(Math.min(...expected)).toBeGreaterThan(5);
    expect(chiSquarePValue(pearson(counts, expected), counts.length - 1)).toBeGreaterThan(ALPHA);
  });
});
