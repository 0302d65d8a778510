// Excel's refusals (OfficeExtension.Error with an Excel.ErrorCodes code) as Chinese problems.
import { officeMessages } from '../core/messages/office';
import { UserFacingError, type Problem } from '../core/messages/problem';

/** The Excel error code of a thrown value (OfficeExtension.Error.code), if it has one. */
export function excelErrorCode(thrown: unknown): string | undefined {
  const code = (thrown as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.length > 0 ? code : undefined;
}

/** A problem for what Excel threw; null when it is not an Excel error (a bug of ours stays visible as one). */
export function excelProblem(thrown: unknown): Problem | null {
  if (thrown instanceof UserFacingError) return null;
  const code = excelErrorCode(thrown);
  const name = (thrown as { name?: unknown } | null)?.name;
  if (!code && name !== 'RichApi.Error' && name !== 'OfficeExtension.Error') return null;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return officeMessages.excelRefused(code, message);
}

/** What the pane shows for a thrown value: the problems of a UserFacingError, or Excel's refusal translated. */
export function asUserFacing(thrown: unknown): unknown {
  if (thrown instanceof UserFacingError) return thrown;
  const problem = excelProblem(thrown);
  return problem ? new UserFacingError([problem]) : thrown;
}
