// The WorkbookPort over Office.js (Excel.run), for the task pane. Reads and writes are packed into few
// context.sync() calls under Excel on the web's 5 MB payload limit (office-batch.ts): a draw costs a
// probe, a table probe and one sync per ~4 MB written, whatever the size of the registry it read.
//
// Real Excel's rules (issue 15):
// - ExcelApi 1.7 is the floor (office-capabilities.ts): below it every call is refused up front with a
//   Chinese message. Above it each feature is guarded by isSetSupported and has a fallback.
// - An apply checks the whole change list first (sheets exist and are not protected, addresses, row limit),
//   and nothing is written when a check fails. Excel itself can still refuse partway (a cell being edited,
//   a feature missing, a sheet protected meanwhile); then what this apply wrote is taken back
//   (office-repair.ts) and the pane says why; if even that fails, the next call tries again first.
// - A change list runs as at most two Excel.run calls: creating and hiding sheets (Worksheet.visibility
//   cannot be undone on Windows and Mac, so it must stay out of an undo group), then the data writes, as one
//   undo group where ExcelApi 1.20 allows. So one Ctrl+Z takes a whole draw back, never half of it; the
//   pane and README say that an undone draw leaves no trace and that the published 本条哈希 is what counts.
// - Every run waits for a cell edit to end where ExcelApi 1.11 allows (delayForCellEdit).
//
// The module must load in Node without Office.js: `Excel` and `Office` are only touched inside calls.
import type { ChartSpec, ProgressReporter, ReadOptions, SheetValues, WorkbookChange, WorkbookPort } from './port';
import { placeChart } from './office-report';
import { UserFacingError } from '../core/messages/problem';
import { officeMessages } from '../core/messages/office';
import { PAYLOAD_BUDGET_BYTES, SyncRunner } from './office-batch';
import { lastValueRows, limitRows, probeSheets, probeTables, readProbedSheets, totalRows } from './office-read';
import { placeWithinRowLimit } from './row-limit';
import { planChanges, sheetOf, type Plan } from './office-plan';
import { BASE_SET, hostCapabilities, officeSupports, type HostCapabilities, type RequirementCheck } from './office-capabilities';
import { asUserFacing, excelErrorCode, excelProblem } from './office-errors';
import { dropDownOps } from './office-dropdowns';
import { addToRecord, clearDataWrites, emptyRecord, recordCellsBefore, recordPlaces, rollBack, type WriteRecord } from './office-repair';

export { officeHostCapabilities, officeSupports, type RequirementCheck } from './office-capabilities';

/** The two forms of Excel.run this adapter uses. */
export interface ExcelRunner {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface OfficeWorkbookOptions {
  /** Requirement-set check; by default Office.context.requirements.isSetSupported, false without Office.js. */
  supports?: RequirementCheck;
  /** Bytes to aim at per sync (request or response); 4 MB by default. */
  payloadBudget?: number;
}

/** What the last call cost, for the benchmark and the tests. */
export interface OfficeRunStats {
  syncs: number;
  largestBatchBytes: number;
}

const excelRun = ((...args: unknown[]) => {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel) return Promise.reject(new UserFacingError([officeMessages.officeNotLoaded()]));
  return (excel.run as (...a: unknown[]) => Promise<unknown>)(...args); // spread-ok: Excel.run's own one or two arguments
}) as ExcelRunner;

type Work<T> = (context: Excel.RequestContext, runner: SyncRunner, expect: (total: number) => void) => Promise<T>;

/** Excel refusals that pass by themselves: a rollback they stopped is tried again before the next call. */
const TRANSIENT_REFUSALS = new Set(['InvalidOperationInCellEditMode', 'ActivityLimitReached', 'ServiceNotAvailable', 'Timeout', 'Conflict']);

const STRUCTURE_KINDS: ReadonlySet<WorkbookChange['kind']> = new Set(['createTableSheet', 'createLayoutSheet', 'hideSheet']);

export class OfficeWorkbook implements WorkbookPort {
  lastStats: OfficeRunStats = { syncs: 0, largestBatchBytes: 0 };
  private readonly supports: RequirementCheck;
  private readonly budget: number;
  /** A rollback Excel refused too: tried again before the next call. */
  private pendingRepair: WriteRecord | null = null;
  /** Whether the last apply's data went in as one undo group (the pane's note after a draw says how to undo). */
  lastApplyOneUndoStep = false;

  constructor(
    private readonly run: ExcelRunner = excelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.supports = options.supports ?? officeSupports;
    this.budget = options.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
  }

  /** What this Excel can do; the pane shows the problems at start. */
  capabilities(): HostCapabilities {
    return hostCapabilities(this.supports);
  }

  async listSheets(): Promise<string[]> {
    return this.batch(false, async (context, runner) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await runner.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  async readSheets(names: readonly string[], progress?: ProgressReporter, options: ReadOptions = {}): Promise<Map<string, SheetValues>> {
    return this.batch(
      false,
      async (context, runner, expect) => {
        const probes = await probeSheets(context, runner, names);
        if (options.maxRows !== undefined) for (const probe of probes.values()) limitRows(probe, options.maxRows);
        expect(totalRows(probes.values()));
        return readProbedSheets(runner, probes.values());
      },
      progress,
    );
  }

  /** The report's fill and its native chart in the same data batch: one undo group (issue 12, office-report.ts). */
  async applyWithChart(changes: readonly WorkbookChange[], chart: ChartSpec, progress?: ProgressReporter): Promise<void> {
    return this.apply(changes, progress, (context, runner) => placeChart(context, runner, chart));
  }

  /** `after` runs in the data batch once its writes are done (applyWithChart's chart). */
  async apply(
    changes: readonly WorkbookChange[], progress?: ProgressReporter,
    after?: (context: Excel.RequestContext, runner: SyncRunner) => Promise<void>,
  ): Promise<void> {
    if (changes.length === 0) return;
    // SPEC §3.8: 抽取快照 goes on to 抽取快照2, … rather than pass Excel's last row (row-limit.ts).
    const continued = changes.flatMap((change) => (change.kind === 'appendRows' && change.continueOn ? [change.sheet] : []));
    if (continued.length > 0) {
      const lastRow = await this.batch(false, (context, runner) => lastValueRows(context, runner, continued));
      changes = await placeWithinRowLimit(changes, lastRow);
    }
    const structure = changes.filter((change) => STRUCTURE_KINDS.has(change.kind));
    const data = changes.filter((change) => !STRUCTURE_KINDS.has(change.kind));
    const record = emptyRecord();
    let writing = false;
    try {
      if (structure.length > 0) {
        await this.batch(false, async (context, runner) => {
          // The whole list is checked here, before anything is created.
          const plan = await this.plan(context, runner, changes, true);
          addToRecord(record, plan.writes, new Map());
          writing = true;
          await runner.run(plan.structureOps);
        });
      }
      if (data.length === 0) return;
      writing = false;
      const mark = () => (writing = true);
      try {
        await this.writeData(data, record, true, mark, progress, after);
      } catch (e) {
        // Excel can refuse a whole undo group (UndoNotSupported: office-js#6491, #6711): the writes are taken
        // back and made again as plain batches, one undo step each. Anything else is taken back below.
        if (!writing || excelErrorCode(e) !== 'UndoNotSupported' || !this.supports('ExcelApi', '1.20')) throw e;
        await this.repair({ ...record, created: [], hidden: [] });
        clearDataWrites(record);
        writing = false;
        await this.writeData(data, record, false, mark, progress, after);
      }
    } catch (e) {
      const wroteSomething = writing || record.created.length > 0;
      if (e instanceof UserFacingError && !wroteSomething) throw e;
      if (!wroteSomething) throw asUserFacing(e);
      throw await this.takeBack(record, e);
    }
  }

  /** The data batch: plan (probes), record what it overwrites, then values, formats, drop-downs, table growth. */
  private async writeData(
    data: readonly WorkbookChange[],
    record: WriteRecord,
    mergeUndo: boolean,
    markWriting: () => void,
    progress?: ProgressReporter,
    after?: (context: Excel.RequestContext, runner: SyncRunner) => Promise<void>,
  ): Promise<void> {
    this.lastApplyOneUndoStep = mergeUndo && this.supports('ExcelApi', '1.20');
    await this.batch(
      mergeUndo,
      async (context, runner, expect) => {
        const plan = await this.plan(context, runner, data, false);
        addToRecord(record, { ...plan.writes, created: [], hidden: [] }, plan.tables);
        await recordCellsBefore(context, runner, record);
        const dropDowns = this.supports('ExcelApi', '1.8') ? await dropDownOps(context, runner, plan.writes.appended) : [];
        const ops = [...plan.ops, ...dropDowns];
        expect(ops.reduce((sum, op) => sum + op.units, 0));
        markWriting();
        await runner.run(ops);
        await after?.(context, runner);
      },
      progress,
      mergeUndo,
    );
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.batch(false, async (context, runner) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await runner.sync();
    });
  }

  /** Probes the sheets the changes touch (existence, used range, protection, tables) and plans them. */
  private async plan(
    context: Excel.RequestContext,
    runner: SyncRunner,
    changes: readonly WorkbookChange[],
    checkWorkbook: boolean,
  ): Promise<Plan & { tables: Map<string, Array<{ name: string; totalsRow: boolean; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }>> }> {
    const appended = new Set(changes.flatMap((change) => (change.kind === 'appendRows' ? [change.sheet] : [])));
    const written = new Set(changes.flatMap((change) => (change.kind === 'appendRows' || change.kind === 'writeCells' ? [change.sheet] : [])));
    const canResizeTables = this.supports('ExcelApi', '1.13');
    // Workbook.protection is ExcelApi 1.7; structure protection refuses adding and hiding sheets.
    const workbookProtection = checkWorkbook ? context.workbook.protection : undefined;
    workbookProtection?.load('protected');
    const probes = await probeSheets(context, runner, changes.map(sheetOf), { withTables: appended, withProtection: written });
    const withTables = [...appended].flatMap((name) => {
      const probe = probes.get(name);
      return probe?.exists && probe.tableNames.length > 0 ? [probe] : [];
    });
    const tables = await probeTables(context, runner, withTables);
    const plan = planChanges({
      changes,
      probes,
      tables,
      canResizeTables,
      features: { dataValidation: this.supports('ExcelApi', '1.8'), autoFilter: this.supports('ExcelApi', '1.9') },
    });
    const problems = [...plan.problems];
    if (workbookProtection?.protected && plan.structureOps.length > 0) problems.unshift(officeMessages.workbookProtected());
    if (problems.length > 0) throw new UserFacingError(problems);
    return { ...plan, tables };
  }

  /** After Excel refused partway: restore what this apply wrote; the error to throw says why and what happened. */
  private async takeBack(record: WriteRecord, cause: unknown): Promise<unknown> {
    const reason = cause instanceof UserFacingError ? cause.problems : [excelProblem(cause) ?? officeMessages.excelRefused(undefined, String(cause))];
    try {
      await this.repair(record);
      return new UserFacingError([...reason, officeMessages.rolledBack()]);
    } catch {
      this.pendingRepair = record;
      return new UserFacingError([...reason, officeMessages.repairPending(recordPlaces(record))]);
    }
  }

  private async repair(record: WriteRecord): Promise<void> {
    await this.run(this.runOptions(false), async (context) => {
      const runner = new SyncRunner(context, this.budget);
      await rollBack(context, runner, record, this.supports('ExcelApi', '1.13'));
    });
  }

  private runOptions(mergeUndo: boolean): Excel.RunOptions {
    const options: Excel.RunOptions = {};
    // RunOptions.delayForCellEdit (ExcelApi 1.11): wait for the user to leave a cell instead of failing.
    if (this.supports('ExcelApi', '1.11')) options.delayForCellEdit = true;
    // RunOptions.mergeUndoGroup (ExcelApi 1.20): "When true, all context.sync() calls within a single
    // Excel.run are merged into one undo group" (learn.microsoft.com/javascript/api/excel/excel.runoptions).
    if (mergeUndo && this.supports('ExcelApi', '1.20')) options.mergeUndoGroup = true;
    return options;
  }

  /**
   * One Excel.run: refused up front below ExcelApi 1.7; a rollback left pending by an earlier call first;
   * Excel's own refusals come out as Chinese problems.
   */
  private async batch<T>(mergeUndo: boolean, work: Work<T>, progress?: ProgressReporter, rawErrors = mergeUndo): Promise<T> {
    if (!this.supports('ExcelApi', BASE_SET)) {
      const loaded = (globalThis as { Office?: unknown }).Office !== undefined;
      throw new UserFacingError([loaded ? officeMessages.hostTooOld() : officeMessages.officeNotLoaded()]);
    }
    if (this.pendingRepair) {
      const record = this.pendingRepair;
      try {
        await this.repair(record);
        this.pendingRepair = null;
      } catch (e) {
        // Tried again at the next call only while the cause may pass (a cell edit, a busy service):
        // a lasting refusal is said once, so the pane never stays stuck behind it.
        if (!TRANSIENT_REFUSALS.has(excelErrorCode(e) ?? '')) this.pendingRepair = null;
        const reason = excelProblem(e) ?? officeMessages.excelRefused(undefined, String(e));
        throw new UserFacingError([reason, officeMessages.repairPending(recordPlaces(record))]);
      }
    }
    let total = 0;
    const body = async (context: Excel.RequestContext): Promise<T> => {
      const runner = new SyncRunner(context, this.budget, (done, label) => progress?.(done, total, label));
      try {
        return await work(context, runner, (units) => (total = units));
      } finally {
        this.lastStats = { syncs: runner.syncs, largestBatchBytes: runner.largestBatchBytes };
      }
    };
    const options = this.runOptions(mergeUndo);
    try {
      return Object.keys(options).length > 0 ? await this.run(options, body) : await this.run(body);
    } catch (e) {
      if (rawErrors) throw e; // apply() decides: refused before writing, retried, or taken back
      throw asUserFacing(e);
    }
  }
}
