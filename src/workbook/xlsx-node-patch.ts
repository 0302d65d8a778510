// ExcelJS 4.4 expands every data-validation range into one entry per cell when it loads a file: a
// clerk's drop-down over a whole column (C2:C1048576) costs a million entries, ~2.5 s to load and
// ~6.5 s to save again, per column. Patched here (Node only: the internal module is not in the browser
// bundle) to keep each range as one entry, which ExcelJS's writer already handles as a range.
// If ExcelJS's internals differ from what is expected, the patch is skipped and ExcelJS behaves as shipped.

interface ValidationsXform {
  prototype: {
    parseClose(this: XformState, name: string): boolean;
  };
}

interface XformState {
  _address: string;
  _dataValidation: { formulae?: unknown[]; operator?: unknown };
  model: Record<string, unknown>;
}

interface ColCache {
  decodeEx(value: string): { dimensions?: string };
}

let patched = false;

export function keepValidationRangesWhole(): boolean {
  if (patched) return true;
  try {
    const xform = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform') as ValidationsXform;
    const colCache = require('exceljs/lib/utils/col-cache') as ColCache;
    const original = xform.prototype.parseClose;
    if (typeof original !== 'function' || typeof colCache.decodeEx !== 'function') return false;
    xform.prototype.parseClose = function parseClose(this: XformState, name: string): boolean {
      if (name !== 'dataValidation' || typeof this._address !== 'string') return original.call(this, name);
      const validation = this._dataValidation;
      if (!validation.formulae || validation.formulae.length === 0) {
        delete validation.formulae;
        delete validation.operator;
      }
      for (const address of this._address.split(/\s+/g).filter(Boolean)) {
        // The writer looks ranges up by their normalised form (top-left:bottom-right).
        const key = address.includes(':') ? colCache.decodeEx(address).dimensions ?? address : address;
        this.model[key] = validation;
      }
      return true;
    };
    patched = true;
  } catch {
    return false;
  }
  return patched;
}

type PartParser = (this: unknown, source: unknown, ...rest: unknown[]) => unknown;

/**
 * A part of the .xlsx whose XML stops before its root element is closed: the zip entry is intact
 * but the file was cut short when it was written. ExcelJS's streaming reader never tells its SAX
 * parser that the input ended, so it would read such a part as if it were complete.
 */
export class IncompletePartError extends Error {
  /** `sheet`: the worksheet the part belongs to, when known (its own XML, or one of its tables). */
  constructor(readonly part: string, readonly sheet?: string) {
    super(`${part}: the XML ends before its root element is closed`);
    this.name = 'IncompletePartError';
  }
}

/** The root element's name, once the text before it (declaration, comments, doctype) has been read. */
const ROOT_START = /^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w.:-]*)/;
const HEAD_KEPT = 64 * 1024;
const TAIL_KEPT = 512;
const TRAILER = '(?:\\s|<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>)*$';

/** Whether `tail` (the part's last characters) ends the root element `root` (comments and white space may follow). */
function closes(root: string | undefined, tail: string): boolean {
  if (root === undefined) return false;
  const name = root.replace(/[.]/g, '\\.');
  return new RegExp(`</${name}\\s*>${TRAILER}`).test(tail) || new RegExp(`<${name}(?:\\s[^<]*)?/>${TRAILER}`).test(tail);
}

/** Whether the whole text of a part ends its root element: a part cut short does not. */
export function endsItsRoot(xml: string): boolean {
  return closes(ROOT_START.exec(xml.slice(0, HEAD_KEPT))?.[1], xml.slice(-TAIL_KEPT));
}

/** The same check over a part read in chunks. */
class CompletenessCheck {
  private head = '';
  private root: string | undefined;
  private tail = '';

  see(text: string): void {
    if (this.root === undefined && this.head.length < HEAD_KEPT) {
      this.head += text;
      this.root = ROOT_START.exec(this.head)?.[1];
    }
    this.tail = (this.tail + text).slice(-TAIL_KEPT);
  }

  complete(): boolean {
    return closes(this.root, this.tail);
  }
}

/**
 * The part's bytes as text, decoded across chunk boundaries; `source` stays reachable for clean-up.
 * When the part ends, it must have closed its root element, or the read fails with IncompletePartError.
 */
function decodedChunks(source: AsyncIterable<unknown>, part: string): AsyncIterable<string> & { source: unknown } {
  async function* decode(): AsyncGenerator<string> {
    const decoder = new TextDecoder('utf-8');
    const check = new CompletenessCheck();
    for await (const chunk of source) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
      check.see(text);
      if (text) yield text;
    }
    const rest = decoder.decode();
    check.see(rest);
    if (rest) yield rest;
    if (!check.complete()) throw new IncompletePartError(part);
  }
  return Object.assign(decode(), { source });
}

let decodingPatched = false;

/**
 * ExcelJS 4.4's streaming WorkbookReader decodes each inflated chunk of a part on its own
 * (utils/parse-sax), so a character whose UTF-8 bytes straddle two chunks turns into U+FFFD: Chinese
 * text in a large sharedStrings.xml, or in a sheet's inline strings, comes out garbled at random
 * places. Patched here to decode each part's whole byte stream with one streaming TextDecoder before
 * ExcelJS sees it (parse-sax passes strings through untouched). Each part must also end its root
 * element (IncompletePartError otherwise). Skipped if the internals differ.
 */
export function decodeStreamedPartsWhole(): boolean {
  if (decodingPatched) return true;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Readable } = require('stream') as typeof import('stream');
    const reader = require('exceljs/lib/stream/xlsx/workbook-reader') as { prototype: Record<string, PartParser> };
    const fromEntry = ['_parseRels', '_parseWorkbook', '_parseStyles', '_parseSharedStrings'];
    const fromIterator = ['_parseWorksheet', '_parseHyperlinks'];
    if (![...fromEntry, ...fromIterator].every((name) => typeof reader.prototype[name] === 'function')) return false;
    for (const name of fromEntry) {
      const original = reader.prototype[name];
      // These methods run ExcelJS's iterateStream over the entry, which needs a stream.
      reader.prototype[name] = function (entry, ...rest) {
        const part = (entry as { path?: unknown }).path;
        const decoded = decodedChunks(entry as AsyncIterable<unknown>, typeof part === 'string' ? part : name);
        // spread-ok: the arguments ExcelJS itself passed to this method
        return original.call(this, Readable.from(decoded), ...rest);
      };
    }
    for (const name of fromIterator) {
      const original = reader.prototype[name];
      const folder = name === '_parseWorksheet' ? 'xl/worksheets' : 'xl/worksheets/_rels';
      const suffix = name === '_parseWorksheet' ? '.xml' : '.xml.rels';
      reader.prototype[name] = function (iterator, sheetNo, ...rest) {
        const part = `${folder}/sheet${String(sheetNo)}${suffix}`;
        // spread-ok: the arguments ExcelJS itself passed to this method
        return original.call(this, decodedChunks(iterator as AsyncIterable<unknown>, part), sheetNo, ...rest);
      };
    }
    decodingPatched = true;
  } catch {
    return false;
  }
  return decodingPatched;
}

let absoluteTargetsPatched = false;

/**
 * openpyxl writes the workbook's relationships with absolute targets (`/xl/worksheets/sheet1.xml`);
 * ExcelJS's streaming reader names sheets only by the relative form (`worksheets/sheet1.xml`) and
 * would emit none. Patched to read them in that form. Skipped if the internals differ.
 */
export function readAbsoluteWorkbookTargets(): boolean {
  if (absoluteTargetsPatched) return true;
  try {
    const reader = require('exceljs/lib/stream/xlsx/workbook-reader') as { prototype: Record<string, (...args: unknown[]) => unknown> };
    const original = reader.prototype._parseRels;
    if (typeof original !== 'function') return false;
    reader.prototype._parseRels = async function (this: { workbookRels?: Array<{ Target?: unknown }> }, ...args: unknown[]) {
      const result = await original.apply(this, args);
      for (const rel of this.workbookRels ?? []) {
        if (typeof rel.Target === 'string' && rel.Target.startsWith('/xl/')) rel.Target = rel.Target.slice('/xl/'.length);
      }
      return result;
    };
    absoluteTargetsPatched = true;
  } catch {
    return false;
  }
  return absoluteTargetsPatched;
}

keepValidationRangesWhole();
decodeStreamedPartsWhole();
readAbsoluteWorkbookTargets();
