// The port `ssj report` writes through: reads stream as for draw and void (XlsxAppendingFile); the
// answers are written into the worksheet parts in place (xlsx-cells-in-place.ts), so that the rest of
// the file, its charts included, stays byte for byte. What the in-place writer refuses (the first
// fill, which creates sheets) takes XlsxAppendingFile's full ExcelJS save, refused for a workbook
// holding a chart, which that save would drop.
import { promises as fs } from 'fs';
import { reportMessages } from '../core/messages/reports';
import { error, UserFacingError } from '../core/messages/problem';
import { cliMessages } from '../core/messages/cli';
import type { ProgressReporter, ReadOptions, SheetValues, WorkbookChange, WorkbookPort } from './port';
import { CannotAppendInPlace } from './sheet-xml';
import { chartParts } from './xlsx-charts';
import { writeCellsInPlace } from './xlsx-cells-in-place';
import { nodeFileOps, writeFileAtomic, XlsxAppendingFile } from './xlsx-file';

export class XlsxReportFile implements WorkbookPort {
  private readonly pending: WorkbookChange[] = [];
  /** How the last save was written (for the tests). */
  lastSave: 'in-place' | 'full' | undefined;

  private constructor(
    readonly file: string,
    private readonly book: XlsxAppendingFile,
    private readonly original: Buffer,
  ) {}

  static async open(file: string): Promise<XlsxReportFile> {
    const book = await XlsxAppendingFile.open(file);
    return new XlsxReportFile(file, book, await fs.readFile(file));
  }

  listSheets(): Promise<string[]> {
    return this.book.listSheets();
  }

  readSheets(names: readonly string[], progress?: ProgressReporter, options?: ReadOptions): Promise<Map<string, SheetValues>> {
    return this.book.readSheets(names, progress, options);
  }

  async apply(changes: readonly WorkbookChange[], progress?: ProgressReporter): Promise<void> {
    await this.book.apply(changes, progress);
    for (const change of changes) this.pending.push(change);
  }

  /** Writes atomically to `target`; the file read must not have changed meanwhile. */
  async save(target: string): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = writeCellsInPlace(this.original, this.pending);
    } catch (cause) {
      if (!(cause instanceof CannotAppendInPlace)) throw cause;
      const charts = chartParts(this.original);
      if (charts.length > 0) throw new UserFacingError([reportMessages.chartsWouldBeLost(this.file, charts.length)]);
      this.lastSave = 'full';
      return this.book.save(target);
    }
    this.lastSave = 'in-place';
    await writeFileAtomic(target, bytes, nodeFileOps, {
      alsoLock: [this.file],
      beforeRename: async () => {
        const current = await fs.readFile(this.file);
        if (!current.equals(this.original)) throw new UserFacingError([error('file.changed', cliMessages.fileChangedMeanwhile(this.file))]);
      },
    });
  }
}
