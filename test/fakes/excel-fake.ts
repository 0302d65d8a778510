// A fake of the Excel JavaScript API subset the Office adapter uses (src/workbook/office*.ts), faithful
// where the adapter's correctness depends on it:
// - commands queue on the context and run only at context.sync(), in order; loaded properties throw
//   until their load() has been synced; a batch that ends with unsynced commands is an error;
// - every sync records its request bytes (JSON of the values, formats and arguments written, plus a
//   small cost per command) and its response bytes (JSON of what was loaded); above `payloadLimit`
//   the sync fails with RequestPayloadSizeLimitExceeded (nothing runs) or
//   ResponsePayloadSizeLimitExceeded, as Excel on the web does above 5 MB;
// - a string written to a cell whose format is not '@' is converted as Excel converts it (excel-fake-sheet);
// - as strict as Excel where Excel refuses (each refusal happens at sync, after the commands before it ran):
//   a member above the simulated host's ExcelApi set fails with ApiNotFound; inside a mergeUndoGroup run a
//   member the undo page lists fails with UndoNotSupported; a write to a protected sheet, or a sheet
//   added, hidden or deleted in a workbook whose structure is protected, fails with AccessDenied; while
//   the user edits a cell every batch fails with InvalidOperationInCellEditMode unless it was run with
//   delayForCellEdit (then it waits for the edit to end); a table grows over values written below it;
// - `failAfterWrites` injects a failure after a given number of write commands, for rollback tests.
import type { CellValue } from '../../src/core/text';
import type { ExcelRunner } from '../../src/workbook/office';
import { FakeExcelError, FakeSheet, FakeTable, parseRect } from './excel-fake-sheet';
import { FakeProtection, FakeWorksheets, type FakeHost } from './excel-fake-proxies';
import { HOSTS, requireApi, requireUndoable, supportsOn, type FakeHostProfile } from './excel-fake-hosts';
import type { GuardTarget } from './excel-fake-base';

export { FakeExcelError, FakeSheet, FakeTable } from './excel-fake-sheet';
export { HOSTS, SUPPORTED_HOSTS, type FakeHostProfile } from './excel-fake-hosts';

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
  /** The simulated Excel; Microsoft 365 desktop (ExcelApi 1.20) by default. */
  host?: FakeHostProfile;
}

interface RunState {
  mergeUndoGroup: boolean;
  delayForCellEdit: boolean;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly syncLog: SyncRecord[] = [];
  readonly runOptions: unknown[] = [];
  payloadLimit: number;
  nullChaining: 'propagate' | 'throw';
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  readonly profile: FakeHostProfile;
  /** Workbook structure protection (审阅 › 保护工作簿). */
  workbookProtected = false;
  /** The user is typing in a cell. */
  cellEditMode = false;
  /** The user starts editing a cell just before this sync (1-based count of all syncs). */
  enterCellEditAtSync: number | null = null;
  /** Batches that waited for a cell edit to end (delayForCellEdit). */
  waitedForCellEdit = 0;
  /** Write commands run so far; with failAfterWrites set, the next one past it fails once. */
  writesRun = 0;
  failAfterWrites: number | null = null;
  failWith = 'GeneralException';
  /** Runs when the injected failure fires (e.g. the user starts editing a cell right then). */
  onInjectedFailure: (() => void) | null = null;
  private tableCount = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
    this.nullChaining = options.nullChaining ?? 'propagate';
    this.profile = options.host ?? HOSTS.m365;
  }

  /** Office.context.requirements.isSetSupported on this host. */
  get supports(): (set: string, version: string) => boolean {
    return supportsOn(this.profile);
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
    const options = (typeof first === 'function' ? undefined : first) as Record<string, unknown> | undefined;
    this.runOptions.push(options);
    const state: RunState = { mergeUndoGroup: options?.mergeUndoGroup === true, delayForCellEdit: options?.delayForCellEdit === true };
    const context = new FakeContext(this, state);
    const result = await batch(context);
    if (context.pending > 0) throw new Error('fake Excel: the batch ended with commands that were never synced');
    return result;
  }) as unknown as ExcelRunner;

  /** Before a sync runs anything: options above the host's set, and the cell-edit mode. */
  beforeSync(state: RunState): void {
    if (state.mergeUndoGroup) requireApi(this.profile, '1.20', 'RunOptions.mergeUndoGroup');
    if (state.delayForCellEdit) requireApi(this.profile, '1.11', 'RunOptions.delayForCellEdit');
    if (this.enterCellEditAtSync !== null && this.syncLog.length + 1 >= this.enterCellEditAtSync) {
      this.enterCellEditAtSync = null;
      this.cellEditMode = true;
    }
    if (!this.cellEditMode) return;
    if (!state.delayForCellEdit) {
      throw new FakeExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    this.waitedForCellEdit++; // the batch waits until the user presses Enter or Esc
    this.cellEditMode = false;
  }

  /** Counts a write command; fails it when an injected failure is due. */
  countWrite(): void {
    if (this.failAfterWrites !== null && this.writesRun >= this.failAfterWrites) {
      this.failAfterWrites = null;
      this.onInjectedFailure?.();
      throw new FakeExcelError(this.failWith, `injected failure after ${this.writesRun} writes`);
    }
    this.writesRun++;
  }

  guard(state: RunState, member: string, version: string, target: GuardTarget = {}): void {
    requireApi(this.profile, version, member);
    if (state.mergeUndoGroup) requireUndoable(this.profile, member);
    if (target.sheet?.protected) {
      throw new FakeExcelError('AccessDenied', `${member}: the sheet ${target.sheet.name} is protected`);
    }
    if (target.structure && this.workbookProtected) {
      throw new FakeExcelError('AccessDenied', `${member}: the workbook structure is protected`);
    }
  }

  host(enqueue: FakeHost['enqueue'], state: RunState = { mergeUndoGroup: false, delayForCellEdit: false }): FakeHost {
    return {
      enqueue,
      guard: (member, version, target) => this.guard(state, member, version, target),
      find: (name) => this.find(name),
      addSheet: (name) => this.addSheet(name),
      deleteSheet: (sheet) => this.sheets.splice(this.sheets.indexOf(sheet), 1),
      sheetNames: () => this.sheets.map((s) => s.name),
      nullChaining: this.nullChaining,
      nextTableName: () => this.nextTableName(),
      setActive: (sheet) => (this.activeSheet = sheet.name),
      setSelection: (sheet, address) => (this.selection = { sheet, address }),
    };
  }
}

type Command = { bytes: number; write: boolean; run: () => void | { bytes: number; commit: () => void } };

class FakeContext {
  readonly workbook: { worksheets: FakeWorksheets; protection: FakeProtection };
  private queue: Command[] = [];

  constructor(
    private readonly excel: FakeExcel,
    private readonly state: RunState,
  ) {
    const host = excel.host(
      (bytes, run, kind = 'write') => this.queue.push({ bytes: COMMAND_BYTES + bytes, write: kind === 'write', run }),
      state,
    );
    this.workbook = {
      worksheets: new FakeWorksheets(host),
      protection: new FakeProtection(host, 'Workbook.protection', '1.7', () => excel.workbookProtected),
    };
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    const limit = this.excel.payloadLimit;
    const record: SyncRecord = { request: 0, response: 0, rejected: false };
    try {
      this.excel.beforeSync(this.state);
    } catch (e) {
      record.rejected = true;
      this.excel.syncLog.push(record);
      throw e;
    }
    this.excel.syncLog.push(record);
    record.request = commands.reduce((sum, c) => sum + c.bytes, 0);
    if (record.request > limit) {
      record.rejected = true;
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const commits: Array<() => void> = [];
    for (const command of commands) {
      if (command.write) this.excel.countWrite();
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
