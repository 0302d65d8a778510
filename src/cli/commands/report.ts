// `ssj report book.xlsx --date 2024-06-30 [--unit …] [--out other.xlsx] [--force] [--json]`: fill 附件1 and
// 附件2 in place (SPEC §5), print every figure with what it counted, the targets and the deadlines.
import { ANNEX1_COLUMNS, ANNEX1_ROWS, ANNEX2_ARRANGEMENTS, ANNEX2_DRAWS, ANNEX2_SYSTEM } from '../../core/layouts';
import { deadlineLabel, deadlineTexts, reportCliTexts as t, reportMessages, targetLine } from '../../core/messages/reports';
import type { MonthlyReport } from '../../core/reports';
import { fillReports, reportDate, type ReportResult } from '../../usecases/report';
import { XlsxReportFile } from '../../workbook/xlsx-report-file';
import { outputTarget, parseArgs, singleFile, UsageError } from '../args';
import { printJson, printProblems, problemJson, type CliIo } from '../output';
import { UserFacingError } from '../../core/messages/problem';
import { saveOrRefusal } from '../save';
import type { CliCommand } from './types';

function printReport(io: CliIo, report: MonthlyReport): void {
  io.out(t.annex1Heading);
  for (const row of ANNEX1_ROWS) {
    const figures = report.annex1[row.key];
    io.out(t.row(row.path.join(' · '), ANNEX1_COLUMNS.map((c) => figures[c.key].value), figures.count.tasks));
  }
  io.out(t.annex2Heading);
  for (const line of [...ANNEX2_ARRANGEMENTS, ...ANNEX2_DRAWS, ANNEX2_SYSTEM]) {
    io.out(t.line(line.label, report.annex2[line.key as keyof MonthlyReport['annex2']].text));
  }
  io.out(t.targetsHeading);
  for (const target of report.targets) io.out(`  ${targetLine(target)}`);
  io.out(t.deadlinesHeading);
  for (const d of report.deadlines) io.out(`  ${deadlineLabel(d.kind, d.date)}: ${d.date}，${deadlineTexts.daysLeft(d.daysLeft)}`);
}

function reportJson(file: string, result: ReportResult): unknown {
  const { report } = result;
  return {
    file, ok: result.ok, written: result.written, date: report?.date, unit: report?.unit,
    annex1: report?.annex1, annex2: report?.annex2,
    targets: report?.targets.map((target) => ({ ...target, text: targetLine(target) })),
    monthly: report?.monthly, deadlines: report?.deadlines,
    leftOut: report ? { provincial: report.counted.provincial.map((i) => i.task.taskId), unknownTasks: report.counted.unknownTasks } : undefined,
    cells: result.cells, created: result.created,
    notes: result.notes.map(problemJson), problems: result.problems.map(problemJson),
  };
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: t.summary,
  usage: t.usage,
  json: true,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['force', 'json'], options: ['date', 'unit', 'out'] });
    const json = args.flags.has('json');
    const file = singleFile(args);
    const date = args.options.get('date')?.trim();
    if (!date) throw new UsageError(t.needDate);
    // A date that is no date is a bad argument (exit 2, as ssj status); one outside the plan's year is a refusal (1).
    if (!reportDate(date)) throw new UserFacingError([reportMessages.badDate(date)]);
    const target = await outputTarget(args, file);
    const book = await XlsxReportFile.open(file);
    const filled = await fillReports(book, { date, unit: args.options.get('unit') });
    const refusal = filled.ok ? await saveOrRefusal(book, target, REFUSALS_AT_SAVE) : null;
    const result: ReportResult = refusal ? { ...filled, ok: false, written: false, problems: refusal } : filled;
    if (json) {
      printJson(io, reportJson(target, result));
      return result.ok ? 0 : 1;
    }
    if (!result.ok) {
      printProblems(io, result.problems, 'err');
      return 1;
    }
    printProblems(io, result.notes);
    printReport(io, result.report!);
    io.out(t.done(target, result.cells.length));
    return 0;
  },
};

/** Problems that refuse the fill at the save, whichever writer finds them: reported as a refusal (exit 1). */
const REFUSALS_AT_SAVE = new Set(['records.totals-row', 'report.charts-would-be-lost']);

