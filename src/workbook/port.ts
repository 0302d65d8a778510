// The one port between the use cases and a workbook host (Excel via Office.js, or an .xlsx via ExcelJS).
// Use cases read what they need, compute everything, then hand over one list of changes:
// a failed computation therefore writes nothing, and a host can apply the list as one batch.
import type { CellValue } from '../core/text';
import type { ColumnDef } from '../core/schema';
import type { TableSheetSpec, LayoutSheetSpec } from '../core/sheet-specs';

/** A sheet's values from A1 to the end of its used range: row 0 = Excel row 1. Dates as serial numbers. */
export type SheetValues = CellValue[][];

export type { TableSheetSpec, LayoutSheetSpec } from '../core/sheet-specs';

export type WorkbookChange =
  /** Create the sheet with its header row, table, drop-downs, formats and frozen header, if it is missing. */
  | { kind: 'createTableSheet'; spec: TableSheetSpec }
  /** Create a sheet drawn from a layout, if it is missing. */
  | { kind: 'createLayoutSheet'; spec: LayoutSheetSpec }
  /**
   * Append rows below the sheet's last used row, from column A. `formats[i]` is column i's format
   * ('text' keeps IDs as text; 'date' writes serial numbers with a date format).
   */
  | {
      kind: 'appendRows'; sheet: string; rows: CellValue[][]; formats?: ReadonlyArray<ColumnDef['format']>;
      /**
       * Rows that would pass Excel's last row (1,048,576) go, all together, onto the first of
       * `<sheet>2`, `<sheet>3`, … with room for them, made from this spec (named so, hidden) when
       * missing (SPEC §3.8, 抽取快照). Without it such an append is refused, nothing written.
       */
      continueOn?: TableSheetSpec;
    }
  /** Write single cells (report answers). */
  | { kind: 'writeCells'; sheet: string; cells: ReadonlyArray<{ address: string; value: CellValue; format?: ColumnDef['format'] }> }
  | { kind: 'hideSheet'; sheet: string };

/** A native chart over a table the same apply writes (the report's 报表图表, issue 12). */
export interface ChartSpec {
  sheet: string;
  /** Chart name: a second apply finds the chart by it and updates its data instead of adding another. */
  name: string;
  title: string;
  /** A1 range of the figures, header row and category column included (A1:C7). */
  source: string;
  /** Cells the chart covers, top left and bottom right (E2, L20). */
  from: string;
  to: string;
}

export interface ReadOptions {
  /** Read at most this many rows from row 1 (a header is all some reads need of a long sheet). */
  maxRows?: number;
}

export interface ProgressReporter {
  (done: number, total: number, label?: string): void;
}

export interface WorkbookPort {
  /** Sheet names in workbook order. */
  listSheets(): Promise<string[]>;
  /** Values of the named sheets (missing sheets are absent from the map). */
  readSheets(names: readonly string[], progress?: ProgressReporter, options?: ReadOptions): Promise<Map<string, SheetValues>>;
  /** Apply all changes, in order; on failure the host is left as it was where the host allows it. */
  apply(changes: readonly WorkbookChange[], progress?: ProgressReporter): Promise<void>;
  /**
   * `apply`, then a native line chart of `chart.source`, in one undo group. Hosts without charts
   * (the .xlsx adapter) leave it out: the figures table is then the chart's only trace.
   */
  applyWithChart?(changes: readonly WorkbookChange[], chart: ChartSpec, progress?: ProgressReporter): Promise<void>;
  /** Bring a cell into view and select it (a no-op where there is nothing to show). */
  select?(sheet: string, address: string): Promise<void>;
}
