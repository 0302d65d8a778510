// SPEC §3.1–3.2: draw ids and seeds.
import { bytesToHex, sha256Hex } from '../hash';
import { badSeed, witnessTooLong, witnessTooShort } from '../messages/draw';
import { UserFacingError } from '../messages/problem';
import { EXCEL_CELL_MAX_CHARS } from '../schema';

export const WITNESS_MIN_DIGITS = 20;
/** The log's 见证号码 cell holds the material. */
export const WITNESS_MAX_LENGTH = EXCEL_CELL_MAX_CHARS;
const SEED_PATTERN = /^[0-9a-f]{64}$/;

/** SPEC §3.1: drawId = 任务编号 + "-" + batch. */
export function drawId(taskId: string, batch: number): string {
  return `${taskId}-${batch}`;
}

/**
 * SPEC §3.2: material = the witness input NFKC-normalised with all white space removed.
 * digitCount counts ASCII 0–9 after NFKC (full-width ０–９ become ASCII there).
 */
export function witnessMaterial(input: string): { material: string; digitCount: number } {
  const material = input.normalize('NFKC').replace(/\s+/gu, '');
  let digitCount = 0;
  for (let i = 0; i < material.length; i++) {
    const code = material.charCodeAt(i);
    if (code >= 48 && code <= 57) digitCount++;
  }
  return { material, digitCount };
}

/** SPEC §3.2 见证号码: seed = H("ssj-seed/1|" + 任务编号 + "|" + batch + "|" + material). */
export async function seedFromWitness(taskId: string, batch: number, input: string): Promise<string> {
  const { material, digitCount } = witnessMaterial(input);
  if (digitCount < WITNESS_MIN_DIGITS) {
    throw new UserFacingError([witnessTooShort(digitCount, WITNESS_MIN_DIGITS)]);
  }
  if (material.length > WITNESS_MAX_LENGTH) throw new UserFacingError([witnessTooLong(material.length, WITNESS_MAX_LENGTH)]);
  return sha256Hex(`ssj-seed/1|${taskId}|${batch}|${material}`);
}

/** SPEC §3.2 系统生成: 32 bytes from crypto.getRandomValues, as hex. */
export function generateSeed(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return bytesToHex(bytes);
}

/** SPEC §3.2: a seed is 64 lowercase hex characters. */
export function isSeed(text: string): boolean {
  return SEED_PATTERN.test(text);
}

/** SPEC §3.2 指定种子: accept a given seed or throw the Chinese message. */
export function requireSeed(text: string): string {
  if (!isSeed(text)) throw new UserFacingError([badSeed(text)]);
  return text;
}
