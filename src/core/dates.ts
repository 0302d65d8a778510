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
