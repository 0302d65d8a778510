// 发起部门 and 联合部门 (SPEC §2, §3.5): alias-normalised department names. The plan's cells are
// broken over lines by the layout ("市场监\n管"), so a line break inside a name is not a separator
// unless each line is a known department of its own.
import type { CellValue } from '../text';
import { compactText } from '../registry/sheet-reader';

const SEPARATORS = /[,，;；、]+/u;
const LINE_BREAKS = /[\r\n]+/u;

/** One department cell part: joined lines when they form one name, else the lines as names. */
function namesOfPart(part: string, canonical: (name: string) => string, known: ReadonlySet<string>): string[] {
  const whole = canonical(compactText(part));
  const lines = part.split(LINE_BREAKS).map(compactText).filter((line) => line !== '');
  if (lines.length <= 1 || known.has(whole)) return whole === '' ? [] : [whole];
  const each = lines.map(canonical);
  return each.every((name) => known.has(name)) ? each : [whole];
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
