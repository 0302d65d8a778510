// What a sheet to create looks like, as plain data: the use cases describe sheets, the adapters draw them.
import type { CellValue } from './text';
import type { ColumnDef } from './schema';

export interface TableSheetSpec {
  name: string;
  columns: readonly ColumnDef[];
  hidden?: boolean;
}

export type LayoutCellStyle = 'title' | 'subtitle' | 'header' | 'label' | 'answer' | 'note';

/** A drawn layout (附件1, 附件2, the title of 年度抽查计划): fixed cells, merges, widths and heights. */
export interface LayoutSheetSpec {
  name: string;
  cells: ReadonlyArray<{ address: string; value: CellValue; style?: LayoutCellStyle }>;
  merges: readonly string[];
  columnWidths?: readonly number[];
  /** 1-based row → height in points, for rows whose wrapped labels need more than one line. */
  rowHeights?: Readonly<Record<number, number>>;
  /** Header row (1-based) to freeze and filter, for a layout that is also a table (年度抽查计划). */
  headerRow?: number;
  /** Columns of the table under headerRow, for validation and formats. */
  columns?: readonly ColumnDef[];
}
