// `ssj publish book.xlsx --task 联033 [--out 公示-联033.xlsx] [--force]`: the public export of one
// task's inspected results as a new, print-ready workbook (SPEC §4). The clerk's workbook is only read.
import { promises as fs } from 'fs';
import * as path from 'path';
import { error, UserFacingError } from '../../core/messages/problem';
import { resultTexts as t } from '../../core/messages/results';
import { publication } from '../../usecases/publish';
import { ownerFilesOf, refuseUnsafeTarget } from '../../workbook/file-guard';
import { printableWorkbookBytes } from '../../workbook/public-book';
import { XlsxFileReader } from '../../workbook/xlsx-file';
import { exists, parseArgs, requireXlsxName, singleFile, UsageError } from '../args';
import { printJson, printProblems, problemJson } from '../output';
import type { CliCommand } from './types';

export const publishCommand: CliCommand = {
  name: 'publish',
  summary: t.publishSummary,
  usage: t.publishUsage,
  json: true,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['force', 'json'], options: ['task', 'out'] });
    const file = singleFile(args);
    const taskId = args.options.get('task')?.trim();
    if (!taskId) throw new UsageError(t.taskRequired);
    const out = args.options.get('out') ?? path.join(path.dirname(file), `公示-${taskId.replace(/[\\/:*?"<>|\s]/g, '')}.xlsx`);
    requireXlsxName(out, '--out');
    if (path.resolve(out) === path.resolve(file)) throw new UsageError(t.outIsWorkbook(out));
    if (!args.flags.has('force') && (await exists(out))) throw new UserFacingError([error('publish.out-exists', t.outExists(out))]);
    // Open in Excel or WPS: what the clerk typed but did not save is not in the file yet.
    for (const owner of ownerFilesOf(file)) {
      if (await exists(owner)) throw new UserFacingError([error('file.open-elsewhere', t.workbookOpen(file, path.basename(owner)))]);
    }
    await refuseUnsafeTarget(out);
    const published = await publication(new XlsxFileReader(file), taskId);
    // Written beside and renamed: an existing file is replaced whole or not at all.
    const temp = `${out}.${process.pid}.tmp`;
    try {
      await fs.writeFile(temp, printableWorkbookBytes(published.book));
      await fs.rename(temp, out);
    } finally {
      await fs.unlink(temp).catch(() => undefined);
    }
    // Wrong entries are said with their cells; a row whose 检查日期 or 检查结果 is wrong was left out.
    const wrong = published.problems.length > 0;
    if (args.flags.has('json')) {
      const { taskId, fileName, rows, draws, leftOut, problems } = published;
      printJson(io, { file, ok: !wrong, out, taskId, fileName, rows, draws, leftOut, problems: problems.map(problemJson) });
      return wrong ? 1 : 0;
    }
    if (wrong) printProblems(io, published.problems);
    io.out(t.publishWritten(out, published.rows, published.draws));
    if (published.leftOut.length > 0) io.out(t.publishLeftOut(published.leftOut.length));
    else if (wrong) io.out(t.publishWarned(published.problems.length));
    return wrong ? 1 : 0;
  },
};
