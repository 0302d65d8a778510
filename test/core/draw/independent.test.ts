// The engine agrees with a second implementation written from SPEC §3.3–3.6 alone (reference.ts)
// on 1,000 random configurations: selection, order, inspectors, infeasibilities, loads and hashes.
import fc from 'fast-check';
import { runDraw } from '../../../src/core/draw/engine';
import { drawInputArb } from './arbitraries';
import { referenceDraw } from './reference';

describe('ssj-draw/1 against an independent implementation of the SPEC text', () => {
  test('agrees on 1,000 random configurations', async () => {
    let feasible = 0;
    let infeasible = 0;
    let shortfall = 0;
    let substantial = 0;
    await fc.assert(
      fc.asyncProperty(drawInputArb(), async (input) => {
        const engine = await runDraw(input);
        const ref = referenceDraw(input);
        expect(engine.ok).toBe(ref.ok);
        expect(engine.strata.map((s) => s.sampleSize)).toEqual(ref.sizes);
        expect(engine.minimum).toBe(ref.minimum);
        expect(engine.shortfall !== undefined).toBe(ref.shortfall);
        expect(engine.picks.map((p) => p.objectId)).toEqual(ref.order);
        expect(engine.picks.map((p) => p.inspectorIds)).toEqual(ref.picks);
        expect(engine.picks.map((p) => p.seq)).toEqual(ref.order.map((_, i) => i + 1));
        expect(engine.infeasible).toEqual(ref.infeasible);
        expect(Object.fromEntries(engine.loads)).toEqual(ref.loads);
        expect([engine.objectsHash, engine.inspectorsHash, engine.conflictsHash, engine.resultHash]).toEqual([
          ref.objectsHash,
          ref.inspectorsHash,
          ref.conflictsHash,
          ref.resultHash,
        ]);
        if (ref.ok && ref.order.length >= 3 && ref.picks.some((p) => p.length > 0)) substantial++;
        if (ref.ok) feasible++;
        else if (ref.shortfall) shortfall++;
        else infeasible++;
      }),
      { numRuns: 1000 },
    );
    // The generator must exercise all three outcomes, or the agreement says little.
    expect(feasible).toBeGreaterThan(300);
    expect(infeasible).toBeGreaterThan(50);
    expect(shortfall).toBeGreaterThan(20);
    expect(substantial).toBeGreaterThan(150);
  });

  test('agrees on long draws: hundreds of objects per small pool, loads levelling up, avoiders holding the lowest loads', async () => {
    const longDraw = fc.record({
      seed: drawInputArb().map((input) => input.seed),
      objects: fc.integer({ min: 50, max: 400 }),
      pools: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }),
      ks: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
      // Some pairs for any inspector, many for a few: those lag behind and hold the lowest loads.
      conflicts: fc.array(fc.tuple(fc.oneof(fc.nat(35), fc.nat(2)), fc.nat(399)), { maxLength: 300 }),
    });
    await fc.assert(
      fc.asyncProperty(longDraw, async (c) => {
        const names = ['交通运输局', '市场监管局', '专家'];
        const ids = Array.from({ length: c.objects }, (_, i) => `O${String(i).padStart(3, '0')}`);
        const inspectors = c.pools.flatMap((size, d) =>
          Array.from({ length: size }, (_, i) => ({ id: `P${d}${String(i).padStart(2, '0')}`, department: names[d], category: '执法人员' })),
        );
        const input = {
          seed: c.seed,
          baseBp: 10000,
          strata: [{ stratum: '全部' as const, ratioBp: 10000, ids }],
          departments: c.pools.map((_, d) => ({ department: names[d], k: c.ks[d] })),
          inspectors,
          conflicts: c.conflicts
            .filter(([p, o]) => p < inspectors.length && o < ids.length)
            .map(([p, o]) => ({ inspectorId: inspectors[p].id, objectId: ids[o] })),
        };
        const engine = await runDraw(input);
        const ref = referenceDraw(input);
        expect(engine.infeasible).toEqual(ref.infeasible);
        expect(engine.picks.map((p) => p.inspectorIds)).toEqual(ref.picks);
        expect(Object.fromEntries(engine.loads)).toEqual(ref.loads);
        expect(engine.resultHash).toBe(ref.resultHash);
      }),
      { numRuns: 60 },
    );
  });

  test('agrees when no id holds a control character (object lines merged from the sorted strata), surrogates included', async () => {
    // The generator's control characters become a surrogate pair and a lone low surrogate.
    const recode = (id: string) => id.replace(/\u0001/g, '\ud83d\ude00').replace(/\t/g, '\udfff');
    await fc.assert(
      fc.asyncProperty(drawInputArb(), async (generated) => {
        const input = {
          ...generated,
          strata: generated.strata.map((s) => ({ ...s, ids: s.ids.map(recode) })),
          conflicts: generated.conflicts.map((c) => ({ ...c, objectId: recode(c.objectId) })),
        };
        const engine = await runDraw(input);
        const ref = referenceDraw(input);
        expect(engine.objectsHash).toBe(ref.objectsHash);
        expect(engine.picks.map((p) => p.objectId)).toEqual(ref.order);
        expect(engine.resultHash).toBe(ref.resultHash);
      }),
      { numRuns: 500 },
    );
  });
});
