// The WorkbookPort over Office.js (Excel.run), for the task pane. Reads and writes are packed into few
// context.sync() calls under Excel on the web's 5 MB payload limit (office-batch.ts): a draw costs a
// probe, a table probe and one sync per ~4 MB written, whatever the size of the registry it read.
//
// Failure mid-apply: Excel cannot roll back a sync that already ran. The use cases compute everything
// before calling apply, and apply checks the whole change list (office-plan.ts) before its first write,
// so what can still fail is the host itself (the workbook closed, a sheet renamed meanwhile). Where
// ExcelApi 1.20 is available the whole apply is one undo group, so the clerk can take it back with one Ctrl+Z.
//
// The module must load in Node without Office.js: `Excel` and `Office` are only touched inside calls.
import type { ProgressReporter, ReadOptions, SheetValues, WorkbookChange, WorkbookPort } from './port';
import { UserFacingError } from '../core/messages/problem';
import { officeMessages } from '../core/messages/office';
import { PAYLOAD_BUDGET_BYTES, SyncRunner } from './office-batch';
import { probeSheets, probeTables, readProbedSheets, type SheetProbe } from './office-read';
import { planChanges, sheetOf } from './office-plan';

/** The two forms of Excel.run this adapter uses. */
export interface ExcelRunner {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export type RequirementCheck = (set: string, version: string) => boolean;

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

function officeSupports(set: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported(set, version) ?? false;
  } catch {
    return false;
  }
}

type Work<T> = (context: Excel.RequestContext, runner: SyncRunner, expect: (total: number) => void) => Promise<T>;

export class OfficeWorkbook implements WorkbookPort {
  lastStats: OfficeRunStats = { syncs: 0, largestBatchBytes: 0 };
  private readonly supports: RequirementCheck;
  private readonly budget: number;

  constructor(
    private readonly run: ExcelRunner = excelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.supports = options.supports ?? officeSupports;
    this.budget = options.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
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

  async apply(changes: readonly WorkbookChange[], progress?: ProgressReporter): Promise<void> {
    if (changes.length === 0) return;
    await this.batch(
      true,
      async (context, runner, expect) => {
        const appended = new Set(changes.flatMap((change) => (change.kind === 'appendRows' ? [change.sheet] : [])));
        const canResizeTables = this.supports('ExcelApi', '1.13');
        const probes = await probeSheets(context, runner, changes.map(sheetOf), canResizeTables ? appended : new Set());
        const withTables = [...appended].flatMap((name) => {
          const probe = probes.get(name);
          return probe?.exists && probe.tableNames.length > 0 ? [probe] : [];
        });
        const tables = await probeTables(context, runner, withTables);
        const { ops, problems } = planChanges({ changes, probes, tables, canResizeTables });
        if (problems.length > 0) throw new UserFacingError(problems);
        expect(ops.reduce((sum, op) => sum + op.units, 0));
        await runner.run(ops);
      },
      progress,
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

  /**
   * One Excel.run. `mergeUndoGroup` (Excel.RunOptions, ExcelApi 1.20): "When true, all context.sync() calls
   * within a single Excel.run are merged into one undo group" (learn.microsoft.com/javascript/api/excel/
   * excel.runoptions); older hosts get a plain run and one undo step per sync.
   */
  private async batch<T>(mergeUndo: boolean, work: Work<T>, progress?: ProgressReporter): Promise<T> {
    let total = 0;
    const body = async (context: Excel.RequestContext): Promise<T> => {
      const runner = new SyncRunner(context, this.budget, (done, label) => progress?.(done, total, label));
      try {
        return await work(context, runner, (units) => (total = units));
      } finally {
        this.lastStats = { syncs: runner.syncs, largestBatchBytes: runner.largestBatchBytes };
      }
    };
    if (mergeUndo && this.supports('ExcelApi', '1.20')) return this.run({ mergeUndoGroup: true }, body);
    return this.run(body);
  }
}

function totalRows(probes: Iterable<SheetProbe>): number {
  let rows = 0;
  for (const probe of probes) rows += probe.used ? probe.used.rowIndex + probe.used.rowCount : 0;
  return rows;
}

/** Keeps a probed used range within the first `maxRows` rows, so only those are read. */
function limitRows(probe: SheetProbe, maxRows: number): void {
  if (!probe.used) return;
  const rowCount = Math.min(probe.used.rowCount, maxRows - probe.used.rowIndex);
  probe.used = rowCount > 0 ? { ...probe.used, rowCount } : null;
}
