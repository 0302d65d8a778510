// ExcelJS cell values → the port's CellValue, shared by the full-model adapter and the streaming reader.
// Browser-safe: no Node imports.
import type { CellValue } from '../core/text';

/** Excel's day 0 of the 1900 date system (serials from 61 on map through it exactly). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** ExcelJS hands date cells over as JS Dates read in UTC: back to the serial, keeping the time of day. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EPOCH_MS) / DAY_MS;
}

export function serialToDate(serial: number): Date {
  return new Date(EPOCH_MS + Math.round(serial * DAY_MS));
}

interface RichTextRun {
  text?: unknown;
}

function richTextToString(runs: readonly RichTextRun[]): string {
  return runs.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
}

/**
 * One raw ExcelJS value (full model or streaming reader) as a CellValue:
 * rich text → its text, formula → its result, hyperlink → its text, error → null, '' → null.
 */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return raw === '' ? null : raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : dateToSerial(raw);
  if (typeof raw !== 'object') return null;
  const value = raw as Record<string, unknown>;
  if (Array.isArray(value.richText)) return toCellValue(richTextToString(value.richText as RichTextRun[]));
  if ('formula' in value || 'sharedFormula' in value) return toCellValue(value.result);
  // Error values (#N/A, #DIV/0!) read as empty so that required-field checks name the cell.
  if ('error' in value) return null;
  if ('hyperlink' in value || 'text' in value) return toCellValue(value.text);
  return null;
}
