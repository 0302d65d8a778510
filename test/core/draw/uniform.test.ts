// SPEC §3.4 uniform(m) and the seeded streams.
import seedrandom from 'seedrandom';
import { Arc4Stream, streamFor, uniformFrom } from '../../../src/core/draw/uniform';
import { sha256 } from './helpers';

/** An int32 source that replays given unsigned values and counts the draws. */
function scripted(values: number[]) {
  let next = 0;
  return {
    int32: () => {
      if (next >= values.length) throw new Error('stream exhausted');
      return values[next++] | 0;
    },
    get used() {
      return next;
    },
  };
}

// The SPEC's words, literally.
function literalUniform(rng: { int32(): number }, m: number): number {
  let x = rng.int32() >>> 0;
  while (x >= 2 ** 32 - (2 ** 32 % m)) x = rng.int32() >>> 0;
  return x % m;
}

describe('SPEC §3.4 uniform(m)', () => {
  test('draws once even for m = 1, and returns 0', () => {
    const rng = scripted([123456789, 5]);
    expect(uniformFrom(rng)(1)).toBe(0);
    expect(rng.used).toBe(1);
  });

  test('rejects x ≥ 2^32 - (2^32 % m) and draws again', () => {
    // m = 3: 2^32 % 3 = 1, so only x = 2^32 - 1 is rejected.
    const rng = scripted([0xffffffff, 0xffffffff, 7]);
    expect(uniformFrom(rng)(3)).toBe(1);
    expect(rng.used).toBe(3);
    // m = 2^31 + 1: limit = 2^31 + 1, so x = 2^31 + 1 is rejected and x = 2^31 is kept (2^31 % m = 2^31).
    const big = scripted([2 ** 31 + 1, 2 ** 31]);
    expect(uniformFrom(big)(2 ** 31 + 1)).toBe(2 ** 31);
    expect(big.used).toBe(2);
  });

  test('equals the literal formula for edge and random m over a long stream', () => {
    const ms = [1, 2, 3, 5, 7, 10, 100, 1000, 65535, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 32 - 3, 2 ** 32 - 1, 2 ** 32];
    const pick = seedrandom('ms');
    for (let i = 0; i < 2000; i++) ms.push(1 + Math.floor(pick() * 2 ** (1 + (i % 32))));
    const ours = uniformFrom(seedrandom('stream'));
    const theirs = seedrandom('stream');
    const differences: string[] = [];
    for (let round = 0; round < 5; round++) {
      for (const m of ms) {
        const [a, b] = [ours(m), literalUniform(theirs, m)];
        if (a !== b) differences.push(`uniform(${m}): ${a} ≠ ${b}`);
      }
    }
    expect(differences).toEqual([]);
  });

  test('refuses m outside 1 … 2^32', () => {
    const uniform = uniformFrom(scripted([1]));
    expect(() => uniform(0)).toThrow(RangeError);
    expect(() => uniform(2.5)).toThrow(RangeError);
    expect(() => uniform(2 ** 32 + 1)).toThrow(RangeError);
  });

  test('streams are seedrandom(H(seed + "|" + purpose + "|" + name)) with the default ARC4', async () => {
    const seed = 'a'.repeat(64);
    const ours = await streamFor(seed, 'assign', '交通运输局');
    const theirs = seedrandom(sha256(`${seed}|assign|交通运输局`));
    for (let i = 0; i < 100_000; i++) if (ours.int32() !== theirs.int32()) throw new Error(`value ${i} differs`);
  });
});

/** Where two int32 streams first differ over `count` values, or -1. */
function firstDifference(ours: { int32(): number }, theirs: { int32(): number }, count: number): number {
  for (let i = 0; i < count; i++) if (ours.int32() !== theirs.int32()) return i;
  return -1;
}

describe('Arc4Stream continues seedrandom 3.0.5\'s own ARC4 stream', () => {
  test('int32() equals seedrandom(key).int32() for 50 draw keys × 100,000 values', () => {
    const differing: string[] = [];
    for (let n = 0; n < 50; n++) {
      const key = sha256(`arc4-equality|${n}`);
      const at = firstDifference(Arc4Stream.seededLikeSeedrandom(key), seedrandom(key), 100_000);
      if (at >= 0) differing.push(`${key} at ${at}`);
    }
    expect(differing).toEqual([]);
  });

  test('int32() equals seedrandom for odd keys, short runs and a 1,000,000-value run', () => {
    const keys = ['', 'a', 'ms', '交通运输局', '\u0000', '\ud800x', '😀', 'x'.repeat(300), sha256('long')];
    for (const key of keys) expect(firstDifference(Arc4Stream.seededLikeSeedrandom(key), seedrandom(key), 1_000)).toBe(-1);
    for (let n = 0; n < 200; n++) {
      const key = `short-${n}`;
      expect(firstDifference(Arc4Stream.seededLikeSeedrandom(key), seedrandom(key), 1 + (n % 7))).toBe(-1);
    }
    expect(firstDifference(Arc4Stream.seededLikeSeedrandom('long run'), seedrandom('long run'), 1_000_000)).toBe(-1);
  });

  test('keying copies seedrandom\'s state: the seedrandom object used for it is left alone', () => {
    const keyed = seedrandom('k', { state: true });
    const ours = new Arc4Stream(keyed.state());
    ours.int32();
    expect(keyed.int32()).toBe(seedrandom('k').int32());
  });

  test('uniform(m) equals the literal formula on seedrandom for edge and random m, interleaved with int32()', () => {
    const ms = [1, 2, 3, 5, 7, 10, 99, 100, 1000, 20_000, 65535, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 32 - 3, 2 ** 32 - 1, 2 ** 32];
    const pick = seedrandom('ms');
    for (let i = 0; i < 5000; i++) ms.push(1 + Math.floor(pick() * 2 ** (1 + (i % 32))));
    const differences: string[] = [];
    for (const key of ['stream', sha256('uniform'), '']) {
      const ours = Arc4Stream.seededLikeSeedrandom(key);
      const theirs = seedrandom(key);
      for (let round = 0; round < 5; round++) {
        for (const [index, m] of ms.entries()) {
          const [a, b] = [ours.uniform(m), literalUniform(theirs, m)];
          if (a !== b) differences.push(`${key}: uniform(${m}) ${a} ≠ ${b}`);
          if (index % 97 === 0 && ours.int32() !== theirs.int32()) differences.push(`${key}: int32 after uniform(${m})`);
        }
      }
    }
    expect(differences).toEqual([]);
  });

  test('uniform(m) rejects and redraws as the SPEC says: for m = 2^31 + 1 about half the draws', () => {
    const m = 2 ** 31 + 1;
    const ours = Arc4Stream.seededLikeSeedrandom('reject');
    const theirs = seedrandom('reject');
    let draws = 0;
    const counting = { int32: () => (draws++, theirs.int32()) };
    for (let i = 0; i < 10_000; i++) expect(ours.uniform(m)).toBe(literalUniform(counting, m));
    expect(draws / 10_000).toBeGreaterThan(1.9);
    expect(ours.int32()).toBe(theirs.int32());
  });

  test('the shuffles of SPEC §3.5 give the same permutations as on seedrandom', () => {
    const shuffled = (rng: { int32(): number }, len: number, uniform: (m: number) => number) => {
      const a = Array.from({ length: len }, (_, i) => i);
      for (let i = len - 1; i >= 1; i--) {
        const j = uniform(i + 1);
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a.join(',');
    };
    const ours = Arc4Stream.seededLikeSeedrandom('pools');
    const theirs = seedrandom('pools');
    for (let object = 0; object < 2000; object++) {
      const len = 1 + (object % 120);
      expect(shuffled(ours, len, (m) => ours.uniform(m))).toBe(shuffled(theirs, len, (m) => literalUniform(theirs, m)));
    }
  });

  test('shuffle(buffer, len) is SPEC §3.5\'s shuffle on seedrandom: pools of 0 … 300, one of 70,000, partial buffers', () => {
    const literal = (rng: { int32(): number }, pool: Int32Array, len: number): string => {
      const a = Array.from(pool);
      for (let i = len - 1; i >= 1; i--) {
        const j = literalUniform(rng, i + 1);
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a.join(',');
    };
    const ours = Arc4Stream.seededLikeSeedrandom('shuffle');
    const theirs = seedrandom('shuffle');
    const lengths = [0, 1, 2, 3, ...Array.from({ length: 300 }, (_, n) => n), 70_000, 5, 99, 100];
    for (const len of lengths) {
      // Longer than len: the tail past len must stay where it is.
      const pool = Int32Array.from({ length: len + 3 }, (_, i) => 1000 + i);
      const expected = literal(theirs, pool, len);
      ours.shuffle(pool, len);
      expect(Array.from(pool).join(',')).toBe(expected);
    }
    expect(ours.int32()).toBe(theirs.int32());
  });

  test('uniformFrom on an Arc4Stream gives the literal formula and still refuses m outside 1 … 2^32', () => {
    const ours = uniformFrom(Arc4Stream.seededLikeSeedrandom('fast'));
    const theirs = seedrandom('fast');
    for (let m = 1; m < 5000; m++) expect(ours(m)).toBe(literalUniform(theirs, m));
    for (const bad of [0, -1, 2.5, NaN, 2 ** 32 + 1]) expect(() => ours(bad)).toThrow(RangeError);
    expect(() => Arc4Stream.seededLikeSeedrandom('fast').uniform(0)).toThrow(RangeError);
  });

  test('refuses a state that is not an ARC4 state', () => {
    expect(() => new Arc4Stream({ i: 0, j: 0, S: [1, 2, 3] })).toThrow();
  });
});
