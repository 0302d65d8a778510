// Reading through Office.js: which sheets exist and how far their values reach (one sync), then the
// values themselves in row slices sized to the response budget.
import type { SheetValues } from './port';
import type { CellValue } from '../core/text';
import {
  COMMAND_BYTES,
  MAX_CELLS_PER_RANGE,
  SliceOp,
  SyncRunner,
  cellJsonBytes,
  isPayloadLimitError,
  type SlicePlan,
} from './office-batch';

/** 0-based bounds of a range, as Excel.Range reports them. */
export interface RangeBounds {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface SheetProbe {
  name: string;
  exists: boolean;
  /** The used range counting values only (formats and drop-downs do not make a row "used"); null when empty. */
  used: RangeBounds | null;
  tableNames: string[];
  /** 'Visible', 'Hidden' or 'VeryHidden' (ExcelApi 1.1). */
  visibility?: string;
  /** Worksheet protection on (ExcelApi 1.2), when asked for: Excel refuses every write to the sheet. */
  protected?: boolean;
}

export interface ProbeOptions {
  /** Sheets whose table names are wanted. */
  withTables?: ReadonlySet<string>;
  /** Sheets whose protection is wanted (the ones to be written). */
  withProtection?: ReadonlySet<string>;
}

const BOUNDS = 'rowIndex,columnIndex,rowCount,columnCount';

/**
 * One sync: existence and visibility, used range (values only, ExcelApi 1.4) and, as asked, table names
 * and protection. A host that refuses calls chained on a null worksheet costs two more syncs, never a failure.
 */
export async function probeSheets(
  context: Excel.RequestContext,
  runner: SyncRunner,
  names: readonly string[],
  options: ProbeOptions = {},
): Promise<Map<string, SheetProbe>> {
  const unique = [...new Set(names)];
  try {
    return await probeOnce(context, runner, unique, new Set(unique), options);
  } catch (e) {
    if (!isNullChainingError(e)) throw e;
    const existence = await probeOnce(context, runner, unique, new Set(), options);
    const existing = new Set(unique.filter((name) => existence.get(name)?.exists));
    return probeOnce(context, runner, unique, existing, options);
  }
}

/** Only a call chained on a missing sheet is worth a second try; Excel's other refusals are not. */
function isNullChainingError(e: unknown): boolean {
  if (isPayloadLimitError(e)) return false;
  const code = (e as { code?: unknown })?.code;
  return code === undefined || code === 'ItemNotFound' || code === 'InvalidArgument' || code === 'GeneralException';
}

async function probeOnce(
  context: Excel.RequestContext,
  runner: SyncRunner,
  names: readonly string[],
  detailed: ReadonlySet<string>,
  options: ProbeOptions,
): Promise<Map<string, SheetProbe>> {
  const queued = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name,visibility');
    const used = detailed.has(name) ? sheet.getUsedRangeOrNullObject(true) : undefined;
    used?.load(BOUNDS);
    const tables = detailed.has(name) && options.withTables?.has(name) ? sheet.tables : undefined;
    tables?.load('items/name');
    const protection = detailed.has(name) && options.withProtection?.has(name) ? sheet.protection : undefined;
    protection?.load('protected');
    return { name, sheet, used, tables, protection };
  });
  await runner.sync();
  const probes = new Map<string, SheetProbe>();
  for (const { name, sheet, used, tables, protection } of queued) {
    const exists = !sheet.isNullObject;
    probes.set(name, {
      name,
      exists,
      used: exists && used && !used.isNullObject ? boundsOf(used) : null,
      tableNames: exists && tables ? tables.items.map((table) => table.name) : [],
      visibility: exists ? sheet.visibility : undefined,
      protected: exists && protection ? protection.protected : undefined,
    });
  }
  return probes;
}

export function boundsOf(range: RangeBounds): RangeBounds {
  const { rowIndex, columnIndex, rowCount, columnCount } = range;
  return { rowIndex, columnIndex, rowCount, columnCount };
}

/** Loads the bounds of the named tables of each sheet (one sync; none when there are no tables). */
export async function probeTables(
  context: Excel.RequestContext,
  runner: SyncRunner,
  probes: Iterable<SheetProbe>,
): Promise<Map<string, Array<RangeBounds & { name: string; totalsRow: boolean }>>> {
  const queued: Array<{ sheet: string; name: string; table: Excel.Table; range: Excel.Range }> = [];
  for (const probe of probes) {
    const tables = context.workbook.worksheets.getItem(probe.name).tables;
    for (const name of probe.tableNames) {
      const table = tables.getItem(name);
      table.load('showTotals');
      const range = table.getRange();
      range.load(BOUNDS);
      queued.push({ sheet: probe.name, name, table, range });
    }
  }
  const result = new Map<string, Array<RangeBounds & { name: string; totalsRow: boolean }>>();
  if (queued.length === 0) return result;
  await runner.sync();
  for (const { sheet, name, table, range } of queued) {
    result.set(sheet, [...(result.get(sheet) ?? []), { name, totalsRow: table.showTotals === true, ...boundsOf(range) }]);
  }
  return result;
}

/** Reads every probed sheet from A1 to the end of its used range; '' (an empty cell) becomes null. */
export async function readProbedSheets(
  runner: SyncRunner,
  probes: Iterable<SheetProbe>,
): Promise<Map<string, SheetValues>> {
  const result = new Map<string, SheetValues>();
  const ops: SliceOp[] = [];
  for (const probe of probes) {
    if (!probe.exists) continue;
    const rows = probe.used ? probe.used.rowIndex + probe.used.rowCount : 0;
    const columns = probe.used ? probe.used.columnIndex + probe.used.columnCount : 0;
    const values: SheetValues = new Array(rows);
    result.set(probe.name, values);
    if (rows > 0) ops.push(new SliceOp(new SheetReadPlan(probe.name, values, columns), 0, rows));
  }
  await runner.run(ops);
  return result;
}

/** Before the first slice comes back we assume wide cells; afterwards what we saw, with room to spare. */
const FIRST_GUESS_BYTES_PER_CELL = 64;
const ESTIMATE_SAFETY = 1.5;

class SheetReadPlan implements SlicePlan {
  private bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  private measured = false;

  constructor(
    readonly label: string,
    private readonly target: SheetValues,
    private readonly columns: number,
  ) {}

  private rowBytes(): number {
    return Math.ceil(this.bytesPerCell * this.columns) + 1;
  }

  bytesBetween(from: number, to: number): number {
    if ((to - from) * this.columns > MAX_CELLS_PER_RANGE) return Number.POSITIVE_INFINITY;
    return COMMAND_BYTES + (to - from) * this.rowBytes();
  }

  fitEnd(from: number, to: number, maxBytes: number): number {
    const byBytes = Math.floor((maxBytes - COMMAND_BYTES) / this.rowBytes());
    const byCells = Math.floor(MAX_CELLS_PER_RANGE / this.columns);
    return Math.min(to, from + Math.max(0, Math.min(byBytes, byCells)));
  }

  queue(context: Excel.RequestContext, from: number, to: number): () => void {
    // ExcelApi 1.7: getRangeByIndexes(startRow, startColumn, rowCount, columnCount).
    const range = context.workbook.worksheets
      .getItem(this.label)
      .getRangeByIndexes(from, 0, to - from, this.columns);
    range.load('values');
    return () => this.accept(from, range.values as CellValue[][]);
  }

  private accept(from: number, rows: CellValue[][]): void {
    let bytes = 2;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length; c++) {
        bytes += cellJsonBytes(row[c]) + 1;
        if (row[c] === '') row[c] = null;
      }
      this.target[from + r] = row;
    }
    const seen = (bytes / Math.max(1, rows.length * this.columns)) * ESTIMATE_SAFETY;
    this.bytesPerCell = this.measured ? Math.max(this.bytesPerCell, seen) : seen;
    this.measured = true;
  }
}

/** Rows from row 1 to the end of every probed used range (for progress). */
export function totalRows(probes: Iterable<SheetProbe>): number {
  let rows = 0;
  for (const probe of probes) rows += probe.used ? probe.used.rowIndex + probe.used.rowCount : 0;
  return rows;
}

/** Keeps a probed used range within the first `maxRows` rows, so only those are read. */
export function limitRows(probe: SheetProbe, maxRows: number): void {
  if (!probe.used) return;
  const rowCount = Math.min(probe.used.rowCount, maxRows - probe.used.rowIndex);
  probe.used = rowCount > 0 ? { ...probe.used, rowCount } : null;
}

/**
 * The last row holding a value of every sheet the appends name and of their continuations (抽取快照2, …),
 * for placeWithinRowLimit: undefined for a sheet that does not exist. Two syncs.
 */
export async function lastValueRows(
  context: Excel.RequestContext,
  runner: SyncRunner,
  appendedSheets: readonly string[],
): Promise<(sheet: string) => number | undefined> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await runner.sync();
  const present = new Map(sheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet.name]));
  const bases = appendedSheets.map((sheet) => sheet.toLowerCase());
  const isChain = (name: string) => bases.some((base) => name === base || (name.startsWith(base) && /^\d+$/.test(name.slice(base.length))));
  const probes = await probeSheets(context, runner, [...present].filter(([key]) => isChain(key)).map(([, name]) => name));
  const last = new Map([...probes.values()].map((probe) => [probe.name.toLowerCase(), probe.used ? probe.used.rowIndex + probe.used.rowCount : 0]));
  return (sheet) => {
    const key = sheet.toLowerCase();
    return present.has(key) ? last.get(key) ?? 0 : undefined;
  };
}