// Problems are data: a code for tests and programs, a place, and the Chinese text a clerk reads.

export type Severity = 'error' | 'warning';

export interface Problem {
  code: string;
  severity: Severity;
  /** Sheet name as it stands in the workbook, when the problem has a place. */
  sheet?: string;
  /** A1 address inside `sheet`, when the problem has a cell. */
  cell?: string;
  /** Chinese text for the clerk, without the place (the place is printed before it). */
  message: string;
}

export function error(code: string, message: string, sheet?: string, cell?: string): Problem {
  return { code, severity: 'error', sheet, cell, message };
}

export function warning(code: string, message: string, sheet?: string, cell?: string): Problem {
  return { code, severity: 'warning', sheet, cell, message };
}

/** `检查对象名录库!A17: 说明` — the one line format used by the CLI, the pane and the tests. */
export function formatProblem(problem: Problem): string {
  const place = problem.sheet ? `${problem.sheet}${problem.cell ? '!' + problem.cell : ''}: ` : '';
  return `${place}${problem.message}`;
}

/** Thrown by use cases for a failure the user must read; never carries a stack to the user. */
export class UserFacingError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'UserFacingError';
  }
}
