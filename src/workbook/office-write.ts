// Writing values through Office.js: appended row blocks and single cells, each with the number format
// set BEFORE the value so that IDs such as "000123" or an 18-character credit code stay text. A blank is
// written as null, which leaves the cell as it is ('' would clear it, and with it what Excel filled in,
// such as a table's calculated column). Any string Excel would convert gets '@' in its own cell, whatever
// its column's format: a date or integer column turns "=…" into a formula and "#N/A" into an error too.
import type { ColumnFormat } from '../core/schema';
import type { CellValue } from '../core/text';
import { BytePrefix, COMMAND_BYTES, MAX_CELLS_PER_RANGE, SliceOp, cellJsonBytes, rowJsonBytes, type SlicePlan } from './office-batch';

/** Excel (en-US) number format codes for the schema's column formats; general keeps Excel's own. */
export function numberFormatOf(format: ColumnFormat | undefined): string | null {
  switch (format) {
    case 'text':
      return '@';
    case 'date':
      return 'yyyy-mm-dd';
    case 'datetime':
      return 'yyyy-mm-dd hh:mm:ss';
    case 'integer':
      return '0';
    default:
      return null;
  }
}

/**
 * A string Excel would not keep as typed in a cell that is not text: a leading = + - @ makes a formula ("If
 * the value starts with a plus, minus, or equal sign, Excel interprets this value as a formula", Range.values),
 * numbers, dates, times and TRUE/FALSE are converted, and "#N/A" and the other error literals become errors.
 */
export function needsTextFormat(value: CellValue | undefined): boolean {
  if (typeof value !== 'string' || value === '') return false;
  return /^[=+\-@]/.test(value) || LOOKS_CONVERTIBLE.test(value.trim());
}
const CONVERTIBLE_SHAPES = [
  '[$¥￥]?\\(?\\d[\\d,]*\\.?\\d*(?:e[+-]?\\d+)?\\)?%?', // 123, 1,234.5, 1e5, 10%, (12)
  '\\.\\d+',
  '\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{1,4})?', // 2024-6-1, 6/1, 1/2
  '(?:\\d{1,4}年)?\\d{1,2}月(?:\\d{1,2}日)?', // 2024年6月, 6月1日
  '\\d{1,4}年\\d{1,2}',
  '\\d{1,2}:\\d{2}(?::\\d{2})?', // 9:30
  'true|false',
  '#(?:N/A|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)', // error values
];
const LOOKS_CONVERTIBLE = new RegExp(`^(?:${CONVERTIBLE_SHAPES.map((shape) => `(?:${shape})`).join('|')})$`, 'i');

/**
 * A 1×1 numberFormat on a larger range applies to every cell: "If the argument is a single value, it will be
 * applied to all cells in the range" (Range.numberFormat remarks, quoted in OfficeDev/office-js-docs-reference#578,
 * where [["fmt"]] is the form that works; see also office-js-docs-pr#2013).
 */
export function setColumnFormat(range: Excel.Range, format: string): void {
  range.numberFormat = [[format]];
}

function cellForWrite(value: CellValue | undefined, format: string | null): CellValue {
  if (value === null || value === undefined || value === '') return null;
  return format === '@' && typeof value === 'number' ? String(value) : value;
}

export interface AppendBlock {
  sheet: string;
  /** 0-based row of the first appended row. */
  startRow: number;
  rows: readonly CellValue[][];
  formats?: ReadonlyArray<ColumnFormat | undefined>;
}

/** Rows written from column A, in slices; every slice sets its columns' formats, then its values. */
export function appendOp(block: AppendBlock): SliceOp {
  return new SliceOp(new AppendPlan(block), 0, block.rows.length);
}

class AppendPlan implements SlicePlan {
  readonly label: string;
  private readonly width: number;
  private readonly columnFormats: Array<[number, string]> = [];
  /** Columns holding strings Excel would convert (and that are not text already): '@' cell by cell. */
  private readonly guardedColumns: number[] = [];
  private readonly prefix: BytePrefix;
  private readonly fixedBytes: number;

  constructor(private readonly block: AppendBlock) {
    this.label = block.sheet;
    this.width = block.rows.reduce((width, row) => Math.max(width, row.length), 1);
    for (let col = 0; col < this.width; col++) {
      const format = numberFormatOf(block.formats?.[col]);
      if (format) this.columnFormats.push([col, format]);
      if (format !== '@' && block.rows.some((row) => needsTextFormat(row[col]))) this.guardedColumns.push(col);
    }
    const formatOfColumn = new Map(this.columnFormats);
    // ["@"], [null] or ["yyyy-mm-dd"] per row and guarded column
    const guardBytes = this.guardedColumns.reduce((sum, col) => sum + 6 + Math.max(4, (formatOfColumn.get(col) ?? '').length + 2), 0);
    const width = this.width;
    this.prefix = new BytePrefix(block.rows.length, (i) => {
      const row = block.rows[i];
      return rowJsonBytes(row) + 1 + 3 * (width - row.length) + guardBytes; // "," between rows; short rows padded with ""
    });
    this.fixedBytes = COMMAND_BYTES * (2 + this.columnFormats.length + this.guardedColumns.length);
  }

  bytesBetween(from: number, to: number): number {
    return this.fixedBytes + this.prefix.between(from, to);
  }

  fitEnd(from: number, to: number, maxBytes: number): number {
    return this.prefix.fitEnd(from, to, maxBytes - this.fixedBytes, MAX_CELLS_PER_RANGE / this.width);
  }

  queue(context: Excel.RequestContext, from: number, to: number): void {
    const sheet = context.workbook.worksheets.getItem(this.block.sheet);
    const firstRow = this.block.startRow + from;
    const count = to - from;
    const rows = this.block.rows.slice(from, to);
    const formatOf = new Map(this.columnFormats);
    const guarded = new Set(this.guardedColumns);
    for (const [col, format] of this.columnFormats) {
      const range = sheet.getRangeByIndexes(firstRow, col, count, 1);
      // A date or integer column: a string Excel would convert gets '@' in its own cell, the rest the column's format.
      if (guarded.has(col)) range.numberFormat = rows.map((row) => [needsTextFormat(row[col]) ? '@' : format]);
      else setColumnFormat(range, format);
    }
    for (const col of this.guardedColumns) {
      if (formatOf.has(col)) continue;
      // A General column: null inside a numberFormat array leaves that cell's format as it is.
      sheet.getRangeByIndexes(firstRow, col, count, 1).numberFormat = rows.map((row) => [
        needsTextFormat(row[col]) ? '@' : null,
      ]);
    }
    sheet.getRangeByIndexes(firstRow, 0, count, this.width).values = rows.map((row) => {
      const out: CellValue[] = new Array(this.width);
      for (let col = 0; col < this.width; col++) out[col] = cellForWrite(row[col], formatOf.get(col) ?? null);
      return out;
    });
  }
}

export interface CellWrite {
  address: string;
  value: CellValue;
  format?: ColumnFormat;
}

/** Single cells of one sheet (report answers), in slices of cells. */
export function cellsOp(sheet: string, cells: readonly CellWrite[]): SliceOp {
  return new SliceOp(new CellsPlan(sheet, cells), 0, cells.length);
}

class CellsPlan implements SlicePlan {
  private readonly prefix: BytePrefix;

  constructor(
    readonly label: string,
    private readonly cells: readonly CellWrite[],
  ) {
    this.prefix = new BytePrefix(cells.length, (i) => 2 * COMMAND_BYTES + cellJsonBytes(cells[i].value));
  }

  bytesBetween(from: number, to: number): number {
    return this.prefix.between(from, to);
  }

  fitEnd(from: number, to: number, maxBytes: number): number {
    return this.prefix.fitEnd(from, to, maxBytes, to - from);
  }

  queue(context: Excel.RequestContext, from: number, to: number): void {
    const sheet = context.workbook.worksheets.getItem(this.label);
    for (const cell of this.cells.slice(from, to)) writeCell(sheet.getRange(cell.address), cell.value, cell.format);
  }
}

/** One cell: its format first ('@' for a string Excel would convert, else the declared one), then its value. */
export function writeCell(range: Excel.Range, value: CellValue, format?: ColumnFormat): void {
  const numberFormat = needsTextFormat(value) ? '@' : numberFormatOf(format);
  if (numberFormat) range.numberFormat = [[numberFormat]];
  range.values = [[cellForWrite(value, numberFormat)]];
}
