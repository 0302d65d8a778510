// Reading 抽取快照 back, grouped by draw, in SNAPSHOT_COLUMNS order whatever the sheet's order. At
// Excel's last row 抽取快照 goes on to 抽取快照2, 抽取快照3, … (SPEC §3.8): they are read in that order.
import { SHEETS, SNAPSHOT_COLUMNS } from '../schema';
import { readTable } from '../table';
import type { CellValue } from '../text';
import { headerKey, normalizeText } from '../text';

export interface SnapshotGroup {
  rows: CellValue[][];
  /** 1-based Excel row of each of `rows` (on `sheet`; a pool too large for one sheet goes on, from row 2, on the next). */
  rowNumbers: number[];
  /** 1-based rows where the group stands (first and last), for messages. */
  first: number;
  last: number;
  /** The sheet of the group's first row: 抽取快照, or 抽取快照2, 抽取快照3, … */
  sheet: string;
  /** Every sheet the group's rows stand on, in order (one, but for a pool larger than a sheet). */
  sheets: string[];
}

const CONTINUATION = new RegExp(`^${SHEETS.snapshot}([1-9]\\d*)$`);

/** The snapshot sheet's place in the chain: 1 for 抽取快照, n for 抽取快照n (n ≥ 2), else undefined. */
export function snapshotSheetNumber(name: string): number | undefined {
  if (name === SHEETS.snapshot) return 1;
  const n = Number(CONTINUATION.exec(name)?.[1]);
  return n >= 2 ? n : undefined;
}

/** 抽取快照, 抽取快照2, 抽取快照3, … among the workbook's sheets, in chain order. */
export function snapshotSheetNames(sheetNames: readonly string[]): string[] {
  return sheetNames
    .map((name) => ({ name, n: snapshotSheetNumber(name) }))
    .filter((sheet): sheet is { name: string; n: number } => sheet.n !== undefined)
    .sort((a, b) => a.n - b.n)
    .map((sheet) => sheet.name);
}

/**
 * Every snapshot sheet's rows, grouped by 抽取编号: `sheets` maps sheet names to values (as a port's
 * readSheets gives them); the chain's sheets are read in order (snapshotSheetNames), others ignored.
 */
export function readSnapshotSheets(sheets: ReadonlyMap<string, CellValue[][]>): Map<string, SnapshotGroup> {
  const groups = new Map<string, SnapshotGroup>();
  for (const name of snapshotSheetNames([...sheets.keys()])) addSheet(groups, name, sheets.get(name)!);
  return groups;
}

/** 抽取快照 alone. */
export function readSnapshotSheet(values: CellValue[][] | undefined): Map<string, SnapshotGroup> {
  const groups = new Map<string, SnapshotGroup>();
  if (values) addSheet(groups, SHEETS.snapshot, values);
  return groups;
}

function addSheet(groups: Map<string, SnapshotGroup>, sheet: string, values: CellValue[][]): void {
  const table = readTable(sheet, values);
  // Column places found once, not per cell: a sheet may hold a million rows.
  const columns = SNAPSHOT_COLUMNS.map((column) => table.columns.get(headerKey(column.header)));
  let lastId: CellValue | undefined;
  let lastGroup: SnapshotGroup | undefined;
  for (const row of table.rows) {
    const cells = columns.map((col) => (col === undefined ? null : row.cells[col] ?? null));
    // A draw's rows stand together: the group of the row above, unless the 抽取编号 changes.
    const group = lastGroup && cells[0] === lastId ? lastGroup : groups.get(normalizeText(cells[0]));
    lastId = cells[0];
    if (group) {
      lastGroup = group;
      group.rows.push(cells);
      group.rowNumbers.push(row.row);
      group.last = row.row;
      if (group.sheets[group.sheets.length - 1] !== sheet) group.sheets.push(sheet);
    } else {
      lastGroup = { rows: [cells], rowNumbers: [row.row], first: row.row, last: row.row, sheet, sheets: [sheet] };
      groups.set(normalizeText(cells[0]), lastGroup);
    }
  }
}
