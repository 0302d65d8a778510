// `ssj validate book.xlsx [--json]`: read-only check of the registries and the plan.
import { cliMessages } from '../../core/messages/cli';
import { validateWorkbook } from '../../usecases/validate';
import { XlsxFileReader } from '../../workbook/xlsx-file';
import { parseArgs, singleFile } from '../args';
import { printJson, printProblems, problemJson } from '../output';
import type { CliCommand } from './types';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: cliMessages.validateSummary,
  usage: cliMessages.validateUsage,
  json: true,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'] });
    const file = singleFile(args);
    // Streaming and read-only: the file is never opened for writing.
    const report = await validateWorkbook(new XlsxFileReader(file));
    if (args.flags.has('json')) {
      printJson(io, {
        file,
        ok: report.errors === 0,
        errors: report.errors,
        warnings: report.warnings,
        counts: report.counts,
        tasks: report.tasks,
        problems: report.problems.map(problemJson),
      });
    } else {
      printProblems(io, report.problems);
      io.out(cliMessages.validateCounts(report.counts));
      if (report.tasks.length) io.out(cliMessages.validateTasks(report.tasks));
      // The clerk's 抽查结果 entries (codes results.*) are wrong but do not stop a draw.
      const entryErrors = report.problems.filter((p) => p.severity === 'error' && p.code.startsWith('results.')).length;
      io.out(cliMessages.validateResult(report.errors, report.warnings, entryErrors));
    }
    return report.errors > 0 ? 1 : 0;
  },
};
