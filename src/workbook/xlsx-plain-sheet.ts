// A worksheet of plain cells read without ExcelJS: 抽取快照 grows by a registry per draw (a million rows
// each at Excel's limit) and verify reads every one; ExcelJS's streaming reader spends most of verify's
// time on them. Plain means: inline strings, numbers under a style that is no date, booleans, errors
// and empty cells, as the in-place writer writes them. Anything else (a shared string, a formula, rich
// text, a date style, a 1904 workbook) gives undefined and the caller reads the sheet with ExcelJS.
// Values are what ExcelJS's streaming reader gives through toCellValue (test/workbook/plain-sheet.test.ts
// holds the two equal). Node only.
import type { CellValue } from '../core/text';
import type { SheetValues } from './port';
import { rectangular } from './xlsx';
import { attributesOf, decodeXml } from './sheet-xml';
import { stylesPart, WORKBOOK, XlsxPackage } from './xlsx-package';
import { fileProgress, ROWS_PER_EVENT } from './file-progress';

/** ExcelJS's own second decoding of inline text (utils.xmlDecode): its five named entities. */
function excelJsDecode(text: string): string {
  return text.replace(/&(lt|gt|amp|apos|quot);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[name]!);
}

interface ExcelJsFormats {
  isDateFmt(format: string): boolean;
  defaults: Record<string, { f?: string }>;
}

function excelJsFormats(): ExcelJsFormats | undefined {
  try {
    const utils = require('exceljs/lib/utils/utils') as { isDateFmt?: (format: string) => boolean };
    const defaults = require('exceljs/lib/xlsx/defaultnumformats') as Record<string, { f?: string }>;
    return typeof utils.isDateFmt === 'function' ? { isDateFmt: utils.isDateFmt, defaults } : undefined;
  } catch {
    return undefined;
  }
}

/** Indexes of cell styles whose number format ExcelJS reads as a date (its cells become Dates). */
function dateStyles(stylesXml: string, formats: ExcelJsFormats): Set<number> {
  const custom = new Map<string, string>();
  for (const match of stylesXml.matchAll(/<numFmt\s[^>]*>/g)) {
    const attributes = attributesOf(match[0]);
    custom.set(attributes.get('numFmtId') ?? '', decodeXml(attributes.get('formatCode') ?? ''));
  }
  const start = stylesXml.search(/<cellXfs[\s>]/);
  const end = stylesXml.indexOf('</cellXfs>', start);
  const dates = new Set<number>();
  if (start < 0 || end < 0) return dates;
  let index = 0;
  for (const match of stylesXml.slice(start, end).matchAll(/<xf[\s/>][^>]*>?/g)) {
    const id = attributesOf(match[0]).get('numFmtId') ?? '0';
    const code = custom.get(id) ?? formats.defaults[id]?.f ?? '';
    if (formats.isDateFmt(code)) dates.add(index);
    index++;
  }
  return dates;
}

class NotPlain extends Error {}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const INLINE = /^<is>\s*(?:<t\s*\/>|<t(?:\s[^>]*)?>([^<]*)<\/t>)\s*<\/is>$/;
const VALUE = /^<v>([^<]*)<\/v>$/;

/**
 * A copy of `text` that holds no reference to the slice of sheet XML it was cut from: V8 keeps a
 * substring of 13 characters or more as a view of its parent, and a million ids would keep every
 * 8 MB slice of the sheet alive.
 */
function detached(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/** A cell's attributes as the reader needs them (r, s, t), without a map per cell. */
interface CellAttributes {
  col: number;
  style: number;
  type: string;
}

const CELL_REF = /\br\s*=\s*"([A-Z]{1,3})\d+"/;
const CELL_STYLE = /\bs\s*=\s*"(\d+)"/;
const CELL_TYPE = /\bt\s*=\s*"(\w+)"/;

function cellAttributes(text: string): CellAttributes {
  const ref = CELL_REF.exec(text);
  if (!ref) throw new NotPlain();
  let col = 0;
  for (let i = 0; i < ref[1].length; i++) col = col * 26 + (ref[1].charCodeAt(i) - 64);
  return { col: col - 1, style: Number(CELL_STYLE.exec(text)?.[1] ?? 0), type: CELL_TYPE.exec(text)?.[1] ?? 'n' };
}

function cellValue(attributes: CellAttributes, content: string | undefined, dates: ReadonlySet<number>): CellValue {
  const type = attributes.type;
  if (content === undefined || content === '') return null;
  if (type === 'inlineStr') {
    const inline = INLINE.exec(content);
    if (!inline) throw new NotPlain();
    const text = excelJsDecode(decodeXml(inline[1] ?? ''));
    return text === '' ? null : detached(text);
  }
  const value = VALUE.exec(content);
  if (!value) throw new NotPlain();
  switch (type) {
    case 'n': {
      if (dates.has(attributes.style)) throw new NotPlain();
      const number = parseFloat(value[1]);
      return Number.isFinite(number) ? number : null;
    }
    case 'b':
      return parseInt(value[1], 10) !== 0;
    case 'str': {
      const text = excelJsDecode(decodeXml(value[1]));
      return text === '' ? null : detached(text);
    }
    case 'e':
      return null;
    default:
      throw new NotPlain();
  }
}

/** Parses complete rows of `xml` into `rows`; returns how many rows it read, or -1 past maxRows. */
function parseRows(xml: string, rows: CellValue[][], dates: ReadonlySet<number>, maxRows: number): { width: number; count: number; done: boolean } {
  let width = 0;
  let count = 0;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(/\br\s*=\s*"(\d+)"/.exec(row[1])?.[1]);
    if (!Number.isInteger(number) || number < 1) throw new NotPlain();
    if (number > maxRows) return { width, count, done: true };
    const cells: CellValue[] = [];
    for (const cell of (row[2] ?? '').matchAll(CELL)) {
      const attributes = cellAttributes(cell[1]);
      const value = cellValue(attributes, cell[2], dates);
      if (value !== null) cells[attributes.col] = value;
    }
    count++;
    if (cells.length === 0) continue;
    rows[number - 1] = cells;
    width = Math.max(width, cells.length);
  }
  return { width, count, done: false };
}

/** Bytes of sheet XML taken at a time, cut at a row's end: no part becomes one huge string. */
const CHUNK = 8 * 1024 * 1024;

/**
 * The sheet's values as XlsxFileReader gives them, or undefined when the part is not plain (read it
 * with ExcelJS then). `pkg` holds the workbook's bytes; `part` is the sheet's worksheet part.
 */
export function readPlainSheet(pkg: XlsxPackage, sheet: string, part: string, maxRows = Infinity): SheetValues | undefined {
  const formats = excelJsFormats();
  if (!formats || /\bdate1904\s*=\s*"(?:1|true)"/.test(pkg.text(WORKBOOK))) return undefined;
  const styles = stylesPart(pkg);
  const dates = styles && pkg.has(styles) ? dateStyles(pkg.text(styles), formats) : new Set<number>();
  const data = pkg.data(part);
  if (!data) return undefined;
  const rows: CellValue[][] = [];
  let width = 0;
  let read = 0;
  try {
    for (let start = 0; start < data.length; ) {
      let end = start + CHUNK >= data.length ? data.length : data.indexOf('</row>', start + CHUNK);
      end = end < 0 ? data.length : end === data.length ? end : end + '</row>'.length;
      const xml = data.toString('utf8', start, end);
      // A chunk starts at a row; only the first holds the sheet's head (before <sheetData>).
      const body = start === 0 ? xml.slice(Math.max(0, xml.search(/<sheetData[\s>]/))) : xml;
      if (start === 0 && /<sheetData[\s>]/.test(xml) === false) return undefined;
      const parsed = parseRows(body, rows, dates, maxRows);
      width = Math.max(width, parsed.width);
      read += parsed.count;
      if (Math.floor(read / ROWS_PER_EVENT) > Math.floor((read - parsed.count) / ROWS_PER_EVENT)) fileProgress({ stage: 'reading', sheet, rows: read });
      if (parsed.done) break;
      start = end;
    }
  } catch (cause) {
    if (cause instanceof NotPlain) return undefined;
    throw cause;
  }
  if (read >= ROWS_PER_EVENT) fileProgress({ stage: 'read', sheet, rows: read });
  return rectangular(rows, width);
}
