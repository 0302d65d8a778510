// Carrying out each kind of WorkbookChange on an ExcelJS workbook. Called only after planChanges has
// accepted the whole list. Browser-safe: exceljs only.
import { ValueType, type Borders, type Cell, type DataValidation, type Style, type Workbook, type Worksheet } from 'exceljs';
import { isoToSerial } from '../core/dates';
import { workbookTexts } from '../core/messages/cli';
import type { ColumnDef, ColumnFormat } from '../core/schema';
import { columnLetter, type CellValue } from '../core/text';
import type { LayoutSheetSpec, TableSheetSpec } from './port';
import { listFormula, parseRange, tableGrowsOverAppend, valuesWidth } from './xlsx-plan';

/**
 * Drop-downs cover rows 2..5000 when made, and grow in steps of 5000 as rows are appended
 * (grownValidationBottom): a whole-column range would make ExcelJS in the browser expand a million
 * cells on load.
 */
export const VALIDATION_LAST_ROW = 5000;
const EXCEL_LAST_ROW = 1_048_576;

/**
 * The new last row of a data-validation range (rows top..bottom) when rows previousLast + 1..newLast
 * are appended, or undefined to leave it as it is. A range of more than one row (a single cell's
 * drop-down is about that cell) that starts no lower than the first new row, that reaches the old
 * last row (it covers the rows so far) or ends on a multiple of 5000 (a drop-down made here and left
 * short by an earlier append), and that stops before the new last row grows down to the first
 * multiple of 5000 at or past the new last row: still one range, with room for the clerk's next rows.
 */
export function grownValidationBottom(top: number, bottom: number, previousLast: number, newLast: number): number | undefined {
  if (bottom >= newLast || bottom === top || top > previousLast + 1) return undefined;
  if (bottom < previousLast && bottom % VALIDATION_LAST_ROW !== 0) return undefined;
  return Math.min(EXCEL_LAST_ROW, Math.ceil(newLast / VALIDATION_LAST_ROW) * VALIDATION_LAST_ROW);
}

const DEFAULT_WIDTH = 12;

const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = {
  text: '@',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
  integer: '0',
  general: undefined,
};

export function numberFormat(format: ColumnFormat | undefined): string | undefined {
  return format ? NUMBER_FORMATS[format] : undefined;
}

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

type LayoutStyle = NonNullable<LayoutSheetSpec['cells'][number]['style']>;

const LAYOUT_STYLES: Record<LayoutStyle, Partial<Style>> = {
  title: { font: { bold: true, size: 16 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  header: { font: { bold: true }, border: THIN, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  label: { font: { bold: true }, border: THIN, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  answer: { border: THIN, alignment: { horizontal: 'center', vertical: 'middle' } },
  note: { alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
  subtitle: { alignment: { horizontal: 'center', vertical: 'middle' } },
};

/** Column widths and number formats as column styles, so rows typed later inherit them. */
function formatColumns(ws: Worksheet, columns: readonly ColumnDef[]): void {
  columns.forEach((def, i) => {
    const column = ws.getColumn(i + 1);
    column.width = def.width ?? DEFAULT_WIDTH;
    const format = numberFormat(def.format);
    if (format) column.numFmt = format;
  });
}

interface ValidationStore {
  /** By address or range (`M2`, `M2:M5000`); a removed one is left as undefined. */
  model: Record<string, DataValidation | undefined>;
  add(address: string, validation: DataValidation): void;
}

/** ExcelJS's typings omit the sheet's data-validation store. */
function dataValidations(ws: Worksheet): ValidationStore {
  return (ws as unknown as { dataValidations: ValidationStore }).dataValidations;
}

function addDropDowns(ws: Worksheet, columns: readonly ColumnDef[], firstRow: number): void {
  const store = dataValidations(ws);
  columns.forEach((def, i) => {
    if (!def.choices || def.choices.length === 0) return;
    const letter = columnLetter(i);
    store.add(`${letter}${firstRow}:${letter}${VALIDATION_LAST_ROW}`, {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(def.choices)],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: workbookTexts.dropDownErrorTitle,
      error: workbookTexts.dropDownError(def.header),
    });
  });
}

function tableNames(wb: Workbook): Set<string> {
  const names = new Set<string>();
  for (const ws of wb.worksheets) for (const name of Object.keys(tablesOf(ws))) names.add(name.toLowerCase());
  return names;
}

/** Excel table names: letters (CJK included), digits, `_` and `.`, starting with a letter or `_`. */
function uniqueTableName(wb: Workbook, sheetName: string): string {
  const base = `表_${sheetName.replace(/[^\p{L}\p{N}_.]/gu, '_')}`;
  const taken = tableNames(wb);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}

export function createTableSheet(wb: Workbook, spec: TableSheetSpec): void {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' }] });
  formatColumns(ws, spec.columns);
  // An Excel table needs one body row; Excel itself keeps one empty row when a table is emptied.
  ws.addTable({
    name: uniqueTableName(wb, spec.name),
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    // Excel's own label for a totals row the clerk may switch on (ExcelJS would write 'Total').
    columns: spec.columns.map((def, i) => ({ name: def.header, filterButton: true, ...(i === 0 ? { totalsRowLabel: workbookTexts.totalsRowLabel } : {}) })),
    rows: [spec.columns.map(() => null)],
  });
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  addDropDowns(ws, spec.columns, 2);
  if (spec.hidden) ws.state = 'hidden';
}

function styleCell(ws: Worksheet, address: string, style: LayoutStyle, merges: readonly string[]): void {
  const look = LAYOUT_STYLES[style];
  const apply = (cell: Cell): void => {
    if (look.font) cell.font = look.font;
    if (look.alignment) cell.alignment = look.alignment;
    if (look.border) cell.border = look.border;
  };
  apply(ws.getCell(address));
  // A merged cell shows the borders of every cell it covers.
  const at = parseRange(address);
  const merge = merges.map((m) => parseRange(m)).find((r) => r && at && r.top === at.top && r.left === at.left);
  if (!merge || !look.border) return;
  for (let r = merge.top; r <= merge.bottom; r++) {
    for (let c = merge.left; c <= merge.right; c++) ws.getCell(r, c).border = look.border;
  }
}

export function createLayoutSheet(wb: Workbook, spec: LayoutSheetSpec): void {
  const ws = wb.addWorksheet(spec.name);
  if (spec.columns && spec.headerRow) formatColumns(ws, spec.columns);
  spec.columnWidths?.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [row, points] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = points;
  for (const merge of spec.merges) ws.mergeCells(merge);
  for (const cell of spec.cells) {
    ws.getCell(cell.address).value = cell.value;
    if (cell.style) styleCell(ws, cell.address, cell.style, spec.merges);
  }
  if (spec.headerRow) {
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.headerRow, topLeftCell: `A${spec.headerRow + 1}` }];
    if (spec.columns?.length) {
      ws.autoFilter = { from: { row: spec.headerRow, column: 1 }, to: { row: spec.headerRow, column: spec.columns.length } };
      addDropDowns(ws, spec.columns, spec.headerRow + 1);
    }
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The value a cell of that column format gets: IDs as text, ISO dates as serials. */
export function cellValueFor(value: CellValue, format: ColumnFormat | undefined): CellValue {
  if (value === null) return null;
  if (format === 'text') return typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
  if (format === 'date' && typeof value === 'string' && ISO_DATE.test(value)) return isoToSerial(value);
  return value;
}

/**
 * IDs stay text ('@'), dates are serials under a date format, integers get '0'. A cell that already
 * has the format (inherited from its column's style) is left alone: a per-cell style is a new object
 * per cell, which costs time and memory on appends of 100,000 rows.
 */
export function writeCell(cell: Cell, value: CellValue, format: ColumnFormat | undefined): void {
  const numFmt = numberFormat(format);
  if (numFmt && cell.numFmt !== numFmt) cell.numFmt = numFmt;
  cell.value = cellValueFor(value, format);
}

/** The last row holding a value or part of a merge (0 when the sheet is empty): appends go below it. */
export function lastValueRow(ws: Worksheet): number {
  for (let r = ws.rowCount; r >= 1; r--) {
    const row = ws.findRow(r);
    if (!row) continue;
    let occupied = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ValueType.Merge || (cell.value !== null && cell.value !== '')) occupied = true;
    });
    if (occupied) return r;
  }
  return 0;
}

interface TableModel {
  tableRef?: string;
  autoFilterRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: Array<{ name: string }>;
}

/** ExcelJS keeps a sheet's tables as a record of wrappers around their models. */
export function tablesOf(ws: Worksheet): Record<string, { table: TableModel }> {
  return (ws as unknown as { tables: Record<string, { table: TableModel }> }).tables ?? {};
}

function withBottom(range: string, bottom: number): string {
  const r = parseRange(range);
  return r ? `${columnLetter(r.left - 1)}${r.top}:${columnLetter(r.right - 1)}${bottom}` : range;
}

/** Grow tables (tableGrowsOverAppend) and a multi-row autofilter that reaches the old last row over the appended rows. */
function extendRanges(ws: Worksheet, previousLast: number, newLast: number, width: number): void {
  const tables = Object.values(tablesOf(ws)).map(({ table }) => ({ table, range: table.tableRef ? parseRange(table.tableRef) : null }));
  for (const { table, range } of tables) {
    if (!range) continue;
    const others = tables.flatMap((other) => (other.table !== table && other.range ? [other.range] : []));
    if (!tableGrowsOverAppend({ ...range, totalsRow: Boolean(table.totalsRow) }, others, newLast, width)) continue;
    table.tableRef = withBottom(table.tableRef!, newLast);
    table.autoFilterRef = withBottom(table.autoFilterRef ?? table.tableRef, newLast);
  }
  if (typeof ws.autoFilter === 'string') {
    const range = parseRange(ws.autoFilter);
    if (range && range.bottom > range.top && range.bottom >= previousLast && range.bottom < newLast) {
      ws.autoFilter = withBottom(ws.autoFilter, newLast);
    }
  }
}

interface ValidationRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  validation: DataValidation;
  /** The model's keys it stands for. */
  keys: string[];
}

/**
 * The store's validations as ranges: a range key as it is, and cells held one by one (ExcelJS's
 * reader, unpatched in the browser, expands every range into its cells) as runs down a column.
 */
function validationRanges(model: ValidationStore['model']): ValidationRange[] {
  const ranges: ValidationRange[] = [];
  const cells = new Map<string, Array<{ row: number; key: string }>>();
  const byObject = new Map<DataValidation, number>();
  for (const [key, validation] of Object.entries(model)) {
    const range = validation ? parseRange(key) : null;
    if (!validation || !range) continue;
    if (key.includes(':')) {
      ranges.push({ ...range, validation, keys: [key] });
      continue;
    }
    if (!byObject.has(validation)) byObject.set(validation, byObject.size);
    const group = `${byObject.get(validation)}|${range.left}`;
    const run = cells.get(group) ?? [];
    run.push({ row: range.top, key });
    cells.set(group, run);
  }
  for (const run of cells.values()) {
    run.sort((a, b) => a.row - b.row);
    const col = parseRange(run[0].key)!.left;
    for (let i = 0; i < run.length; ) {
      let j = i;
      while (j + 1 < run.length && run[j + 1].row === run[j].row + 1) j++;
      const validation = model[run[i].key]!;
      ranges.push({ top: run[i].row, bottom: run[j].row, left: col, right: col, validation, keys: run.slice(i, j + 1).map((c) => c.key) });
      i = j + 1;
    }
  }
  return ranges;
}

/** Grow the sheet's drop-downs over appended rows (grownValidationBottom), each as one range. */
function extendValidations(ws: Worksheet, previousLast: number, newLast: number): void {
  const model = dataValidations(ws).model;
  for (const range of validationRanges(model)) {
    const bottom = grownValidationBottom(range.top, range.bottom, previousLast, newLast);
    if (bottom === undefined) continue;
    const key = `${columnLetter(range.left - 1)}${range.top}:${columnLetter(range.right - 1)}${bottom}`;
    if (model[key] && model[key] !== range.validation) continue;
    for (const old of range.keys) delete model[old];
    model[key] = range.validation;
  }
}

/** Appends below the last row holding any value; returns the 1-based rows written. */
export function appendRows(
  ws: Worksheet,
  rows: readonly CellValue[][],
  formats: ReadonlyArray<ColumnFormat | undefined> | undefined,
): { first: number; last: number } {
  const previousLast = lastValueRow(ws);
  rows.forEach((values, i) => {
    const row = ws.getRow(previousLast + 1 + i);
    values.forEach((value, c) => {
      if (value !== null) writeCell(row.getCell(c + 1), value, formats?.[c]);
    });
  });
  const last = previousLast + rows.length;
  if (rows.length > 0) {
    extendRanges(ws, previousLast, last, valuesWidth(rows));
    extendValidations(ws, previousLast, last);
  }
  return { first: previousLast + 1, last };
}
