// Reading back what the adapter wrote, with ExcelJS, for assertions.
import type { Worksheet } from 'exceljs';
import { parseRange } from '../../src/workbook/xlsx-plan';

export interface StoredValidation {
  type: string;
  formulae?: unknown[];
}

/** The data validation covering `address`, whether ExcelJS holds it per cell or as a range. */
export function validationAt(ws: Worksheet, address: string): StoredValidation | undefined {
  const model = (ws as unknown as { dataValidations: { model: Record<string, StoredValidation | undefined> } }).dataValidations.model;
  if (model[address]) return model[address];
  const cell = parseRange(address)!;
  for (const [key, validation] of Object.entries(model)) {
    const range = key.includes(':') ? parseRange(key) : null;
    if (validation && range && cell.top >= range.top && cell.top <= range.bottom && cell.left >= range.left && cell.left <= range.right) {
      return validation;
    }
  }
  return undefined;
}
