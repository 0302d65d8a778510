// `ssj verify`: replay every draw from the workbook alone (read-only), name every difference, and say
// what the evidence proves: each draw's evidence level and hashes (SPEC §3.7–3.8).
import { drawCliTexts as t } from '../../core/messages/draw-cli';
import { VERIFY_CLOSING, verifyCliTexts as v, verifyMessages } from '../../core/messages/verify';
import { formatProblem, UserFacingError } from '../../core/messages/problem';
import { verifyWarningCount, verifyWorkbook } from '../../usecases';
import type { VerifyReport } from '../../usecases/verify-types';
import { XlsxFileReader } from '../../workbook/xlsx-file';
import { parseArgs, singleFile } from '../args';
import { printJson, printProblems, problemJson, problemLine, type CliIo } from '../output';
import type { CliCommand } from './types';

/** Per draw; the rest usually follow from the first few (a shifted row moves every row after it). */
const PROBLEMS_SHOWN = 10;
const HINTS_SHOWN = 30;

/**
 * `--published 联033-1=<hash>`, repeatable, each value a comma list: taken out of argv before the
 * common parser (which refuses an option given twice).
 */
export function takePublished(argv: readonly string[]): { rest: string[]; published: Map<string, string> } {
  const rest: string[] = [];
  const values: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--published' && i + 1 < argv.length) values.push(argv[++i]);
    else if (arg.startsWith('--published=')) values.push(arg.slice('--published='.length));
    else rest.push(arg);
  }
  const published = new Map<string, string>();
  for (const pair of values.flatMap((value) => value.split(/[,，]/)).map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^(.+?)\s*=\s*([0-9a-fA-F]{64})$/.exec(pair.normalize('NFKC'));
    if (!match) throw new UserFacingError([verifyMessages.publishedUnreadable(pair)]);
    published.set(match[1], match[2].toLowerCase());
  }
  return { rest, published };
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: t.verifySummary,
  usage: v.usage,
  json: true,
  async run(argv, io) {
    const { rest, published } = takePublished(argv);
    const args = parseArgs(rest, { flags: ['json', 'no-hints'] });
    const file = singleFile(args);
    const report = await verifyWorkbook(new XlsxFileReader(file), undefined, { published, skipHints: args.flags.has('no-hints') });
    if (args.flags.has('json')) {
      printJson(io, {
        file,
        ok: report.ok,
        draws: report.lines.map((l) => ({ ...l, problems: l.problems.map(problemJson) })),
        problems: report.problems.map(problemJson),
        tasks: report.tasks,
        logRows: report.logRows,
        hints: report.hints.map(problemJson),
        lastLogHash: report.lastLogHash,
        closing: VERIFY_CLOSING,
      });
      return report.ok ? 0 : 1;
    }
    printReport(io, report);
    return report.ok ? 0 : 1;
  },
};

function printReport(io: CliIo, report: VerifyReport): void {
  for (const line of report.lines) {
    io.out(v.line(line.ok, line.drawId, line.taskId, line.status, line.level));
    if (line.hash) io.out(v.hash(line.hash));
    if (line.announcementHash) io.out(v.announcementHash(line.announcementHash));
    if (line.publishedMatch) io.out(v.publishedMatch(line.publishedMatch));
    for (const problem of line.problems.slice(0, PROBLEMS_SHOWN)) io.out(`    ${problemLine(problem)}`);
    if (line.problems.length > PROBLEMS_SHOWN) io.out(t.verifyMore(line.problems.length - PROBLEMS_SHOWN));
  }
  printProblems(io, report.problems);
  if (report.tasks.length > 0) {
    io.out(v.tasksHeading);
    for (const task of report.tasks) {
      io.out(v.task(task.taskId));
      for (const attempt of task.attempts) io.out(v.attempt(attempt));
    }
  }
  if (report.logRows.length > 0) {
    io.out(v.logRowsHeading);
    for (const row of report.logRows) io.out(v.logRow(row));
  }
  if (report.hints.length > 0) {
    io.out(v.hintsHeading(report.hints.length));
    for (const hint of report.hints.slice(0, HINTS_SHOWN)) io.out(v.hint('', formatProblem(hint)));
    if (report.hints.length > HINTS_SHOWN) io.out(t.verifyMore(report.hints.length - HINTS_SHOWN));
  }
  if (report.lastLogHash) io.out(t.verifyLastHash(report.lastLogHash));
  io.out(VERIFY_CLOSING);
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = verifyWarningCount(report);
  const passed = report.lines.length === 0 && warnings === 0 ? t.verifyNoDraws : t.verifyAllOk(report.lines.length, warnings);
  io.out(report.ok ? passed : t.verifyFailed(report.lines.filter((l) => !l.ok).length, errors));
}
