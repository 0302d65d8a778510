// The statistics tests' own yardstick: the chi-square p-value matches scipy.stats.chi2.sf, and the
// tests built on it do reject a known-biased shuffle.
import seedrandom from 'seedrandom';
import { chiSquarePValue, inclusionPValue, pearson } from './helpers';

describe('chi-square p-value', () => {
  // Reference values: scipy 1.17 `chi2.sf(x, df)`.
  test.each([
    [3.841458820694124, 1, 0.04999999999999989],
    [43.82, 19, 0.0010000623145601166],
    [146.57, 119, 0.04385231655680846],
    [2.0, 10, 0.9963401531726563],
    [250.0, 200, 0.009379131668826098],
    [0.5, 4, 0.9735009788392561],
    [30.0, 1, 4.3204630578274955e-8],
  ])('chi2.sf(%p, %p) = %p', (statistic, df, expected) => {
    expect(chiSquarePValue(statistic, df)).toBeCloseTo(expected, 12);
    expect(Math.abs(chiSquarePValue(statistic, df) / expected - 1)).toBeLessThan(1e-9);
  });

  test('rejects the naive shuffle (j = uniform(N) at every step), which favours some orders', () => {
    const rng = seedrandom('naive');
    const counts = new Map<string, number>();
    for (let run = 0; run < 20_000; run++) {
      const a = ['x', 'y', 'z'];
      for (let i = 0; i < 3; i++) {
        const j = (rng.int32() >>> 0) % 3;
        [a[i], a[j]] = [a[j], a[i]];
      }
      counts.set(a.join(''), (counts.get(a.join('')) ?? 0) + 1);
    }
    const observed = [...counts.values()];
    expect(observed).toHaveLength(6);
    expect(chiSquarePValue(pearson(observed, observed.map(() => 20_000 / 6)), 5)).toBeLessThan(1e-6);
  });

  test('rejects inclusion counts that favour one item, and accepts exact expectations', () => {
    const fair = Array<number>(20).fill(5000);
    expect(inclusionPValue(fair, 20_000, 5)).toBeCloseTo(1, 12);
    const tilted = [...fair];
    tilted[0] += 400;
    tilted[1] -= 400;
    expect(inclusionPValue(tilted, 20_000, 5)).toBeLessThan(0.001);
  });
});
