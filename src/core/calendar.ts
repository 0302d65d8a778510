// Working-day arithmetic for the 公示 deadline (SPEC §4): weekends and 休 days are skipped, 班 days
// (adjusted working days) count. The product carries the State Council's official calendar; the
// 节假日 sheet's rows add to it or override it (SPEC §2).
import { isoDate, isoToSerial, serialToIso } from './dates';

export type CalendarDayType = '休' | '班';

export interface CalendarDay {
  /** ISO date YYYY-MM-DD. */
  date: string;
  type: CalendarDayType;
}

/** A day of the official calendar, with the holiday it belongs to (for the 节假日 sheet and messages). */
export interface OfficialCalendarDay extends CalendarDay {
  holiday: string;
}

interface HolidayRule {
  holiday: string;
  /** Days off, inclusive range as [month, day] pairs. */
  off: [[number, number], [number, number]];
  /** Adjusted working days (weekend days worked). */
  work?: Array<[number, number]>;
}

/**
 * The State Council notices, transcribed by hand:
 * 2024 国办发明电〔2023〕7号; 2025 国办发明电〔2024〕12号; 2026 notice of 2025-11-04.
 * Only the days the notices name are listed; the weekends around a holiday are ordinary weekends.
 */
const OFFICIAL_RULES: Readonly<Record<number, readonly HolidayRule[]>> = {
  2024: [
    { holiday: '元旦', off: [[1, 1], [1, 1]] },
    { holiday: '春节', off: [[2, 10], [2, 17]], work: [[2, 4], [2, 18]] },
    { holiday: '清明节', off: [[4, 4], [4, 6]], work: [[4, 7]] },
    { holiday: '劳动节', off: [[5, 1], [5, 5]], work: [[4, 28], [5, 11]] },
    { holiday: '端午节', off: [[6, 10], [6, 10]] },
    { holiday: '中秋节', off: [[9, 15], [9, 17]], work: [[9, 14]] },
    { holiday: '国庆节', off: [[10, 1], [10, 7]], work: [[9, 29], [10, 12]] },
  ],
  2025: [
    { holiday: '元旦', off: [[1, 1], [1, 1]] },
    { holiday: '春节', off: [[1, 28], [2, 4]], work: [[1, 26], [2, 8]] },
    { holiday: '清明节', off: [[4, 4], [4, 6]] },
    { holiday: '劳动节', off: [[5, 1], [5, 5]], work: [[4, 27]] },
    { holiday: '端午节', off: [[5, 31], [6, 2]] },
    { holiday: '国庆节、中秋节', off: [[10, 1], [10, 8]], work: [[9, 28], [10, 11]] },
  ],
  2026: [
    { holiday: '元旦', off: [[1, 1], [1, 3]], work: [[1, 4]] },
    { holiday: '春节', off: [[2, 15], [2, 23]], work: [[2, 14], [2, 28]] },
    { holiday: '清明节', off: [[4, 4], [4, 6]] },
    { holiday: '劳动节', off: [[5, 1], [5, 5]], work: [[5, 9]] },
    { holiday: '端午节', off: [[6, 19], [6, 21]] },
    { holiday: '中秋节', off: [[9, 25], [9, 27]] },
    { holiday: '国庆节', off: [[10, 1], [10, 7]], work: [[9, 20], [10, 10]] },
  ],
};

/** Years whose official calendar the product carries; other years know weekends only. */
export const OFFICIAL_CALENDAR_YEARS: readonly number[] = Object.keys(OFFICIAL_RULES).map(Number);

function iso(year: number, [month, day]: [number, number]): string {
  const date = isoDate(year, month, day);
  if (date === null) throw new Error(`bad calendar date ${year}-${month}-${day}`);
  return date;
}

/** The official 休 and 班 days of a year in date order (empty for a year the product does not carry). */
export function officialHolidays(year: number): OfficialCalendarDay[] {
  const days: OfficialCalendarDay[] = [];
  for (const rule of OFFICIAL_RULES[year] ?? []) {
    const last = isoToSerial(iso(year, rule.off[1]));
    for (let serial = isoToSerial(iso(year, rule.off[0])); serial <= last; serial++) {
      days.push({ date: serialToIso(serial), type: '休', holiday: rule.holiday });
    }
    for (const work of rule.work ?? []) days.push({ date: iso(year, work), type: '班', holiday: rule.holiday });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Overrides as the 节假日 sheet gives them (HolidayEntry fits). Later rows win over earlier ones. */
export type CalendarOverrides = ReadonlyArray<CalendarDay>;

const OFFICIAL_DAYS: ReadonlyMap<string, CalendarDayType> = new Map(
  OFFICIAL_CALENDAR_YEARS.flatMap((year) => officialHolidays(year).map((day) => [day.date, day.type] as const)),
);

const calendars = new WeakMap<CalendarOverrides, ReadonlyMap<string, CalendarDayType>>();

/** The official calendar with the overrides laid on top (memoised per overrides array). */
function calendarWith(overrides: CalendarOverrides): ReadonlyMap<string, CalendarDayType> {
  if (overrides.length === 0) return OFFICIAL_DAYS;
  let calendar = calendars.get(overrides);
  if (!calendar) {
    const merged = new Map(OFFICIAL_DAYS);
    for (const day of overrides) merged.set(day.date, day.type);
    calendar = merged;
    calendars.set(overrides, calendar);
  }
  return calendar;
}

function dayIsWorking(serial: number, calendar: ReadonlyMap<string, CalendarDayType>): boolean {
  const type = calendar.get(serialToIso(serial));
  if (type) return type === '班';
  // Serials count from Saturday 1899-12-30 (serial 0): serial % 7 is 0 on Saturdays, 1 on Sundays.
  const weekday = serial % 7;
  return weekday !== 0 && weekday !== 1;
}

/** SPEC §4: a working day is a weekday that is not 休, or any 班 day. */
export function isWorkingDay(date: string, overrides: CalendarOverrides = []): boolean {
  return dayIsWorking(isoToSerial(date), calendarWith(overrides));
}

/**
 * SPEC §4: the date `n` working days after `date` (the start day itself does not count; 20 for the
 * 公示 deadline). A negative `n` counts backwards; 0 returns `date` unchanged.
 */
export function addWorkingDays(date: string, n: number, overrides: CalendarOverrides = []): string {
  if (!Number.isInteger(n)) throw new Error(`working-day count must be an integer: ${n}`);
  const calendar = calendarWith(overrides);
  const step = n < 0 ? -1 : 1;
  let serial = isoToSerial(date);
  for (let left = Math.abs(n); left > 0; ) {
    serial += step;
    if (dayIsWorking(serial, calendar)) left--;
  }
  return serialToIso(serial);
}
