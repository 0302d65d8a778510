// Properties every ssj-draw/1 outcome must have, whatever the configuration (SPEC §3.3–3.5).
import fc from 'fast-check';
import { runDraw } from '../../../src/core/draw/engine';
import type { DrawInput, DrawOutcome } from '../../../src/core/draw/types';
import { drawInputArb } from './arbitraries';

const ceilDiv = (a: number, b: number) => Math.floor((a + b - 1) / b);

async function feasibleOutcomes(
  arb: fc.Arbitrary<DrawInput>,
  check: (input: DrawInput, outcome: DrawOutcome) => void,
  numRuns = 300,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arb, async (input) => {
      const outcome = await runDraw(input);
      if (outcome.ok) check(input, outcome);
    }),
    { numRuns },
  );
}

describe('ssj-draw/1 invariants', () => {
  test('no object is drawn twice and every drawn object is eligible in its stratum', async () => {
    await feasibleOutcomes(drawInputArb(), (input, outcome) => {
      const ids = outcome.picks.map((p) => p.objectId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const pick of outcome.picks) {
        expect(input.strata.find((s) => s.stratum === pick.stratum)!.ids).toContain(pick.objectId);
      }
    });
  });

  test('each stratum draws min(N, ceilDiv(N × bp, 10000)) objects, in stratum order', async () => {
    await feasibleOutcomes(drawInputArb(), (input, outcome) => {
      const expected = input.strata.flatMap((s) =>
        Array<string>(Math.min(s.ids.length, ceilDiv(s.ids.length * s.ratioBp, 10000))).fill(s.stratum),
      );
      expect(outcome.picks.map((p) => p.stratum)).toEqual(expected);
      expect(outcome.sampleTotal).toBe(expected.length);
      expect(outcome.sampleTotal).toBeGreaterThanOrEqual(outcome.minimum);
    });
  });

  test('each object gets k(d) distinct inspectors from each department, in D order', async () => {
    await feasibleOutcomes(drawInputArb(), (input, outcome) => {
      const departmentOf = new Map(input.inspectors.map((i) => [i.id, i.department]));
      const expectedDepartments = input.departments.flatMap((d) => Array<string>(d.k).fill(d.department));
      for (const pick of outcome.picks) {
        expect(new Set(pick.inspectorIds).size).toBe(pick.inspectorIds.length);
        expect(pick.inspectorIds.map((id) => departmentOf.get(id))).toEqual(expectedDepartments);
      }
    });
  });

  test('nobody is assigned to an object they must avoid', async () => {
    await feasibleOutcomes(drawInputArb(), (input, outcome) => {
      const avoid = new Set(input.conflicts.map((c) => `${c.inspectorId}\t${c.objectId}`));
      for (const pick of outcome.picks) {
        for (const id of pick.inspectorIds) expect(avoid.has(`${id}\t${pick.objectId}`)).toBe(false);
      }
    });
  });

  test('loads count each inspector’s objects and differ by at most 1 within a department when nobody avoids anything', async () => {
    let checked = 0;
    await feasibleOutcomes(drawInputArb({ noConflicts: true }), (input, outcome) => {
      const counted = new Map(input.inspectors.map((i) => [i.id, 0]));
      for (const pick of outcome.picks) for (const id of pick.inspectorIds) counted.set(id, counted.get(id)! + 1);
      expect(outcome.loads).toEqual(counted);
      for (const { department } of input.departments) {
        const loads = input.inspectors.filter((i) => i.department === department).map((i) => counted.get(i.id)!);
        if (loads.length > 0) expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        if (loads.some((l) => l > 1)) checked++;
      }
    });
    expect(checked).toBeGreaterThan(20);
  });

  test('the outcome depends on the eligible ids, not on the order they arrive in', async () => {
    await fc.assert(
      fc.asyncProperty(drawInputArb(), async (input) => {
        const shuffledInput = { ...input, strata: input.strata.map((s) => ({ ...s, ids: [...s.ids].reverse() })) };
        const [first, second] = [await runDraw(input), await runDraw(shuffledInput)];
        expect(second).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
