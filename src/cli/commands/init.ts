// `ssj init out.xlsx [--sample] [--force]`: write a new workbook template.
import { cliMessages } from '../../core/messages/cli';
import { createTemplate } from '../../usecases/init';
import { XlsxWorkbook } from '../../workbook/xlsx';
import { saveXlsxFile } from '../../workbook/xlsx-file';
import { exists, parseArgs, requireXlsxName, singleFile } from '../args';
import type { CliCommand } from './types';

export const initCommand: CliCommand = {
  name: 'init',
  summary: cliMessages.initSummary,
  usage: cliMessages.initUsage,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['sample', 'force'] });
    const file = singleFile(args);
    requireXlsxName(file);
    if (!args.flags.has('force') && (await exists(file))) {
      io.err(cliMessages.initRefuseOverwrite(file));
      return 2;
    }
    const book = XlsxWorkbook.create();
    const sample = args.flags.has('sample');
    const { created } = await createTemplate(book, { sample });
    await saveXlsxFile(book, file);
    io.out(cliMessages.initDone(file, created.length));
    if (sample) io.out(cliMessages.initDoneSample);
    return 0;
  },
};
