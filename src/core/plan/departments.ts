// 发起部门 and 联合部门 (SPEC §2, §3.5): alias-normalised department names. The plan's cells are
// broken over lines by the layout ("市场监\n管"), so lines are joined when together they make a
// known department, or when none of them is one; otherwise a line break separates names (SPEC §2),
// so "市场监管局\n消防救援大队" names two departments, the second then reported as unknown.
import type { CellValue } from '../text';
import { compactText } from '../registry/sheet-reader';

const SEPARATORS = /[,，;；、]+/u;
const LINE_BREAKS = /[\r\n]+/u;

/** One department cell part: joined lines when they form one name or are no names alone, else the lines. */
function namesOfPart(part: string, canonical: (name: string) => string, known: ReadonlySet<string>): string[] {
  const whole = canonical(compactText(part));
  const lines = part.split(LINE_BREAKS).map(compactText).filter((line) => line !== '');
  if (lines.length <= 1 || known.has(whole)) return whole === '' ? [] : [whole];
  const each = lines.map(canonical);
  return each.some((name) => known.has(name)) ? each : [whole];
}

/**
 * Canonical department names of a 联合部门 cell in plan order, duplicates dropped. `known` holds the
 * canonical names the workbook knows (部门名录, the built-ins, the inspectors' and items' departments).
 */
export function parseDepartmentList(
  value: CellValue | undefined,
  canonical: (name: string) => string,
  known: ReadonlySet<string>,
): string[] {
  if (value === null || value === undefined) return [];
  const names: string[] = [];
  for (const part of String(value).normalize('NFKC').split(SEPARATORS)) {
    for (const name of namesOfPart(part, canonical, known)) if (!names.includes(name)) names.push(name);
  }
  return names;
}
