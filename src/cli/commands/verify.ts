// `ssj verify`: replay every draw from the workbook alone (read-only) and name every difference.
import { drawCliTexts as t } from '../../core/messages/draw-cli';
import { verifyWarningCount, verifyWorkbook } from '../../usecases';
import { XlsxFileReader } from '../../workbook/xlsx-file';
import { parseArgs, singleFile } from '../args';
import { printJson, printProblems, problemJson, problemLine } from '../output';
import type { CliCommand } from './types';

/** Per draw; the rest usually follow from the first few (a shifted row moves every row after it). */
const PROBLEMS_SHOWN = 10;

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
        lastLogHash: report.lastLogHash,
      });
      return report.ok ? 0 : 1;
    }
    for (const line of report.lines) {
      io.out(line.ok ? t.verifyOk(line.drawId, line.taskId, line.status) : t.verifyBad(line.drawId, line.taskId));
      for (const problem of line.problems.slice(0, PROBLEMS_SHOWN)) io.out(`    ${problemLine(problem)}`);
      if (line.problems.length > PROBLEMS_SHOWN) io.out(t.verifyMore(line.problems.length - PROBLEMS_SHOWN));
    }
    printProblems(io, report.problems);
    if (report.lastLogHash) io.out(t.verifyLastHash(report.lastLogHash));
    const errors = report.problems.filter((p) => p.severity === 'error').length;
    const warnings = verifyWarningCount(report);
    const passed = report.lines.length === 0 && warnings === 0 ? t.verifyNoDraws : t.verifyAllOk(report.lines.length, warnings);
    io.out(report.ok ? passed : t.verifyFailed(report.lines.filter((l) => !l.ok).length, errors));
    return report.ok ? 0 : 1;
  },
};
