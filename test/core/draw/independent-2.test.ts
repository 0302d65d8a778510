// ssj-draw/2 (SPEC §3.8) against the independent implementation (reference.ts) on 1,000 random
// configurations: witness digits or public numbers as typed → material → seed → the draw, and 参数.
import fc from 'fast-check';
import { runDraw } from '../../../src/core/draw/engine';
import { publicNumbersMaterial, seedFromMaterial, witnessDigits } from '../../../src/core/draw/material';
import { paramsFromTaskV2, paramsJson } from '../../../src/core/draw/params';
import { drawDepartments } from '../../../src/core/draw/eligibility';
import { UserFacingError } from '../../../src/core/messages/problem';
import { drawInputArb } from './arbitraries';
import { task } from './helpers';
import { referenceDraw, referenceParams2, referencePublicMaterial, referenceSeed2, referenceWitnessMaterial } from './reference';

/** What a clerk may type between digits: white space, separators, and now and then a refused character. */
const gap = fc.constantFrom(' ', '  ', '\t', '\n', '\u3000', ',', '，', ';', '.', ':', '-', '/', '(', ')', '、', '。', '－', ' - ', '');
const rare = fc.constantFrom('\u200b', '\u202e', '\ufeff', 'a', 'Ｏ', '٣', '\u0001', '_', '|', '+');
const digit = fc.constantFrom(...'0123456789０１２３４５６７８９');
const typedRun = fc.array(digit, { minLength: 1, maxLength: 7 }).map((ds) => ds.join(''));

const witnessArb = fc.record({
  runs: fc.array(typedRun, { minLength: 3, maxLength: 12 }),
  gaps: fc.array(gap, { minLength: 12, maxLength: 12 }),
  spoil: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(rare, fc.nat(40)) }),
}).map(({ runs, gaps, spoil }) => {
  let text = runs.map((r, i) => r + gaps[i]).join('');
  if (spoil) text = text.slice(0, spoil[1]) + spoil[0] + text.slice(spoil[1]);
  return text;
});

const numbersArb = fc.record({
  count: fc.integer({ min: 1, max: 25 }),
  width: fc.integer({ min: 1, max: 3 }),
  values: fc.array(fc.nat(999), { minLength: 25, maxLength: 25 }),
  extra: fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1) }),
  joined: fc.boolean(),
  padded: fc.boolean(),
  gaps: fc.array(gap.filter((g) => g !== ''), { minLength: 26, maxLength: 26 }),
}).map(({ count, width, values, extra, joined, padded, gaps }) => {
  const n = Math.max(1, count + extra);
  const numbers = values.slice(0, n).map((v) => String(v % 10 ** width));
  const shown = numbers.map((s) => (padded || joined ? s.padStart(width, '0') : s));
  const text = joined ? shown.join('') : shown.map((s, i) => s + gaps[i]).join('');
  return { text, count, width };
});

const taskIdArb = fc.constantFrom('联033', '交001', 'T-1', '甲"乙\\丙', '交\u00e9');

describe('ssj-draw/2 against an independent implementation of the SPEC text', () => {
  test('agrees on material, seed and the draw for 1,000 random configurations', async () => {
    let witnesses = 0;
    let numbers = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(witnessArb.map((w) => ({ kind: 'witness' as const, w })), numbersArb.map((p) => ({ kind: 'numbers' as const, p }))),
        taskIdArb,
        fc.integer({ min: 1, max: 60 }),
        drawInputArb(),
        async (typed, taskId, batch, generated) => {
          const ref = typed.kind === 'witness'
            ? referenceWitnessMaterial(typed.w)
            : referencePublicMaterial(typed.p.text, typed.p.count, typed.p.width);
          let material: string | null = null;
          try {
            material = typed.kind === 'witness'
              ? witnessDigits(typed.w)
              : publicNumbersMaterial(typed.p.text, { count: typed.p.count, width: typed.p.width });
          } catch (e) {
            if (!(e instanceof UserFacingError)) throw e;
          }
          expect(material).toBe(ref);
          if (material === null) return void refused++;
          if (typed.kind === 'witness') witnesses++;
          else numbers++;
          const seed = await seedFromMaterial(taskId, batch, material);
          expect(seed).toBe(referenceSeed2(taskId, batch, material));
          const input = { ...generated, seed };
          const engine = await runDraw(input);
          const reference = referenceDraw(input);
          expect(engine.picks.map((p) => p.objectId)).toEqual(reference.order);
          expect(engine.picks.map((p) => p.inspectorIds)).toEqual(reference.picks);
          expect(engine.infeasible).toEqual(reference.infeasible);
          expect([engine.objectsHash, engine.inspectorsHash, engine.conflictsHash, engine.resultHash]).toEqual([
            reference.objectsHash, reference.inspectorsHash, reference.conflictsHash, reference.resultHash,
          ]);
        },
      ),
      { numRuns: 1000 },
    );
    // Both kinds of material, and refusals, must be exercised, or the agreement says little.
    expect(witnesses).toBeGreaterThan(200);
    expect(numbers).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(50);
  });

  test('agrees on 参数 for 1,000 random tasks', () => {
    const grades = fc.option(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 4, maxLength: 4 }), { freq: 2 });
    fc.assert(
      fc.property(
        fc.record({
          ratioBp: fc.integer({ min: 0, max: 10000 }),
          grades,
          joint: fc.uniqueArray(fc.constantFrom('市场监管局', '应急管理局', '交通运输局'), { maxLength: 3 }),
          perDepartment: fc.integer({ min: 1, max: 4 }),
          experts: fc.integer({ min: 0, max: 2 }),
          end: fc.constantFrom('2024-10-31', '2025-01-15', '2023-12-31'),
          filterText: fc.constantFrom('', '所属区域=城关镇|王官庄镇', '行业类别~"运输"\\'),
          scope: fc.constantFrom('', '道路运输', 'A&B'),
          itemIds: fc.array(fc.constantFrom('JT-01', 'JT-02', 'jt-01', 'SC-1', '甲-1', 'SC-10'), { maxLength: 6 }),
          allowRepeat: fc.boolean(),
        }),
        (t) => {
          const gradeRatios = t.grades ? { A: t.grades[0], B: t.grades[1], C: t.grades[2], D: t.grades[3] } : null;
          const planTask = task({ ...t, gradeRatios });
          const departments = drawDepartments(planTask);
          const ours = paramsJson(paramsFromTaskV2(planTask, departments));
          const theirs = referenceParams2({
            base: t.ratioBp,
            depts: departments,
            end: t.end,
            filter: t.filterText,
            scope: t.scope,
            gradeRatios: t.grades ? [...t.grades, t.ratioBp] : null,
            items: t.itemIds,
            repeat: t.allowRepeat,
          });
          expect(ours).toBe(theirs);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
