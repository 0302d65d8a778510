// Writing single cells (the report's answers) into an .xlsx without loading the workbook: only the
// worksheet parts written to are rewritten, every other part (charts, images, validations) is copied as
// it is. ExcelJS's full save would drop the workbook's charts, among them the one the pane makes in
// Excel. Throws CannotAppendInPlace, having changed nothing, for anything it does not fully understand
// (another kind of change, a missing sheet, a prefixed sheet part, a formula or shared formula in a
// cell to be written); the caller then takes the full path.
import type { CellValue } from '../core/text';
import { parseAddress } from '../core/text';
import type { WorkbookChange } from './port';
import { attributesOf, CannotAppendInPlace, escapeAttribute, escapeText, findTag } from './sheet-xml';
import { worksheetParts, XlsxPackage } from './xlsx-package';

type Cells = Extract<WorkbookChange, { kind: 'writeCells' }>['cells'];

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/** The cell element for `value`, keeping the style index `s` of the cell it replaces. */
function cellXml(address: string, style: string | undefined, value: CellValue): string {
  const s = style !== undefined ? ` s="${escapeAttribute(style)}"` : '';
  if (value === null || value === '') return `<c r="${address}"${s}/>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CannotAppendInPlace(`a non-finite number for ${address}`);
    return `<c r="${address}"${s}><v>${value}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
}

function rowNumber(rowXml: string): number {
  const r = attributesOf(rowXml.slice(0, rowXml.indexOf('>') + 1)).get('r');
  if (!r || !/^\d+$/.test(r)) throw new CannotAppendInPlace('a row without its number');
  return Number(r);
}

function cellColumn(cellXmlText: string): number {
  const r = attributesOf(cellXmlText.slice(0, cellXmlText.indexOf('>') + 1)).get('r');
  if (!r) throw new CannotAppendInPlace('a cell without its address');
  return parseAddress(r).col;
}

/** A row's XML with `writes` (0-based column → cell XML maker) put in column order. */
function writeInRow(rowXml: string, writes: Map<number, (style: string | undefined) => string>): string {
  const open = rowXml.slice(0, rowXml.indexOf('>') + 1);
  const selfClosing = open.endsWith('/>');
  const body = selfClosing ? '' : rowXml.slice(open.length, rowXml.length - '</row>'.length);
  const cells = [...body.matchAll(CELL)].map((m) => ({ col: cellColumn(m[0]), xml: m[0] }));
  if (body.replace(CELL, '').trim() !== '') throw new CannotAppendInPlace('a row holding more than cells');
  for (const [col, make] of writes) {
    const at = cells.findIndex((c) => c.col >= col);
    const existing = at >= 0 && cells[at].col === col ? cells[at] : undefined;
    if (existing && /<f[\s>/]/.test(existing.xml)) throw new CannotAppendInPlace('a formula in a cell to write');
    const style = existing ? attributesOf(existing.xml.slice(0, existing.xml.indexOf('>') + 1)).get('s') : undefined;
    const cell = { col, xml: make(style) };
    if (existing) cells[at] = cell;
    else if (at < 0) cells.push(cell);
    else cells.splice(at, 0, cell);
  }
  // spans is a hint of the row's first and last column: dropped rather than left wrong.
  const start = (selfClosing ? `${open.slice(0, -2)}>` : open).replace(/\sspans="[^"]*"/, '');
  return `${start}${cells.map((c) => c.xml).join('')}</row>`;
}

/** A worksheet's XML with `cells` written. */
export function writeCellsToSheetXml(xml: string, cells: Cells): string {
  const dataStart = findTag(xml, 'sheetData');
  if (dataStart < 0) throw new CannotAppendInPlace('no sheetData (a prefixed worksheet part)');
  const openEnd = xml.indexOf('>', dataStart) + 1;
  const empty = xml[openEnd - 2] === '/';
  const closeAt = empty ? openEnd : xml.indexOf('</sheetData>', openEnd);
  if (closeAt < 0) throw new CannotAppendInPlace('sheetData not closed');
  const rows = [...xml.slice(openEnd, empty ? openEnd : closeAt).matchAll(ROW)].map((m) => ({ r: rowNumber(m[0]), xml: m[0] }));
  const byRow = new Map<number, Map<number, (style: string | undefined) => string>>();
  for (const cell of cells) {
    const { row, col } = parseAddress(cell.address);
    const address = cell.address.toUpperCase();
    if (!byRow.has(row + 1)) byRow.set(row + 1, new Map());
    byRow.get(row + 1)!.set(col, (style) => cellXml(address, style, cell.value));
  }
  for (const [r, writes] of byRow) {
    const at = rows.findIndex((row) => row.r >= r);
    if (at >= 0 && rows[at].r === r) rows[at] = { r, xml: writeInRow(rows[at].xml, writes) };
    else rows.splice(at < 0 ? rows.length : at, 0, { r, xml: writeInRow(`<row r="${r}"/>`, writes) });
  }
  const data = `<sheetData>${rows.map((row) => row.xml).join('')}</sheetData>`;
  return xml.slice(0, dataStart) + data + xml.slice(empty ? openEnd : closeAt + '</sheetData>'.length);
}

/** The workbook's bytes with the writeCells `changes` applied to existing sheets, nothing else touched. */
export function writeCellsInPlace(bytes: Uint8Array, changes: readonly WorkbookChange[]): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  const parts = worksheetParts(pkg);
  const bySheet = new Map<string, Cells[number][]>();
  for (const change of changes) {
    if (change.kind !== 'writeCells') throw new CannotAppendInPlace(`a ${change.kind} change`);
    const part = parts.get(change.sheet.toLowerCase());
    if (!part) throw new CannotAppendInPlace(`no sheet ${change.sheet}`);
    bySheet.set(part, [...(bySheet.get(part) ?? []), ...change.cells]); // spread-ok: a report's few dozen cells
  }
  for (const [part, cells] of bySheet) pkg.replace(part, writeCellsToSheetXml(pkg.text(part), cells));
  return pkg.bytes();
}
