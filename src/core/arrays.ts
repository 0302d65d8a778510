// Largest, smallest and append over arrays of any length. `Math.max(...rows)` and `out.push(...rows)`
// pass one argument per element and overflow V8's stack past ~100,000 of them (issue 16); a test
// (test/lint/no-unbounded-spread.test.ts) keeps such spreads out of src/.

/** The largest of `values`, or `floor` when it is larger or there are none. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of `values`, or `ceiling` when it is smaller or there are none. */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const value of values) if (value < min) min = value;
  return min;
}

/** Appends every item to `target` in order (push(...items) without the argument limit); returns target. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
