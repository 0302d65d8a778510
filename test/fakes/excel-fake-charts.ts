// Charts for the fake Excel (Worksheet.charts, ExcelApi 1.1), added from this file so that the other
// fake files stay as they are: importing it gives every FakeWorksheet a `charts` collection. Commands
// queue and run at sync like the rest of the fake; loaded items throw until synced; protection, the
// host's API set and undo groups are checked through the host's guard.
import { rectAddress, type FakeSheet } from './excel-fake-sheet';
import { jsonBytes, type FakeHost } from './excel-fake-base';
import { FakeExcelError } from './excel-fake-sheet';
import { FakeWorksheet, type FakeRange } from './excel-fake-proxies';

export interface FakeChartState {
  name: string;
  type: string;
  title: string;
  source: string;
  seriesBy: string;
  from?: string;
  to?: string;
}

const CHARTS = new WeakMap<FakeSheet, FakeChartState[]>();

/** The charts on a fake sheet, in the order they were added. */
export function chartsOf(sheet: FakeSheet): FakeChartState[] {
  let list = CHARTS.get(sheet);
  if (!list) CHARTS.set(sheet, (list = []));
  return list;
}

type Sheet = () => FakeSheet;

class FakeChart {
  readonly title: { text: string };
  constructor(
    private readonly host: FakeHost,
    private readonly sheet: Sheet,
    private readonly state: () => FakeChartState,
    /** Set on items of a synced load: their name can be read. */
    private readonly loadedName?: string,
  ) {
    const command = this.command.bind(this);
    this.title = {
      set text(value: string) {
        command('ChartTitle.text', value, (s) => (s.title = value));
      },
      get text(): string {
        throw new FakeExcelError('PropertyNotLoaded', 'title.text is read before load() and context.sync()');
      },
    };
  }
  private command(member: string, payload: unknown, run: (state: FakeChartState) => void): void {
    this.host.enqueue(jsonBytes(payload), () => {
      this.host.guard(member, '1.1', { sheet: this.sheet() });
      run(this.state());
    });
  }
  get name(): string {
    if (this.loadedName === undefined) throw new FakeExcelError('PropertyNotLoaded', 'name is read before load() and context.sync()');
    return this.loadedName;
  }
  set name(value: string) {
    this.command('Chart.name', value, (s) => (s.name = value));
  }
  setPosition(from: string, to?: string): void {
    this.command('Chart.setPosition', [from, to], (s) => Object.assign(s, { from, to }));
  }
  setData(range: FakeRange, seriesBy = 'Auto'): void {
    this.command('Chart.setData', seriesBy, (s) => Object.assign(s, { source: rectAddress(range.strict().rect), seriesBy }));
  }
}

class FakeCharts {
  private loaded: FakeChart[] | null = null;
  constructor(private readonly host: FakeHost, private readonly sheet: Sheet) {}

  add(type: string, range: FakeRange, seriesBy = 'Auto'): FakeChart {
    let state: FakeChartState | undefined;
    this.host.enqueue(jsonBytes([type, seriesBy]), () => {
      const sheet = this.sheet();
      this.host.guard('ChartCollection.add', '1.1', { sheet });
      state = { name: `Chart ${chartsOf(sheet).length + 1}`, type, title: '', source: rectAddress(range.strict().rect), seriesBy };
      chartsOf(sheet).push(state);
    });
    return new FakeChart(this.host, this.sheet, () => state ?? (() => { throw new FakeExcelError('InvalidOperation', 'chart not added yet'); })());
  }

  load(spec?: unknown): this {
    void spec;
    this.host.enqueue(0, () => {
      const sheet = this.sheet();
      const states = chartsOf(sheet);
      return { bytes: jsonBytes(states.map((s) => s.name)), commit: () => (this.loaded = states.map((s) => new FakeChart(this.host, this.sheet, () => s, s.name))) };
    }, 'read');
    return this;
  }

  get items(): FakeChart[] {
    if (!this.loaded) throw new FakeExcelError('PropertyNotLoaded', 'charts.items is read before load() and context.sync()');
    return this.loaded;
  }
}

Object.defineProperty(FakeWorksheet.prototype, 'charts', {
  configurable: true,
  get(this: FakeWorksheet) {
    const host = (this as unknown as { host: FakeHost }).host;
    return new FakeCharts(host, () => this.strict());
  },
});
