// Check a whole change list against the workbook's sheets BEFORE anything is written, so that a bad list
// (a write to a sheet that is neither there nor created earlier, a bad address, overlapping merges)
// leaves the workbook untouched. Browser-safe.
import { UserFacingError, type Problem } from '../core/messages/problem';
import { workbookMessages } from '../core/messages/cli';
import type { ColumnDef } from '../core/schema';
import { columnLetter, parseAddress, type CellValue } from '../core/text';
import { workbookLimitMessages } from '../core/messages/workbook-limits';
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
 * Whether a table is the one a product sheet's appended rows belong to: headed in row 1 (as every
 * product sheet is) and over the columns the rows are written to (A to `width`). A clerk's own table,
 * below the results or to their right, never is.
 */
function holdsAppendedRows(table: CellRange, width: number): boolean {
  return table.top === 1 && table.left <= width;
}

/**
 * How many columns from A the rows' values span (their last non-empty cell): appended rows carry
 * null under the clerk's own headers, up to a table of the clerk's to the right in row 1.
 */
export function valuesWidth(rows: readonly (readonly CellValue[])[]): number {
  let width = 0;
  for (const row of rows) {
    for (let c = row.length; c > width; c--) {
      if (row[c - 1] !== null && row[c - 1] !== undefined) {
        width = c;
        break;
      }
    }
  }
  return width;
}

/**
 * Whether a table grows over rows appended down to newLast, `width` columns from A: the table they
 * belong to (holdsAppendedRows), without a totals row, over whatever rows of the clerk lie between it
 * and the new rows (a note or 合计 row below the results), so that new results never land outside it.
 * Never over another table.
 */
export function tableGrowsOverAppend(
  table: CellRange & { totalsRow: boolean },
  otherTables: readonly CellRange[],
  newLast: number,
  width: number,
): boolean {
  if (table.totalsRow || !holdsAppendedRows(table, width) || table.bottom >= newLast) return false;
  return !otherTables.some(
    (other) => other.top > table.bottom && other.top <= newLast && other.left <= table.right && other.right >= table.left,
  );
}

/**
 * Whether the table the appended rows belong to shows a totals row (Excel's 汇总行): the rows could
 * only go below it, outside the table. Appends are refused then, with editMessages.totalsRowInTheWay.
 */
export function totalsRowInTheWay(table: CellRange & { totalsRow: boolean }, width: number): boolean {
  return table.totalsRow && holdsAppendedRows(table, width);
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

/**
 * A character an .xlsx cannot hold as it is: controls other than tab and line feed (XML 1.0 has no
 * place for them; ExcelJS drops them on save; a carriage return comes back as a line feed), U+FFFE,
 * U+FFFF and a lone surrogate. Text going into hashed rows must read back exactly as hashed.
 */
const UNSTORABLE = /[\u0000-\u0008\u000B-\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of `text` an .xlsx cannot hold (UNSTORABLE), with its 1-based position, or null. */
export function unstorableCharacter(text: string): { code: number; position: number } | null {
  const match = UNSTORABLE.exec(text);
  if (!match) return null;
  return { code: match[0].charCodeAt(0), position: [...text.slice(0, match.index)].length + 1 };
}

/** `at`: the cell written (`C5`), or the 0-based column of appended rows. */
function checkValue(sheet: string, value: CellValue, problems: Problem[], at?: string | number): void {
  if (typeof value === 'number' && !Number.isFinite(value)) problems.push(workbookMessages.badValue(sheet, String(value)));
  if (typeof value === 'string' && value.length > MAX_TEXT) problems.push(workbookMessages.badValue(sheet, `文本超过 ${MAX_TEXT} 个字符`));
  const unstorable = typeof value === 'string' ? unstorableCharacter(value) : null;
  if (unstorable) {
    const where = at === undefined ? '' : typeof at === 'number' ? `新追加行的 ${columnLetter(at)} 列` : ` ${at} `;
    problems.push(workbookLimitMessages.unstorableCharacter(sheet, where, unstorable.code, unstorable.position));
  }
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
    if (change.kind === 'appendRows') {
      change.rows.forEach((row) => row.forEach((v, col) => checkValue(change.sheet, v, problems, col)));
    }
    if (change.kind === 'writeCells') {
      for (const cell of change.cells) {
        if (!isValidAddress(cell.address)) problems.push(workbookMessages.badAddress(change.sheet, cell.address));
        checkValue(change.sheet, cell.value, problems, cell.address);
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
