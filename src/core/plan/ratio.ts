// 抽查比例 (SPEC §2): `不低于10%`, `10%`, `10 %`, `0.1`, `不低于 5%` → integer basis points.
import type { CellValue } from '../text';

// Words of a minimum before the number, and 以上 after it: every 抽查比例 is a floor for the sample.
const RATIO = /^(?:不低于|不少于|不小于|不得低于|至少|最低|最少|≥|>=|按)?(\d+(?:\.\d+)?|\.\d+)(%|‰)?(?:及以上|以上)?$/u;
const WHITE_SPACE = /\s+/gu;
const MAX_DIGITS = 12;

/**
 * A decimal string shifted left by `places` digits, as an integer rounded up: exact decimal
 * arithmetic, so 0.3% is 30 bp (not 30.000000000000004 → 31) and 0.125% is 12.5 → 13 bp.
 */
function decimalToUnitsCeil(decimal: string, places: number): number | null {
  const [whole, fraction = ''] = decimal.split('.');
  const digits = (whole + fraction).replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return null;
  const scaledBy = fraction.length - places;
  const value = Number(digits);
  if (scaledBy <= 0) return value * 10 ** -scaledBy;
  const divisor = 10 ** scaledBy;
  return Math.floor((value + divisor - 1) / divisor);
}

/** A number cell (0.1, or 10% formatted as a percentage, which Excel stores as 0.1) as decimal text. */
function numberText(value: number): string | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(12).replace(/\.?0+$/, '') : text;
}

/**
 * 抽查比例 as basis points (10% → 1000), fractional basis points rounded up (minimums round up);
 * null when unreadable. A bare number is a fraction and must not exceed 1 (`10` alone is ambiguous,
 * so it is refused rather than guessed). Range checks (0 < bp ≤ 10000) are the caller's.
 */
export function parseRatio(value: CellValue | undefined): number | null {
  if (typeof value === 'number') {
    const text = numberText(value);
    return text === null || value > 1 ? null : decimalToUnitsCeil(text, 4);
  }
  if (typeof value !== 'string') return null;
  const match = RATIO.exec(value.normalize('NFKC').replace(WHITE_SPACE, ''));
  if (!match) return null;
  const [, number, unit] = match;
  const decimal = number.startsWith('.') ? `0${number}` : number;
  if (unit === '%') return decimalToUnitsCeil(decimal, 2);
  if (unit === '‰') return decimalToUnitsCeil(decimal, 1);
  if (Number(decimal) > 1) return null;
  return decimalToUnitsCeil(decimal, 4);
}
