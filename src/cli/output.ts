// Printing for the CLI: problems as `工作表!单元格: 中文说明` with their severity, and JSON mode.
import { cliMessages } from '../core/messages/cli';
import { formatProblem, type Problem } from '../core/messages/problem';

/** Where a command writes; tests capture it, the real CLI writes to stdout and stderr. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** `错误 检查对象名录库!A17: 对象编号不能为空` */
export function problemLine(problem: Problem): string {
  const mark = problem.severity === 'error' ? cliMessages.severityError : cliMessages.severityWarning;
  return `${mark} ${formatProblem(problem)}`;
}

export function printProblems(io: CliIo, problems: readonly Problem[], to: 'out' | 'err' = 'out'): void {
  for (const problem of problems) io[to](problemLine(problem));
}

/** Problems as plain JSON objects (no undefined keys). */
export function problemJson(problem: Problem): Record<string, string> {
  const json: Record<string, string> = { code: problem.code, severity: problem.severity, message: problem.message };
  if (problem.sheet) json.sheet = problem.sheet;
  if (problem.cell) json.cell = problem.cell;
  json.text = formatProblem(problem);
  return json;
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
