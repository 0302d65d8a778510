// The plan's reporting deadlines (SPEC §5): the monthly report by the 20th of every month, progress
// reports (进展情况或总结) by 4月3日, 6月26日, 10月8日 and 12月20日. Days are calendar days.
import { isoDate, isoToSerial } from '../dates';
import { deadlineLabel, deadlineTexts } from '../messages/reports';

export type DeadlineKind = 'monthly' | 'progress';

export interface Deadline {
  kind: DeadlineKind;
  /** ISO date of the last day. */
  date: string;
  /** Calendar days from `today` (0 = today). */
  daysLeft: number;
}

export const PROGRESS_REPORT_DAYS: ReadonlyArray<readonly [number, number]> = [[4, 3], [6, 26], [10, 8], [12, 20]];
export const MONTHLY_REPORT_DAY = 20;
/** The pane's header and `ssj status` mention a deadline this many days ahead or fewer. */
export const DEADLINE_WARNING_DAYS = 5;

function deadlinesOfYear(year: number): Array<Omit<Deadline, 'daysLeft'>> {
  const list: Array<Omit<Deadline, 'daysLeft'>> = [];
  for (let month = 1; month <= 12; month++) list.push({ kind: 'monthly', date: isoDate(year, month, MONTHLY_REPORT_DAY)! });
  for (const [month, day] of PROGRESS_REPORT_DAYS) list.push({ kind: 'progress', date: isoDate(year, month, day)! });
  return list;
}

/** The next `count` deadlines from `today` (ISO) on, today's included, in date order (monthly first on a tie). */
export function upcomingDeadlines(today: string, count = 3): Deadline[] {
  const year = Number(today.slice(0, 4));
  const from = isoToSerial(today);
  return [...deadlinesOfYear(year), ...deadlinesOfYear(year + 1)]
    .map((d) => ({ ...d, daysLeft: isoToSerial(d.date) - from }))
    .filter((d) => d.daysLeft >= 0)
    .sort((a, b) => a.daysLeft - b.daysLeft || (a.kind === b.kind ? 0 : a.kind === 'monthly' ? -1 : 1))
    .slice(0, count);
}

/** The deadlines due within DEADLINE_WARNING_DAYS of `today` (ISO), nearest first: for `ssj status` and the pane's header. */
export function deadlinesDueSoon(today: string, withinDays = DEADLINE_WARNING_DAYS): Deadline[] {
  return upcomingDeadlines(today, 4).filter((d) => d.daysLeft <= withinDays);
}

/**
 * The reminders `ssj status` and the pane's header show: one line per deadline due within
 * DEADLINE_WARNING_DAYS of `today` (ISO), e.g. 报送提醒：月报表（6月20日前），6月20日截止，还有 2 天.
 */
export function deadlineReminders(today: string): string[] {
  return deadlinesDueSoon(today).map((d) => deadlineTexts.dueSoon(deadlineLabel(d.kind, d.date), d.date, d.daysLeft));
}
