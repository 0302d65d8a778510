// SPEC §5 "fill in place": the answer cells of a report layout found again by their labels in what the
// sheet holds now (locate.ts), and the values to write into them. Nothing else is written.
import type { ReportLayout } from '../layouts/draft';
import { locateAnswerCells } from '../layouts/locate';
import type { CellValue } from '../text';

export interface AnswerWrite {
  key: string;
  address: string;
  value: CellValue;
}

/**
 * The writes for `answers` (key → value) in a sheet holding `values` drawn from `layout`. Only keys
 * given in `answers` are written; `missing` names the labels not found (then the caller writes nothing).
 */
export function answerWrites(
  values: readonly (readonly CellValue[])[], layout: ReportLayout, answers: Readonly<Record<string, CellValue>>,
): { writes: AnswerWrite[]; missing: string[] } {
  const wanted = layout.locators.filter((locator) => locator.key in answers);
  const { cells, missing } = locateAnswerCells(values, wanted);
  if (missing.length > 0) return { writes: [], missing };
  return { writes: wanted.map((locator) => ({ key: locator.key, address: cells[locator.key], value: answers[locator.key] })), missing };
}
