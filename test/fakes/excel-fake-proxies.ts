// Proxy objects of the fake Excel API: every setter and method queues a command that runs at sync;
// every loaded property throws until a load() has been synced, as in Office.js.
import {
  FakeExcelError,
  FakeSheet,
  FakeTable,
  MAX_COLUMNS,
  MAX_ROWS,
  overlaps,
  parseRect,
  rectAddress,
  type Rect,
} from './excel-fake-sheet';

/** Excel on the web: "a range is limited to five million cells" for get operations. */
const MAX_CELLS_READ = 5_000_000;

type Outcome = void | { bytes: number; commit: () => void };

/** What the proxies need from the context and the workbook. */
export interface FakeHost {
  enqueue(bytes: number, run: () => Outcome): void;
  find(name: string): FakeSheet | undefined;
  addSheet(name: string): FakeSheet;
  sheetNames(): string[];
  nullChaining: 'propagate' | 'throw';
  nextTableName(): string;
  setActive(sheet: FakeSheet): void;
  setSelection(sheet: string, address: string): void;
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

function propertyNames(spec: unknown): string[] {
  const text = Array.isArray(spec) ? spec.join(',') : typeof spec === 'string' ? spec : '';
  return text.split(',').map((p) => p.trim()).filter(Boolean);
}

function notFound(what: string): never {
  throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: ${what}`);
}

class Loadable {
  private loaded: Record<string, unknown> | null = null;
  constructor(protected readonly host: FakeHost) {}

  protected read(property: string): unknown {
    if (!this.loaded || !(property in this.loaded)) {
      throw new FakeExcelError('PropertyNotLoaded', `${property} is read before load() and context.sync()`);
    }
    return this.loaded[property];
  }

  get isNullObject(): boolean {
    return this.read('isNullObject') as boolean;
  }

  /** Queues a load; `compute` runs at sync and returns the properties, or null for a null object. */
  protected queueLoad(compute: () => Record<string, unknown> | null): void {
    this.host.enqueue(0, () => {
      const props = compute();
      return {
        bytes: jsonBytes(props),
        commit: () => (this.loaded = { ...(props ?? {}), isNullObject: props === null }),
      };
    });
  }
}

type RangeTarget = { sheet: FakeSheet; rect: Rect };

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
    this.host.enqueue(jsonBytes(value), () => run(this.strict()));
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

export class FakeTables extends Loadable {
  constructor(
    host: FakeHost,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(host);
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTableProxy {
    let created: FakeTable | undefined;
    this.host.enqueue(jsonBytes(typeof address === 'string' ? address : 'range'), () => {
      const sheet = this.worksheet.strict();
      const rect = typeof address === 'string' ? parseRect(address) : { ...address.strict().rect };
      if (sheet.tables.some((t) => overlaps(t.rect, rect))) {
        throw new FakeExcelError('InvalidOperation', 'a table cannot overlap another table');
      }
      if (hasHeaders && rect.rows === 1) rect.rows = 2; // Excel adds one empty data row
      created = new FakeTable(this.host.nextTableName(), rect);
      sheet.tables.push(created);
    });
    return new FakeTableProxy(this.host, () => ({ sheet: this.worksheet.strict(), table: created ?? notFound('table') }));
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.host, () => {
      const sheet = this.worksheet.strict();
      return { sheet, table: sheet.tables.find((t) => t.name === name) ?? notFound(`table ${name}`) };
    });
  }
  load(spec?: unknown): this {
    void spec;
    this.queueLoad(() => {
      const sheet = this.worksheet.forChild();
      return { items: (sheet?.tables ?? []).map((t) => ({ name: t.name })) };
    });
    return this;
  }
  get items(): Array<{ name: string }> {
    return this.read('items') as Array<{ name: string }>;
  }
}

export class FakeTableProxy {
  constructor(
    private readonly host: FakeHost,
    private readonly resolve: () => { sheet: FakeSheet; table: FakeTable },
  ) {}
  set style(style: string) {
    this.host.enqueue(jsonBytes(style), () => {
      this.resolve().table.style = style;
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.host, () => {
      const { sheet, table } = this.resolve();
      return { sheet, rect: table.rect };
    });
  }
  /** ExcelApi 1.13: the new range must overlap the old one and keep its top row. */
  resize(range: FakeRange | string): void {
    this.host.enqueue(0, () => {
      const { table } = this.resolve();
      const rect = typeof range === 'string' ? parseRect(range) : range.strict().rect;
      if (rect.row !== table.rect.row || !overlaps(rect, table.rect)) {
        throw new FakeExcelError('InvalidArgument', 'resize must keep the header row and overlap the table');
      }
      table.rect = { ...rect };
    });
  }
}
