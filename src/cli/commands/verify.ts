// `ssj verify`: replay every draw from the workbook alone (read-only) and name every difference.
import { drawCliTexts as t } from '../../core/messages/draw-cli';
import { formatProblem } from '../../core/messages/problem';
import { verifyWorkbook } from '../../usecases';
import { XlsxFileReader } from '../../workbook/xlsx-file';
import { parseArgs, singleFile } from '../args';
import { printJson, printProblems, problemJson } from '../output';
import type { CliCommand } from './types';

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: t.verifySummary,
  usage: t.verifyUsage,
  json: true,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'] });
    const file = singleFile(args);
    const report = await verifyWorkbook(new XlsxFileReader(file));
    if (args.flags.has('json')) {
      printJson(io, {
        file,
        ok: report.ok,
        draws: report.lines.map((l) => ({ ...l, problems: l.problems.map(problemJson) })),
        problems: report.problems.map(problemJson),
      });
      return report.ok ? 0 : 1;
    }
    for (const line of report.lines) {
      io.out(line.ok
        ? t.verifyOk(line.drawId, line.taskId, line.status)
        : t.verifyBad(line.drawId, line.taskId, formatProblem(line.problems[0]), line.problems.length - 1));
    }
    printProblems(io, report.problems);
    const errors = report.problems.filter((p) => p.severity === 'error').length;
    io.out(report.ok ? t.verifyAllOk(report.lines.length) : t.verifyFailed(report.lines.filter((l) => !l.ok).length, errors));
    return report.ok ? 0 : 1;
  },
};
