// Check a whole change list against the workbook's sheets BEFORE anything is written, so that a bad list
// (a write to a sheet that is neither there nor created earlier, a bad address, overlapping merges)
// leaves the workbook untouched. Browser-safe.
import { UserFacingError, type Problem } from '../core/messages/problem';
import { workbookMessages } from '../core/messages/cli';
import type { ColumnDef } from '../core/schema';
import { parseAddress, type CellValue } from '../core/text';
import type { WorkbookChange } from './port';

const ADDRESS = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const RANGE = /^([A-Z]{1,3}[1-9]\d{0,6}):([A-Z]{1,3}[1-9]\d{0,6})$/;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** Excel refuses a list validation whose inline formula (quotes included) exceeds 255 characters. */
export const MAX_LIST_FORMULA = 255;
const MAX_TEXT = 32_767;

export interface SheetState {
  name: string;
  visible: boolean;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function isValidAddress(address: string): boolean {
  if (!ADDRESS.test(address)) return false;
  const { row, col } = parseAddress(address);
  return row < MAX_ROW && col < MAX_COL;
}

/**
 * Whether a table grows over rows appended at previousLast+1 … newLast. A table without a totals row
 * grows when it reaches the old last row, as Excel grows a table when a row is typed right below it.
 * The table headed in row 1 (every product sheet's) grows also over the clerk's rows between it and
 * the new rows (a note or 合计 row below the results), so that new results never land outside it.
 * Never over another table.
 */
export function tableGrowsOverAppend(
  table: CellRange & { totalsRow: boolean },
  otherTables: readonly CellRange[],
  previousLast: number,
  newLast: number,
): boolean {
  if (table.totalsRow || table.bottom >= newLast) return false;
  if (table.bottom < previousLast && table.top !== 1) return false;
  return !otherTables.some(
    (other) => other.top > table.bottom && other.top <= newLast && other.left <= table.right && other.right >= table.left,
  );
}

/**
 * Whether rows appended below previousLast would land under a table's totals row (Excel's 汇总行),
 * outside the table: the table reaches the old last row, or is the one headed in row 1. Appends are
 * refused then, with editMessages.totalsRowInTheWay.
 */
export function totalsRowInTheWay(table: CellRange & { totalsRow: boolean }, previousLast: number): boolean {
  return table.totalsRow && (table.bottom >= previousLast || table.top === 1);
}

/** `A1:C2` (or a single cell) → 1-based bounds, or null when malformed. */
export function parseRange(range: string): CellRange | null {
  const match = RANGE.exec(range) ?? (ADDRESS.test(range) ? [range, range, range] : null);
  if (!match || !isValidAddress(match[1]) || !isValidAddress(match[2])) return null;
  const a = parseAddress(match[1]);
  const b = parseAddress(match[2]);
  return {
    top: Math.min(a.row, b.row) + 1,
    left: Math.min(a.col, b.col) + 1,
    bottom: Math.max(a.row, b.row) + 1,
    right: Math.max(a.col, b.col) + 1,
  };
}

/** Excel's rules for sheet names. */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/** The inline list formula of a drop-down: `"a,b,c"`. */
export function listFormula(choices: readonly string[]): string {
  return `"${choices.join(',')}"`;
}

function checkValue(sheet: string, value: CellValue, problems: Problem[]): void {
  if (typeof value === 'number' && !Number.isFinite(value)) problems.push(workbookMessages.badValue(sheet, String(value)));
  if (typeof value === 'string' && value.length > MAX_TEXT) problems.push(workbookMessages.badValue(sheet, `文本超过 ${MAX_TEXT} 个字符`));
}

function checkColumns(sheet: string, columns: readonly ColumnDef[] | undefined, problems: Problem[]): void {
  for (const column of columns ?? []) {
    if (!column.choices) continue;
    if (listFormula(column.choices).length > MAX_LIST_FORMULA) problems.push(workbookMessages.choicesTooLong(sheet, column.header));
    const withComma = column.choices.find((choice) => choice.includes(','));
    if (withComma) problems.push(workbookMessages.choiceWithComma(sheet, column.header, withComma));
  }
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function checkMerges(sheet: string, merges: readonly string[], problems: Problem[]): void {
  const seen: CellRange[] = [];
  for (const merge of merges) {
    const range = parseRange(merge);
    if (!range) {
      problems.push(workbookMessages.badAddress(sheet, merge));
      continue;
    }
    if (seen.some((other) => overlaps(other, range))) problems.push(workbookMessages.overlappingMerge(sheet, merge));
    seen.push(range);
  }
}

/** Sheet names compare case-insensitively in Excel. */
function key(name: string): string {
  return name.toLowerCase();
}

/**
 * Throws a UserFacingError listing every problem of the change list; returns the changes that will
 * actually run (creations of sheets that already exist are dropped: create means "if missing").
 */
export function planChanges(sheets: readonly SheetState[], changes: readonly WorkbookChange[]): WorkbookChange[] {
  const visible = new Map(sheets.map((s) => [key(s.name), s.visible]));
  const problems: Problem[] = [];
  const planned: WorkbookChange[] = [];
  for (const change of changes) {
    if (change.kind === 'createTableSheet' || change.kind === 'createLayoutSheet') {
      const { name } = change.spec;
      if (visible.has(key(name))) continue;
      if (!isValidSheetName(name)) problems.push(workbookMessages.badSheetName(name));
      if (change.kind === 'createTableSheet') checkColumns(name, change.spec.columns, problems);
      else {
        checkColumns(name, change.spec.columns, problems);
        checkMerges(name, change.spec.merges, problems);
        for (const cell of change.spec.cells) {
          if (!isValidAddress(cell.address)) problems.push(workbookMessages.badAddress(name, cell.address));
          checkValue(name, cell.value, problems);
        }
      }
      visible.set(key(name), !(change.kind === 'createTableSheet' && change.spec.hidden));
      planned.push(change);
      continue;
    }
    if (!visible.has(key(change.sheet))) {
      problems.push(workbookMessages.sheetMissing(change.sheet));
      continue;
    }
    if (change.kind === 'appendRows') change.rows.forEach((row) => row.forEach((v) => checkValue(change.sheet, v, problems)));
    if (change.kind === 'writeCells') {
      for (const cell of change.cells) {
        if (!isValidAddress(cell.address)) problems.push(workbookMessages.badAddress(change.sheet, cell.address));
        checkValue(change.sheet, cell.value, problems);
      }
    }
    if (change.kind === 'hideSheet') visible.set(key(change.sheet), false);
    planned.push(change);
  }
  const lastHidden = [...planned].reverse().find((c) => c.kind === 'hideSheet' || c.kind === 'createTableSheet');
  if (visible.size > 0 && ![...visible.values()].some(Boolean) && lastHidden) {
    problems.push(workbookMessages.lastVisibleSheet(lastHidden.kind === 'hideSheet' ? lastHidden.sheet : lastHidden.spec.name));
  }
  if (problems.length > 0) throw new UserFacingError(problems);
  return planned;
}
