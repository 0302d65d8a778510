// SPEC §3.4 uniform(m): unbiased integers in [0, m) from seedrandom's ARC4 stream.
import seedrandom from 'seedrandom';
import { sha256Hex } from '../hash';

export interface Int32Source {
  int32(): number;
}

const TWO_POW_32 = 0x100000000;

function checkBound(m: number): void {
  if (!(m >= 1 && m <= TWO_POW_32 && Math.floor(m) === m)) throw new RangeError(`uniform(${m})`);
}

/**
 * seedrandom 3.0.5's default ARC4 generator, continued on a typed array. seedrandom itself runs the
 * key schedule and the RC4-drop[256] (its `state()`); from there the stream is the same RC4 that
 * seedrandom's `arc4.g(4)` runs over a plain array, so `int32()` returns exactly what the seedrandom
 * object would have returned. The draw makes ~2 million calls per 10,000 objects (SPEC §3.5
 * shuffles every pool for every object), where seedrandom's generic `g(count)` loop dominated.
 */
export class Arc4Stream implements Int32Source {
  private readonly s: Int32Array;
  private i: number;
  private j: number;

  /** The stream `seedrandom(key)` yields, keyed by seedrandom itself. */
  static seededLikeSeedrandom(key: string): Arc4Stream {
    return new Arc4Stream(seedrandom(key, { state: true }).state());
  }

  constructor(state: seedrandom.State.Arc4) {
    if (state.S.length !== 256) throw new Error('ARC4 state needs 256 entries');
    this.s = Int32Array.from(state.S);
    this.i = state.i;
    this.j = state.j;
  }

  /** One RC4 step: the next keystream byte, as seedrandom's g() makes it (same swap, same output index). */
  private nextByte(): number {
    const s = this.s;
    const i = (this.i + 1) & 255;
    const t = s[i];
    const j = (this.j + t) & 255;
    const u = s[j];
    s[i] = u;
    s[j] = t;
    this.i = i;
    this.j = j;
    return s[(u + t) & 255];
  }

  /**
   * seedrandom's `int32()`: 4 bytes, first most significant (its g(4)), as a signed 32-bit integer.
   * Built from single bytes, here and in uniform(), so that nothing returns a number outside V8's
   * small-integer range: where a call was not inlined, boxing a 32-bit result on every call made the
   * pool shuffles allocate ~14 MB per draw.
   */
  int32(): number {
    return (this.nextByte() << 24) | (this.nextByte() << 16) | (this.nextByte() << 8) | this.nextByte();
  }

  /**
   * SPEC §3.5 shuffle of buffer[0..len-1]: for i = len-1 … 1: j = uniform(i + 1); swap(i, j). The same
   * bytes and arithmetic as uniform(), in one loop with the RC4 state in locals: the pool shuffles
   * draw ~2 million numbers per 10,000 objects, most of the draw's time.
   */
  shuffle(buffer: Int32Array, len: number): void {
    const s = this.s;
    let i = this.i;
    let j = this.j;
    for (let top = len - 1; top >= 1; top--) {
      const m = top + 1;
      const limit = m * Math.floor(TWO_POW_32 / m);
      let x: number;
      do {
        let t = s[(i = (i + 1) & 255)];
        let u = s[(j = (j + t) & 255)];
        s[i] = u;
        s[j] = t;
        x = s[(t + u) & 255] << 24;
        t = s[(i = (i + 1) & 255)];
        u = s[(j = (j + t) & 255)];
        s[i] = u;
        s[j] = t;
        x |= s[(t + u) & 255] << 16;
        t = s[(i = (i + 1) & 255)];
        u = s[(j = (j + t) & 255)];
        s[i] = u;
        s[j] = t;
        x |= s[(t + u) & 255] << 8;
        t = s[(i = (i + 1) & 255)];
        u = s[(j = (j + t) & 255)];
        s[i] = u;
        s[j] = t;
        x = (x | s[(t + u) & 255]) >>> 0;
      } while (x >= limit);
      // SPEC's literal x % m, exact for any x < 2^32 and m ≥ 1 (the result is below m). The `>>> 0`
      // lets V8 compile an integer remainder here (a quarter of the assignment's time, measured);
      // without it, it took a floating-point fmod call.
      const pick = (x % m) >>> 0;
      const held = buffer[top];
      buffer[top] = buffer[pick];
      buffer[pick] = held;
    }
    this.i = i;
    this.j = j;
  }

  /** SPEC §3.4 uniform(m) on this stream: uniformFrom's arithmetic on the same 32 bits. */
  uniform(m: number): number {
    checkBound(m);
    const limit = m * Math.floor(TWO_POW_32 / m);
    let x: number;
    do x = ((this.nextByte() << 24) | (this.nextByte() << 16) | (this.nextByte() << 8) | this.nextByte()) >>> 0;
    while (x >= limit);
    return x - m * Math.floor(x / m);
  }
}

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
  if (rng instanceof Arc4Stream) return (m: number): number => rng.uniform(m);
  return (m: number): number => {
    checkBound(m);
    const limit = m * Math.floor(TWO_POW_32 / m);
    let x = rng.int32() >>> 0;
    while (x >= limit) x = rng.int32() >>> 0;
    return x - m * Math.floor(x / m);
  };
}

/** Something that answers SPEC §3.4 uniform(m). */
export interface UniformSource {
  uniform(m: number): number;
}

/** The fast path when rng is an Arc4Stream, else uniformFrom(rng) as a method. */
export function uniformSourceOf(rng: Int32Source): UniformSource {
  return rng instanceof Arc4Stream ? rng : { uniform: uniformFrom(rng) };
}

/** SPEC §3.4/§3.5: rng = seedrandom(H(seed + "|" + purpose + "|" + name)), default ARC4. */
export async function streamFor(seed: string, purpose: 'select' | 'assign', name: string): Promise<Arc4Stream> {
  return Arc4Stream.seededLikeSeedrandom(await sha256Hex(`${seed}|${purpose}|${name}`));
}
