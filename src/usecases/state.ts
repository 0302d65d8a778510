// Reading everything a use case needs in one go: the parsed registries and plan, and the product's
// own sheets (抽取日志, 抽查结果, 抽取快照) with their places.
import { HEADER_ROWS_READ } from './product-header';
import type { WorkbookPort, ProgressReporter, SheetValues } from '../workbook/port';
import { SHEETS } from '../core/schema';
import { parseWorkbook } from '../core/validate';
import type { WorkbookData, PlanTask } from '../core/model';
import type { Problem } from '../core/messages/problem';
import { readLogSheet, type LogSheet } from '../core/records/log-sheet';
import { readResultsSheet, type ResultsSheet } from '../core/records/results-sheet';
import { columnLetter, headerKey } from '../core/text';
import { locatePlanHeader } from '../core/plan/header';
import { readTable, type Table } from '../core/table';

export interface WorkbookState {
  sheetNames: string[];
  sheets: Map<string, SheetValues>;
  data: WorkbookData;
  problems: Problem[];
  log: LogSheet;
  results: ResultsSheet;
  /** The header of 抽取快照 (null when the sheet is missing): appends need its column order only. */
  snapshotHeader: Table | null;
}

/** The clerk's sheets: the registries, the item list, the plan, the ledger and holidays. */
export const VALIDATED_SHEETS: readonly string[] = [
  SHEETS.objects,
  SHEETS.inspectors,
  SHEETS.avoidance,
  SHEETS.departments,
  SHEETS.items,
  SHEETS.plan,
  SHEETS.ledger,
  SHEETS.holidays,
];

const VALIDATED_KEYS = new Set(VALIDATED_SHEETS.map(headerKey));

/** The workbook's sheets to read: the parser also accepts names written with other white space or full-width forms. */
export function sheetsToValidate(sheetNames: readonly string[]): string[] {
  return sheetNames.filter((name) => VALIDATED_KEYS.has(headerKey(name)));
}

/**
 * Reads the clerk's sheets (under any name the parser accepts) and the product's 抽查结果 and 抽取日志
 * in full; 抽取快照 grows by a registry's size per draw, so only its header is read.
 */
export async function loadState(port: WorkbookPort, progress?: ProgressReporter): Promise<WorkbookState> {
  const sheetNames = await port.listSheets();
  const product = [SHEETS.results, SHEETS.log].filter((name) => sheetNames.includes(name));
  const sheets = await port.readSheets([...sheetsToValidate(sheetNames), ...product], progress);
  const snapshot = sheetNames.includes(SHEETS.snapshot)
    ? (await port.readSheets([SHEETS.snapshot], undefined, { maxRows: HEADER_ROWS_READ })).get(SHEETS.snapshot)
    : undefined;
  const { data, problems } = parseWorkbook(sheets);
  return {
    sheetNames,
    sheets,
    data,
    problems,
    log: readLogSheet(sheets.get(SHEETS.log)),
    results: readResultsSheet(sheets.get(SHEETS.results)),
    snapshotHeader: snapshot ? readTable(SHEETS.snapshot, snapshot) : null,
  };
}

/** Task ids compare without white space (the plan writes "联 033", the sample "联033"). */
export function findTask(data: WorkbookData, taskId: string): PlanTask | undefined {
  const key = headerKey(taskId);
  return data.tasks.find((task) => headerKey(task.taskId) === key);
}

/** Today's date in China (UTC+8) as ISO; the draw date when none is given. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Whether a problem sits on the task's plan row, or on a later row repeating its 抽查任务编号. */
function onTaskRows(p: Problem, task: PlanTask): boolean {
  if (p.sheet !== SHEETS.plan || !p.cell) return false;
  const row = Number(/\d+$/.exec(p.cell)?.[0]);
  return row === task.row || (task.repeatedOnRows ?? []).includes(row);
}

/** Errors anywhere but in other tasks' plan rows stop a draw: it must rest on sound registries. */
export function blockingProblems(state: WorkbookState, task: PlanTask): Problem[] {
  return state.problems.filter((p) => p.severity === 'error' && (p.sheet !== SHEETS.plan || !p.cell || onTaskRows(p, task)));
}

/** What a clerk should read before drawing a task: the blocking errors, then the warnings on its plan row. */
export function problemsBeforeDraw(state: WorkbookState, task: PlanTask): Problem[] {
  return [...blockingProblems(state, task), ...state.problems.filter((p) => p.severity === 'warning' && onTaskRows(p, task))];
}

/** The cell of a plan column on the task's row (column A when the header cannot be found). */
export function planCell(state: WorkbookState, task: PlanTask, header: string): string {
  const sheetName = [...state.sheets.keys()].find((name) => headerKey(name) === headerKey(SHEETS.plan));
  const located = sheetName ? locatePlanHeader(state.sheets.get(sheetName)!) : null;
  const col = located ? (located.values[located.headerRow - 1] ?? []).findIndex((cell) => headerKey(String(cell ?? '')) === headerKey(header)) : -1;
  return `${columnLetter(Math.max(col, 0))}${task.row}`;
}
