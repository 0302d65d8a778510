// A product sheet "missing" because its name gained a space or a full-width character (invisible on
// the sheet tab): the message names the sheet that is there, so the clerk knows what to rename.
import { SHEETS } from '../core/schema';
import { headerKey } from '../core/text';
import { recordMessages } from '../core/messages/records';
import type { Problem } from '../core/messages/problem';

const MISSING_SHEET: Readonly<Record<string, string>> = {
  'verify.log-missing': SHEETS.log,
  'verify.results-missing': SHEETS.results,
  'verify.snapshot-sheet-missing': SHEETS.snapshot,
};

/** The problems, a missing product sheet's message naming a sheet whose name differs only so. */
export function withRenamedSheetHints(problems: readonly Problem[], sheetNames: readonly string[]): Problem[] {
  return problems.map((problem) => {
    const sheet = MISSING_SHEET[problem.code];
    const near = sheet && sheetNames.find((name) => name !== sheet && headerKey(name) === headerKey(sheet));
    return near ? { ...problem, message: problem.message + recordMessages.nearSheetName(near, sheet) } : problem;
  });
}
