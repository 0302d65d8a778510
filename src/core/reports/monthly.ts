// The chart of the report (issue 12): the year's cumulative inspections by month, internal against
// joint, from January to the report date's month. An inspection counts from its first counting draw.
import type { Inspection } from './inspections';

export interface MonthlyPoint {
  /** 1–12. */
  month: number;
  internal: number;
  joint: number;
}

export function cumulativeByMonth(inspections: readonly Inspection[], date: string): MonthlyPoint[] {
  const lastMonth = Number(date.slice(5, 7));
  const points: MonthlyPoint[] = [];
  for (let month = 1; month <= lastMonth; month++) {
    const upTo = inspections.filter((i) => Number(i.firstDate.slice(5, 7)) <= month);
    points.push({ month, internal: upTo.filter((i) => !i.joint).length, joint: upTo.filter((i) => i.joint).length });
  }
  return points;
}
