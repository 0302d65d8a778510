// The header of a sheet the product writes (抽查结果, 抽取日志, 抽取快照): in row 1, each column once
// (SPEC §2). Appends place values by these headers, so a title row inserted above the header, or a
// column copied under the same header, would send values to the wrong cells.
import { LOG_COLUMNS, RESULT_DRAW_COLUMNS, SHEETS, SNAPSHOT_COLUMNS, type ColumnDef } from '../core/schema';
import { hasColumn, headerAddress, type Table } from '../core/table';
import { cellAddress, headerKey, normalizeText, type CellValue } from '../core/text';
import { recordMessages } from '../core/messages/records';
import { editMessages } from '../core/messages/edits';
import type { Problem } from '../core/messages/problem';
import { maxOf } from '../core/arrays';

/** Title rows a clerk might put above a header; a header further down is not looked for. */
const MAX_ROWS_ABOVE_HEADER = 10;
/** Rows to read of a sheet whose header alone is checked: row 1 and the rows a title may push it to. */
export const HEADER_ROWS_READ = 1 + MAX_ROWS_ABOVE_HEADER;

/**
 * Product columns standing twice where it matters: a second one among the product's columns (left of
 * the last of them), where it may be the one read and written. A header repeated further right (a
 * clerk's own table beside the results, with its own 序号) leaves the product's first columns alone.
 */
function repeatedProductColumns(table: Table, columns: readonly ColumnDef[]): ColumnDef[] {
  const firsts = columns.map((column) => table.columns.get(headerKey(column.header))).filter((col): col is number => col !== undefined);
  const span = maxOf(firsts, -1);
  return columns.filter((column) => {
    const key = headerKey(column.header);
    const first = table.columns.get(key);
    return table.headerCells.some((cell, col) => col !== first && col <= span && headerKey(cell) === key);
  });
}

/**
 * Everything wrong with the header for these columns, said once per cause: a header below row 1 (or
 * none in row 1) is one problem, not one per column; then each column standing twice; then each missing.
 */
export function productHeaderProblems(table: Table | null, sheet: string, columns: readonly ColumnDef[]): Problem[] {
  if (!table || columns.length === 0) return [];
  const misplaced = misplacedHeader(table, sheet, columns);
  if (misplaced) return [misplaced];
  return [
    ...repeatedProductColumns(table, columns)
      .map((column) => editMessages.repeatedProductColumn(sheet, column.header, headerAddress(table, column.header))),
    ...columns
      .filter((column) => !hasColumn(table, column.header))
      .map((column) => missingColumnProblem(table, sheet, columns, column)),
  ];
}

/**
 * A missing product column, named at the cell where it most likely stood: right after the product
 * column before it (the product writes its columns side by side), when that cell holds no product
 * header, so a renamed header is named where the clerk will find it, with what it now says.
 * Otherwise the first free header cell.
 */
function missingColumnProblem(table: Table, sheet: string, columns: readonly ColumnDef[], missing: ColumnDef): Problem {
  const productKeys = new Set(columns.map((column) => headerKey(column.header)));
  const index = columns.indexOf(missing);
  const before = columns.slice(0, index).reverse().map((column) => table.columns.get(headerKey(column.header))).find((col) => col !== undefined);
  const after = columns.slice(index + 1).map((column) => table.columns.get(headerKey(column.header))).find((col) => col !== undefined);
  const guess = before !== undefined ? before + 1 : after !== undefined ? after - 1 : index;
  if (guess >= 0 && !productKeys.has(headerKey(table.headerCells[guess]))) {
    const found = normalizeText(table.headerCells[guess]);
    return recordMessages.missingColumn(sheet, missing.header, cellAddress(table.headerRow - 1, guess), found);
  }
  return recordMessages.missingColumn(sheet, missing.header, headerAddress(table, missing.header));
}

/** Whether row 1 lacks the header: a lower row holds it (title rows above), or row 1 holds none of it. */
export function misplacedHeader(table: Table, sheet: string, columns: readonly ColumnDef[]): Problem | undefined {
  const inRowOne = columns.filter((column) => hasColumn(table, column.header)).length;
  if (inRowOne === columns.length) return undefined;
  const lower = table.rows.find((row) => row.row <= table.headerRow + MAX_ROWS_ABOVE_HEADER && holdsHeader(row.cells, columns, inRowOne));
  if (lower) return editMessages.headerBelowRowOne(sheet, lower.row);
  return inRowOne === 0 ? editMessages.headerMissingFromRowOne(sheet) : undefined;
}

/** A row holding more of the headers than row 1 does, and at least half of them, is the header. */
function holdsHeader(cells: readonly CellValue[], columns: readonly ColumnDef[], inRowOne: number): boolean {
  const keys = new Set(cells.map((cell) => headerKey(cell)));
  const found = columns.filter((column) => keys.has(headerKey(column.header))).length;
  return found > inRowOne && found * 2 >= columns.length;
}

/** What in the three product sheets' headers refuses a draw (the draw's check, and the dry run's foresight). */
export function productSheetsHeaderProblems(sheets: {
  results: Table | null;
  log: Table | null;
  snapshot: Table | null;
}): Problem[] {
  return [
    ...productHeaderProblems(sheets.results, SHEETS.results, RESULT_DRAW_COLUMNS),
    ...productHeaderProblems(sheets.log, SHEETS.log, LOG_COLUMNS),
    ...productHeaderProblems(sheets.snapshot, SHEETS.snapshot, SNAPSHOT_COLUMNS),
  ];
}
