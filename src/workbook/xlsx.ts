// The WorkbookPort over an .xlsx held in memory by ExcelJS. Browser-safe (the preview bundles it):
// exceljs only, no fs/path/stream. Files on disk: see xlsx-file.ts.
import { ValueType, Workbook, type Worksheet } from 'exceljs';
import { UserFacingError } from '../core/messages/problem';
import { workbookMessages } from '../core/messages/cli';
import { editMessages } from '../core/messages/edits';
import type { CellValue } from '../core/text';
import type { ProgressReporter, ReadOptions, SheetValues, WorkbookChange, WorkbookPort } from './port';
import { toCellValue } from './xlsx-values';
import { planChanges, parseRange, totalsRowInTheWay, valuesWidth } from './xlsx-plan';
import { appendRows, createLayoutSheet, createTableSheet, lastValueRow, tablesOf, writeCell } from './xlsx-write';
import { placeWithinRowLimit } from './row-limit';

/** Rows of `values` made rectangular (width = the widest row), holes filled with null. */
export function rectangular(values: CellValue[][], width: number): SheetValues {
  const out: SheetValues = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const source = values[r];
    const row: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = source?.[c] ?? null;
    out[r] = row;
  }
  return out;
}

/** A sheet's values from A1: merged cells hold their value in the master only. */
export function worksheetValues(ws: Worksheet, maxRows = Infinity): SheetValues {
  const rows: CellValue[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > maxRows) return;
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ValueType.Merge) return;
      const value = toCellValue(cell.value);
      if (value !== null) cells[col - 1] = value;
    });
    if (cells.length === 0) return;
    rows[rowNumber - 1] = cells;
    width = Math.max(width, cells.length);
  });
  return rectangular(rows, width);
}

/**
 * ExcelJS reads a table without a headerRowCount attribute (Excel omits the default 1) as having no
 * header, and would save it as headerRowCount="0". A first row that spells the column names is the header.
 * A table without a style (LibreOffice writes none) would crash ExcelJS's writer: it keeps "no style".
 */
function repairLoadedTables(wb: Workbook): void {
  for (const ws of wb.worksheets) {
    for (const { table } of Object.values(tablesOf(ws))) {
      const styled = table as { style?: unknown };
      if (!styled.style) styled.style = { showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
      const range = table.tableRef ? parseRange(table.tableRef) : null;
      if (table.headerRow || !range || !table.columns) continue;
      const names = table.columns.map((_, i) => toCellValue(ws.getCell(range.top, range.left + i).value));
      if (table.columns.every((column, i) => names[i] === column.name)) table.headerRow = true;
    }
  }
}

export class XlsxWorkbook implements WorkbookPort {
  private constructor(readonly workbook: Workbook) {}

  /** Throws a UserFacingError when the bytes are not an .xlsx workbook. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const workbook = new Workbook();
    try {
      await workbook.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw new UserFacingError([workbookMessages.unreadable()]);
    }
    repairLoadedTables(workbook);
    return new XlsxWorkbook(workbook);
  }

  /** An empty workbook (no sheets). */
  static create(): XlsxWorkbook {
    const workbook = new Workbook();
    workbook.created = new Date();
    return new XlsxWorkbook(workbook);
  }

  async toBuffer(): Promise<Uint8Array> {
    const buffer = await this.workbook.xlsx.writeBuffer();
    return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async readSheets(names: readonly string[], progress?: ProgressReporter, options: ReadOptions = {}): Promise<Map<string, SheetValues>> {
    const result = new Map<string, SheetValues>();
    names.forEach((name, i) => {
      const ws = this.workbook.getWorksheet(name);
      if (ws) result.set(name, worksheetValues(ws, options.maxRows));
      progress?.(i + 1, names.length, name);
    });
    return result;
  }

  /** Checks the whole list first (UserFacingError, nothing written), then applies it in order. */
  async apply(changes: readonly WorkbookChange[], progress?: ProgressReporter): Promise<void> {
    const sheets = this.workbook.worksheets.map((ws) => ({ name: ws.name, visible: ws.state === 'visible' || !ws.state }));
    const planned = await placeWithinRowLimit(planChanges(sheets, changes), (name) => {
      const ws = this.workbook.worksheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      return ws ? lastValueRow(ws) : undefined;
    });
    this.refuseAppendsUnderTotals(planned);
    planned.forEach((change, i) => {
      this.applyOne(change);
      progress?.(i + 1, planned.length);
    });
  }

  /** Before any change: an append that would land under a table's 汇总行 (totalsRowInTheWay). */
  private refuseAppendsUnderTotals(changes: readonly WorkbookChange[]): void {
    for (const change of changes) {
      if (change.kind !== 'appendRows') continue;
      const ws = this.workbook.worksheets.find((candidate) => candidate.name.toLowerCase() === change.sheet.toLowerCase());
      if (!ws) continue;
      const width = valuesWidth(change.rows);
      for (const { table } of Object.values(tablesOf(ws))) {
        const range = table.tableRef ? parseRange(table.tableRef) : null;
        if (range && totalsRowInTheWay({ ...range, totalsRow: Boolean(table.totalsRow) }, width)) {
          throw new UserFacingError([editMessages.totalsRowInTheWay(ws.name)]);
        }
      }
    }
  }

  private sheet(name: string): Worksheet {
    const lower = name.toLowerCase();
    const ws = this.workbook.worksheets.find((candidate) => candidate.name.toLowerCase() === lower);
    if (!ws) throw new UserFacingError([workbookMessages.sheetMissing(name)]);
    return ws;
  }

  private applyOne(change: WorkbookChange): void {
    switch (change.kind) {
      case 'createTableSheet':
        return createTableSheet(this.workbook, change.spec);
      case 'createLayoutSheet':
        return createLayoutSheet(this.workbook, change.spec);
      case 'appendRows':
        appendRows(this.sheet(change.sheet), change.rows, change.formats);
        return;
      case 'writeCells': {
        const ws = this.sheet(change.sheet);
        for (const cell of change.cells) writeCell(ws.getCell(cell.address), cell.value, cell.format);
        return;
      }
      case 'hideSheet':
        this.sheet(change.sheet).state = 'hidden';
        return;
    }
  }
}
