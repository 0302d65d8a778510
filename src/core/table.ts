// Reading a sheet as a table: find the header row, map headers (SPEC §2 matching) to columns,
// and hand out non-blank rows with their Excel row numbers so every message can name its cell.
import { cellAddress, headerKey, normalizeText, type CellValue } from './text';

export interface TableRow {
  /** 1-based Excel row. */
  row: number;
  cells: readonly CellValue[];
}

export interface Table {
  sheet: string;
  /** 1-based Excel row of the header. */
  headerRow: number;
  /** headerKey(header) → 0-based column; the first column wins when a header repeats. */
  columns: ReadonlyMap<string, number>;
  /** Headers that stand in more than one column (by headerKey). */
  repeatedHeaders: string[];
  /** The header row's cells, as read. */
  headerCells: readonly CellValue[];
  /** Rows below the header that hold at least one non-blank cell. */
  rows: TableRow[];
  /** Number of columns seen in the header row. */
  width: number;
}

export interface ReadTableOptions {
  /** 1-based header row; default 1. */
  headerRow?: number;
  /** Find the header as the first row holding a cell whose headerKey equals this (e.g. 抽查任务编号). */
  headerContaining?: string;
}

function isBlank(value: CellValue | undefined): boolean {
  return normalizeText(value ?? null) === '';
}

/** Locate the header row; returns a 1-based row or undefined. */
export function findHeaderRow(values: readonly (readonly CellValue[])[], header: string): number | undefined {
  const key = headerKey(header);
  const index = values.findIndex((cells) => cells.some((cell) => headerKey(cell) === key));
  return index < 0 ? undefined : index + 1;
}

export function readTable(sheet: string, values: readonly (readonly CellValue[])[], options: ReadTableOptions = {}): Table {
  const headerRow =
    (options.headerContaining ? findHeaderRow(values, options.headerContaining) : undefined) ?? options.headerRow ?? 1;
  const headerCells = values[headerRow - 1] ?? [];
  const columns = new Map<string, number>();
  const repeated = new Set<string>();
  headerCells.forEach((cell, col) => {
    const key = headerKey(cell);
    if (!key) return;
    if (columns.has(key)) repeated.add(key);
    else columns.set(key, col);
  });
  const rows: TableRow[] = [];
  for (let r = headerRow; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (cells.some((cell) => !isBlank(cell))) rows.push({ row: r + 1, cells });
  }
  return { sheet, headerRow, columns, repeatedHeaders: [...repeated], headerCells, rows, width: headerCells.length };
}

export function hasColumn(table: Table, header: string): boolean {
  return table.columns.has(headerKey(header));
}

export function cellOf(table: Table, row: TableRow, header: string): CellValue {
  const col = table.columns.get(headerKey(header));
  return col === undefined ? null : row.cells[col] ?? null;
}

/** NFKC-normalised, trimmed text of a cell ('' when the column is missing). */
export function textOf(table: Table, row: TableRow, header: string): string {
  return normalizeText(cellOf(table, row, header));
}

/** A1 address of a row's cell under `header` (column A when the column is missing). */
export function addressOf(table: Table, row: TableRow | number, header: string): string {
  const rowNumber = typeof row === 'number' ? row : row.row;
  return cellAddress(rowNumber - 1, table.columns.get(headerKey(header)) ?? 0);
}

/** A1 address of a header cell (or of the first free header cell when it is missing). */
export function headerAddress(table: Table, header: string): string {
  return cellAddress(table.headerRow - 1, table.columns.get(headerKey(header)) ?? table.width);
}
