// Test helpers: registry builders, a SHA-256 independent of the engine's, and the chi-square p-value.
import { createHash } from 'node:crypto';
import type { AvoidancePair, Grade, Inspector, InspectionObject, PlanTask } from '../../../src/core/model';

/** SHA-256 via node:crypto, so the tests never trust the engine's own hashing. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The i-th test seed of a series: 64 hex characters. */
export function seedOf(series: string, i: number): string {
  return sha256(`test-seed|${series}|${i}`);
}

export function object(id: string, grade: Grade | '' = '', extra: Partial<InspectionObject> = {}): InspectionObject {
  return {
    row: 2,
    id,
    name: `对象${id}`,
    type: '企业',
    industry: '道路运输',
    region: '城关镇',
    jurisdiction: '运管所',
    grade,
    status: '存续',
    active: true,
    tags: [],
    fields: { 对象编号: id, 行业类别: extra.industry ?? '道路运输', 所属区域: extra.region ?? '城关镇', 信用风险等级: grade },
    ...extra,
  };
}

export function inspector(id: string, department: string, extra: Partial<Inspector> = {}): Inspector {
  return {
    row: 2,
    id,
    name: `人员${id}`,
    department,
    section: '',
    category: '执法人员',
    certificateNo: `J${id}`,
    certificateExpiry: '2026-12-31',
    tags: [],
    dutyStatus: '在岗',
    onDuty: true,
    avoidObjectIds: [],
    phone: '',
    ...extra,
  };
}

export function avoidance(inspectorId: string, objectId: string): AvoidancePair {
  return { row: 2, inspectorId, objectId, reason: '亲属关系' };
}

export function task(extra: Partial<PlanTask> = {}): PlanTask {
  return {
    row: 5,
    planId: 'JH2024',
    planName: '2024年抽查计划',
    taskId: '交001',
    taskName: '道路运输企业检查',
    taskType: '不定向',
    ratioBp: 1000,
    itemsText: '',
    scope: '',
    initiator: '交通运输局',
    joint: [],
    start: '2024-06-01',
    end: '2024-10-31',
    itemIds: [],
    filterText: '',
    filter: [],
    gradeRatios: null,
    gradeRatiosText: '',
    perDepartment: 2,
    experts: 0,
    platform: '河北双随机执法监管平台',
    provincial: false,
    allowRepeat: false,
    ...extra,
  };
}

// ---- chi-square ------------------------------------------------------------------------------

/** ln Γ(x) by Lanczos (g = 7, n = 9), accurate to ~1e-15 for x > 0. */
function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let sum = c[0];
  for (let i = 1; i < 9; i++) sum += c[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Regularized upper incomplete gamma Q(a, x): series below a + 1, Lentz continued fraction above. */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const logPrefix = -x + a * Math.log(x) - lnGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000 && Math.abs(term) > Math.abs(sum) * 1e-16; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return 1 - sum * Math.exp(logPrefix);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(logPrefix) * h;
}

/** Upper-tail p-value of a chi-square statistic with df degrees of freedom. */
export function chiSquarePValue(statistic: number, df: number): number {
  return gammaQ(df / 2, statistic / 2);
}

/** Pearson's statistic against expected counts (categories with expectation 0 must have count 0). */
export function pearson(observed: readonly number[], expected: readonly number[]): number {
  return observed.reduce((sum, o, i) => (expected[i] === 0 ? sum : sum + (o - expected[i]) ** 2 / expected[i]), 0);
}

/**
 * Inclusion counts of `draws` fixed-size k-of-N selections whose law is exchangeable (every item in
 * with probability p = k/N). Indicators then have covariance p(1-p)·N/(N-1)·(I - J/N), so
 * Σ(O - E)² / (draws·p(1-p)·N/(N-1)) is asymptotically χ² with N - 1 degrees of freedom
 * (plain Pearson would be too small by the factor (N - k)/(N - 1)).
 */
export function inclusionPValue(counts: readonly number[], draws: number, k: number): number {
  const n = counts.length;
  const p = k / n;
  const expected = draws * p;
  const statistic = counts.reduce((sum, c) => sum + (c - expected) ** 2, 0) / (draws * p * (1 - p) * (n / (n - 1)));
  return chiSquarePValue(statistic, n - 1);
}
