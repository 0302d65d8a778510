// 信用分级比例 (SPEC §2, §3.3): `A:5%;B:10%;C:30%;D:100%`; grades not named use 抽查比例.
import type { Grade } from '../model';
import type { CellValue } from '../text';
import { parseRatio } from './ratio';

const PARTS = /[;,、\r\n]+/u;
const GRADE_PART = /^([ABCD])(?:级|类)?[:=](.+)$/iu;

/**
 * Grade → basis points, or null when the text is blank or unreadable: an unknown grade (also
 * 未分级, which always uses 抽查比例), a grade named twice, or a ratio parseRatio cannot read.
 * Full-width colons and semicolons are accepted (NFKC).
 */
export function parseGradeRatios(value: CellValue | undefined): Partial<Record<Grade, number>> | null {
  if (typeof value !== 'string') return null;
  const parts = value.normalize('NFKC').split(PARTS).map((part) => part.replace(/\s+/gu, '')).filter((part) => part !== '');
  if (parts.length === 0) return null;
  const ratios: Partial<Record<Grade, number>> = {};
  for (const part of parts) {
    const match = GRADE_PART.exec(part);
    if (!match) return null;
    const grade = match[1].toUpperCase() as Grade;
    const bp = parseRatio(match[2]);
    if (bp === null || bp > 10_000 || grade in ratios) return null;
    ratios[grade] = bp;
  }
  return ratios;
}
