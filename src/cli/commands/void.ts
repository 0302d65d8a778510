// `ssj void`: append a 作废 row for a draw; nothing is deleted (SPEC §3.6).
import { drawCliTexts as t } from '../../core/messages/draw-cli';
import { voidDraw } from '../../usecases';
import { XlsxAppendingFile } from '../../workbook/xlsx-file';
import { parseArgs, singleFile } from '../args';
import { printProblems } from '../output';
import type { CliCommand } from './types';

export const voidCommand: CliCommand = {
  name: 'void',
  summary: t.voidSummary,
  usage: t.voidUsage,
  async run(argv, io) {
    const args = parseArgs(argv, { options: ['draw', 'reason', 'operator', 'out'] });
    const file = singleFile(args);
    const book = await XlsxAppendingFile.open(file);
    const drawId = args.options.get('draw') ?? '';
    const result = await voidDraw(book, {
      drawId, reason: args.options.get('reason') ?? '', operator: args.options.get('operator') ?? '',
    });
    if (!result.ok) {
      printProblems(io, result.problems, 'err');
      return 1;
    }
    const target = args.options.get('out') ?? file;
    await book.save(target);
    io.out(t.voidDone(drawId, target));
    return 0;
  },
};
