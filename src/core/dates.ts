// Excel serial dates and ISO dates (YYYY-MM-DD). Serial 1 = 1900-01-01 with Excel's 1900 leap-year bug,
// so serials from 61 on (1900-03-01) map through the 1899-12-30 epoch.
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function serialToIso(serial: number): string {
  const whole = Math.floor(serial + 1e-9);
  return new Date(EPOCH_MS + whole * DAY_MS).toISOString().slice(0, 10);
}

export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_MS) / DAY_MS);
}

/** A valid calendar date as ISO, or null. */
export function isoDate(year: number, month: number, day: number): string | null {
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null;
  return t.toISOString().slice(0, 10);
}

/** Last day of a month as ISO. */
export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

// Excel's largest date (9999-12-31); an 8-digit number above it is read as YYYYMMDD.
const MAX_SERIAL = 2_958_465;
const TEXT_DATE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*[日号]?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/u;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A date cell as ISO, or null when it cannot be read: an Excel serial number, an 8-digit YYYYMMDD
 * number, or text `2025-12-31`, `2025/12/31`, `2025.12.31`, `2025年12月31日`, `20251231`
 * (full-width digits allowed; a time of day after the date is ignored).
 */
export function parseDateCell(value: string | number | boolean | null | undefined): string | null {
  if (typeof value === 'number') return dateFromNumber(value);
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFKC').trim();
  const match = TEXT_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function dateFromNumber(value: number): string | null {
  if (!Number.isFinite(value) || value < 1) return null;
  if (value <= MAX_SERIAL) return serialToIso(value);
  if (!Number.isInteger(value) || value < 10_000_000 || value > 99_991_231) return null;
  return isoDate(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
}
