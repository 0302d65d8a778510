// `工作表!A17` as a link that selects the cell in the workbook (keyboard: Tab + Enter).
import { Link } from '@fluentui/react-components';
import type { Problem } from '../../core/messages/problem';
import { UI } from '../../core/messages/ui';
import type { WorkbookPort } from '../../workbook/port';

export function placeOf(problem: Pick<Problem, 'sheet' | 'cell'>): string {
  if (!problem.sheet) return '';
  return problem.cell ? `${problem.sheet}!${problem.cell}` : problem.sheet;
}

export function selectProblem(port: WorkbookPort, problem: Pick<Problem, 'sheet' | 'cell'>): void {
  if (problem.sheet && port.select) void port.select(problem.sheet, problem.cell ?? 'A1').catch(() => undefined);
}

export function PlaceLink(props: { port: WorkbookPort; problem: Problem }) {
  const place = placeOf(props.problem);
  if (!place) return <span>{UI.problems.noPlace}</span>;
  return (
    <Link
      as="button"
      title={UI.problems.selectHint(place)}
      onClick={(event) => {
        event.stopPropagation();
        selectProblem(props.port, props.problem);
      }}
    >
      {place}
    </Link>
  );
}
