// SPEC §5: everything a monthly report holds, from the parsed workbook and the report date.
import { ANNEX1_COLUMNS, ANNEX1_ROWS } from '../layouts/annex1';
import { annex2Texts } from '../messages/reports';
import type { WorkbookData } from '../model';
import type { LoggedRow } from '../records/log-sheet';
import type { ResultRow } from '../records/results-sheet';
import type { CellValue } from '../text';
import { annex1Figures, type Annex1Figures } from './annex1-figures';
import { annex2Lines, type Annex2Texts } from './annex2-texts';
import { upcomingDeadlines, type Deadline } from './deadlines';
import { countInspections, type CountedInspections } from './inspections';
import { cumulativeByMonth, type MonthlyPoint } from './monthly';
import { planTargets, type Target } from './targets';

export interface MonthlyReport {
  date: string;
  unit: string;
  counted: CountedInspections;
  annex1: Annex1Figures;
  annex2: Annex2Texts;
  targets: Target[];
  monthly: MonthlyPoint[];
  deadlines: Deadline[];
}

/** The plan's year: the year most of its tasks end in (null for a plan without tasks). */
export function planYear(data: WorkbookData): number | null {
  const years = new Map<number, number>();
  for (const task of data.tasks) {
    const year = Number(task.end.slice(0, 4));
    if (year) years.set(year, (years.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of years) if (best === null || n > (years.get(best) ?? 0)) best = year;
  return best;
}

/** 单位名称 by default: the plan's most frequent 发起部门. */
export function defaultUnit(data: WorkbookData): string {
  const counts = new Map<string, number>();
  for (const task of data.tasks) if (task.initiator) counts.set(task.initiator, (counts.get(task.initiator) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export function buildReport(
  data: WorkbookData, log: readonly LoggedRow[], results: readonly ResultRow[], date: string, unit?: string,
): MonthlyReport {
  const counted = countInspections(data.tasks, log, results, date);
  return {
    date,
    unit: unit?.trim() || defaultUnit(data),
    counted,
    annex1: annex1Figures(counted.inspections),
    annex2: annex2Lines([...counted.inspections, ...counted.provincial], data.ledger, data.items, date),
    targets: planTargets(counted.inspections),
    monthly: cumulativeByMonth(counted.inspections, date),
    deadlines: upcomingDeadlines(date, 3),
  };
}

/** Annex 1's answers by layout key: the 44 counts, 单位名称 and 填表时间. */
export function annex1Answers(report: MonthlyReport): Record<string, CellValue> {
  const answers: Record<string, CellValue> = { unit: report.unit, filledOn: annex2Texts.filledOn(report.date) };
  for (const row of ANNEX1_ROWS) {
    for (const column of ANNEX1_COLUMNS) answers[`${row.key}.${column.key}`] = report.annex1[row.key][column.key].value;
  }
  return answers;
}

/** Annex 2's answers by layout key: the nine texts, 单位名称 and 填表时间. */
export function annex2Answers(report: MonthlyReport): Record<string, CellValue> {
  const answers: Record<string, CellValue> = { unit: report.unit, filledOn: annex2Texts.filledOn(report.date) };
  for (const [key, line] of Object.entries(report.annex2)) answers[key] = line.text;
  return answers;
}
