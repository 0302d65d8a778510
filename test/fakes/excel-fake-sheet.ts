// The state behind the fake Excel: sheets with values, number formats, tables, validations and styles.
// Values behave like Excel where the adapter depends on it: '' clears a cell, null leaves it alone, and a
// string written to a cell that is not text-formatted ('@') is converted as Excel converts what is typed:
// numbers ("000123", "1,234", "10%"), dates and times, TRUE/FALSE, error values ("#N/A") and formulas
// (a leading = + - or @). A table grows by itself over values written directly below it (office-js#2097).
import { cellAddress, parseAddress, type CellValue } from '../../src/core/text';
import { convertTyped, type CellKind } from './excel-fake-convert';

export { convertTyped, type CellKind } from './excel-fake-convert';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string = code,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function rectAddress(rect: Rect): string {
  const first = cellAddress(rect.row, rect.col);
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

export function parseRect(address: string): Rect {
  const [a, b = a] = address.split(':').map((part) => parseAddress(part));
  return {
    row: Math.min(a.row, b.row),
    col: Math.min(a.col, b.col),
    rows: Math.abs(a.row - b.row) + 1,
    cols: Math.abs(a.col - b.col) + 1,
  };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

interface FormatPatch extends Rect {
  formats: (string | null)[][];
}

export interface StyleRecord {
  address: string;
  path: string;
  value: unknown;
}

export class FakeTable {
  style = '';
  /** Excel's 汇总行 (Table.showTotals): the table's last row is then its totals row. */
  showTotals = false;
  constructor(
    readonly name: string,
    public rect: Rect,
  ) {}
  get address(): string {
    return rectAddress(this.rect);
  }
}

export class FakeSheet {
  visibility = 'Visible';
  /** Worksheet protection: Excel refuses every write to the sheet (AccessDenied). */
  protected = false;
  frozenRows = 0;
  autoFilter: string | null = null;
  readonly merges: string[] = [];
  readonly tables: FakeTable[] = [];
  readonly styles: StyleRecord[] = [];
  readonly validations: Array<{ rect: Rect; rule: unknown }> = [];
  private readonly cells: (CellValue | undefined)[][] = [];
  private readonly formatPatches: FormatPatch[] = [];
  /** Cells that hold a formula or an error value rather than a constant, by "row,col". */
  private readonly special = new Map<string, { kind: CellKind; formula?: string }>();

  constructor(readonly name: string) {}

  /** Test setup: raw values from `at` (0-based row), no conversion. */
  put(rows: readonly CellValue[][], at = 0, col = 0): this {
    rows.forEach((row, r) => {
      const target = (this.cells[at + r] ??= []);
      row.forEach((value, c) => (target[col + c] = value === '' || value === null ? undefined : value));
    });
    return this;
  }

  get(row: number, col: number): CellValue {
    return this.cells[row]?.[col] ?? null;
  }

  cell(address: string): CellValue {
    const { row, col } = parseAddress(address);
    return this.get(row, col);
  }

  formatAt(row: number, col: number): string {
    for (let i = this.formatPatches.length - 1; i >= 0; i--) {
      const patch = this.formatPatches[i];
      if (!contains(patch, row, col)) continue;
      const single = patch.formats.length === 1 && patch.formats[0].length === 1;
      const format = single ? patch.formats[0][0] : patch.formats[row - patch.row][col - patch.col];
      if (format !== null) return format;
    }
    return 'General';
  }

  /** What the cell holds: text, a number, a boolean, a converted date, an error value or a formula. */
  kind(address: string): CellKind {
    const { row, col } = parseAddress(address);
    const special = this.special.get(`${row},${col}`);
    if (special) return special.kind;
    const value = this.get(row, col);
    if (value === null) return 'empty';
    return typeof value === 'string' ? 'text' : typeof value === 'number' ? 'number' : 'boolean';
  }

  /** Range.formulas: a formula's text, or the constant itself ('' for an empty cell). */
  formulaGrid(rect: Rect): CellValue[][] {
    return this.grid(rect, '').map((row, r) =>
      row.map((value, c) => this.special.get(`${rect.row + r},${rect.col + c}`)?.formula ?? value),
    );
  }

  numberFormat(address: string): string {
    const { row, col } = parseAddress(address);
    return this.formatAt(row, col);
  }

  /** The last value recorded for a style path ('format.font.bold') on exactly this address. */
  style(address: string, path: string): unknown {
    return this.styles.filter((s) => s.address === address && s.path === path).pop()?.value;
  }

  /** Values from A1 to the end of the used range, null for empty cells: what the port should return. */
  values(): CellValue[][] {
    const used = this.usedRect(true);
    if (!used) return [];
    return this.grid({ row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols }, null);
  }

  /** Cell values of a rectangle; empty cells as `empty` ('' is what Excel's Range.values gives). */
  grid(rect: Rect, empty: CellValue): CellValue[][] {
    const out: CellValue[][] = new Array(rect.rows);
    for (let r = 0; r < rect.rows; r++) {
      const source = this.cells[rect.row + r];
      const row: CellValue[] = new Array(rect.cols);
      for (let c = 0; c < rect.cols; c++) row[c] = source?.[rect.col + c] ?? empty;
      out[r] = row;
    }
    return out;
  }

  formatGrid(rect: Rect): string[][] {
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => this.formatAt(rect.row + r, rect.col + c)),
    );
  }

  /** valuesOnly: cells holding values; otherwise also formatted, validated and styled areas (as Excel does). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (rect: Rect) => {
      top = Math.min(top, rect.row);
      left = Math.min(left, rect.col);
      bottom = Math.max(bottom, rect.row + rect.rows - 1);
      right = Math.max(right, rect.col + rect.cols - 1);
    };
    this.cells.forEach((row, r) =>
      row?.forEach((value, c) => value !== undefined && include({ row: r, col: c, rows: 1, cols: 1 })),
    );
    if (!valuesOnly) {
      this.formatPatches.forEach(include);
      this.validations.forEach((v) => include(v.rect));
      this.styles.forEach((s) => include(parseRect(s.address)));
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  writeValues(rect: Rect, values: unknown): void {
    checkShape(rect, values, false);
    (values as CellValue[][]).forEach((row, r) => {
      const target = (this.cells[rect.row + r] ??= []);
      row.forEach((value, c) => {
        if (value === null || value === undefined) return; // null leaves the cell as it is
        const col = rect.col + c;
        const key = `${rect.row + r},${col}`;
        this.special.delete(key);
        if (value === '') target[col] = undefined;
        else if (typeof value === 'string' && this.formatAt(rect.row + r, col) !== '@') {
          // Any format but text converts, date and integer formats too: "000123" → 123, "=1+1" → a formula.
          const converted = convertTyped(value);
          target[col] = converted.value;
          if (converted.kind === 'formula' || converted.kind === 'error' || converted.kind === 'date') {
            this.special.set(key, { kind: converted.kind, formula: converted.formula });
          }
        } else target[col] = value;
      });
    });
  }

  /** Range.clear: values (and formulas) gone; with formats, number formats back to General. */
  clear(rect: Rect, formats: boolean): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const row = this.cells[r];
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (row) row[c] = undefined;
        this.special.delete(`${r},${c}`);
      }
    }
    if (formats) this.formatPatches.push({ ...rect, formats: [['General']] });
  }

  clearValidations(rect: Rect): void {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      if (overlaps(this.validations[i].rect, rect)) this.validations.splice(i, 1);
    }
  }

  /**
   * Excel grows a table over values written directly below it ("by design", office-js#2097): not when the
   * first value under the table's first column is blank (#2097), and never over trailing rows blank in
   * that column (#3013: the last row is left out when its value is blank).
   */
  autoExpandTables(rect: Rect, values: readonly CellValue[][]): void {
    for (const table of this.tables) {
      const t = table.rect;
      if (table.showTotals || rect.row !== t.row + t.rows) continue;
      if (rect.col + rect.cols <= t.col || t.col + t.cols <= rect.col) continue;
      const col = Math.max(t.col, rect.col) - rect.col;
      const blank = (r: number) => values[r]?.[col] === null || values[r]?.[col] === undefined || values[r]?.[col] === '';
      if (blank(0)) continue;
      let rows = values.length;
      while (rows > 0 && blank(rows - 1)) rows--;
      const grown = { ...t, rows: t.rows + rows };
      if (this.tables.some((other) => other !== table && overlaps(other.rect, grown))) continue;
      table.rect = grown;
    }
  }

  writeFormats(rect: Rect, formats: unknown): void {
    checkShape(rect, formats, true);
    this.formatPatches.push({ ...rect, formats: formats as (string | null)[][] });
  }
}

function checkShape(rect: Rect, grid: unknown, allowSingle: boolean): void {
  if (!Array.isArray(grid) || !grid.every(Array.isArray)) {
    throw new FakeExcelError('InvalidArgument', 'expected a two-dimensional array');
  }
  if (allowSingle && grid.length === 1 && grid[0].length === 1) return;
  if (grid.length !== rect.rows || grid.some((row) => row.length !== rect.cols)) {
    throw new FakeExcelError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size of the range ${rectAddress(rect)}`,
    );
  }
}
