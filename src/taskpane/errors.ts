// Anything a use case throws becomes problems the pane can list; never a stack trace. Excel's own
// refusals (UndoNotSupported, ApiNotFound, InvalidOperationInCellEditMode, AccessDenied, …) that reach the
// pane without the adapter's translation are translated here, by their code.
import { error, UserFacingError, type Problem } from '../core/messages/problem';
import { UI } from '../core/messages/ui';
import { excelProblem } from '../workbook/office-errors';

export function problemsOf(thrown: unknown): Problem[] {
  if (thrown instanceof UserFacingError) return thrown.problems;
  const excel = excelProblem(thrown);
  if (excel) return [excel];
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return [error('ui.unexpected', UI.app.withDetail(UI.app.unexpected, detail))];
}
