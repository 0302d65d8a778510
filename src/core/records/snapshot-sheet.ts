// Reading 抽取快照 back, grouped by draw, in SNAPSHOT_COLUMNS order whatever the sheet's order.
import { SHEETS, SNAPSHOT_COLUMNS } from '../schema';
import { readTable, cellOf } from '../table';
import type { CellValue } from '../text';
import { normalizeText } from '../text';

export interface SnapshotGroup {
  rows: CellValue[][];
  /** 1-based Excel row of each of `rows`. */
  rowNumbers: number[];
  /** 1-based rows where the group stands (first and last), for messages. */
  first: number;
  last: number;
}

export function readSnapshotSheet(values: CellValue[][] | undefined): Map<string, SnapshotGroup> {
  const groups = new Map<string, SnapshotGroup>();
  if (!values) return groups;
  const table = readTable(SHEETS.snapshot, values);
  for (const row of table.rows) {
    const cells = SNAPSHOT_COLUMNS.map((column) => cellOf(table, row, column.header));
    const drawId = normalizeText(cells[0]);
    const group = groups.get(drawId);
    if (group) {
      group.rows.push(cells);
      group.rowNumbers.push(row.row);
      group.last = row.row;
    } else groups.set(drawId, { rows: [cells], rowNumbers: [row.row], first: row.row, last: row.row });
  }
  return groups;
}
