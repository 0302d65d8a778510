// Random draw configurations for property tests: small, adversarial ids (prefixes, case, CJK,
// control characters), grade strata or one stratum, 1–3 departments, avoidance with duplicates.
import fc from 'fast-check';
import type { DrawInput } from '../../../src/core/draw/types';
import type { Stratum } from '../../../src/core/model';

const GRADES: Stratum[] = ['A', 'B', 'C', 'D', '未分级'];
const DEPARTMENT_NAMES = ['交通运输局', '市场监管局', '应急管理局', '专家'];

const idUnit = fc.constantFrom('A', 'B', 'a', '0', '1', '9', '-', '中', 'Ａ', '\u0001', '\t');
export const objectIdArb = fc.string({ unit: idUnit, minLength: 1, maxLength: 4 });

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
export const seedArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(hex);

export interface ConfigOptions {
  maxObjects?: number;
  /** No avoidance pairs at all (for the load-balance invariant). */
  noConflicts?: boolean;
}

export function drawInputArb(options: ConfigOptions = {}): fc.Arbitrary<DrawInput> {
  const maxObjects = options.maxObjects ?? 40;
  return fc
    .record({
      seed: seedArb,
      graded: fc.boolean(),
      objects: fc.oneof(
        fc.uniqueArray(objectIdArb, { maxLength: 3 }),
        fc.uniqueArray(objectIdArb, { minLength: 3, maxLength: maxObjects }),
      ),
      strataPicks: fc.array(fc.nat(4), { minLength: maxObjects, maxLength: maxObjects }),
      ratios: fc.array(fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 2000, max: 10000 })), {
        minLength: 5,
        maxLength: 5,
      }),
      base: fc.integer({ min: 0, max: 10000 }),
      baseAtMostRatios: fc.boolean(),
      departments: fc.uniqueArray(fc.constantFrom(...DEPARTMENT_NAMES), { minLength: 1, maxLength: 3 }),
      ks: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
      inspectorCount: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 6, max: 20 })),
      inspectorDepartments: fc.array(fc.nat(4), { minLength: 20, maxLength: 20 }),
      conflictPairs: fc.array(fc.tuple(fc.nat(19), fc.nat(maxObjects)), { maxLength: options.noConflicts ? 0 : 25 }),
    })
    .map((c): DrawInput => {
      const strataNames: Stratum[] = c.graded ? GRADES : ['全部'];
      const strata = strataNames.map((stratum, s) => ({
        stratum,
        ratioBp: c.ratios[s],
        ids: c.objects.filter((_, i) => (c.graded ? c.strataPicks[i] : 0) === s),
      }));
      const inspectors = Array.from({ length: c.inspectorCount }, (_, i) => {
        const department = [...c.departments, '其他部门', c.departments[0]][c.inspectorDepartments[i] % (c.departments.length + 2)];
        return { id: `P${String(i).padStart(2, '0')}`, department, category: department === '专家' ? '专家' : '执法人员' };
      });
      const conflicts = c.conflictPairs
        .filter(([p, o]) => p < inspectors.length && o < c.objects.length)
        .map(([p, o]) => ({ inspectorId: inspectors[p].id, objectId: c.objects[o] }));
      return {
        seed: c.seed,
        baseBp: c.baseAtMostRatios ? Math.min(c.base, ...strata.map((s) => s.ratioBp)) : c.base,
        strata,
        departments: c.departments.map((department, d) => ({ department, k: c.ks[d] })),
        inspectors,
        conflicts,
      };
    });
}
