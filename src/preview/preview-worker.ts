// The browser preview's worker (dist/preview/preview-worker.js): it holds the workbook (ExcelJS), opens
// and saves it, serves the sheet grids a window of rows at a time, and runs the pane's use cases on it,
// so that nothing heavy runs on the page's thread.
import * as Comlink from 'comlink';
import { createTemplate } from '../usecases';
import type { CellValue } from '../core/text';
import type { ProgressReporter, ReadOptions, SheetValues, WorkbookChange } from '../workbook/port';
import { XlsxWorkbook, worksheetValues } from '../workbook/xlsx';
import { serviceApi } from '../taskpane/worker/service-api';
import { UserFacingError, type Problem } from '../core/messages/problem';

let book: XlsxWorkbook | null = null;

function current(): XlsxWorkbook {
  if (!book) throw new Error('no workbook');
  return book;
}

export interface SheetView {
  values: SheetValues;
  /** Rows in the sheet (values holds at most the rows asked for). */
  totalRows: number;
}

const service = serviceApi(() => book);

export const previewApi = {
  call: service.call,

  async sample(): Promise<void> {
    const made = XlsxWorkbook.create();
    await createTemplate(made, { sample: true });
    book = made;
  },

  /** Problems when the bytes are not an .xlsx workbook (the one open before stays). */
  async open(data: ArrayBuffer): Promise<Problem[] | null> {
    try {
      book = await XlsxWorkbook.fromBuffer(new Uint8Array(data));
      return null;
    } catch (thrown) {
      if (thrown instanceof UserFacingError) return thrown.problems;
      throw thrown;
    }
  },

  async listSheets(): Promise<string[]> {
    return current().listSheets();
  },

  /** The sheets Excel would show as tabs (抽取快照 is hidden there, so it is here too). */
  async visibleSheets(): Promise<string[]> {
    return current().workbook.worksheets.filter((ws) => !ws.state || ws.state === 'visible').map((ws) => ws.name);
  },

  async readSheets(names: string[], progress?: ProgressReporter, options?: ReadOptions): Promise<Map<string, SheetValues>> {
    return current().readSheets(names, progress, options);
  },

  async apply(changes: WorkbookChange[], progress?: ProgressReporter): Promise<void> {
    await current().apply(changes, progress);
  },

  /** The first `maxRows` rows of a sheet for its grid, and how many rows it has. */
  async view(sheet: string, maxRows: number): Promise<SheetView | null> {
    const ws = current().workbook.getWorksheet(sheet);
    if (!ws) return null;
    return { values: worksheetValues(ws, maxRows), totalRows: ws.actualRowCount ? ws.rowCount : 0 };
  },

  async writeCell(sheet: string, address: string, value: CellValue): Promise<void> {
    await current().apply([{ kind: 'writeCells', sheet, cells: [{ address, value }] }]);
  },

  /** The .xlsx file, made here: a Blob crosses to the page as a handle, its bytes are not copied there. */
  async toBlob(): Promise<Blob> {
    const bytes = await current().toBuffer();
    return new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  },
};

export type PreviewApi = typeof previewApi;

Comlink.expose(previewApi);
