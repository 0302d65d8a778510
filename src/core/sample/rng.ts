// Deterministic randomness for the sample workbook: one seedrandom stream per sheet, from a fixed
// string seed, so that the sample is the same bytes on every run and one sheet's changes leave the
// others alone. (Never the platform random source: a hook checks for it.)
import seedrandom from 'seedrandom';

export const SAMPLE_SEED = 'qinghe-2024-sample/1';

export class SampleRng {
  private readonly next: seedrandom.PRNG;

  constructor(stream: string) {
    this.next = seedrandom(`${SAMPLE_SEED}|${stream}`);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** One of the keys, with probability proportional to its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as Array<[T, number]>;
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** `count` characters drawn from `alphabet`. */
  chars(alphabet: string, count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += alphabet[this.int(alphabet.length)];
    return text;
  }

  /** A value from `make` not yet in `used` (which it joins); gives up loudly rather than loop forever. */
  unique<T>(used: Set<T>, make: () => T): T {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const value = make();
      if (!used.has(value)) {
        used.add(value);
        return value;
      }
    }
    throw new Error('sample generator ran out of distinct values');
  }
}
