// Announced workbooks for verify's tests, and the edits of a forger who recomputes the whole chain.
import ExcelJS from 'exceljs';
import { SHEETS, LOG_COLUMNS } from '../../src/core/schema';
import { GENESIS_HASH, isoTimestampWithOffset, logRowHash } from '../../src/core/draw/log';
import { drawTask } from '../../src/usecases';
import { announceDraw } from '../../src/usecases/announce';
import type { WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { columnLetter } from '../../src/core/text';
import { drawRequest, smallBook } from './helpers';

export const SOURCE = '中国福利彩票快乐8|2024150|2024-06-05 21:30|20×2';
export const LATER_SOURCE = '中国福利彩票快乐8|2024151|2024-06-06 21:30|20×2';
export const NUMBERS = '05 12 17 23 31 38 40 44 47 52 55 58 61 63 66 69 71 74 77 80';
export const BEFORE_DRAWING = () => new Date('2024-06-03T01:30:00Z');
export const AFTER_DRAWING = () => new Date('2024-06-05T14:00:00Z');
export const AFTER_LATER_DRAWING = () => new Date('2024-06-06T14:00:00Z');

/** `ssj announce` (SPEC §3.8) at a time before the drawing; returns the 公告哈希. */
export async function announce(book: WorkbookPort, taskId: string, source = SOURCE, now = BEFORE_DRAWING): Promise<string> {
  const report = await announceDraw(book, { taskId, source, operator: '张三', now });
  if (!report.ok || !report.announcementHash) throw new Error(`announce failed: ${JSON.stringify(report.problems)}`);
  return report.announcementHash;
}

/** An announced draw of 联033 from the drawing's numbers, after 开奖时间. */
export function publicDraw(book: WorkbookPort, now = AFTER_DRAWING) {
  return drawTask(book, drawRequest({ seedSource: { kind: 'public', numbers: NUMBERS }, unannounced: undefined, now, date: isoTimestampWithOffset(now()).slice(0, 10) }));
}

/** The small book with 联033 announced, then drawn from the drawing's numbers after 开奖时间. */
export async function announcedBook(): Promise<{ bytes: Uint8Array; announcementHash: string; drawHash: string }> {
  const book = await smallBook();
  const announcementHash = await announce(book, '联033');
  const report = await publicDraw(book);
  if (!report.ok) throw new Error(`announced draw failed: ${JSON.stringify(report.problems)}`);
  return { bytes: await book.toBuffer(), announcementHash, drawHash: report.logHash! };
}

export async function reopen(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

function column(ws: ExcelJS.Worksheet, header: string): number {
  const row = ws.getRow(1);
  for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).text === header) return c;
  throw new Error(`no column ${header}`);
}

/** A cell of 抽取日志 by its row and header. */
export function logCellOf(wb: ExcelJS.Workbook, row: number, header: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(SHEETS.log)!;
  return ws.getCell(row, column(ws, header));
}

/**
 * What a forger does after editing 抽取日志: renumber 序号 and recompute every 上一条哈希 and 本条哈希
 * (anyone can: SPEC §3.6 is public). Leaves the chain internally consistent.
 */
export async function rechain(wb: ExcelJS.Workbook): Promise<void> {
  const ws = wb.getWorksheet(SHEETS.log)!;
  const headers = LOG_COLUMNS.map((c) => column(ws, c.header));
  let prev = GENESIS_HASH;
  let seq = 0;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    row.getCell(headers[0]).value = ++seq;
    const fields = headers.slice(0, 18).map((c) => {
      const value = row.getCell(c).value;
      return value === null || value === undefined ? '' : String(value).normalize('NFKC').trim();
    });
    row.getCell(headers[18]).value = prev;
    prev = await logRowHash(prev, fields);
    row.getCell(headers[19]).value = prev;
  }
}

/** Rows of a sheet whose 抽取编号 is `drawId`, removed (bottom up, so numbers stay right). */
export function removeDrawRows(wb: ExcelJS.Workbook, sheet: string, drawId: string): void {
  const ws = wb.getWorksheet(sheet)!;
  const col = column(ws, '抽取编号');
  for (let r = ws.rowCount; r >= 2; r--) if (ws.getRow(r).getCell(col).text === drawId) ws.spliceRows(r, 1);
}

export async function editBook(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  await edit(wb);
  return XlsxWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
}

export { column };

/** 抽取日志's data rows as the port reads them (row arrays, header left out). */
export async function readLog(book: WorkbookPort) {
  return ((await book.readSheets([SHEETS.log])).get(SHEETS.log) ?? []).slice(1);
}

/** Writes one cell of a task's plan row, found by 抽查任务编号 under the header row holding it. */
export async function setPlanCellIn(book: WorkbookPort, taskId: string, header: string, value: string | number | null): Promise<void> {
  const values = (await book.readSheets([SHEETS.plan])).get(SHEETS.plan)!;
  const headerRow = values.findIndex((row) => row.some((cell) => cell === '抽查任务编号'));
  const col = values[headerRow].findIndex((cell) => cell === header);
  const taskCol = values[headerRow].findIndex((cell) => cell === '抽查任务编号');
  const row = values.findIndex((cells, r) => r > headerRow && cells[taskCol] === taskId);
  if (col < 0 || row < 0) throw new Error(`no plan cell ${header} for ${taskId}`);
  await book.apply([{ kind: 'writeCells', sheet: SHEETS.plan, cells: [{ address: `${columnLetter(col)}${row + 1}`, value }] }]);
}

/** Writes one cell of an object's registry row (by 对象编号). */
export async function setObjectCellIn(book: WorkbookPort, objectId: string, header: string, value: string | null): Promise<void> {
  const values = (await book.readSheets([SHEETS.objects])).get(SHEETS.objects)!;
  const col = values[0].findIndex((cell) => cell === header);
  const row = values.findIndex((cells) => cells[0] === objectId);
  if (col < 0 || row < 0) throw new Error(`no registry cell ${header} for ${objectId}`);
  await book.apply([{ kind: 'writeCells', sheet: SHEETS.objects, cells: [{ address: `${columnLetter(col)}${row + 1}`, value }] }]);
}
