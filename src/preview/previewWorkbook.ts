// The preview's port: an ExcelJS workbook held in the page, plus events so the sheet grids can follow
// what the pane does (refresh after apply, jump to a selected cell).
import { createTemplate } from '../usecases';
import type { CellValue } from '../core/text';
import type { ProgressReporter, ReadOptions, SheetValues, WorkbookChange, WorkbookPort } from '../workbook/port';
import { XlsxWorkbook } from '../workbook/xlsx';

export type PreviewEvent =
  | { kind: 'changed' }
  | { kind: 'select'; sheet: string; address: string };

export class PreviewWorkbook implements WorkbookPort {
  private readonly listeners = new Set<(event: PreviewEvent) => void>();

  private constructor(private readonly book: XlsxWorkbook) {}

  /** The bundled sample: the same code as `ssj init --sample`, run in the page. */
  static async sample(): Promise<PreviewWorkbook> {
    const book = await XlsxWorkbook.create();
    await createTemplate(book, { sample: true });
    return new PreviewWorkbook(book);
  }

  static async open(data: ArrayBuffer): Promise<PreviewWorkbook> {
    return new PreviewWorkbook(await XlsxWorkbook.fromBuffer(new Uint8Array(data)));
  }

  subscribe(listener: (event: PreviewEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: PreviewEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  listSheets(): Promise<string[]> {
    return this.book.listSheets();
  }

  readSheets(names: readonly string[], progress?: ProgressReporter, options?: ReadOptions): Promise<Map<string, SheetValues>> {
    return this.book.readSheets(names, progress, options);
  }

  /** The sheets Excel would show as tabs (抽取快照 is hidden there, so it is here too). */
  async visibleSheets(): Promise<string[]> {
    return this.book.workbook.worksheets.filter((ws) => !ws.state || ws.state === 'visible').map((ws) => ws.name);
  }

  async apply(changes: readonly WorkbookChange[], progress?: ProgressReporter): Promise<void> {
    try {
      await this.book.apply(changes, progress);
    } finally {
      this.emit({ kind: 'changed' });
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    this.emit({ kind: 'select', sheet, address });
  }

  /** A clerk's edit in the grid (the e2e test tampers with a result this way). */
  writeCell(sheet: string, address: string, value: CellValue): Promise<void> {
    return this.apply([{ kind: 'writeCells', sheet, cells: [{ address, value }] }]);
  }

  async toBlob(): Promise<Blob> {
    const data = await this.book.toBuffer();
    return new Blob([data as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  }
}

/** What the clerk typed in the formula bar → a cell value: plain numbers become numbers (not codes with leading zeros). */
export function typedValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return text;
}
