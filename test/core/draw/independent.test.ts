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
});
