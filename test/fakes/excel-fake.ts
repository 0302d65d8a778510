// A fake of the Excel JavaScript API subset the Office adapter uses (src/workbook/office*.ts), faithful
// where the adapter's correctness depends on it:
// - commands queue on the context and run only at context.sync(), in order; loaded properties throw
//   until their load() has been synced; a batch that ends with unsynced commands is an error;
// - every sync records its request bytes (JSON of the values, formats and arguments written, plus a
//   small cost per command) and its response bytes (JSON of what was loaded); above `payloadLimit`
//   the sync fails with RequestPayloadSizeLimitExceeded (nothing runs) or
//   ResponsePayloadSizeLimitExceeded, as Excel on the web does above 5 MB;
// - a numeric-looking string written to a cell whose format is not '@' becomes a number.
import type { CellValue } from '../../src/core/text';
import type { ExcelRunner } from '../../src/workbook/office';
import { FakeExcelError, FakeSheet, FakeTable, parseRect } from './excel-fake-sheet';
import { FakeWorksheets, type FakeHost } from './excel-fake-proxies';

export { FakeExcelError, FakeSheet, FakeTable } from './excel-fake-sheet';

const COMMAND_BYTES = 64;
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SyncRecord {
  request: number;
  response: number;
  rejected: boolean;
}

export interface FakeExcelOptions {
  payloadLimit?: number;
  /** 'throw': a method called on a null worksheet fails the sync (as some hosts might). */
  nullChaining?: 'propagate' | 'throw';
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly syncLog: SyncRecord[] = [];
  readonly runOptions: unknown[] = [];
  payloadLimit: number;
  nullChaining: 'propagate' | 'throw';
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  private tableCount = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
    this.nullChaining = options.nullChaining ?? 'propagate';
  }

  addSheet(name: string, rows: readonly CellValue[][] = []): FakeSheet {
    if (this.find(name)) throw new FakeExcelError('ItemAlreadyExists', `sheet ${name} exists`);
    const sheet = new FakeSheet(name).put(rows);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Test setup: a table over an existing range (header in its first row). */
  addTable(sheet: string, address: string): FakeTable {
    const table = new FakeTable(this.nextTableName(), parseRect(address));
    this.sheet(sheet).tables.push(table);
    return table;
  }

  find(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === key);
  }

  sheet(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  get syncs(): number {
    return this.syncLog.length;
  }
  get rejectedSyncs(): number {
    return this.syncLog.filter((s) => s.rejected).length;
  }
  /** The largest request and response among syncs Excel accepted. */
  get largestRequest(): number {
    return Math.max(0, ...this.syncLog.filter((s) => !s.rejected).map((s) => s.request));
  }
  get largestResponse(): number {
    return Math.max(0, ...this.syncLog.filter((s) => !s.rejected).map((s) => s.response));
  }

  resetCounters(): void {
    this.syncLog.length = 0;
    this.runOptions.length = 0;
  }

  nextTableName(): string {
    return `Table${++this.tableCount}`;
  }

  /** Excel.run(batch) and Excel.run(options, batch). */
  readonly run = (async (first: unknown, second?: unknown): Promise<unknown> => {
    const batch = (typeof first === 'function' ? first : second) as (context: unknown) => Promise<unknown>;
    this.runOptions.push(typeof first === 'function' ? undefined : first);
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending > 0) throw new Error('fake Excel: the batch ended with commands that were never synced');
    return result;
  }) as unknown as ExcelRunner;

  host(enqueue: FakeHost['enqueue']): FakeHost {
    return {
      enqueue,
      find: (name) => this.find(name),
      addSheet: (name) => this.addSheet(name),
      sheetNames: () => this.sheets.map((s) => s.name),
      nullChaining: this.nullChaining,
      nextTableName: () => this.nextTableName(),
      setActive: (sheet) => (this.activeSheet = sheet.name),
      setSelection: (sheet, address) => (this.selection = { sheet, address }),
    };
  }
}

type Command = { bytes: number; run: () => void | { bytes: number; commit: () => void } };

class FakeContext {
  readonly workbook: { worksheets: FakeWorksheets };
  private queue: Command[] = [];

  constructor(private readonly excel: FakeExcel) {
    const host = excel.host((bytes, run) => this.queue.push({ bytes: COMMAND_BYTES + bytes, run }));
    this.workbook = { worksheets: new FakeWorksheets(host) };
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    const limit = this.excel.payloadLimit;
    const record: SyncRecord = { request: 0, response: 0, rejected: false };
    this.excel.syncLog.push(record);
    record.request = commands.reduce((sum, c) => sum + c.bytes, 0);
    if (record.request > limit) {
      record.rejected = true;
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const commits: Array<() => void> = [];
    for (const command of commands) {
      const outcome = command.run();
      if (outcome && typeof outcome.commit === 'function') {
        record.response += outcome.bytes;
        commits.push(outcome.commit);
      }
    }
    if (record.response > limit) {
      record.rejected = true;
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const commit of commits) commit();
  }
}
