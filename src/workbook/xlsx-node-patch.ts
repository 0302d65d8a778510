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

/** The part's bytes as text, decoded across chunk boundaries; `source` stays reachable for clean-up. */
function decodedChunks(source: AsyncIterable<unknown>): AsyncIterable<string> & { source: unknown } {
  async function* decode(): AsyncGenerator<string> {
    const decoder = new TextDecoder('utf-8');
    for await (const chunk of source) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }
  return Object.assign(decode(), { source });
}

let decodingPatched = false;

/**
 * ExcelJS 4.4's streaming WorkbookReader decodes each inflated chunk of a part on its own
 * (utils/parse-sax), so a character whose UTF-8 bytes straddle two chunks turns into U+FFFD: Chinese
 * text in a large sharedStrings.xml, or in a sheet's inline strings, comes out garbled at random
 * places. Patched here to decode each part's whole byte stream with one streaming TextDecoder before
 * ExcelJS sees it (parse-sax passes strings through untouched). Skipped if the internals differ.
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
        return original.call(this, Readable.from(decodedChunks(entry as AsyncIterable<unknown>)), ...rest);
      };
    }
    for (const name of fromIterator) {
      const original = reader.prototype[name];
      reader.prototype[name] = function (iterator, ...rest) {
        return original.call(this, decodedChunks(iterator as AsyncIterable<unknown>), ...rest);
      };
    }
    decodingPatched = true;
  } catch {
    return false;
  }
  return decodingPatched;
}

keepValidationRangesWhole();
decodeStreamedPartsWhole();
