// Proxy objects of the fake Excel API (worksheets, worksheet, range): every setter and method queues a
// command that runs at sync.
import { FakeExcelError, MAX_COLUMNS, MAX_ROWS, parseRect, rectAddress, type FakeSheet } from './excel-fake-sheet';
import { Loadable, jsonBytes, notFound, propertyNames, type FakeHost, type RangeTarget } from './excel-fake-base';
import { FakeTables } from './excel-fake-tables';

export type { FakeHost } from './excel-fake-base';

/** Excel on the web: "a range is limited to five million cells" for get operations. */
const MAX_CELLS_READ = 5_000_000;

export class FakeWorksheets extends Loadable {
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.host, () => this.host.find(name) ?? notFound(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.host, () => this.host.find(name) ?? null);
  }
  add(name: string): FakeWorksheet {
    this.host.enqueue(jsonBytes(name), () => void this.host.addSheet(name));
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
  readonly freezePanes = { freezeRows: (count = 1) => this.command(count, (s) => (s.frozenRows = count)) };
  readonly autoFilter = {
    apply: (range: FakeRange | string) =>
      this.command(0, (s) => (s.autoFilter = typeof range === 'string' ? range : rectAddress(range.strict().rect))),
  };

  constructor(
    host: FakeHost,
    readonly resolve: () => FakeSheet | null,
  ) {
    super(host);
    this.tables = new FakeTables(host, this);
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
  private command(value: unknown, run: (sheet: FakeSheet) => void): void {
    this.host.enqueue(jsonBytes(value), () => {
      run(this.strict());
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
  set visibility(value: string) {
    this.command(value, (s) => (s.visibility = value));
  }
  activate(): void {
    this.command(0, (s) => {
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
      if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows > MAX_ROWS || col + cols > MAX_COLUMNS) {
        throw new FakeExcelError('InvalidArgument', `bad range indexes ${row},${col},${rows},${cols}`);
      }
      const sheet = this.forChild();
      return sheet && { sheet, rect: { row, col, rows, cols } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.host, () => {
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
    this.host.enqueue(jsonBytes(values), () => {
      const { sheet, rect } = this.strict();
      sheet.writeValues(rect, values);
    });
  }
  get values(): unknown[][] {
    return this.read('values') as unknown[][];
  }
  set numberFormat(formats: unknown) {
    this.host.enqueue(jsonBytes(formats), () => {
      const { sheet, rect } = this.strict();
      sheet.writeFormats(rect, formats);
    });
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
      if ((names.includes('values') || names.includes('numberFormat')) && cells > MAX_CELLS_READ) {
        throw new FakeExcelError('RangeExceedsLimit', `${cells} cells in one range`);
      }
      const props: Record<string, unknown> = {};
      for (const name of names) {
        if (name === 'values') props.values = sheet.grid(rect, '');
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
  get dataValidation(): { rule: unknown } {
    const host = this.host;
    const target = () => this.strict();
    return {
      set rule(rule: unknown) {
        host.enqueue(jsonBytes(rule), () => {
          const { sheet, rect } = target();
          sheet.validations.push({ rect, rule });
        });
      },
      get rule(): unknown {
        throw new FakeExcelError('PropertyNotLoaded', 'dataValidation.rule');
      },
    };
  }
  merge(across = false): void {
    this.host.enqueue(0, () => {
      const { sheet, rect } = this.strict();
      sheet.merges.push(across ? `${rectAddress(rect)} (across)` : rectAddress(rect));
    });
  }
  select(): void {
    this.host.enqueue(0, () => {
      const { sheet, rect } = this.strict();
      this.host.setSelection(sheet.name, rectAddress(rect));
    });
  }
}

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
        host.enqueue(jsonBytes(value), () => {
          const { sheet, rect } = target();
          sheet.styles.push({ address: rectAddress(rect), path: `${path}.${String(key)}`, value });
        });
        return true;
      },
    },
  );
}

