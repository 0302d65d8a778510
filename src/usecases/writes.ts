// Appending records to the product's sheets in whatever column order the clerk's sheet has,
// creating the sheet (with its header, table and drop-downs) when it is missing.
import type { TableSheetSpec, WorkbookChange } from '../workbook/port';
import { SHEETS } from '../core/schema';
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
  if (rows.length === 0) return changes;
  // SPEC §3.8: 抽取快照 goes on to 抽取快照2, 抽取快照3, … (same columns, hidden) at Excel's last row.
  const continueOn = sheet === SHEETS.snapshot ? continuationSpec(sheet, table, columns, layout.headers) : undefined;
  changes.push({ kind: 'appendRows', sheet, rows, formats: layout.formats, ...(continueOn ? { continueOn } : {}) });
  return changes;
}

/** The columns of a continuation sheet: the sheet's own, in its order (a clerk's column keeps its header). */
function continuationSpec(sheet: string, table: Table | null, columns: readonly ColumnDef[], headers: readonly (string | null)[]): TableSheetSpec {
  const byHeader = new Map(columns.map((c) => [c.header, c] as const));
  const physical = headers.map((header, col): ColumnDef => {
    const own = header ? byHeader.get(header) : undefined;
    return own ?? { header: String(table?.headerCells[col] ?? '') || `列${col + 1}` };
  });
  return { name: sheet, columns: physical, hidden: true };
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
