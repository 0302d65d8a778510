// Table proxies of the fake Excel API: tables.add (a header-only range gets one empty data row),
// getItem, load('items/name'), load('showTotals'), style, getRange and resize (ExcelApi 1.13 rules).
import { FakeExcelError, FakeTable, overlaps, parseRect, type FakeSheet } from './excel-fake-sheet';
import { Loadable, jsonBytes, notFound, type FakeHost } from './excel-fake-base';
import { FakeRange, type FakeWorksheet } from './excel-fake-proxies';

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
      this.host.guard('TableCollection.add', '1.1', { sheet });
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
  getItemAt(index: number): FakeTableProxy {
    return new FakeTableProxy(this.host, () => {
      const sheet = this.worksheet.strict();
      return { sheet, table: sheet.tables[index] ?? notFound(`table #${index}`) };
    });
  }
  /** ExcelApi 1.4; a null object when the table (or its sheet) is missing. */
  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(
      this.host,
      () => {
        const sheet = this.worksheet.strict();
        return { sheet, table: sheet.tables.find((t) => t.name === name) ?? notFound(`table ${name}`) };
      },
      () => {
        this.host.guard('TableCollection.getItemOrNullObject', '1.4');
        return this.worksheet.forChild()?.tables.some((t) => t.name === name) ?? false;
      },
    );
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

export class FakeTableProxy extends Loadable {
  constructor(
    host: FakeHost,
    private readonly resolve: () => { sheet: FakeSheet; table: FakeTable },
    /** For getItemOrNullObject: whether the table exists (a null object when not). */
    private readonly exists: () => boolean = () => true,
  ) {
    super(host);
  }
  /** Loads name and showTotals (the table properties the add-in reads). */
  load(spec?: unknown): this {
    void spec;
    this.queueLoad(() => {
      if (!this.exists()) return null;
      const { table } = this.resolve();
      return { name: table.name, showTotals: table.showTotals };
    });
    return this;
  }
  get showTotals(): boolean {
    return this.read('showTotals') as boolean;
  }
  set style(style: string) {
    this.host.enqueue(jsonBytes(style), () => {
      const { sheet, table } = this.resolve();
      this.host.guard('Table.style', '1.1', { sheet });
      table.style = style;
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
      const { sheet, table } = this.resolve();
      this.host.guard('Table.resize', '1.13', { sheet });
      const rect = typeof range === 'string' ? parseRect(range) : range.strict().rect;
      if (rect.row !== table.rect.row || !overlaps(rect, table.rect)) {
        throw new FakeExcelError('InvalidArgument', 'resize must keep the header row and overlap the table');
      }
      table.rect = { ...rect };
    });
  }
}
