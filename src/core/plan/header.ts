// Finding the header of 年度抽查计划 (SPEC §2): title rows may come first; the header row is the
// first row holding 抽查任务编号. A header may also stand in two rows (a merged "抽查计划" over
// "编号" and "名称"): merged cells show their text only in the top-left cell, the others are blank.
import { PLAN_COLUMNS } from '../schema';
import { headerKey, type CellValue } from '../text';
import type { SheetValues } from '../registry/sheet-reader';

export const PLAN_KEY_HEADER = '抽查任务编号';
const KEY = headerKey(PLAN_KEY_HEADER);
const REQUIRED = PLAN_COLUMNS.filter((column) => column.required).map((column) => headerKey(column.header));

export interface PlanHeader {
  /** The sheet's values, with a two-row header folded into its first row (the second left blank). */
  values: SheetValues;
  /** 1-based Excel row of the header. */
  headerRow: number;
}

function keysOf(cells: readonly CellValue[] | undefined): string[] {
  return (cells ?? []).map((cell) => headerKey(cell));
}

/** Each column's header from two rows: top + bottom, a blank top taking the text of the merged cell to its left. */
function foldTwoRows(top: string[], bottom: string[]): string[] {
  const folded: string[] = [];
  let carried = '';
  for (let col = 0; col < Math.max(top.length, bottom.length); col++) {
    const upper = top[col] ?? '';
    const lower = bottom[col] ?? '';
    if (upper !== '') carried = upper;
    folded.push(upper !== '' ? upper + lower : lower === '' ? '' : carried + lower);
  }
  return folded;
}

function requiredCount(keys: readonly string[]): number {
  const present = new Set(keys);
  return REQUIRED.filter((key) => present.has(key)).length;
}

/** The header row and the values to read the table from, or null when no row holds 抽查任务编号. */
export function locatePlanHeader(values: SheetValues): PlanHeader | null {
  for (let r = 0; r < values.length; r++) {
    const top = keysOf(values[r]);
    const bottom = keysOf(values[r + 1]);
    const inOneRow = top.includes(KEY);
    const inTwoRows = top.some((key, col) => key !== '' && bottom[col] !== '' && key + bottom[col] === KEY);
    if (!inOneRow && !inTwoRows) continue;
    const folded = foldTwoRows(top, bottom);
    if (inOneRow && requiredCount(folded) <= requiredCount(top)) return { values, headerRow: r + 1 };
    const copy = values.slice();
    copy[r] = folded;
    copy[r + 1] = [];
    return { values: copy, headerRow: r + 1 };
  }
  return null;
}
