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
  | { kind: 'appendRows'; sheet: string; rows: CellValue[][]; formats?: ReadonlyArray<ColumnDef['format']> }
  /** Write single cells (report answers). */
  | { kind: 'writeCells'; sheet: string; cells: ReadonlyArray<{ address: string; value: CellValue; format?: ColumnDef['format'] }> }
  | { kind: 'hideSheet'; sheet: string };

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
  /** Bring a cell into view and select it (a no-op where there is nothing to show). */
  select?(sheet: string, address: string): Promise<void>;
}
