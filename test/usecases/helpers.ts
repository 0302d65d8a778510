// Round-trips through real .xlsx bytes: build the small book, draw, save, tamper with ExcelJS, reopen.
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { drawTask } from '../../src/usecases';
import type { DrawRequest } from '../../src/usecases/types';
import { smallBookChanges, writeSmallBook } from '../fixtures/small-book';

export const WITNESS = '3179 2046 5581 9023 4417 8830';
export const FIXED_NOW = () => new Date('2024-06-03T01:30:00Z');
/** SPEC §3.8: a draw without a 公告 needs a reason; these tests draw with witness digits. */
export const UNANNOUNCED = '测试：见证号码现场抽取，未事先公告';

export function drawRequest(overrides: Partial<DrawRequest> = {}): DrawRequest {
  return {
    taskId: '联033', seedSource: { kind: 'witness', digits: WITNESS }, operator: '张三', date: '2024-06-03', now: FIXED_NOW,
    unannounced: UNANNOUNCED,
    ...overrides,
  };
}

/** The small book with its rows edited before they are written (rows by sheet name, as appended). */
export async function smallBookWith(edit: (rows: Map<string, unknown[][]>) => void): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.create();
  const changes = smallBookChanges();
  const rowsBySheet = new Map<string, unknown[][]>();
  for (const change of changes) if (change.kind === 'appendRows') rowsBySheet.set(change.sheet, change.rows);
  edit(rowsBySheet);
  await book.apply(changes);
  return book;
}

export async function smallBook(): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.create();
  await writeSmallBook(book);
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

/** The small book after one draw of 联033, as .xlsx bytes. */
export async function drawnBookBytes(): Promise<Uint8Array> {
  const book = await smallBook();
  const report = await drawTask(book, drawRequest());
  if (!report.ok) throw new Error(`draw failed: ${JSON.stringify(report.problems)}`);
  return book.toBuffer();
}

/** Applies an ExcelJS edit to .xlsx bytes and reopens them in the adapter. */
export async function tampered(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(wb);
  return XlsxWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Values of a sheet as the port reads them, from row 1. */
export async function sheetValues(book: XlsxWorkbook, name: string) {
  return (await book.readSheets([name])).get(name) ?? [];
}
