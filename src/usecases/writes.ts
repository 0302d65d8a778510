// Appending records to the product's sheets in whatever column order the clerk's sheet has,
// creating the sheet (with its header, table and drop-downs) when it is missing.
import type { WorkbookChange } from '../workbook/port';
import type { ColumnDef } from '../core/schema';
import type { Table } from '../core/table';
import { headerKey, type CellValue } from '../core/text';
import { UserFacingError } from '../core/messages/problem';
import { productHeaderProblems } from './product-header';
import { maxOf } from '../core/arrays';

export type RecordValues = Record<string, CellValue>;

/** The changes that append `records` to `sheet`; the sheet is created first when `table` is null. */
export function appendRecords(
  sheet: string,
  table: Table | null,
  columns: readonly ColumnDef[],
  records: readonly RecordValues[],
  options: { hidden?: boolean } = {},
): WorkbookChange[] {
  // The last line against writing a value into the clerk's copy of a column, or under a header moved
  // down, where a caller did not check first (void, 抽取快照): nothing is written, the error says why.
  const written = columns.filter((column) => records.some((record) => !isBlank(record[column.header])));
  const problems = productHeaderProblems(table, sheet, written);
  if (problems.length > 0) throw new UserFacingError(problems);
  const changes: WorkbookChange[] = [];
  if (!table) changes.push({ kind: 'createTableSheet', spec: { name: sheet, columns, hidden: options.hidden } });
  const layout = physicalLayout(table, columns);
  const rows = records.map((record) => layout.headers.map((header) => (header ? record[header] ?? null : null)));
  if (rows.length > 0) changes.push({ kind: 'appendRows', sheet, rows, formats: layout.formats });
  return changes;
}

/** Which schema header stands in each physical column (null for the clerk's own columns). */
function physicalLayout(table: Table | null, columns: readonly ColumnDef[]) {
  if (!table) return { headers: columns.map((c) => c.header), formats: columns.map((c) => c.format) };
  const byKey = new Map(columns.map((c) => [headerKey(c.header), c] as const));
  const width = maxOf([...table.columns.values()].map((col) => col + 1), table.width);
  const headers: (string | null)[] = new Array(width).fill(null);
  const formats: ColumnDef['format'][] = new Array(width).fill(undefined);
  for (const [key, col] of table.columns) {
    const def = byKey.get(key);
    if (def) {
      headers[col] = def.header;
      formats[col] = def.format;
    }
  }
  return { headers, formats };
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}
