// Golden vectors of ssj-draw/1, frozen in golden-vectors.json: registries → input and 参数 →
// selection, order, inspectors and the four hashes. An auditor can replay `input` with SPEC §3, any
// SHA-256 and seedrandom 3.0.5 alone.
//
// ANY CHANGE TO THESE VECTORS CHANGES THE ALGORITHM: it needs a new algorithm id (SPEC §3, "changing
// any output-affecting detail requires a new algorithm id"), with ssj-draw/1 kept replayable.
import { runDraw } from '../../../src/core/draw/engine';
import { ALGORITHM_V1 as ALGORITHM_ID } from '../../../src/core/draw/types';
import { buildGoldenInput, frozen, GOLDEN_CASES } from './golden-cases';
import golden from './golden-vectors.json';
import { referenceDraw } from './reference';

describe(`golden vectors of ${ALGORITHM_ID}`, () => {
  test('the file is for this algorithm and covers every case', () => {
    expect(golden.algorithm).toBe(ALGORITHM_ID);
    expect(golden.vectors.map((v) => v.name)).toEqual(GOLDEN_CASES.map((c) => c.name));
    expect(golden.vectors.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(GOLDEN_CASES.map((c, i) => [c.name, c, golden.vectors[i]] as const))('%s', (_, goldenCase, vector) => {
    test('registries give the frozen input (seed, strata, departments, inspectors, avoidance) and 参数', async () => {
      const { input, params } = await buildGoldenInput(goldenCase);
      expect(input).toEqual(vector.input);
      expect(params).toBe(vector.params);
    });

    test('the engine gives the frozen selection, order, inspectors and hashes', async () => {
      expect(frozen(await runDraw(vector.input as Parameters<typeof runDraw>[0]))).toEqual(vector.expected);
    });

    test('the independent implementation agrees with the vector', () => {
      const ref = referenceDraw(vector.input);
      const expected = vector.expected;
      expect(ref.ok).toBe(expected.ok);
      expect(ref.order).toEqual(expected.picks.map((p) => p.objectId));
      expect(ref.picks).toEqual(expected.picks.map((p) => p.inspectorIds));
      expect(ref.infeasible).toEqual(expected.infeasible);
      expect([ref.objectsHash, ref.inspectorsHash, ref.conflictsHash, ref.resultHash]).toEqual([
        expected.objectsHash,
        expected.inspectorsHash,
        expected.conflictsHash,
        expected.resultHash,
      ]);
    });
  });
});
