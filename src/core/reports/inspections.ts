// SPEC §5: what the reports count. An inspection is a plan task with a counting draw (SPEC §3.1: 有效 and
// not voided; 公告 and 失败 rows are no inspections) dated within the report's year up to its date.
import type { PlanTask } from '../model';
import type { LoggedRow } from '../records/log-sheet';
import { countingDraws } from '../records/log-sheet';
import type { ResultRow } from '../records/results-sheet';
import { DEFAULT_PLATFORM, INSPECTION_RESULTS, MARKET_ENTITY_TYPES, PROBLEM_RESULTS } from '../schema';
import { headerKey } from '../text';

/** One drawn object of a counted draw, with what the clerk entered for it by the report date. */
export interface CountedObject {
  drawId: string;
  objectId: string;
  objectType: string;
  /** 1-based row in 抽查结果. */
  row: number;
  /** 检查结果 (one of SPEC §4's choices) and 检查日期 given, the date on or before the report date. */
  completed: boolean;
  /** Completed with a result that counts as 发现问题 (SPEC §4). */
  problem: boolean;
  /** A 检查结果 typed outside the choices (“合格”), so not counted as completed: the report names it. */
  unchosenResult: string | null;
  /** ISO 检查日期 and 公示日期, when readable. */
  inspectionDate: string | null;
  publishedDate: string | null;
}

/** A task inspected (drawn) by the report date: several counting batches are one inspection. */
export interface Inspection {
  task: PlanTask;
  /** The counting draws, in log order, with their China dates and 1-based log rows. */
  draws: Array<{ drawId: string; date: string; row: number; eligible: number; drawn: number }>;
  /** Date of the first counting draw: the month the inspection is charted in. */
  firstDate: string;
  objects: CountedObject[];
  joint: boolean;
  /** Drawn with credit-grade strata (SPEC §3.3), read from the draw's 参数 (the plan row as fallback). */
  stratified: boolean;
  /** 市场监管 initiates or joins. */
  market: boolean;
  otherPlatform: boolean;
}

export interface CountedInspections {
  /** Tasks counted in Annex 1 (省级分派 = 否). */
  inspections: Inspection[];
  /** Counted draws of 省级分派 tasks: Annex 2 and the chart leave them out too, but they are named. */
  provincial: Inspection[];
  /** Counting draws whose task the plan no longer holds: left out, named. */
  unknownTasks: string[];
}

const OFFSET_MS = 8 * 3_600_000;

/** A log 时间 (ISO 8601 with offset) as the date in China (UTC+08:00); its first 10 characters if unreadable. */
export function chinaDate(time: string): string {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) return time.slice(0, 10);
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

function stratifiedDraw(params: string, task: PlanTask): boolean {
  try {
    const strata = (JSON.parse(params) as { strata?: Record<string, unknown> }).strata;
    if (strata && typeof strata === 'object') return Object.keys(strata).some((key) => key !== '全部');
  } catch {
    // An unreadable 参数 is verify's to report; the plan row still says whether the task is graded.
  }
  return task.gradeRatios !== null;
}

function isMarket(department: string): boolean {
  return headerKey(department).includes('市场监');
}

export function isMarketEntity(objectType: string): boolean {
  return MARKET_KEYS.has(headerKey(objectType));
}

// Compared as headers are: the cell is read NFKC-normalised, which turns the choices' （） into ().
const PROBLEM_KEYS = new Set(PROBLEM_RESULTS.map(headerKey));
const RESULT_KEYS = new Set(INSPECTION_RESULTS.map(headerKey));
const MARKET_KEYS = new Set(MARKET_ENTITY_TYPES.map(headerKey));

/** SPEC §4: the second to the seventh 检查结果 count as 发现问题. */
export function isProblemResult(result: string): boolean {
  return PROBLEM_KEYS.has(headerKey(result));
}

function countedObject(row: ResultRow, date: string): CountedObject {
  const { inspectionDate, result, publishedDate } = row.entries;
  // A result outside the choices (“合格”) is no inspection yet, as ssj status and the public export read it:
  // the clerk is told at its cell there, and the three agree on what was inspected.
  const completed = RESULT_KEYS.has(headerKey(result)) && inspectionDate.date !== null && inspectionDate.date <= date;
  return {
    drawId: row.drawId, objectId: row.objectId, objectType: row.objectType, row: row.row,
    completed, problem: completed && isProblemResult(result),
    unchosenResult: result !== '' && !RESULT_KEYS.has(headerKey(result)) ? result : null,
    inspectionDate: inspectionDate.date, publishedDate: publishedDate.date,
  };
}

function findTask(tasks: readonly PlanTask[], taskId: string): PlanTask | undefined {
  const key = headerKey(taskId);
  return tasks.find((task) => headerKey(task.taskId) === key);
}

/** SPEC §5 counted tasks: counting draws dated from 1 January of the report's year to `date`. */
export function countInspections(
  tasks: readonly PlanTask[], log: readonly LoggedRow[], results: readonly ResultRow[], date: string,
): CountedInspections {
  const yearStart = `${date.slice(0, 4)}-01-01`;
  const byTask = new Map<string, Inspection>();
  const unknownTasks: string[] = [];
  const resultsByDraw = new Map<string, ResultRow[]>();
  for (const row of results) {
    const rows = resultsByDraw.get(row.drawId);
    if (rows) rows.push(row);
    else resultsByDraw.set(row.drawId, [row]);
  }
  for (const entry of countingDraws(log)) {
    const drawDate = chinaDate(entry.time);
    if (drawDate < yearStart || drawDate > date) continue;
    const task = findTask(tasks, entry.taskId);
    if (!task) {
      if (!unknownTasks.includes(entry.taskId)) unknownTasks.push(entry.taskId);
      continue;
    }
    let inspection = byTask.get(task.taskId);
    if (!inspection) {
      inspection = {
        task, draws: [], firstDate: drawDate, objects: [], joint: task.joint.length > 0,
        stratified: false, market: isMarket(task.initiator) || task.joint.some(isMarket),
        otherPlatform: task.platform !== '' && headerKey(task.platform) !== headerKey(DEFAULT_PLATFORM),
      };
      byTask.set(task.taskId, inspection);
    }
    inspection.draws.push({
      drawId: entry.drawId, date: drawDate, row: entry.row,
      eligible: Number(entry.eligibleCount) || 0, drawn: Number(entry.drawnCount) || 0,
    });
    if (drawDate < inspection.firstDate) inspection.firstDate = drawDate;
    inspection.stratified ||= stratifiedDraw(entry.params, task);
    for (const row of resultsByDraw.get(entry.drawId) ?? []) inspection.objects.push(countedObject(row, date));
  }
  const all = [...byTask.values()];
  return { inspections: all.filter((i) => !i.task.provincial), provincial: all.filter((i) => i.task.provincial), unknownTasks };
}
