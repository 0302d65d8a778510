// `ssj void`: append a 作废 row for a draw; nothing is deleted (SPEC §3.6).
import { cliMessages } from '../../core/messages/cli';
import { drawCliTexts as t } from '../../core/messages/draw-cli';
import { voidDraw } from '../../usecases';
import { loggedTextProblem } from '../../usecases/draw-source';
import { XlsxAppendingFile } from '../../workbook/xlsx-file';
import { outputTarget, parseArgs, singleFile, UsageError, type ParsedArgs } from '../args';
import { printJson, printProblems, problemJson } from '../output';
import { saveOrRefusal } from '../save';
import type { CliCommand } from './types';

export const voidCommand: CliCommand = {
  name: 'void',
  summary: t.voidSummary,
  usage: cliMessages.voidUsage,
  json: true,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['force', 'json'], options: ['draw', 'reason', 'operator', 'out'] });
    const json = args.flags.has('json');
    const file = singleFile(args);
    const drawId = required(args, 'draw', cliMessages.voidNeedDraw);
    const reason = required(args, 'reason', cliMessages.voidNeedReason);
    const operator = required(args, 'operator', cliMessages.voidNeedOperator);
    // A control, format or bidi character or an overlong text is a malformed argument (exit 2), said before the file is read.
    for (const [field, text] of [['操作人', operator], ['作废原因', reason]] as const) {
      const problem = loggedTextProblem(field, text, false);
      if (problem) throw new UsageError(problem.message);
    }
    const target = await outputTarget(args, file);
    const book = await XlsxAppendingFile.open(file);
    const voided = await voidDraw(book, { drawId, reason, operator });
    const refusal = voided.ok ? await saveOrRefusal(book, target) : null;
    const result = refusal ? { ok: false, problems: refusal } : voided;
    if (json) {
      printJson(io, { file: target, drawId, ...result, problems: result.problems.map(problemJson) });
      return result.ok ? 0 : 1;
    }
    if (!result.ok) {
      printProblems(io, result.problems, 'err');
      return 1;
    }
    io.out(t.voidDone(drawId, target));
    if (result.resultRows) io.out(t.voidedResults(result.resultRows.first, result.resultRows.last, result.resultRows.count));
    if (result.logHash) io.out(t.logHash(result.logHash, '作废'));
    return 0;
  },
};

function required(args: ParsedArgs, name: string, message: string): string {
  const value = args.options.get(name)?.trim();
  if (!value) throw new UsageError(message);
  return value;
}
