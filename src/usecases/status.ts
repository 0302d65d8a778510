// Use case: where every task stands after its draw (SPEC §4) — `ssj status` and the pane's 结果 tab.
import type { ProgressReporter, WorkbookPort } from '../workbook/port';
import { parseDateCell } from '../core/dates';
import type { Problem } from '../core/messages/problem';
import { UserFacingError } from '../core/messages/problem';
import { resultMessages } from '../core/messages/results';
import { countingDraws, readLogSheet } from '../core/records/log-sheet';
import { readResultsSheet, resultCell, type ResultRow } from '../core/records/results-sheet';
import type { WorkbookData } from '../core/model';
import { SHEETS } from '../core/schema';
import { resultsStatus, type RowStatus, type TaskInfo, type TaskStatus } from '../core/results';
import { headerKey } from '../core/text';
import { findTask, loadState, todayInChina, type WorkbookState } from './state';

export interface StatusOptions {
  /** ISO date or any date text parseDateCell reads (default: today in China). */
  date?: string;
  /** Only this task (任务编号 as the plan writes it, white space ignored). */
  taskId?: string;
}

export interface StatusReport {
  asOf: string;
  tasks: TaskStatus[];
  /** Entry problems of every row, in row order (errors and warnings). */
  problems: Problem[];
  overdue: number;
  entryErrors: number;
  /** Every listed task done. */
  allDone: boolean;
}

/** The 抽取日志 时间 of a draw as a date in China (UTC+8), or null when it cannot be read. */
export function drawDateInChina(time: string): string | null {
  const t = Date.parse(time);
  return Number.isNaN(t) ? null : todayInChina(new Date(t));
}

/** The rows of counting draws and everything the rules need beside them. */
export function statusOf(state: Pick<WorkbookState, 'data' | 'log' | 'results'>, asOf: string, taskId?: string): { report: StatusReport; rows: RowStatus[] } {
  const draws = countingDraws(state.log.entries);
  const counting = new Set(draws.map((d) => d.drawId));
  const wanted = taskId === undefined ? undefined : headerKey(taskId);
  const rows = state.results.rows.filter((r) => counting.has(r.drawId) && (wanted === undefined || headerKey(r.taskId) === wanted));
  const tasks = new Map<string, TaskInfo>();
  for (const task of state.data.tasks) tasks.set(task.taskId, { taskId: task.taskId, taskName: task.taskName, end: task.end || undefined });
  const { tasks: statuses, rows: rowStatuses } = resultsStatus({
    rows,
    cell: (row: ResultRow, header: string) => resultCell(state.results, row.row, header),
    tasks,
    drawDates: new Map(draws.map((d) => [d.drawId, drawDateInChina(d.time)])),
    holidays: state.data.holidays,
    asOf,
  });
  const problems = rowStatuses.flatMap((r) => r.problems);
  const overdue = statuses.reduce((sum, t) => sum + t.overdue, 0);
  const entryErrors = problems.filter((p) => p.severity === 'error').length;
  return { report: { asOf, tasks: statuses, problems, overdue, entryErrors, allDone: statuses.length > 0 && statuses.every((t) => t.done) }, rows: rowStatuses };
}

export function statusDate(text: string | undefined): string {
  if (text === undefined || text === '') return todayInChina();
  const date = parseDateCell(text);
  if (date === null) throw new UserFacingError([resultMessages.badStatusDate(text)]);
  return date;
}

export async function workbookStatus(port: WorkbookPort, options: StatusOptions = {}, progress?: ProgressReporter): Promise<StatusReport> {
  const asOf = statusDate(options.date);
  const state = await loadState(port, progress);
  if (options.taskId !== undefined && !findTask(state.data, options.taskId) && !state.results.rows.some((r) => headerKey(r.taskId) === headerKey(options.taskId!))) {
    throw new UserFacingError([resultMessages.unknownTask(options.taskId)]);
  }
  return statusOf(state, asOf, options.taskId).report;
}

/**
 * The clerk's entry problems in 抽查结果 (rows of counting draws), for `ssj validate`: reads 抽查结果
 * and 抽取日志 beside the sheets validate has parsed already.
 */
export async function resultEntryProblems(port: WorkbookPort, sheetNames: readonly string[], data: WorkbookData): Promise<Problem[]> {
  if (!sheetNames.includes(SHEETS.results) || !sheetNames.includes(SHEETS.log)) return [];
  const sheets = await port.readSheets([SHEETS.results, SHEETS.log]);
  const state = { data, log: readLogSheet(sheets.get(SHEETS.log)), results: readResultsSheet(sheets.get(SHEETS.results)) };
  return statusOf(state, todayInChina()).report.problems;
}
