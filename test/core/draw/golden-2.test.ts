// Golden vectors of ssj-draw/2 (SPEC §3.8), frozen in golden-vectors-2.json: material as typed →
// canonical material → seed and 参数 → selection, order, inspectors and the four hashes. An auditor
// can replay them with SPEC §3, any SHA-256 and seedrandom 3.0.5 alone.
//
// ANY CHANGE TO THESE VECTORS CHANGES THE ALGORITHM: it needs a new algorithm id, with ssj-draw/2 kept
// replayable (SPEC §3).
import { runDraw } from '../../../src/core/draw/engine';
import { seedFromMaterial } from '../../../src/core/draw/material';
import { ALGORITHM_V2 } from '../../../src/core/draw/types';
import { frozen } from './golden-cases';
import { buildGoldenInput2, GOLDEN_CASES_2 } from './golden-cases-2';
import golden from './golden-vectors-2.json';
import { referenceDraw, referencePublicMaterial, referenceSeed2, referenceWitnessMaterial } from './reference';

describe(`golden vectors of ${ALGORITHM_V2}`, () => {
  test('the file is for ssj-draw/2 and covers every case, at least 10', () => {
    expect(golden.algorithm).toBe(ALGORITHM_V2);
    expect(golden.vectors.map((v) => v.name)).toEqual(GOLDEN_CASES_2.map((c) => c.name));
    expect(golden.vectors.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(GOLDEN_CASES_2.map((c, i) => [c.name, c, golden.vectors[i]] as const))('%s', (_, goldenCase, vector) => {
    test('the typed material gives the frozen canonical material, seed, input and 参数', async () => {
      expect(vector.typed).toEqual(goldenCase.material);
      const { material, input, params } = await buildGoldenInput2(goldenCase);
      expect(material).toBe(vector.material);
      expect(input).toEqual(vector.input);
      expect(params).toBe(vector.params);
      expect(await seedFromMaterial(vector.taskId, vector.batch, vector.material)).toBe(vector.input.seed);
    });

    test('the engine gives the frozen selection, order, inspectors and hashes', async () => {
      expect(frozen(await runDraw(vector.input as Parameters<typeof runDraw>[0]))).toEqual(vector.expected);
    });

    test('the independent implementation agrees on material, seed and the draw', () => {
      const typed = vector.typed as { witness?: string; numbers?: string; form?: { count: number; width: number } };
      const material = typed.witness !== undefined
        ? referenceWitnessMaterial(typed.witness)
        : referencePublicMaterial(typed.numbers!, typed.form!.count, typed.form!.width);
      expect(material).toBe(vector.material);
      expect(referenceSeed2(vector.taskId, vector.batch, vector.material)).toBe(vector.input.seed);
      const ref = referenceDraw(vector.input);
      expect(ref.ok).toBe(vector.expected.ok);
      expect(ref.order).toEqual(vector.expected.picks.map((p) => p.objectId));
      expect(ref.picks).toEqual(vector.expected.picks.map((p) => p.inspectorIds));
      expect([ref.objectsHash, ref.inspectorsHash, ref.conflictsHash, ref.resultHash]).toEqual([
        vector.expected.objectsHash, vector.expected.inspectorsHash, vector.expected.conflictsHash, vector.expected.resultHash,
      ]);
    });
  });
});
