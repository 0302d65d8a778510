// SPEC §3.4 uniform(m): unbiased integers in [0, m) from seedrandom's ARC4 stream.
import seedrandom from 'seedrandom';
import { sha256Hex } from '../hash';

export interface Int32Source {
  int32(): number;
}

const TWO_POW_32 = 0x100000000;

/**
 * SPEC §3.4: repeat x = rng.int32() >>> 0 while x >= 2^32 - (2^32 % m); return x % m.
 * Always draws at least once, also for m = 1.
 *
 * Written without the floating-point `%` (slow for x ≥ 2^31): 2^32 - (2^32 % m) = m × floor(2^32 / m)
 * and x % m = x - m × floor(x / m). Both are exact here: for integers x < 2^32 and m ≤ 2^32 a
 * non-integer quotient x / m lies at least 1/x ≥ 2^-32 (relative) from the next integer, far beyond
 * double rounding (2^-53), so floor never rounds up. Tests check it against the literal formula.
 */
export function uniformFrom(rng: Int32Source): (m: number) => number {
  return (m: number): number => {
    if (!(m >= 1 && m <= TWO_POW_32 && Math.floor(m) === m)) throw new RangeError(`uniform(${m})`);
    const limit = m * Math.floor(TWO_POW_32 / m);
    let x = rng.int32() >>> 0;
    while (x >= limit) x = rng.int32() >>> 0;
    return x - m * Math.floor(x / m);
  };
}

/** SPEC §3.4/§3.5: rng = seedrandom(H(seed + "|" + purpose + "|" + name)), default ARC4. */
export async function streamFor(seed: string, purpose: 'select' | 'assign', name: string): Promise<Int32Source> {
  return seedrandom(await sha256Hex(`${seed}|${purpose}|${name}`));
}
