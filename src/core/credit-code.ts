// 统一社会信用代码 (GB 32100-2015): 18 characters over a 31-character alphabet, the last a check character.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters, or null when one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export type CreditCodeFault = 'length' | 'characters' | 'checkDigit';

/** Why a (normalised, upper-cased) code is not a valid 统一社会信用代码, or null when it is. */
export function creditCodeFault(code: string): CreditCodeFault | null {
  if (code.length !== 18) return 'length';
  if (!SHAPE.test(code)) return 'characters';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'checkDigit';
}

/** Completes 17 characters with their check character (used by the sample generator and tests). */
export function withCheckChar(first17: string): string {
  const check = creditCodeCheckChar(first17);
  if (check === null) throw new Error(`not a credit-code prefix: ${first17}`);
  return first17 + check;
}
