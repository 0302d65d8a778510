// Proxy objects of the fake Excel API (worksheets, worksheet, range): every setter and method queues a
// command that runs at sync.
import type { CellValue } from '../../src/core/text';
import { FakeExcelError, MAX_COLUMNS, MAX_ROWS, overlaps, parseRect, rectAddress, type FakeSheet } from './excel-fake-sheet';
import { Loadable, jsonBytes, notFound, propertyNames, type FakeHost, type RangeTarget } from './excel-fake-base';
import { FakeTables } from './excel-fake-tables';
import { FakeDataValidation, FakeProtection } from './excel-fake-validation';

export { FakeProtection } from './excel-fake-validation';

export type { FakeHost } from './excel-fake-base';

/** Excel on the web: "a range is limited to five million cells" for get operations. */
const MAX_CELLS_READ = 5_000_000;

export class FakeWorksheets extends Loadable {
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.host, () => this.host.find(name) ?? notFound(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.host, () => {
      this.host.guard('WorksheetCollection.getItemOrNullObject', '1.4');
      return this.host.find(name) ?? null;
    });
  }
  add(name: string): FakeWorksheet {
    this.host.enqueue(jsonBytes(name), () => {
      this.host.guard('WorksheetCollection.add', '1.1', { structure: true });
      void this.host.addSheet(name);
    });
    return this.getItem(name);
  }
  load(spec?: unknown): this {
    this.queueLoad(() => ({ items: this.host.sheetNames().map((name) => ({ name })) }));
    void spec;
    return this;
  }
  get items(): Array<{ name: string }> {
    return this.read('items') as Array<{ name: string }>;
  }
}

export class FakeWorksheet extends Loadable {
  readonly tables: FakeTables;
  readonly freezePanes = {
    freezeRows: (count = 1) => this.command('WorksheetFreezePanes.freezeRows', '1.7', count, (s) => (s.frozenRows = count)),
  };
  readonly autoFilter = {
    apply: (range: FakeRange | string) =>
      this.command('AutoFilter.apply', '1.9', 0, (s) => {
        s.autoFilter = typeof range === 'string' ? range : rectAddress(range.strict().rect);
      }),
  };
  readonly protection: FakeProtection;

  constructor(
    host: FakeHost,
    readonly resolve: () => FakeSheet | null,
  ) {
    super(host);
    this.tables = new FakeTables(host, this);
    this.protection = new FakeProtection(host, 'Worksheet.protection', '1.2', () => this.forChild()?.protected ?? null);
  }

  strict(): FakeSheet {
    return this.resolve() ?? notFound('worksheet');
  }
  /** The sheet for a call chained on this proxy; null propagates unless the host is set to refuse it. */
  forChild(): FakeSheet | null {
    const sheet = this.resolve();
    if (!sheet && this.host.nullChaining === 'throw') notFound('worksheet (method called on a null object)');
    return sheet;
  }
  private command(member: string, version: string, value: unknown, run: (sheet: FakeSheet) => void): void {
    this.host.enqueue(jsonBytes(value), () => {
      const sheet = this.strict();
      this.host.guard(member, version, { sheet });
      run(sheet);
    });
  }

  load(spec?: unknown): this {
    const names = propertyNames(spec);
    this.queueLoad(() => {
      const sheet = this.resolve();
      if (!sheet) return null;
      const all: Record<string, unknown> = { name: sheet.name, visibility: sheet.visibility };
      return Object.fromEntries(names.map((n) => [n, all[n]]));
    });
    return this;
  }
  get name(): string {
    return this.read('name') as string;
  }
  get visibility(): string {
    return this.read('visibility') as string;
  }
  set visibility(value: string) {
    this.host.enqueue(jsonBytes(value), () => {
      const sheet = this.strict();
      this.host.guard('Worksheet.visibility', '1.1', { structure: true });
      sheet.visibility = value;
    });
  }
  delete(): void {
    this.host.enqueue(0, () => {
      const sheet = this.strict();
      this.host.guard('Worksheet.delete', '1.1', { structure: true });
      this.host.deleteSheet(sheet);
    });
  }
  activate(): void {
    this.host.enqueue(0, () => {
      const s = this.strict();
      this.host.guard('Worksheet.activate', '1.1');
      if (s.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'a hidden sheet cannot be activated');
      this.host.setActive(s);
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.host, () => {
      const sheet = this.forChild();
      return sheet && { sheet, rect: address ? parseRect(address) : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.host, () => {
      this.host.guard('Worksheet.getRangeByIndexes', '1.7');
      if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows > MAX_ROWS || col + cols > MAX_COLUMNS) {
        throw new FakeExcelError('InvalidArgument', `bad range indexes ${row},${col},${rows},${cols}`);
      }
      const sheet = this.forChild();
      return sheet && { sheet, rect: { row, col, rows, cols } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.host, () => {
      this.host.guard('Worksheet.getUsedRangeOrNullObject', '1.4');
      const sheet = this.forChild();
      const rect = sheet?.usedRect(valuesOnly === true);
      return sheet && rect ? { sheet, rect } : null;
    });
  }
}

export class FakeRange extends Loadable {
  constructor(
    host: FakeHost,
    private readonly resolve: () => RangeTarget | null,
  ) {
    super(host);
  }
  strict(): RangeTarget {
    return this.resolve() ?? notFound('range');
  }

  set values(values: unknown) {
    this.write('Range.values', '1.1', values, ({ sheet, rect }) => {
      sheet.writeValues(rect, values);
      sheet.autoExpandTables(rect, values as CellValue[][]);
    });
  }
  /** Formulas as Excel reads them back: a constant's text, or "=…" for a formula. */
  set formulas(formulas: unknown) {
    this.write('Range.formulas', '1.1', formulas, ({ sheet, rect }) => sheet.writeValues(rect, formulas));
  }
  get formulas(): unknown[][] {
    return this.read('formulas') as unknown[][];
  }
  /** Range.clear (ExcelApi 1.1): 'Contents' empties values, 'All' (the default) also resets formats. */
  clear(applyTo: string = 'All'): void {
    this.write('Range.clear', '1.1', applyTo, ({ sheet, rect }) => sheet.clear(rect, applyTo !== 'Contents'));
  }
  private write(member: string, version: string, payload: unknown, run: (target: RangeTarget) => void): void {
    this.host.enqueue(jsonBytes(payload), () => {
      const target = this.strict();
      this.host.guard(member, version, { sheet: target.sheet });
      run(target);
    });
  }
  get values(): unknown[][] {
    return this.read('values') as unknown[][];
  }
  set numberFormat(formats: unknown) {
    this.write('Range.numberFormat', '1.1', formats, ({ sheet, rect }) => sheet.writeFormats(rect, formats));
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat') as unknown[][];
  }
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.read('columnIndex') as number;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }
  get address(): string {
    return this.read('address') as string;
  }

  load(spec?: unknown): this {
    const names = propertyNames(spec);
    this.queueLoad(() => {
      const target = this.resolve();
      if (!target) return null;
      const { sheet, rect } = target;
      const cells = rect.rows * rect.cols;
      if (['values', 'numberFormat', 'formulas'].some((n) => names.includes(n)) && cells > MAX_CELLS_READ) {
        throw new FakeExcelError('RangeExceedsLimit', `${cells} cells in one range`);
      }
      const props: Record<string, unknown> = {};
      for (const name of names) {
        if (name === 'values') props.values = sheet.grid(rect, '');
        else if (name === 'formulas') props.formulas = sheet.formulaGrid(rect);
        else if (name === 'numberFormat') props.numberFormat = sheet.formatGrid(rect);
        else if (name === 'address') props.address = `${sheet.name}!${rectAddress(rect)}`;
        else if (name === 'rowIndex') props.rowIndex = rect.row;
        else if (name === 'columnIndex') props.columnIndex = rect.col;
        else if (name === 'rowCount') props.rowCount = rect.rows;
        else if (name === 'columnCount') props.columnCount = rect.cols;
      }
      return props;
    });
    return this;
  }

  get format(): any {
    return styleRecorder(this.host, () => this.strict(), 'format');
  }
  /** Range.dataValidation (ExcelApi 1.8): `rule` set or loaded with `type`, and clear(). */
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.host, () => {
      const found = this.strict();
      this.host.guard('Range.dataValidation', '1.8', { sheet: found.sheet });
      return found;
    });
  }
  merge(across = false): void {
    this.write('Range.merge', '1.2', 0, ({ sheet, rect }) => {
      sheet.merges.push(across ? `${rectAddress(rect)} (across)` : rectAddress(rect));
    });
  }
  select(): void {
    this.host.enqueue(0, () => {
      const { sheet, rect } = this.strict();
      this.host.guard('Range.select', '1.1');
      this.host.setSelection(sheet.name, rectAddress(rect));
    });
  }
}

/** ExcelApi 1.2 for column widths and row heights; every other format property here is 1.1. */
const FORMAT_VERSIONS: Record<string, string> = { 'format.columnWidth': '1.2', 'format.rowHeight': '1.2' };

/** Records any `format.…` property set (font.bold, columnWidth, borders.getItem('EdgeTop').style, …). */
function styleRecorder(host: FakeHost, target: () => RangeTarget, path: string): any {
  return new Proxy(
    {},
    {
      get: (_object, key) => {
        if (typeof key === 'symbol') return undefined;
        if (key === 'getItem') return (item: string) => styleRecorder(host, target, `${path}.${item}`);
        return styleRecorder(host, target, `${path}.${key}`);
      },
      set: (_object, key, value) => {
        const property = `${path}.${String(key)}`;
        host.enqueue(jsonBytes(value), () => {
          const { sheet, rect } = target();
          host.guard(`Range.${property}`, FORMAT_VERSIONS[property] ?? '1.1', { sheet });
          sheet.styles.push({ address: rectAddress(rect), path: property, value });
        });
        return true;
      },
    },
  );
}
