// Working-day arithmetic for the 公示 deadline (SPEC §4): weekends and 休 days are skipped, 班 days
// (adjusted working days) count. The official calendar is the State Council's as the `chinese-days`
// package keeps it (updated each year when the notice comes out; 19 KB minified in the pane); the
// 节假日 sheet's rows add to it or override it (SPEC §2), also for a year the package does not know yet.
import { getDayDetail } from 'chinese-days';
import { isoToSerial, serialToIso } from './dates';

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

/** Overrides as the 节假日 sheet gives them (HolidayEntry fits). Later rows win over earlier ones. */
export type CalendarOverrides = ReadonlyArray<CalendarDay>;

const officialYears = new Map<number, ReadonlyMap<string, OfficialCalendarDay>>();

/**
 * The package's named days of a year. Its dates are read in local time, so it is asked with a local
 * noon (any time zone gives the same day); a day without a holiday name is an ordinary day.
 */
function officialYear(year: number): ReadonlyMap<string, OfficialCalendarDay> {
  let days = officialYears.get(year);
  if (!days) {
    const named = new Map<string, OfficialCalendarDay>();
    const last = isoToSerial(`${year}-12-31`);
    for (let serial = isoToSerial(`${year}-01-01`); serial <= last; serial++) {
      const date = serialToIso(serial);
      const [y, m, d] = date.split('-').map(Number);
      const detail = getDayDetail(new Date(y, m - 1, d, 12));
      const parts = detail.name.split(',');
      if (parts.length >= 2) named.set(date, { date, type: detail.work ? '班' : '休', holiday: parts[1] });
    }
    days = named;
    officialYears.set(year, days);
  }
  return days;
}

/** The official 休 and 班 days of a year in date order (empty for a year the package does not know). */
export function officialHolidays(year: number): OfficialCalendarDay[] {
  return [...officialYear(year).values()];
}

/** Whether working days of `year` can be counted: the package knows it, or the 节假日 sheet has rows in it. */
export function calendarKnowsYear(year: number, overrides: CalendarOverrides = []): boolean {
  if (officialYear(year).size > 0) return true;
  const prefix = `${year}-`;
  return overrides.some((day) => day.date.startsWith(prefix));
}

const overrideMaps = new WeakMap<CalendarOverrides, ReadonlyMap<string, CalendarDayType>>();

function overrideMap(overrides: CalendarOverrides): ReadonlyMap<string, CalendarDayType> {
  let map = overrideMaps.get(overrides);
  if (!map) {
    map = new Map(overrides.map((day) => [day.date, day.type] as const));
    overrideMaps.set(overrides, map);
  }
  return map;
}

function dayIsWorking(serial: number, overrides: CalendarOverrides): boolean {
  const date = serialToIso(serial);
  const type = overrideMap(overrides).get(date) ?? officialYear(Number(date.slice(0, 4))).get(date)?.type;
  if (type) return type === '班';
  // Serials count from Saturday 1899-12-30 (serial 0): serial % 7 is 0 on Saturdays, 1 on Sundays.
  const weekday = serial % 7;
  return weekday !== 0 && weekday !== 1;
}

/** SPEC §4: a working day is a weekday that is not 休, or any 班 day. */
export function isWorkingDay(date: string, overrides: CalendarOverrides = []): boolean {
  return dayIsWorking(isoToSerial(date), overrides);
}

/**
 * SPEC §4: the date `n` working days after `date` (the start day itself does not count; 20 for the
 * 公示 deadline). A negative `n` counts backwards; 0 returns `date` unchanged. Years the calendar
 * does not know count weekends only: callers that must not guess use workingDaysAfter.
 */
export function addWorkingDays(date: string, n: number, overrides: CalendarOverrides = []): string {
  if (!Number.isInteger(n)) throw new Error(`working-day count must be an integer: ${n}`);
  const step = n < 0 ? -1 : 1;
  let serial = isoToSerial(date);
  for (let left = Math.abs(n); left > 0; ) {
    serial += step;
    if (dayIsWorking(serial, overrides)) left--;
  }
  return serialToIso(serial);
}

export type WorkingDaysResult = { date: string; unknownYear?: undefined } | { date?: undefined; unknownYear: number };

/**
 * SPEC §4: like addWorkingDays (n ≥ 0), but a count that starts in or runs through a year the
 * calendar does not know gives that year instead of a date counted on weekends alone.
 */
export function workingDaysAfter(date: string, n: number, overrides: CalendarOverrides = []): WorkingDaysResult {
  const end = addWorkingDays(date, n, overrides);
  for (let year = Number(date.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    if (!calendarKnowsYear(year, overrides)) return { unknownYear: year };
  }
  return { date: end };
}

/** Working days from `from` to `to`: how many working days after `from` `to` is (0 when not after). */
export function workingDaysBetween(from: string, to: string, overrides: CalendarOverrides = []): number {
  let count = 0;
  for (let serial = isoToSerial(from) + 1; serial <= isoToSerial(to); serial++) {
    if (dayIsWorking(serial, overrides)) count++;
  }
  return count;
}
