// 抽查时间 (SPEC §2): `2024年6月至10月`, `2024年6月至2024年10月`, `2024.6-2024.10`,
// `2024-06-01至2024-10-31`, or two Excel dates → the first and the last day of the window.
import { isoDate, lastDayOfMonth, parseDateCell } from '../dates';
import type { CellValue } from '../text';

export interface TimeWindow {
  /** ISO dates, inclusive. */
  start: string;
  end: string;
}

/** A year, a month or a day; the year may be left to the other end of the range ("6月至10月"). */
interface Period {
  year?: number;
  month?: number;
  day?: number;
}

const WHITE_SPACE = /\s+/gu;
const LEADING_WORD = /^(?:自|从)/u;
const CHINESE_PERIOD = /^(?:(\d{4})年(?:度|全年)?)?(?:(\d{1,2})月份?(?:(\d{1,2})[日号])?(?:底|末|初)?)?$/u;
const NUMERIC_DATE = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const BARE_MONTH = /^(\d{1,2})$/;
const RANGE_WORD = /至|到|~|〜|—|–|―/u;

function period(year: string | undefined, month: string | undefined, day: string | undefined): Period | null {
  const p: Period = {
    year: year === undefined ? undefined : Number(year),
    month: month === undefined ? undefined : Number(month),
    day: day === undefined ? undefined : Number(day),
  };
  if (p.year === undefined && p.month === undefined) return null;
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return null;
  return p;
}

/** One end of a range, from compact text (no white space). */
function parsePeriod(text: string): Period | null {
  const chinese = CHINESE_PERIOD.exec(text);
  if (chinese && text !== '') return period(chinese[1], chinese[2], chinese[3]);
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return period(numeric[1], numeric[3], numeric[4]);
  const compactDate = COMPACT_DATE.exec(text);
  if (compactDate) return period(compactDate[1], compactDate[2], compactDate[3]);
  const month = BARE_MONTH.exec(text);
  return month ? period(undefined, month[1], undefined) : null;
}

/** A cell standing for one end: an Excel date (a day), or text. */
function periodOfCell(value: CellValue): Period | null {
  if (typeof value === 'number') {
    const iso = parseDateCell(value);
    return iso === null ? null : { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
  }
  return typeof value === 'string' ? parsePeriod(compact(value)) : null;
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(WHITE_SPACE, '').replace(LEADING_WORD, '');
}

function firstDay(p: Period, year: number): string | null {
  return isoDate(year, p.month ?? 1, p.day ?? 1);
}

function lastDay(p: Period, year: number): string | null {
  if (p.day !== undefined) return isoDate(year, p.month ?? 12, p.day);
  return lastDayOfMonth(year, p.month ?? 12);
}

/**
 * The window from its two ends. A missing year comes from the other end; an end month before the
 * start month without a year of its own runs into the next year ("2024年11月至3月").
 */
function windowOf(from: Period, to: Period): TimeWindow | null {
  const startYear = from.year ?? to.year;
  if (startYear === undefined) return null;
  const wraps = to.year === undefined && (to.month ?? 12) < (from.month ?? 1);
  const endYear = to.year ?? startYear + (wraps ? 1 : 0);
  const start = firstDay(from, startYear);
  const end = lastDay(to, endYear);
  return start !== null && end !== null && start <= end ? { start, end } : null;
}

/**
 * Text of one period or of a range. One period is tried first ("2024-06-01" is a day, not June to
 * January); then 至/到/~; then a `-` at each place, since `-` also separates the parts of a date.
 */
function parseRangeText(text: string): TimeWindow | null {
  const single = parsePeriod(text);
  if (single) return windowOf(single, single);
  const word = RANGE_WORD.exec(text);
  if (word) {
    const from = parsePeriod(text.slice(0, word.index));
    const to = parsePeriod(text.slice(word.index + word[0].length));
    return from && to ? windowOf(from, to) : null;
  }
  for (let i = text.indexOf('-'); i > 0; i = text.indexOf('-', i + 1)) {
    const from = parsePeriod(text.slice(0, i));
    const to = from && parsePeriod(text.slice(i + 1));
    if (from && to) return windowOf(from, to);
  }
  return null;
}

/**
 * 抽查时间 as first and last day, or null when unreadable. `cellB` is the cell to the right when the
 * 抽查时间 header is merged over two columns (a start and an end date); blank when there is none.
 */
export function parseTimeWindow(cellA: CellValue | undefined, cellB?: CellValue): TimeWindow | null {
  const a = cellA ?? null;
  const b = cellB ?? null;
  const bBlank = b === null || (typeof b === 'string' && b.trim() === '');
  if (!bBlank) {
    const from = periodOfCell(a);
    const to = periodOfCell(b);
    return from && to ? windowOf(from, to) : null;
  }
  if (typeof a === 'number') {
    const day = periodOfCell(a);
    return day ? windowOf(day, day) : null;
  }
  return typeof a === 'string' ? parseRangeText(compact(a)) : null;
}
