// SPEC §4: where each task stands after its draw — inspected, problems, open loops, and the 公示
// deadline (20 working days after 检查日期; near = within 5 working days).
import { workingDaysAfter, workingDaysBetween, type CalendarOverrides } from '../calendar';
import { FOLLOW_UPS } from '../schema';
import { resultMessages as msg, resultTexts as texts } from '../messages/results';
import type { Problem } from '../messages/problem';
import { CLERK_HEADERS, type ResultRow } from '../records/results-sheet';
import { checkEntries, type ReadEntries } from './entries';

export const PUBLICITY_WORKING_DAYS = 20;
export const NEAR_WORKING_DAYS = 5;

export type ItemKind = 'overdue' | 'near' | 'openLoop' | 'entry' | 'late' | 'awaiting';

/** One thing to look at, on one row of 抽查结果. */
export interface StatusItem {
  kind: ItemKind;
  taskId: string;
  drawId: string;
  /** 1-based row of 抽查结果 and the cell to select. */
  row: number;
  cell: string;
  objectId: string;
  objectName: string;
  /** The 公示 deadline, for overdue, near and awaiting. */
  due?: string;
  /** Chinese text: what is wrong or due. */
  text: string;
  severity?: 'error' | 'warning';
}

export interface TaskStatus {
  taskId: string;
  taskName: string;
  /** The task's last day, when the plan still has the task. */
  end?: string;
  drawn: number;
  inspected: number;
  problems: number;
  openLoops: number;
  published: number;
  awaiting: number;
  near: number;
  overdue: number;
  entryErrors: number;
  items: StatusItem[];
  /** Every drawn object inspected, every problem closed, every result published, nothing wrong. */
  done: boolean;
}

export interface TaskInfo {
  taskId: string;
  taskName: string;
  end?: string;
}

export interface StatusInput {
  /** The rows of counting draws (SPEC §3.1), in sheet order. */
  rows: readonly ResultRow[];
  cell(row: ResultRow, header: string): string;
  /** Tasks in plan order, by 任务编号. */
  tasks: ReadonlyMap<string, TaskInfo>;
  /** ISO date (UTC+8) of each counting draw. */
  drawDates: ReadonlyMap<string, string | null>;
  holidays: CalendarOverrides;
  /** The day deadlines are measured against. */
  asOf: string;
}

export interface RowStatus {
  row: ResultRow;
  entries: ReadEntries;
  problems: Problem[];
  due?: string;
}

/** SPEC §4: a problem result without 后续处置, or with 处置完结 not 是 past the task's end. */
function openLoopText(entries: ReadEntries, asOf: string, end: string | undefined): string | undefined {
  if (!entries.inspected || !entries.problem) return undefined;
  if (entries.followUp === undefined) return texts.openLoopNoFollowUp(entries.result ?? '');
  if (entries.followUp !== FOLLOW_UPS[0] && entries.closed !== '是' && end !== undefined && asOf > end) {
    return texts.openLoopNotClosed(entries.followUp, end);
  }
  return undefined;
}

/** The entries as they stood on asOf: a 检查日期 or 公示日期 after it is not yet counted. */
function asOfDate(entries: ReadEntries, asOf: string): ReadEntries {
  if (entries.inspected && entries.inspectionDate! > asOf) return { ...entries, inspected: false };
  if (entries.publishedDate !== null && entries.publishedDate > asOf) return { ...entries, publishedDate: null };
  return entries;
}

function emptyTask(info: TaskInfo): TaskStatus {
  return { ...info, drawn: 0, inspected: 0, problems: 0, openLoops: 0, published: 0, awaiting: 0, near: 0, overdue: 0, entryErrors: 0, items: [], done: false };
}

/** Per task in plan order (tasks not in the plan after them): figures and the items to look at. */
export function resultsStatus(input: StatusInput): { tasks: TaskStatus[]; rows: RowStatus[] } {
  const byTask = new Map<string, TaskStatus>();
  for (const info of input.tasks.values()) byTask.set(info.taskId, emptyTask(info));
  const seen = new Set<string>();
  const rows: RowStatus[] = [];
  // Many rows share an inspection day: count each day's deadline once.
  const dues = new Map<string, ReturnType<typeof workingDaysAfter>>();
  const dueAfter = (date: string) => {
    let due = dues.get(date);
    if (!due) dues.set(date, (due = workingDaysAfter(date, PUBLICITY_WORKING_DAYS, input.holidays)));
    return due;
  };
  const spans = new Map<string, number>();
  const between = (from: string, to: string) => {
    const key = `${from}|${to}`;
    let days = spans.get(key);
    if (days === undefined) spans.set(key, (days = workingDaysBetween(from, to, input.holidays)));
    return days;
  };
  for (const row of input.rows) {
    const drawDate = input.drawDates.get(row.drawId);
    // As of asOf (as the reports count): a draw made after it is not drawn yet.
    if (drawDate && drawDate > input.asOf) continue;
    const info = input.tasks.get(row.taskId) ?? { taskId: row.taskId, taskName: '' };
    let task = byTask.get(row.taskId);
    if (!task) byTask.set(row.taskId, (task = emptyTask(info)));
    seen.add(row.taskId);
    const checked = checkEntries(row, { cell: input.cell, drawDate, taskEnd: info.end });
    const status: RowStatus = { row, entries: checked.entries, problems: [...checked.problems] };
    rows.push(status);
    const item = (kind: ItemKind, text: string, cell: string, extra: Partial<StatusItem> = {}) =>
      task!.items.push({ kind, taskId: row.taskId, drawId: row.drawId, row: row.row, cell, objectId: row.objectId, objectName: row.objectName, text, ...extra });
    // Entries dated after asOf had not happened yet on that day: not inspected, not published.
    const e = asOfDate(checked.entries, input.asOf);
    task.drawn++;
    if (e.inspected) {
      task.inspected++;
      if (e.problem) task.problems++;
      const open = openLoopText(e, input.asOf, info.end);
      if (open) {
        task.openLoops++;
        item('openLoop', open, input.cell(row, e.followUp === undefined ? CLERK_HEADERS.followUp : CLERK_HEADERS.closed));
      }
      if (e.publishedDate) {
        task.published++;
        const due = dueAfter(e.inspectionDate!);
        if (due.date !== undefined && e.publishedDate > due.date) {
          item('late', texts.late(e.publishedDate, due.date), input.cell(row, CLERK_HEADERS.publishedDate), { due: due.date });
        }
      } else {
        task.awaiting++;
        const dateCell = input.cell(row, CLERK_HEADERS.publishedDate);
        const due = dueAfter(e.inspectionDate!);
        if (due.unknownYear !== undefined) {
          status.problems.push(msg.unknownCalendarYear(due.unknownYear, input.cell(row, CLERK_HEADERS.inspectionDate)));
        } else {
          status.due = due.date;
          if (input.asOf > due.date) {
            task.overdue++;
            const days = between(due.date, input.asOf);
            item('overdue', days > 0 ? texts.overdue(due.date, days) : texts.overdueToday(due.date), dateCell, { due: due.date });
          } else {
            const left = between(input.asOf, due.date);
            if (left <= NEAR_WORKING_DAYS) {
              task.near++;
              item('near', texts.near(due.date, left), dateCell, { due: due.date });
            } else item('awaiting', texts.awaiting(due.date), dateCell, { due: due.date });
          }
        }
      }
    }
    for (const problem of status.problems) {
      if (problem.severity === 'error') task.entryErrors++;
      item('entry', problem.message, problem.cell ?? 'A1', { severity: problem.severity });
    }
  }
  const order: ItemKind[] = ['overdue', 'entry', 'openLoop', 'near', 'late', 'awaiting'];
  const tasks = [...byTask.values()].filter((t) => seen.has(t.taskId));
  for (const task of tasks) {
    task.items.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.row - b.row);
    task.done = task.drawn > 0 && task.inspected === task.drawn && task.openLoops === 0 && task.awaiting === 0 && task.entryErrors === 0;
  }
  return { tasks, rows };
}
