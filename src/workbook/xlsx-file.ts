// .xlsx files on disk (Node only): open into the in-memory adapter, save atomically, and a streaming
// read-only port for validation, which needs the values of a few sheets and never the full model.
import { promises as fs } from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import { stream as excelStream } from 'exceljs';
import { cliMessages } from '../core/messages/cli';
import { fileMessages } from '../core/messages/files';
import { error, UserFacingError, type Problem } from '../core/messages/problem';
import type { CellValue } from '../core/text';
import type { ProgressReporter, ReadOptions, SheetValues, WorkbookChange, WorkbookPort } from './port';
import { rectangular, XlsxWorkbook } from './xlsx';
import { NotAnXlsxError, readSheetNames } from './xlsx-directory';
import { applyInPlace } from './xlsx-append';
import { CannotAppendInPlace } from './sheet-xml';
import { planChanges } from './xlsx-plan';
import { toCellValue } from './xlsx-values';
import { lockForWriting, refuseUnsafeTarget, tempPathOf } from './file-guard';
import { IncompletePartError } from './xlsx-node-patch';
import { firstIncompletePart, withRelativeTargets, worksheetParts, XlsxPackage } from './xlsx-package';
import { readPlainSheet } from './xlsx-plain-sheet';
import { snapshotSheetNumber } from '../core/records/snapshot-sheet';
import { SHEETS } from '../core/schema';
import { checkReadBack } from './xlsx-read-back';
import { fileProgress, ROWS_PER_EVENT } from './file-progress';
import { pushAll } from '../core/arrays';

function fileProblem(file: string, cause: unknown, writing = false): Problem {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (writing && (code === 'ENOSPC' || code === 'EDQUOT')) return error('file.disk-full', fileMessages.diskFull(file));
  switch (code) {
    case 'ENOENT':
      return writing
        ? error('file.directory-missing', cliMessages.directoryMissing(path.dirname(file)))
        : error('file.not-found', cliMessages.fileNotFound(file));
    case 'EISDIR':
      return error('file.is-directory', cliMessages.fileIsDirectory(file));
    case 'EACCES':
    case 'EPERM':
      return error('file.access', cliMessages.fileAccessDenied(file));
    case 'EBUSY':
      return error('file.busy', cliMessages.fileBusy(file));
    default:
      return writing
        ? error('file.write', cliMessages.fileWriteFailed(file, cause instanceof Error ? cause.message : String(cause)))
        : error('file.unreadable', cliMessages.fileUnreadable(file));
  }
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (cause) {
    throw new UserFacingError([fileProblem(file, cause)]);
  }
}

/** The first part of an .xlsx that was cut short (undefined also when the bytes are no zip). */
function incompletePartOf(bytes: Uint8Array): IncompletePartError | undefined {
  try {
    return firstIncompletePart(XlsxPackage.open(bytes));
  } catch {
    return undefined;
  }
}

/** Reads a whole .xlsx into the in-memory adapter (for use cases that write). */
export async function openXlsxFile(file: string): Promise<XlsxWorkbook> {
  const bytes = await readBytes(file);
  try {
    return await XlsxWorkbook.fromBuffer(withRelativeTargets(bytes));
  } catch {
    // ExcelJS fails on a sheet cut short without saying where: name it.
    const incomplete = incompletePartOf(bytes);
    if (incomplete) throw damaged(file, incomplete.sheet, incomplete.part);
    throw new UserFacingError([fileProblem(file, undefined)]);
  }
}

/** The file operations of an atomic save; tests replace them to simulate a failing disk. */
export interface FileOps {
  writeFile(file: string, data: Uint8Array, mode: number | undefined): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export const nodeFileOps: FileOps = {
  async writeFile(file, data, mode) {
    const handle = await fs.open(file, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
};

export interface AtomicWriteOptions {
  /**
   * Runs under the lock once the temp file is written, immediately before the rename: a throw
   * (a UserFacingError reaches the caller as it is) leaves the original untouched.
   */
  beforeRename?: () => Promise<void>;
  /** Further files to hold the write lock of while writing (the file read, when writing elsewhere). */
  alsoLock?: readonly string[];
}

/**
 * Writes a temp file in the same directory (named after the write lock: tempPathOf), then renames it
 * over `file`: a failure at any point leaves the original byte for byte (and removes the temp file). Refuses first, writing nothing, when
 * the folder or the file is read-only, when Excel, WPS or LibreOffice has the file open, or when
 * another ssj command holds its write lock; the lock is held until the rename is done.
 */
export async function writeFileAtomic(
  file: string, data: Uint8Array, ops: FileOps = nodeFileOps, options: AtomicWriteOptions = {},
): Promise<void> {
  const target = path.resolve(file);
  await refuseUnsafeTarget(target);
  const lock = await lockForWriting([target, ...(options.alsoLock ?? [])]);
  try {
    const temp = tempPathOf(target, lock.tokens.get(target)!);
    const mode = await fs.stat(target).then((s) => s.mode & 0o777, () => undefined);
    let tempWritten = false;
    try {
      await ops.writeFile(temp, data, mode);
      tempWritten = true;
      await options.beforeRename?.();
      await ops.rename(temp, target);
    } catch (cause) {
      await ops.unlink(temp).catch(() => undefined);
      if (cause instanceof UserFacingError) throw cause;
      // No new file may be made in the folder: name the folder, not the workbook.
      const denied = ['EACCES', 'EPERM', 'EROFS'].includes((cause as NodeJS.ErrnoException | undefined)?.code ?? '');
      if (denied && !tempWritten) {
        throw new UserFacingError([error('file.folder-read-only', fileMessages.folderReadOnly(path.dirname(target)))]);
      }
      throw new UserFacingError([fileProblem(file, cause, true)]);
    }
  } finally {
    await lock.release();
  }
}

export async function saveXlsxFile(book: XlsxWorkbook, file: string, ops: FileOps = nodeFileOps): Promise<void> {
  await writeFileAtomic(file, await book.toBuffer(), ops);
}

interface StreamedSheet {
  name: string;
  [Symbol.asyncIterator](): AsyncIterator<{ number: number; values: unknown }>;
}

/** The sheet's values, up to row `maxRows`: a longer sheet is left unread from there on. */
async function streamSheetValues(sheet: StreamedSheet, maxRows: number): Promise<SheetValues> {
  const rows: CellValue[][] = [];
  let width = 0;
  let count = 0;
  for await (const row of sheet) {
    if (row.number > maxRows) {
      discard(sheet);
      break;
    }
    const raw = row.values as unknown[];
    const cells: CellValue[] = [];
    for (let col = 1; col < raw.length; col++) {
      const value = toCellValue(raw[col]);
      if (value !== null) cells[col - 1] = value;
    }
    if (cells.length === 0) continue;
    rows[row.number - 1] = cells;
    width = Math.max(width, cells.length);
    if (++count % ROWS_PER_EVENT === 0) fileProgress({ stage: 'reading', sheet: sheet.name, rows: count });
  }
  if (count >= ROWS_PER_EVENT) fileProgress({ stage: 'read', sheet: sheet.name, rows: count });
  return rectangular(rows, width);
}

async function streamSheets(
  file: string,
  wanted: ReadonlySet<string>,
  result: Map<string, SheetValues>,
  progress: ProgressReporter | undefined,
  maxRows: number,
): Promise<void> {
  // Styles are read so that date cells (in either date system) arrive as dates, not bare numbers.
  const reader = new excelStream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as AsyncIterable<StreamedSheet>;
  for await (const sheet of reader) {
    if (!wanted.has(sheet.name) || result.has(sheet.name)) {
      discard(sheet);
      continue;
    }
    try {
      result.set(sheet.name, await streamSheetValues(sheet, maxRows));
    } catch (cause) {
      if (cause instanceof IncompletePartError) throw damaged(file, sheet.name);
      throw cause;
    }
    progress?.(result.size, wanted.size, sheet.name);
  }
}

/** A file whose zip is intact but one of whose parts was cut short: it must not be read as if whole. */
function damaged(file: string, sheet?: string, part?: string): UserFacingError {
  const message = sheet !== undefined ? fileMessages.sheetDamaged(file, sheet) : fileMessages.partDamaged(file, part ?? '');
  return new UserFacingError([error('file.damaged', message, sheet)]);
}

/** The same, found while building a workbook to write: nothing is written from it. */
function damagedNotWritten(file: string, cause: IncompletePartError): UserFacingError {
  return new UserFacingError([error('file.damaged', fileMessages.damagedNotWritten(file, cause.part, cause.sheet), cause.sheet)]);
}

/**
 * ExcelJS parks a sheet that comes before the shared strings in a temp file, opens a read stream on
 * it, and deletes the file as soon as the caller moves past the sheet without reading it. The stream
 * is still opening then, and its ENOENT would surface as an uncaught error in whatever runs next:
 * a skipped sheet's stream is closed here, with its error silenced.
 */
function discard(sheet: StreamedSheet): void {
  // xlsx-node-patch wraps the sheet's stream in a decoder that keeps it as `source`.
  const iterator = (sheet as unknown as { iterator?: { source?: unknown } }).iterator;
  const source = iterator?.source ?? iterator;
  if (source instanceof Readable) {
    source.on('error', () => undefined);
    source.destroy();
  }
}

/** Product sheets the in-place writer appends to, besides the snapshot chain. */
const PLAIN_PRODUCT_SHEETS: ReadonlySet<string> = new Set([SHEETS.results, SHEETS.log]);

/**
 * A read-only WorkbookPort streaming an .xlsx from disk with ExcelJS's WorkbookReader: it keeps only
 * the values of the sheets asked for (about a third of the memory of a full load). `apply` throws.
 */
export class XlsxFileReader implements WorkbookPort {
  private sheetNames: string[] | undefined;

  constructor(readonly file: string) {}

  /** From the zip directory and xl/workbook.xml alone: no sheet is inflated. */
  async listSheets(): Promise<string[]> {
    if (!this.sheetNames) {
      try {
        this.sheetNames = await readSheetNames(this.file);
      } catch (cause) {
        throw new UserFacingError([fileProblem(this.file, cause instanceof NotAnXlsxError ? undefined : cause)]);
      }
    }
    return [...this.sheetNames];
  }

  /** Streams the sheets; with `maxRows`, a sheet's rows below it are not parsed (a header of a long sheet). */
  async readSheets(names: readonly string[], progress?: ProgressReporter, options: ReadOptions = {}): Promise<Map<string, SheetValues>> {
    const present = new Set(await this.listSheets());
    const wanted = new Set(names.filter((name) => present.has(name)));
    const result = new Map<string, SheetValues>();
    if (wanted.size === 0) return result;
    const plain = options.maxRows === undefined ? await this.readPlainSheets([...wanted]) : new Map<string, SheetValues>();
    for (const name of plain.keys()) wanted.delete(name);
    try {
      if (wanted.size > 0) await streamSheets(this.file, wanted, result, progress, options.maxRows ?? Infinity);
    } catch (cause) {
      // A damaged file is reported as such: the full model would only fail with a vaguer message.
      if (cause instanceof UserFacingError) throw cause;
      if (cause instanceof IncompletePartError) throw damaged(this.file, undefined, cause.part);
      result.clear();
    }
    // ExcelJS's streaming reader fails or misnames sheets when xl/workbook.xml comes late in the zip:
    // the full model then reads what it missed (or explains why the file cannot be read).
    const missed = [...wanted].filter((name) => !result.has(name));
    if (missed.length > 0) {
      const book = await openXlsxFile(this.file);
      for (const [name, values] of await book.readSheets(missed)) result.set(name, values);
    }
    for (const [name, values] of plain) result.set(name, values);
    // Keep the caller's order.
    const trim = (values: SheetValues) => (options.maxRows === undefined ? values : values.slice(0, options.maxRows));
    return new Map(names.filter((name) => result.has(name)).map((name) => [name, trim(result.get(name)!)]));
  }

  /**
   * 抽取快照 and its continuations, 抽查结果 and 抽取日志 read without ExcelJS where their cells are plain
   * (readPlainSheet), as the in-place writer writes them: verify reads a registry's worth of snapshot
   * rows per draw, and every save reads its new rows back. Sheets that are not plain are left to ExcelJS.
   */
  private async readPlainSheets(names: readonly string[]): Promise<Map<string, SheetValues>> {
    const read = new Map<string, SheetValues>();
    const chain = names.filter((name) => snapshotSheetNumber(name) !== undefined || PLAIN_PRODUCT_SHEETS.has(name));
    if (chain.length === 0) return read;
    let pkg: XlsxPackage;
    let parts: Map<string, string>;
    try {
      pkg = XlsxPackage.open(await readBytes(this.file));
      parts = worksheetParts(pkg);
    } catch {
      return read;
    }
    for (const name of chain) {
      const part = parts.get(name.toLowerCase());
      try {
        const values = part ? readPlainSheet(pkg, name, part) : undefined;
        if (values) read.set(name, values);
      } catch {
        // Left to ExcelJS, which names what is wrong with the part.
      }
    }
    return read;
  }

  async apply(_changes: readonly WorkbookChange[]): Promise<void> {
    throw new Error('XlsxFileReader is read-only: open the file with openXlsxFile to write');
  }
}

/**
 * The port for commands that read a workbook and then append to it (draw, void). Reads stream like
 * XlsxFileReader's; `apply` checks the changes and keeps them; `save` rewrites only the sheets that
 * grow, and adds the sheets a draw creates on a workbook without them (applyInPlace). Any other
 * change, or a file the in-place writer refuses, takes ExcelJS's full load and save of everything,
 * as openXlsxFile does. Reads after an apply see the changes (through the full load).
 */
export class XlsxAppendingFile implements WorkbookPort {
  private readonly reader: XlsxFileReader;
  private readonly pending: WorkbookChange[] = [];
  private full: XlsxWorkbook | undefined;
  /** How the last save was written, and why not in place (for the bench and the tests). */
  lastSave: { mode: 'in-place' | 'full'; reason?: string } | undefined;

  private constructor(
    readonly file: string,
    private readonly original: Buffer,
  ) {
    this.reader = new XlsxFileReader(file);
  }

  /** Keeps the file's bytes: the save appends to exactly what was read, or refuses. */
  static async open(file: string): Promise<XlsxAppendingFile> {
    const book = new XlsxAppendingFile(file, await readBytes(file));
    await book.listSheets();
    return book;
  }

  listSheets(): Promise<string[]> {
    return this.pending.length > 0 ? this.loaded().then((book) => book.listSheets()) : this.reader.listSheets();
  }

  async readSheets(names: readonly string[], progress?: ProgressReporter, options?: ReadOptions): Promise<Map<string, SheetValues>> {
    if (this.pending.length > 0) return (await this.loaded()).readSheets(names, progress, options);
    return this.reader.readSheets(names, progress, options);
  }

  /** Checks the whole list as the ExcelJS adapter does (UserFacingError, nothing kept), then keeps it. */
  async apply(changes: readonly WorkbookChange[], progress?: ProgressReporter): Promise<void> {
    if (this.full) return this.full.apply(changes, progress);
    const sheets = (await this.reader.listSheets()).map((name) => ({ name, visible: true }));
    planChanges(sheets, [...this.pending, ...changes]);
    pushAll(this.pending, changes);
    progress?.(changes.length, changes.length);
  }

  /**
   * Builds the new bytes, then writes them atomically to `target` under the write lock of both files
   * (no caller has to release anything: the lock lives only inside this call). The file is compared
   * with the bytes read at open after the temp file is written, immediately before the rename: if it
   * changed on disk meanwhile, nothing is written.
   */
  async save(target: string, ops: FileOps = nodeFileOps): Promise<void> {
    const bytes = await this.bytes();
    await writeFileAtomic(target, bytes, ops, {
      alsoLock: [this.file],
      beforeRename: async () => {
        const current = await readBytes(this.file);
        if (!current.equals(this.original)) {
          throw new UserFacingError([error('file.changed', cliMessages.fileChangedMeanwhile(this.file))]);
        }
      },
    });
  }

  private async bytes(): Promise<Uint8Array> {
    if (this.full) {
      this.lastSave = { mode: 'full', reason: 'changes read back before saving' };
      const bytes = await this.full.toBuffer();
      await checkReadBack(bytes, this.pending, (file) => new XlsxFileReader(file));
      return bytes;
    }
    if (this.pending.length === 0) {
      this.lastSave = { mode: 'in-place' };
      return this.original;
    }
    let bytes: Uint8Array;
    try {
      bytes = await applyInPlace(this.original, this.pending);
      this.lastSave = { mode: 'in-place' };
    } catch (cause) {
      if (cause instanceof IncompletePartError) throw damagedNotWritten(this.file, cause);
      if (!(cause instanceof CannotAppendInPlace)) throw cause;
      this.lastSave = { mode: 'full', reason: cause.message };
      bytes = await (await this.loaded()).toBuffer();
    }
    fileProgress({ stage: 'reading-back' });
    await checkReadBack(bytes, this.pending, (file) => new XlsxFileReader(file));
    return bytes;
  }

  /**
   * The full ExcelJS model with the kept changes applied. A file with a part cut short is refused
   * first: ExcelJS would fail on some such parts without naming them and read others as if whole.
   */
  private async loaded(): Promise<XlsxWorkbook> {
    if (!this.full) {
      const incomplete = incompletePartOf(this.original);
      if (incomplete) throw damagedNotWritten(this.file, incomplete);
      let book: XlsxWorkbook;
      try {
        book = await XlsxWorkbook.fromBuffer(withRelativeTargets(this.original));
      } catch {
        throw new UserFacingError([fileProblem(this.file, undefined)]);
      }
      await book.apply(this.pending);
      this.full = book;
    }
    return this.full;
  }
}
