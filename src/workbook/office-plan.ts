// Turning a change list into sync ops, checking the whole list first. Excel cannot roll back a write, so
// nothing is queued until every change is known to land: each sheet written, appended to or hidden exists
// or is created by an earlier change and is not protected, every address parses, no append runs past
// Excel's last row. The plan also says what it will write (PlannedWrites), so that a write Excel refuses
// partway can be taken back (office-repair.ts). Sheet creation and hiding are kept apart from the data
// writes: hiding a sheet cannot be part of an undo group (UndoNotSupported on Windows and Mac).
import type { Problem } from '../core/messages/problem';
import { officeMessages } from '../core/messages/office';
import { workbookLimitMessages } from '../core/messages/workbook-limits';
import { parseAddress } from '../core/text';
import type { WorkbookChange } from './port';
import { EXCEL_MAX_ROWS, fixedOp, COMMAND_BYTES, type SyncOp } from './office-batch';
import { createLayoutSheetOp, createTableSheetOp, layoutRowCount, type SheetFeatures, type TableHandle } from './office-create';
import type { RangeBounds, SheetProbe } from './office-read';
import { tableGrowsOverAppend, totalsRowInTheWay, valuesWidth, type CellRange } from './xlsx-plan';
import { editMessages } from '../core/messages/edits';
import { appendOp, cellsOp } from './office-write';

export type TableBounds = RangeBounds & { name: string; totalsRow?: boolean };

export function sheetOf(change: WorkbookChange): string {
  return change.kind === 'createTableSheet' || change.kind === 'createLayoutSheet' ? change.spec.name : change.sheet;
}

export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[\\/?*:[\]]/.test(name) && !/^'|'$/.test(name);
}

interface Growth {
  table: TableHandle | null;
  /** The sheet's other tables, and whether the table shows a totals row (tableGrowsOverAppend). */
  others: CellRange[];
  totalsRow: boolean;
  /** Columns the appended rows span, from A (the widest append). */
  width: number;
  /** 0-based row the next appended row goes to. */
  nextRow: number;
  /** 0-based row of the first appended row. */
  firstRow: number;
  /** The sheet's tables before the append, by name (to undo Excel's auto-expansion of those not meant to grow). */
  before: readonly TableBounds[];
}

export interface PlanInput {
  changes: readonly WorkbookChange[];
  probes: ReadonlyMap<string, SheetProbe>;
  tables: ReadonlyMap<string, readonly TableBounds[]>;
  /**
   * Table.resize is ExcelApi 1.13; without it the rows go below the table, which Excel grows by itself
   * over them as far as its auto-expansion goes (office-js#2097, #3013).
   */
  canResizeTables: boolean;
  /** The requirement sets above ExcelApi 1.7 that creating sheets may use. */
  features?: SheetFeatures;
}

/** What a plan writes, so that a refused write can be taken back. */
export interface PlannedWrites {
  /** Sheets this plan creates (none existed before). */
  created: string[];
  /** Sheets this plan hides that exist already and are visible. */
  hidden: string[];
  /** Row blocks appended below the used range: empty before the write. */
  appended: Array<{ sheet: string; startRow: number; rowCount: number; width: number }>;
  /** Cells overwritten by writeCells, by sheet. */
  cells: Map<string, string[]>;
}

export interface Plan {
  /** Creating and hiding sheets (outside any undo group). */
  structureOps: SyncOp[];
  /** Values, formats and table growth. */
  ops: SyncOp[];
  problems: Problem[];
  writes: PlannedWrites;
}

export function planChanges(input: PlanInput): Plan {
  const { changes, probes } = input;
  const features = input.features ?? { dataValidation: true, autoFilter: true };
  const writes: PlannedWrites = { created: [], hidden: [], appended: [], cells: new Map() };
  const structureOps: SyncOp[] = [];
  const known = new Set([...probes.values()].filter((probe) => probe.exists).map((probe) => probe.name));
  const createdTables = new Map<string, TableHandle>();
  const createdLayoutRows = new Map<string, number>();
  const growth = new Map<string, Growth>();
  const ops: SyncOp[] = [];
  const problems: Problem[] = [];
  const refusedProtected = new Set<string>();
  const requireSheet = (sheet: string): boolean => {
    if (!known.has(sheet)) {
      problems.push(officeMessages.sheetMissing(sheet));
      return false;
    }
    if (probes.get(sheet)?.protected && !refusedProtected.has(sheet)) {
      refusedProtected.add(sheet);
      problems.push(officeMessages.sheetProtected(sheet));
    }
    return true;
  };

  for (const change of changes) {
    switch (change.kind) {
      case 'createTableSheet':
      case 'createLayoutSheet': {
        const name = change.spec.name;
        if (known.has(name)) break; // never touch a sheet that is already there
        known.add(name);
        if (!isValidSheetName(name)) problems.push(officeMessages.badSheetName(name));
        writes.created.push(name);
        if (change.kind === 'createTableSheet') {
          const created = createTableSheetOp(change.spec, features);
          createdTables.set(name, created.table);
          structureOps.push(created.op);
        } else {
          createdLayoutRows.set(name, layoutRowCount(change.spec));
          structureOps.push(createLayoutSheetOp(change.spec, features));
        }
        break;
      }
      case 'appendRows': {
        if (!requireSheet(change.sheet) || change.rows.length === 0) break;
        const started = growth.get(change.sheet);
        const grow = started ?? startGrowth(change.sheet, input, createdTables, createdLayoutRows);
        growth.set(change.sheet, grow);
        grow.width = Math.max(grow.width, valuesWidth(change.rows));
        if (!started && grow.table && totalsRowInTheWay({ ...cellRange(grow.table), totalsRow: grow.totalsRow }, grow.width)) {
          problems.push(editMessages.totalsRowInTheWay(change.sheet));
        }
        const startRow = grow.nextRow;
        grow.nextRow += change.rows.length;
        // The same refusal as the .xlsx adapters' (row-limit.ts): these rows are evidence, never cut off.
        if (grow.nextRow > EXCEL_MAX_ROWS) problems.push(workbookLimitMessages.rowLimit(change.sheet, startRow, change.rows.length));
        writes.appended.push({ sheet: change.sheet, startRow, rowCount: change.rows.length, width: change.rows.reduce((w, row) => Math.max(w, row.length), 1) });
        // Without Table.resize the table grows only by Excel's auto-expansion, over values written directly
        // below it: rows that begin inside the table (its empty rows) are written apart from those below.
        const bottom = grow.table ? grow.table.rowIndex + grow.table.rowCount : -1;
        const cut = !input.canResizeTables && startRow < bottom && bottom < grow.nextRow ? bottom - startRow : 0;
        if (cut > 0) ops.push(appendOp({ sheet: change.sheet, startRow, rows: change.rows.slice(0, cut), formats: change.formats }));
        ops.push(appendOp({ sheet: change.sheet, startRow: startRow + cut, rows: change.rows.slice(cut), formats: change.formats }));
        break;
      }
      case 'writeCells': {
        if (!requireSheet(change.sheet)) break;
        const bad = change.cells.filter((cell) => !parsesAsCell(cell.address));
        for (const cell of bad) problems.push(officeMessages.badAddress(change.sheet, cell.address));
        if (bad.length === 0 && change.cells.length > 0) {
          const addresses = writes.cells.get(change.sheet) ?? [];
          writes.cells.set(change.sheet, [...addresses, ...change.cells.map((cell) => cell.address)]);
          ops.push(cellsOp(change.sheet, change.cells));
        }
        break;
      }
      case 'hideSheet': {
        if (!known.has(change.sheet)) {
          problems.push(officeMessages.sheetMissing(change.sheet));
          break;
        }
        const sheet = change.sheet;
        const probe = probes.get(sheet);
        if (probe?.exists && probe.visibility === 'Visible') writes.hidden.push(sheet);
        structureOps.push(
          fixedOp(sheet, COMMAND_BYTES, (context) => {
            // Hidden, not VeryHidden: a clerk can still unhide 抽取快照 to inspect it (SPEC §2).
            context.workbook.worksheets.getItem(sheet).visibility = 'Hidden';
          }),
        );
        break;
      }
    }
  }
  if (input.canResizeTables) ops.push(...resizeOps(growth)); // spread-ok: one resize per table
  return { structureOps, ops, problems, writes };
}

function parsesAsCell(address: string): boolean {
  try {
    parseAddress(address);
    return true;
  } catch {
    return false;
  }
}

/** 1-based bounds of a 0-based Office range. */
function cellRange(bounds: RangeBounds): CellRange {
  return {
    top: bounds.rowIndex + 1,
    left: bounds.columnIndex + 1,
    bottom: bounds.rowIndex + bounds.rowCount,
    right: bounds.columnIndex + bounds.columnCount,
  };
}

/**
 * Where appending to a sheet starts, and the table headed in row 1 that the rows may belong to (the
 * leftmost; tableGrowsOverAppend decides at the end, knowing how far and how wide the rows went).
 */
function startGrowth(
  sheet: string,
  input: PlanInput,
  createdTables: ReadonlyMap<string, TableHandle>,
  createdLayoutRows: ReadonlyMap<string, number>,
): Growth {
  const created = createdTables.get(sheet);
  if (created) return { table: created, others: [], totalsRow: false, width: 0, nextRow: 1, firstRow: 1, before: [] };
  const layoutRows = createdLayoutRows.get(sheet);
  if (layoutRows !== undefined) {
    return { table: null, others: [], totalsRow: false, width: 0, nextRow: layoutRows, firstRow: layoutRows, before: [] };
  }
  const used = input.probes.get(sheet)?.used;
  const nextRow = used ? used.rowIndex + used.rowCount : 0;
  const tables = input.tables.get(sheet) ?? [];
  const holder = tables.filter((t) => t.rowIndex === 0).sort((a, b) => a.columnIndex - b.columnIndex)[0];
  const growth = { others: [], totalsRow: false, width: 0, nextRow, firstRow: nextRow, before: tables };
  if (!holder) return { ...growth, table: null };
  const { name, totalsRow, ...bounds } = holder;
  return {
    ...growth,
    others: tables.filter((t) => t !== holder).map(cellRange),
    totalsRow: Boolean(totalsRow),
    table: { ...bounds, get: (context) => context.workbook.worksheets.getItem(sheet).tables.getItem(name) },
  };
}

/**
 * Grows each table over the rows appended below it (Table.resize, ExcelApi 1.13), after all the writes;
 * and gives a table not meant to take the rows (a clerk's table right above them) its bounds back, since
 * Excel grows a table by itself over values written directly below it (office-js#2097).
 */
function resizeOps(growth: ReadonlyMap<string, Growth>): SyncOp[] {
  const ops: SyncOp[] = [];
  const resize = (sheet: string, name: string | null, table: TableHandle | null, bounds: RangeBounds) =>
    fixedOp(sheet, COMMAND_BYTES * 2, (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const target = table ? table.get(context) : worksheet.tables.getItem(name as string);
      target.resize(worksheet.getRangeByIndexes(bounds.rowIndex, bounds.columnIndex, bounds.rowCount, bounds.columnCount));
    });
  for (const [sheet, { table, others, totalsRow, width, nextRow, firstRow, before }] of growth) {
    const grows = table !== null && tableGrowsOverAppend({ ...cellRange(table), totalsRow }, others, nextRow, width);
    if (grows) ops.push(resize(sheet, null, table, { ...table, rowCount: nextRow - table.rowIndex }));
    for (const { name, totalsRow: _totals, ...bounds } of before) {
      const isGrown = grows && bounds.rowIndex === table.rowIndex && bounds.columnIndex === table.columnIndex;
      if (!isGrown && bounds.rowIndex + bounds.rowCount === firstRow) ops.push(resize(sheet, name, null, bounds));
    }
  }
  return ops;
}
