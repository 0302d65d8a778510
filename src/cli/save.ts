// Saving after a draw or a void. The in-place writer sees the sheets' tables only when it writes, so
// a workbook the host must refuse (Excel's 汇总行 on a product table) is refused here, at the save:
// like any refusal it writes nothing and is reported as one (exit 1), not as an unreadable file.
import { UserFacingError, type Problem } from '../core/messages/problem';

/** Problems that refuse the change itself, whichever host finds them. */
const REFUSALS_AT_SAVE: ReadonlySet<string> = new Set(['records.totals-row']);

/**
 * Saves to `target`; returns the problems when the save was refused for what the workbook holds
 * (`refusals`: the codes that count as such a refusal for this command).
 */
export async function saveOrRefusal(
  book: { save(target: string): Promise<unknown> },
  target: string,
  refusals: ReadonlySet<string> = REFUSALS_AT_SAVE,
): Promise<Problem[] | null> {
  try {
    await book.save(target);
    return null;
  } catch (e) {
    if (e instanceof UserFacingError && e.problems.every((p) => refusals.has(p.code))) return e.problems;
    throw e;
  }
}
