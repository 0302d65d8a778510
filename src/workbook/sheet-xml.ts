// Appending rows to one worksheet part (xl/worksheets/sheetN.xml) as text. Used only for the sheets the
// product owns and only ever appends to, so that a draw need not load and re-save the whole workbook.
// Whatever this does not fully understand is refused with CannotAppendInPlace, and the caller falls
// back to ExcelJS: the fast path must never write something the slow path would not.
import type { ColumnFormat } from '../core/schema';
import { columnLetter, parseAddress, type CellValue } from '../core/text';
import { parseRange, tableGrowsOverAppend, type CellRange } from './xlsx-plan';
import { cellValueFor, grownValidationBottom, numberFormat } from './xlsx-write';

export class CannotAppendInPlace extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CannotAppendInPlace';
  }
}

const MAX_ROW = 1_048_576;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of one start tag, values still XML-escaped. */
export function attributesOf(startTag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of startTag.matchAll(ATTRIBUTE)) attributes.set(match[1], match[2] ?? match[3]);
  return attributes;
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity];
    return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
  });
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Index of `<name` as a whole tag name at or after `from` (-1 if none). */
export function findTag(xml: string, name: string, from = 0): number {
  const pattern = new RegExp(`<${name}[\\s/>]`, 'g');
  pattern.lastIndex = from;
  return pattern.exec(xml)?.index ?? -1;
}

/** The start tag beginning at `at` (through its `>`); `at` < 0, as findTag gives for a missing element, is refused. */
export function startTagAt(xml: string, at: number): string {
  if (at < 0) throw new CannotAppendInPlace('a missing element');
  const end = xml.indexOf('>', at);
  if (end < 0) throw new CannotAppendInPlace('unterminated tag');
  return xml.slice(at, end + 1);
}

/** Number formats of the workbook's cell styles (xl/styles.xml), by style index. */
export function cellStyleFormats(stylesXml: string): string[] {
  const builtIn: Record<string, string> = { '0': 'General', '1': '0', '14': 'mm-dd-yy', '49': '@' };
  const custom = new Map<string, string>();
  for (const match of stylesXml.matchAll(/<numFmt\s[^>]*>/g)) {
    const attributes = attributesOf(match[0]);
    custom.set(attributes.get('numFmtId') ?? '', decodeXml(attributes.get('formatCode') ?? ''));
  }
  const start = findTag(stylesXml, 'cellXfs');
  const end = stylesXml.indexOf('</cellXfs>', start);
  if (start < 0 || end < 0) return [];
  const formats: string[] = [];
  for (const match of stylesXml.slice(start, end).matchAll(/<xf[\s/>][^>]*>?/g)) {
    const id = attributesOf(match[0]).get('numFmtId') ?? '0';
    formats.push(custom.get(id) ?? builtIn[id] ?? `#${id}`);
  }
  return formats;
}

export interface RowsToAppend {
  rows: readonly CellValue[][];
  /** Per column, as in the port's appendRows change. */
  formats?: ReadonlyArray<ColumnFormat | undefined>;
}

export interface AppendedRows {
  xml: string;
  /** The last row holding a value before the append (0 for none); rows go from previousLast + 1. */
  previousLast: number;
  last: number;
}

interface ExistingRow {
  number: number;
  /** The row's text as found, white space after it included. */
  text: string;
  attributes: Map<string, string>;
  startTag: string;
  /** Cells of an empty row (no values), by 0-based column. */
  cells: Map<number, { text: string; style?: string }>;
}

function rowHasValue(text: string): boolean {
  return /<v>[^<]|<is[\s>]|<f[\s/>]/.test(text);
}

function parseRow(text: string): ExistingRow {
  const startTag = startTagAt(text, 0);
  const attributes = attributesOf(startTag);
  const number = Number(attributes.get('r'));
  if (!Number.isInteger(number) || number < 1) throw new CannotAppendInPlace('row without a number');
  const cells = new Map<number, { text: string; style?: string }>();
  if (!rowHasValue(text)) {
    for (const match of text.matchAll(/<c[\s>/][^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
      const cellAttributes = attributesOf(startTagAt(match[0], 0));
      const address = cellAttributes.get('r');
      if (!address || !/^[A-Z]{1,3}\d+$/.test(address) || parseAddress(address).row + 1 !== number) {
        throw new CannotAppendInPlace('cell without a proper address');
      }
      cells.set(parseAddress(address).col, { text: match[0], style: cellAttributes.get('s') });
    }
  }
  return { number, text, attributes, startTag, cells };
}

/** Start of the last `<row` before `end` and after `floor` (-1 if none). */
function lastRowStart(xml: string, floor: number, end: number): number {
  let at = xml.lastIndexOf('<row', end - 1);
  while (at >= floor && !/[\s/>]/.test(xml[at + 4])) at = xml.lastIndexOf('<row', at - 1);
  return at >= floor ? at : -1;
}

/**
 * The number of the last row holding a value in worksheet XML, or in its tail from a `<row` on
 * (XlsxPackage.tail): 0 for none, undefined when a tail holds no row with a value (read more).
 */
export function lastValueRowOfXml(xml: string, whole: boolean): number | undefined {
  const sheetData = whole ? findTag(xml, 'sheetData') : 0;
  if (sheetData < 0) throw new CannotAppendInPlace('no <sheetData>');
  const floor = whole ? sheetData + startTagAt(xml, sheetData).length : 0;
  const close = xml.lastIndexOf('</sheetData>');
  if (close < 0) return whole ? 0 : undefined;
  for (let end = close; ; ) {
    const start = lastRowStart(xml, floor, end);
    if (start < 0) return whole ? 0 : undefined;
    const row = parseRow(xml.slice(start, end));
    if (rowHasValue(row.text)) return row.number;
    end = start;
  }
}

/** Column styles from `<cols>`, by 0-based column. */
function columnStyles(xml: string): Map<number, string> {
  const styles = new Map<number, string>();
  const start = findTag(xml, 'cols');
  if (start < 0) return styles;
  const end = xml.indexOf('</cols>', start);
  for (const match of xml.slice(start, end < 0 ? undefined : end).matchAll(/<col\s[^>]*>/g)) {
    const attributes = attributesOf(match[0]);
    const style = attributes.get('style');
    const min = Number(attributes.get('min'));
    const max = Number(attributes.get('max'));
    if (style === undefined || !Number.isInteger(min) || !Number.isInteger(max)) continue;
    for (let col = min; col <= Math.min(max, 16_384); col++) styles.set(col - 1, style);
  }
  return styles;
}

/**
 * Text ExcelJS's streaming reader decodes twice when inline (`&lt;` typed as such would read back as
 * `<`): written by the ExcelJS path instead, as a shared string, which it reads once. Excel's escape
 * `_x000B_` is written as it is, and read back so by both ExcelJS readers (an openpyxl registry holds
 * it inline too), so that a name copied from the registry reads the same in both. Characters no
 * .xlsx can hold are refused before (planChanges: unstorableCharacter).
 */
const UNSAFE_TEXT = /&(?:#x?[0-9A-Fa-f]+|amp|lt|gt|quot|apos);/;
const UNSTORABLE_TEXT = /[\u0000-\u0008\u000B-\u000D\u000E-\u001F\uFFFE\uFFFF]/;

function cellXml(address: string, style: string | undefined, value: CellValue): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CannotAppendInPlace('number that is not finite');
    return `<c r="${address}"${s}><v>${value}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = String(value);
  // planChanges refuses these first: here they would be a bug, not a reason to take the ExcelJS path (which drops them).
  if (UNSTORABLE_TEXT.test(text)) throw new Error(`unstorable character in ${address}`);
  if (UNSAFE_TEXT.test(text)) throw new CannotAppendInPlace('text that needs escaping beyond XML');
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${address}"${s} t="inlineStr"><is><t${space}>${escapeText(text)}</t></is></c>`;
}

function withoutAttributes(startTag: string, names: readonly string[]): string {
  let tag = startTag;
  for (const name of names) tag = tag.replace(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`), '');
  return tag.replace(/\s*\/?>$/, '');
}

class RowWriter {
  constructor(
    private readonly columnStyle: Map<number, string>,
    private readonly styleFormats: readonly string[],
    private readonly formats: ReadonlyArray<ColumnFormat | undefined> | undefined,
  ) {}

  /** A new row, merged into an empty row already there (whose cells and attributes are kept). */
  render(number: number, values: readonly CellValue[], existing: ExistingRow | undefined): string | null {
    const cells = new Map<number, string>();
    existing?.cells.forEach((cell, col) => cells.set(col, cell.text));
    const rowStyle = existing?.attributes.get('customFormat') === '1' ? existing.attributes.get('s') : undefined;
    values.forEach((value, col) => {
      if (value === null || value === '') return;
      const style = existing?.cells.get(col)?.style ?? rowStyle ?? this.columnStyle.get(col);
      cells.set(col, cellXml(`${columnLetter(col)}${number}`, style, this.valueFor(value, col, style)));
    });
    if (cells.size === 0 && !existing) return null;
    const start = existing ? `<row r="${number}"${withoutAttributes(existing.startTag, ['r', 'spans']).replace(/^<row/, '')}` : `<row r="${number}"`;
    const body = [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text).join('');
    return body ? `${start}>${body}</row>` : `${start}/>`;
  }

  /**
   * The value as the ExcelJS path writes it; a column whose format the cell's style does not carry
   * is refused, since ExcelJS would give that cell a style of its own.
   */
  private valueFor(value: CellValue, col: number, style: string | undefined): CellValue {
    const format = this.formats?.[col];
    const wanted = numberFormat(format);
    if (wanted !== undefined) {
      const has = style === undefined ? 'General' : this.styleFormats[Number(style)];
      if (has !== wanted) throw new CannotAppendInPlace(`column ${columnLetter(col)} lacks its number format`);
    }
    return cellValueFor(value, format);
  }
}

/** `A1:R2` grown to cover `bottom` rows and `right` columns. */
function grownRange(ref: string, bottom: number, right: number): string {
  const range = parseRange(ref);
  if (!range) throw new CannotAppendInPlace('unreadable range');
  return `${columnLetter(range.left - 1)}${range.top}:${columnLetter(Math.max(range.right, right) - 1)}${Math.max(range.bottom, bottom)}`;
}

export interface AppendedParts {
  /** The part's text before the new rows, its dimension grown. */
  head: string;
  /** The new rows (with empty rows already there merged in), a batch of rows at a time: never one huge string. */
  rows(): Iterable<string>;
  /** The part's text after the new rows, its drop-downs grown. */
  tail: string;
  previousLast: number;
  last: number;
}

/** Rows rendered into one string at a time. */
const ROWS_PER_BATCH = 5000;

/**
 * Appends `rows` below the last row holding a value, as ExcelJS's appendRows does: empty rows
 * already there (a fresh table's body row) take the values and keep their styles; new cells take
 * the column's style; strings are written inline.
 */
export function appendToWorksheetXml(xml: string, append: RowsToAppend, styleFormats: readonly string[]): AppendedRows {
  const parts = appendToWorksheetParts(xml, append, styleFormats);
  return { xml: `${parts.head}${[...parts.rows()].join('')}${parts.tail}`, previousLast: parts.previousLast, last: parts.last };
}

/** appendToWorksheetXml in three pieces, the new rows rendered as they are consumed (a million-row append). */
export function appendToWorksheetParts(xml: string, append: RowsToAppend, styleFormats: readonly string[]): AppendedParts {
  const sheetData = findTag(xml, 'sheetData');
  if (sheetData < 0) throw new CannotAppendInPlace('no <sheetData>');
  const startTag = startTagAt(xml, sheetData);
  const selfClosed = startTag.endsWith('/>');
  const bodyStart = sheetData + startTag.length;
  const bodyEnd = selfClosed ? bodyStart : xml.lastIndexOf('</sheetData>');
  if (bodyEnd < bodyStart) throw new CannotAppendInPlace('unterminated <sheetData>');
  // Both come after the rows (the schema's order): a search from the top would scan every row.
  if (findTag(xml, 'mergeCells', bodyEnd) >= 0) throw new CannotAppendInPlace('merged cells');
  if (findTag(xml, 'autoFilter', bodyEnd) >= 0) throw new CannotAppendInPlace('a sheet autofilter');

  const trailing: ExistingRow[] = [];
  let previousLast = 0;
  let tailStart = bodyEnd;
  for (let end = bodyEnd; ; ) {
    const start = lastRowStart(xml, bodyStart, end);
    if (start < 0) break;
    const row = parseRow(xml.slice(start, end));
    if (trailing.length > 0 && row.number >= trailing[0].number) throw new CannotAppendInPlace('rows out of order');
    if (rowHasValue(row.text)) {
      previousLast = row.number;
      break;
    }
    trailing.unshift(row);
    tailStart = end = start;
  }

  const first = previousLast + 1;
  const last = previousLast + append.rows.length;
  if (last > MAX_ROW) throw new CannotAppendInPlace('beyond the last row');
  const writer = new RowWriter(columnStyles(xml), styleFormats, append.formats);
  const existing = new Map(trailing.map((row) => [row.number, row]));
  // In order: the empty rows already there (a fresh table's body row) merge with the new ones.
  const numbers = trailing.length === 0
    ? Array.from({ length: append.rows.length }, (_, i) => first + i)
    : [...new Set([...trailing.map((row) => row.number), ...append.rows.map((_, i) => first + i)])].sort((a, b) => a - b);
  function* rows(): Generator<string> {
    for (let from = 0; from < numbers.length; from += ROWS_PER_BATCH) {
      const batch: string[] = [];
      for (const number of numbers.slice(from, from + ROWS_PER_BATCH)) {
        const values = number >= first && number <= last ? append.rows[number - first] : undefined;
        const row = existing.get(number);
        const text = values ? writer.render(number, values, row) : row!.text;
        if (text !== null) batch.push(text);
      }
      yield batch.join('');
    }
  }
  let width = 0;
  for (const row of append.rows) width = Math.max(width, row.length);
  const head = selfClosed ? `${xml.slice(0, sheetData)}<sheetData>` : xml.slice(0, tailStart);
  const tail = selfClosed ? `</sheetData>${xml.slice(bodyStart)}` : xml.slice(bodyEnd);
  return {
    head: growDimension(head, last, width),
    rows,
    tail: last > previousLast ? growValidations(tail, previousLast, last) : tail,
    previousLast,
    last,
  };
}

/** The sheet's drop-downs (`<dataValidation sqref>`) grown over appended rows, as the ExcelJS path grows them. */
function growValidations(xml: string, previousLast: number, last: number): string {
  // After the rows: a search from the top would scan every row of a long sheet.
  const start = findTag(xml, 'dataValidations', Math.max(0, xml.lastIndexOf('</sheetData>')));
  if (start < 0) return xml;
  const end = xml.indexOf('</dataValidations>', start);
  if (end < 0) return xml;
  const grownRef = (ref: string): string => {
    const range = parseRange(ref);
    const bottom = range && grownValidationBottom(range.top, range.bottom, previousLast, last);
    if (!range || bottom === undefined) return ref;
    return `${columnLetter(range.left - 1)}${range.top}:${columnLetter(range.right - 1)}${bottom}`;
  };
  const section = xml.slice(start, end).replace(/<dataValidation\s[^>]*>/g, (tag) => {
    const sqref = attributesOf(tag).get('sqref');
    if (sqref === undefined) return tag;
    const grown = sqref.split(/\s+/).filter(Boolean).map(grownRef).join(' ');
    return grown === sqref.trim() ? tag : tag.replace(/\ssqref\s*=\s*("[^"]*"|'[^']*')/, ` sqref="${grown}"`);
  });
  return `${xml.slice(0, start)}${section}${xml.slice(end)}`;
}

function growDimension(xml: string, bottom: number, right: number): string {
  const at = findTag(xml, 'dimension');
  if (at < 0 || bottom === 0) return xml;
  const tag = startTagAt(xml, at);
  const ref = attributesOf(tag).get('ref');
  if (!ref) return xml;
  const grown = grownRange(ref, bottom, right);
  return `${xml.slice(0, at)}${tag.replace(/\sref\s*=\s*("[^"]*"|'[^']*')/, ` ref="${grown}"`)}${xml.slice(at + tag.length)}`;
}

/** A table part's range, and whether it has a totals row. */
export function tableXmlRange(xml: string): CellRange & { totalsRow: boolean } {
  const at = findTag(xml, 'table');
  if (at < 0) throw new CannotAppendInPlace('unreadable table part');
  const attributes = attributesOf(startTagAt(xml, at));
  const range = parseRange(attributes.get('ref') ?? '');
  if (!range) throw new CannotAppendInPlace('unreadable table range');
  return { ...range, totalsRow: Number(attributes.get('totalsRowCount') ?? 0) > 0 };
}

/** A table part grown over appended rows, by the rule of the ExcelJS path (tableGrowsOverAppend). */
export function extendTableXml(xml: string, otherTables: readonly CellRange[], newLast: number, width: number): string {
  const at = findTag(xml, 'table');
  const tag = startTagAt(xml, at);
  const attributes = attributesOf(tag);
  if (!tableGrowsOverAppend(tableXmlRange(xml), otherTables, newLast, width)) return xml;
  const withBottom = (ref: string) => {
    const r = parseRange(ref)!;
    return `${columnLetter(r.left - 1)}${r.top}:${columnLetter(r.right - 1)}${newLast}`;
  };
  let result = `${xml.slice(0, at)}${tag.replace(/\sref\s*=\s*("[^"]*"|'[^']*')/, ` ref="${withBottom(attributes.get('ref')!)}"`)}${xml.slice(at + tag.length)}`;
  const filter = findTag(result, 'autoFilter');
  if (filter >= 0) {
    const filterTag = startTagAt(result, filter);
    const filterRef = attributesOf(filterTag).get('ref');
    if (filterRef && parseRange(filterRef)) {
      result = `${result.slice(0, filter)}${filterTag.replace(/\sref\s*=\s*("[^"]*"|'[^']*')/, ` ref="${withBottom(filterRef)}"`)}${result.slice(filter + filterTag.length)}`;
    }
  }
  return result;
}
