// `--record <记录.xlsx>`: the printable record of a 公告 or a draw (core/draw/printable.ts), written as
// an A4 sheet beside the workbook for the witnesses to sign.
import { promises as fs } from 'fs';
import * as path from 'path';
import { cliMessages } from '../core/messages/cli';
import { UserFacingError } from '../core/messages/problem';
import type { PrintableRecord } from '../core/draw/printable';
import { printableRecordXlsx } from '../workbook/printable-xlsx';
import { announceCliTexts } from '../core/messages/announce';
import { exists, requireXlsxName, UsageError, type ParsedArgs } from './args';

/** The --record file, checked before any work: .xlsx, not the workbook itself, not replacing a file without --force. */
export async function recordTarget(args: ParsedArgs, workbooks: readonly string[]): Promise<string | undefined> {
  const file = args.options.get('record');
  if (file === undefined) return undefined;
  requireXlsxName(file, '--record');
  if (workbooks.some((w) => path.resolve(w) === path.resolve(file))) throw new UsageError(announceCliTexts.recordIsWorkbook(file));
  if (!args.flags.has('force') && (await exists(file))) throw new UserFacingError([cliMessages.outExists(file)]);
  return file;
}

export async function writeRecord(file: string, record: PrintableRecord): Promise<void> {
  await fs.writeFile(file, await printableRecordXlsx(record));
}
