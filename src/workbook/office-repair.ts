// Taking back a write Excel refused partway. Excel cannot roll back a sync that already ran, and commands
// queued before a failing one stay applied: a draw could leave result rows without their log row. So
// before writing, the adapter records what the change list will touch (office-plan.ts PlannedWrites, plus
// the tables' bounds and the old content of overwritten cells); after a refusal this module restores it:
// appended rows emptied (they were empty: rows are appended below the used range), tables shrunk back
// (Table.resize, ExcelApi 1.13), overwritten cells given back their formulas and formats, hidden sheets
// shown again, sheets this write created deleted.
import type { CellValue } from '../core/text';
import { pushAll } from '../core/arrays';
import type { SyncRunner } from './office-batch';
import type { RangeBounds } from './office-read';
import type { PlannedWrites, TableBounds } from './office-plan';

export interface WriteRecord extends PlannedWrites {
  /** Bounds of the tables on the sheets appended to, before the write. */
  tables: Array<{ sheet: string; name: string; bounds: RangeBounds }>;
  /** Overwritten cells as they were. */
  cellsBefore: Array<{ sheet: string; address: string; formula: CellValue; numberFormat: string }>;
}

export function emptyRecord(): WriteRecord {
  return { created: [], hidden: [], appended: [], cells: new Map(), tables: [], cellsBefore: [] };
}

/** Forgets the data writes (after they were taken back), keeping the sheets created and hidden. */
export function clearDataWrites(record: WriteRecord): void {
  record.appended.length = 0;
  record.cells.clear();
  record.tables.length = 0;
  record.cellsBefore.length = 0;
}

/** Adds what a plan will write to the record (a change list can take two runs: structure, then data). */
export function addToRecord(record: WriteRecord, writes: PlannedWrites, tables: ReadonlyMap<string, readonly TableBounds[]>): void {
  pushAll(record.created, writes.created);
  pushAll(record.hidden, writes.hidden);
  pushAll(record.appended, writes.appended);
  for (const [sheet, addresses] of writes.cells) record.cells.set(sheet, [...(record.cells.get(sheet) ?? []), ...addresses]);
  const appendedSheets = new Set(writes.appended.map((a) => a.sheet));
  for (const [sheet, bounds] of tables) {
    if (!appendedSheets.has(sheet)) continue;
    for (const { name, totalsRow: _totals, ...rest } of bounds) record.tables.push({ sheet, name, bounds: rest });
  }
}

/** Loads the formulas and formats of the cells about to be overwritten (one sync; none without cells). */
export async function recordCellsBefore(context: Excel.RequestContext, runner: SyncRunner, record: WriteRecord): Promise<void> {
  const queued: Array<{ sheet: string; address: string; range: Excel.Range }> = [];
  for (const [sheet, addresses] of record.cells) {
    if (record.created.includes(sheet)) continue;
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const address of new Set(addresses)) {
      const range = worksheet.getRange(address);
      range.load('formulas,numberFormat');
      queued.push({ sheet, address, range });
    }
  }
  if (queued.length === 0) return;
  await runner.sync();
  for (const { sheet, address, range } of queued) {
    record.cellsBefore.push({ sheet, address, formula: range.formulas[0][0], numberFormat: String(range.numberFormat[0][0]) });
  }
}

/** Where the record wrote, for a message: 抽查结果!A5:K16、抽取日志!A9. */
export function recordPlaces(record: WriteRecord): string {
  const places = [
    ...record.created.map((sheet) => `新建的工作表“${sheet}”`),
    ...record.appended.filter((a) => !record.created.includes(a.sheet)).map((a) => `“${a.sheet}”第 ${a.startRow + 1}–${a.startRow + a.rowCount} 行`),
    ...[...record.cells.keys()].filter((sheet) => !record.created.includes(sheet)).map((sheet) => `“${sheet}”中填写的单元格`),
  ];
  return places.join('、') || '工作簿';
}

/**
 * Restores what the record names (two syncs). Idempotent, and it touches only sheets and tables that
 * still exist (a clerk may have deleted or renamed one since), so it cannot fail for their absence.
 */
export async function rollBack(
  context: Excel.RequestContext,
  runner: SyncRunner,
  record: WriteRecord,
  canResizeTables: boolean,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const names = new Set([
    ...record.created, ...record.hidden, ...record.appended.map((a) => a.sheet), ...record.cellsBefore.map((c) => c.sheet),
  ]);
  const probes = new Map(
    [...names].map((name) => {
      const sheet = sheets.getItemOrNullObject(name);
      sheet.load('name');
      return [name, sheet] as const;
    }),
  );
  // TableCollection.getItemOrNullObject is ExcelApi 1.4; a table is probed only when its sheet may still hold it.
  const tables = canResizeTables
    ? record.tables.map((entry) => {
        const table = sheets.getItemOrNullObject(entry.sheet).tables.getItemOrNullObject(entry.name);
        table.load('name');
        return { entry, table };
      })
    : [];
  await runner.sync();
  const created = new Set(record.created);
  const existing = (name: string) => probes.get(name)?.isNullObject === false;
  const kept = (name: string) => !created.has(name) && existing(name);
  for (const cell of record.cellsBefore) {
    if (!kept(cell.sheet)) continue;
    const range = sheets.getItem(cell.sheet).getRange(cell.address);
    range.numberFormat = [[cell.numberFormat]];
    range.formulas = [[cell.formula ?? '']];
  }
  for (const { sheet, startRow, rowCount, width } of record.appended) {
    if (kept(sheet)) sheets.getItem(sheet).getRangeByIndexes(startRow, 0, rowCount, width).clear('Contents');
  }
  for (const { entry, table } of tables) {
    if (!kept(entry.sheet) || table.isNullObject) continue;
    const { rowIndex, columnIndex, rowCount, columnCount } = entry.bounds;
    table.resize(sheets.getItem(entry.sheet).getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount));
  }
  for (const sheet of record.hidden) if (kept(sheet)) sheets.getItem(sheet).visibility = 'Visible';
  for (const sheet of record.created) if (existing(sheet)) probes.get(sheet)!.delete();
  await runner.sync();
}
