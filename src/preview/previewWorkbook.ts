// The preview's workbook, held by its worker (preview-worker.ts); this is the page's side: the port the
// pane's links select through, the service the pane runs its use cases with, and events so the sheet
// grids follow what the pane does (refresh after a write, jump to a selected cell) and the pane learns
// of the clerk's own edits (its dry run and 核验 are then out of date).
import * as Comlink from 'comlink';
import type { CellValue } from '../core/text';
import { UserFacingError } from '../core/messages/problem';
import type { ProgressReporter, ReadOptions, SheetValues, WorkbookChange, WorkbookPort } from '../workbook/port';
import type { PaneService } from '../taskpane/service';
import type { ChangeFeed } from '../taskpane/changes';
import { workerService } from '../taskpane/worker/client';
import type { PreviewApi, SheetView } from './preview-worker';

export type PreviewEvent =
  | { kind: 'changed' }
  /** A cell the clerk edited in the grid: what the pane showed may be out of date. */
  | { kind: 'edited'; sheet: string }
  | { kind: 'select'; sheet: string; address: string };

const WRITING: ReadonlyArray<keyof PaneService> = ['draw', 'announce', 'voidDraw', 'createTemplate'];

export class PreviewWorkbook implements WorkbookPort, ChangeFeed {
  private readonly listeners = new Set<(event: PreviewEvent) => void>();
  readonly service: PaneService;

  constructor(private readonly api: Comlink.Remote<PreviewApi>) {
    const inner = workerService(api as unknown as Parameters<typeof workerService>[0], null);
    // The pane's writes happen in the worker: the grids re-read after each.
    this.service = Object.fromEntries(Object.entries(inner).map(([name, run]) => [name, async (...args: unknown[]) => {
      try {
        return await (run as (...a: unknown[]) => Promise<unknown>)(...args); // spread-ok: the method's own arguments
      } finally {
        if (WRITING.includes(name as keyof PaneService)) this.emit({ kind: 'changed' });
      }
    }])) as unknown as PaneService;
  }

  static start(): PreviewWorkbook {
    const worker = new Worker(new URL('preview-worker.js', document.baseURI));
    return new PreviewWorkbook(Comlink.wrap<PreviewApi>(worker));
  }

  /** The bundled sample: the same code as `ssj init --sample`, run in the worker. */
  async loadSample(): Promise<void> {
    await this.api.sample();
    this.emit({ kind: 'changed' });
  }

  /** Opens .xlsx bytes (handed to the worker, not copied); a UserFacingError when they are no workbook. */
  async open(data: ArrayBuffer): Promise<void> {
    const problems = await this.api.open(Comlink.transfer(data, [data]));
    if (problems) throw new UserFacingError(problems);
    this.emit({ kind: 'changed' });
  }

  subscribe(listener: (event: PreviewEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** ChangeFeed: the clerk's edits in the grid. */
  onChange(listener: (sheet: string) => void): () => void {
    return this.subscribe((event) => {
      if (event.kind === 'edited') listener(event.sheet);
    });
  }

  private emit(event: PreviewEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  listSheets(): Promise<string[]> {
    return this.api.listSheets();
  }

  readSheets(names: readonly string[], progress?: ProgressReporter, options?: ReadOptions): Promise<Map<string, SheetValues>> {
    return this.api.readSheets([...names], progress ? Comlink.proxy(progress) : undefined, options);
  }

  visibleSheets(): Promise<string[]> {
    return this.api.visibleSheets();
  }

  view(sheet: string, maxRows: number): Promise<SheetView | null> {
    return this.api.view(sheet, maxRows);
  }

  async apply(changes: readonly WorkbookChange[], progress?: ProgressReporter): Promise<void> {
    try {
      await this.api.apply([...changes], progress ? Comlink.proxy(progress) : undefined);
    } finally {
      this.emit({ kind: 'changed' });
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    this.emit({ kind: 'select', sheet, address });
  }

  /** A clerk's edit in the grid (the e2e tests tamper with a result or the plan this way). */
  async writeCell(sheet: string, address: string, value: CellValue): Promise<void> {
    try {
      await this.api.writeCell(sheet, address, value);
    } finally {
      this.emit({ kind: 'changed' });
      this.emit({ kind: 'edited', sheet });
    }
  }

  toBlob(): Promise<Blob> {
    return this.api.toBlob();
  }
}

/** What the clerk typed in the formula bar → a cell value: plain numbers become numbers (not codes with leading zeros). */
export function typedValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return text;
}
