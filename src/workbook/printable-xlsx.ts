// A printable record (core/draw/printable.ts) as a one-sheet .xlsx: A4 portrait, fitted to the page
// width, a print area, long hashes wrapped in full, signature lines at the foot.
import { Workbook } from 'exceljs';
import type { PrintableRecord } from '../core/draw/printable';
import { printableTexts } from '../core/messages/printable';

const SHEET_NAME = '记录';
const FONT = { name: '宋体', size: 11 };

/** The record as .xlsx bytes. */
export async function printableRecordXlsx(record: PrintableRecord): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.columns = [{ width: 26 }, { width: 70 }];
  const title = sheet.addRow([record.title]);
  sheet.mergeCells(title.number, 1, title.number, 2);
  title.font = { ...FONT, size: 15, bold: true };
  title.alignment = { horizontal: 'center' };
  title.height = 28;
  for (const { label, value } of record.rows) {
    const row = sheet.addRow([label, value]);
    row.font = FONT;
    row.getCell(1).font = { ...FONT, bold: true };
    // A 64-character hash must print whole: wrap, never cut.
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = Math.max(18, 16 * Math.ceil(value.length / 60));
    for (const cell of [row.getCell(1), row.getCell(2)]) {
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
  sheet.addRow([]);
  const note = sheet.addRow([record.note]);
  sheet.mergeCells(note.number, 1, note.number, 2);
  note.font = FONT;
  note.alignment = { wrapText: true, vertical: 'top' };
  note.height = 48;
  for (const who of record.signatures) {
    sheet.addRow([]);
    const line = sheet.addRow([who, printableTexts.signatureLine]);
    line.font = FONT;
    line.height = 30;
    line.alignment = { vertical: 'bottom' };
  }
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printArea: `A1:B${sheet.rowCount}`,
    margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
