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

keepValidationRangesWhole();
