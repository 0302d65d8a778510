// Anything a use case throws becomes problems the pane can list; never a stack trace.
import { error, UserFacingError, type Problem } from '../core/messages/problem';
import { UI } from '../core/messages/ui';

export function problemsOf(thrown: unknown): Problem[] {
  if (thrown instanceof UserFacingError) return thrown.problems;
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return [error('ui.unexpected', UI.app.withDetail(UI.app.unexpected, detail))];
}
