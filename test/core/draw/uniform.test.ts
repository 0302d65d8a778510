// SPEC §3.4 uniform(m) and the seeded streams.
import seedrandom from 'seedrandom';
import { streamFor, uniformFrom } from '../../../src/core/draw/uniform';
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
    for (let i = 0; i < 10; i++) expect(ours.int32()).toBe(theirs.int32());
  });
});
