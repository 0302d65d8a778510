// `ssj announce`: the 公告 of SPEC §3.8, written before the drawing whose numbers will seed the draw,
// and the 公告哈希 the clerk publishes where it cannot be backdated.
import { announceCliTexts as t } from '../../core/messages/announce';
import { drawCliTexts } from '../../core/messages/draw-cli';
import { UserFacingError } from '../../core/messages/problem';
import { parseSource } from '../../core/draw/material';
import { announceDraw, announcementRecordOf, type AnnounceReport } from '../../usecases';
import { loggedTextProblem } from '../../usecases/draw-source';
import { XlsxAppendingFile } from '../../workbook/xlsx-file';
import { outputTarget, parseArgs, singleFile, UsageError, type ParsedArgs } from '../args';
import { printJson, printProblems, problemJson, type CliIo } from '../output';
import { saveOrRefusal } from '../save';
import { recordTarget, writeRecord } from '../record';
import type { CliCommand } from './types';

export const announceCommand: CliCommand = {
  name: 'announce',
  summary: t.summary,
  usage: t.usage,
  json: true,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json', 'force'], options: ['task', 'source', 'operator', 'out', 'record'] });
    const json = args.flags.has('json');
    const file = singleFile(args);
    const taskId = required(args, 'task', drawCliTexts.needTask);
    const source = required(args, 'source', t.needSource);
    const operator = required(args, 'operator', drawCliTexts.needOperator);
    // A malformed --source or --operator is a bad argument (exit 2), said before the file is read.
    const operatorProblem = loggedTextProblem('操作人', operator);
    if (operatorProblem) throw new UsageError(operatorProblem.message);
    try {
      parseSource(source);
    } catch (e) {
      if (e instanceof UserFacingError) throw new UsageError(e.problems.map((p) => p.message).join('\n'));
      throw e;
    }
    const target = await outputTarget(args, file);
    const record = await recordTarget(args, [file, target]);
    const book = await XlsxAppendingFile.open(file);
    // The real clock: a 公告 must precede its drawing, and the row records when it was made.
    const report = await announceDraw(book, { taskId, source, operator, now: () => new Date() });
    const refusal = report.written ? await saveOrRefusal(book, target) : null;
    const problems = refusal ?? report.problems;
    const ok = report.ok && !refusal;
    if (json) {
      printJson(io, { file: target, ...report, ok, written: ok, problems: problems.map(problemJson) });
      return ok ? 0 : 1;
    }
    if (!ok) {
      printProblems(io, problems, 'err');
      io.err(t.refused);
      return 1;
    }
    printAnnouncement(io, report, target);
    if (record) {
      await writeRecord(record, announcementRecordOf(report, operator));
      io.out(t.recordSaved(record));
    }
    return 0;
  },
};

function printAnnouncement(io: CliIo, report: AnnounceReport, file: string): void {
  io.out(t.done(report.drawId, file));
  io.out(t.source(report.source));
  for (const s of report.strata) io.out(drawCliTexts.stratumLine(s.stratum, s.eligible, s.ratioBp, s.sampleSize));
  io.out(t.counts(report.eligibleTotal, report.sampleTotal));
  io.out(t.hash(report.announcementHash!));
  io.out(t.why);
  io.out(t.next(report.taskId, report.drawing!.time));
}

function required(args: ParsedArgs, name: string, message: string): string {
  const value = args.options.get(name)?.trim();
  if (!value) throw new UsageError(message);
  return value;
}
