// Creating the product's sheets through Office.js: a table sheet (header, table, drop-downs, formats,
// frozen header) or a drawn layout (values, merges, styles, widths). Each is one group of commands.
// Formats and drop-downs reach only as far as needed: the table's first data row (appended rows bring their
// own, office-write.ts), or LAYOUT_INPUT_ROWS rows under a layout's header that clerks fill by hand; never
// to row 1,048,576, which would move Ctrl+End and the scroll bar to the sheet's last row.
import type { ColumnDef } from '../core/schema';
import { parseAddress } from '../core/text';
import type { LayoutSheetSpec, TableSheetSpec } from './port';
import { COMMAND_BYTES, EXCEL_MAX_ROWS, cellJsonBytes, fixedOp, rowJsonBytes, type SyncOp } from './office-batch';
import type { RangeBounds } from './office-read';
import { numberFormatOf, setColumnFormat, writeCell } from './office-write';
import { maxOf, minOf } from '../core/arrays';

export const TABLE_STYLE = 'TableStyleMedium2';

/** Rows under a layout's header (the annual plan) given formats and drop-downs for hand entry. */
export const LAYOUT_INPUT_ROWS = 1000;

/** Requirement sets above the ExcelApi 1.7 baseline that creating sheets uses where the host has them. */
export interface SheetFeatures {
  /** Range.dataValidation, ExcelApi 1.8: without it, no drop-downs. */
  dataValidation: boolean;
  /** Worksheet.autoFilter, ExcelApi 1.9: without it, no filter buttons on a layout's header. */
  autoFilter: boolean;
}

/** A table we may have to grow after appending: its bounds, and how to reach it inside a batch. */
export interface TableHandle extends RangeBounds {
  get(context: Excel.RequestContext): Excel.Table;
}

/** Column width in characters (as ExcelJS and the schema give it) → points (Range.format.columnWidth). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The list for a drop-down; Excel caps a literal list source at 255 characters and uses ',' to split it. */
export function listSource(choices: readonly string[]): string | null {
  const source = choices.join(',');
  return source.length <= 255 && !choices.some((choice) => choice.includes(',')) ? source : null;
}

/** Formats and drop-downs for `rows` rows under a header; widths unless given apart. */
function formatColumnsBelow(
  sheet: Excel.Worksheet,
  headerRow: number,
  rows: number,
  columns: readonly ColumnDef[],
  features: SheetFeatures,
  withWidths = true,
): void {
  const rowCount = Math.min(rows, EXCEL_MAX_ROWS - headerRow - 1);
  columns.forEach((column, col) => {
    const body = sheet.getRangeByIndexes(headerRow + 1, col, rowCount, 1);
    const format = numberFormatOf(column.format);
    if (format) setColumnFormat(body, format);
    const source = column.choices ? listSource(column.choices) : null;
    // ExcelApi 1.8 data validation; a list source is a comma-separated string.
    if (source && features.dataValidation) body.dataValidation.rule = { list: { inCellDropDown: true, source } };
    if (withWidths && column.width) {
      sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(column.width);
    }
  });
}

function columnsBytes(columns: readonly ColumnDef[]): number {
  const choices = columns.reduce((sum, column) => sum + (column.choices?.join(',').length ?? 0) * 3, 0);
  return COMMAND_BYTES * (3 * columns.length) + choices;
}

/**
 * SPEC §2: a product sheet with its header in row 1 inside a table, drop-downs for the fixed choices,
 * number formats, widths and a frozen header; hidden (not very hidden) when the spec says so (抽取快照).
 * The returned handle reaches the new table once the op is queued, so rows appended later can grow it.
 */
export function createTableSheetOp(spec: TableSheetSpec, features: SheetFeatures): { op: SyncOp; table: TableHandle } {
  const headers = spec.columns.map((column) => column.header);
  const bytes = COMMAND_BYTES * 8 + rowJsonBytes(headers) + columnsBytes(spec.columns);
  let created: Excel.Table | undefined;
  const op = fixedOp(spec.name, bytes, (context) => {
    const sheet = context.workbook.worksheets.add(spec.name);
    formatColumnsBelow(sheet, 0, 1, spec.columns, features);
    const header = sheet.getRangeByIndexes(0, 0, 1, headers.length);
    header.values = [headers];
    header.format.font.bold = true;
    created = sheet.tables.add(header, true);
    created.style = TABLE_STYLE;
    sheet.freezePanes.freezeRows(1);
    // Not undoable on Windows and Mac: this op runs outside the undo group (office.ts).
    if (spec.hidden) sheet.visibility = 'Hidden';
  });
  const get = (): Excel.Table => {
    if (!created) throw new Error(`table of ${spec.name} used before it was created`);
    return created;
  };
  // A table over a header-only range gets one empty data row: A1:…2.
  return { op, table: { rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: headers.length, get } };
}

type LayoutStyle = NonNullable<LayoutSheetSpec['cells'][number]['style']>;
const BORDERED: ReadonlySet<LayoutStyle> = new Set(['header', 'label', 'answer']);
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

function styleCell(range: Excel.Range, style: LayoutStyle | undefined): void {
  const format = range.format;
  switch (style) {
    case 'title':
      format.font.bold = true;
      format.font.size = 16;
      format.horizontalAlignment = 'Center';
      format.verticalAlignment = 'Center';
      break;
    case 'header':
      format.font.bold = true;
      format.horizontalAlignment = 'Center';
      format.verticalAlignment = 'Center';
      format.wrapText = true;
      format.fill.color = '#D9E1F2';
      break;
    case 'label':
      format.font.bold = true;
      format.verticalAlignment = 'Center';
      format.wrapText = true;
      break;
    case 'answer':
      format.verticalAlignment = 'Center';
      format.wrapText = true;
      break;
    case 'note':
      format.font.size = 10;
      break;
    case 'subtitle':
      format.horizontalAlignment = 'Center';
      break;
  }
}

/** 0-based bounds of an "A1" or "A1:C3" address. */
export function addressBounds(address: string): RangeBounds {
  const [first, last = first] = address.split(':');
  const a = parseAddress(first);
  const b = parseAddress(last);
  const rowIndex = Math.min(a.row, b.row);
  const columnIndex = Math.min(a.col, b.col);
  return {
    rowIndex,
    columnIndex,
    rowCount: Math.abs(a.row - b.row) + 1,
    columnCount: Math.abs(a.col - b.col) + 1,
  };
}

/** The rectangle around the header, label and answer cells (and their merges): where the grid lines go. */
function borderedArea(spec: LayoutSheetSpec): RangeBounds | null {
  const corners = spec.cells.filter((cell) => cell.style && BORDERED.has(cell.style)).map((cell) => cell.address);
  const starts = new Set(corners);
  const areas = [...corners, ...spec.merges.filter((merge) => starts.has(merge.split(':')[0]))].map(addressBounds);
  if (areas.length === 0) return null;
  const top = minOf(areas.map((a) => a.rowIndex));
  const left = minOf(areas.map((a) => a.columnIndex));
  const bottom = maxOf(areas.map((a) => a.rowIndex + a.rowCount));
  const right = maxOf(areas.map((a) => a.columnIndex + a.columnCount));
  return { rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left };
}

/** The number of rows a layout occupies (rows below it are where appended rows would go). */
export function layoutRowCount(spec: LayoutSheetSpec): number {
  const bottoms = [...spec.cells.map((cell) => cell.address), ...spec.merges]
    .map(addressBounds)
    .map((b) => b.rowIndex + b.rowCount);
  return maxOf(bottoms, Math.max(spec.headerRow ?? 0, 0));
}

/** A drawn layout (附件1, 附件2, the plan's title and header): values, merges, styles, widths, frozen header. */
export function createLayoutSheetOp(spec: LayoutSheetSpec, features: SheetFeatures): SyncOp {
  const valueBytes = spec.cells.reduce((sum, cell) => sum + cellJsonBytes(cell.value), 0);
  const heights = Object.entries(spec.rowHeights ?? {});
  const commands = 8 * spec.cells.length + spec.merges.length + (spec.columnWidths?.length ?? 0) + heights.length + 16;
  const bytes = COMMAND_BYTES * commands + valueBytes + columnsBytes(spec.columns ?? []);
  return fixedOp(spec.name, bytes, (context) => {
    const sheet = context.workbook.worksheets.add(spec.name);
    if (spec.headerRow && spec.columns) {
      formatColumnsBelow(sheet, spec.headerRow - 1, LAYOUT_INPUT_ROWS, spec.columns, features, !spec.columnWidths);
    }
    for (const cell of spec.cells) {
      const range = sheet.getRange(cell.address);
      writeCell(range, cell.value);
      styleCell(range, cell.style);
    }
    for (const merge of spec.merges) sheet.getRange(merge).merge(false);
    spec.columnWidths?.forEach((width, col) => {
      sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(width);
    });
    for (const [row, points] of heights) sheet.getRangeByIndexes(Number(row) - 1, 0, 1, 1).format.rowHeight = points;
    const area = borderedArea(spec);
    if (area) {
      const range = sheet.getRangeByIndexes(area.rowIndex, area.columnIndex, area.rowCount, area.columnCount);
      const edges = EDGES.filter(
        (edge) =>
          (edge !== 'InsideHorizontal' || area.rowCount > 1) && (edge !== 'InsideVertical' || area.columnCount > 1),
      );
      for (const edge of edges) range.format.borders.getItem(edge).style = 'Continuous';
    }
    if (spec.headerRow) {
      sheet.freezePanes.freezeRows(spec.headerRow);
      const width = spec.columns?.length ?? (area ? area.columnIndex + area.columnCount : 1);
      // ExcelApi 1.9: filter buttons on the header row; Excel extends the filter down as rows are added.
      if (features.autoFilter) sheet.autoFilter.apply(sheet.getRangeByIndexes(spec.headerRow - 1, 0, 1, width));
    }
  });
}
