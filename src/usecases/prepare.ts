// What a draw of a task would see (SPEC §3.1, §3.3, §3.5): batch, eligible objects and strata,
// departments and their eligible inspectors, avoidance pairs, and the logged 参数. Shared by the dry
// run and the draw so the two can never disagree.
import type { PlanTask, InspectionObject } from '../core/model';
import type { StratumInput, DrawDepartment, DrawInspector, ConflictPair } from '../core/draw/types';
import { eligibleObjects, stratify, drawDepartments, eligibleInspectors, conflictPairs } from '../core/draw/eligibility';
import { paramsJson, parseParams, sortedItems } from '../core/draw/params';
import { ALGORITHM_V2 } from '../core/draw/types';
import { drawId as makeDrawId } from '../core/draw/seed';
import { countingDraws, nextBatch, type LoggedRow } from '../core/records/log-sheet';
import { resultsByDraw } from '../core/records/results-sheet';
import { headerKey } from '../core/text';
import { findTask, type WorkbookState } from './state';

export interface PreparedDraw {
  task: PlanTask;
  batch: number;
  drawId: string;
  endDate: string;
  objects: InspectionObject[];
  strata: StratumInput[];
  departments: DrawDepartment[];
  inspectors: DrawInspector[];
  conflicts: ConflictPair[];
  params: string;
}

export function prepareDraw(state: WorkbookState, task: PlanTask, drawDate: string): PreparedDraw {
  const batch = nextBatch(state.log.entries, task.taskId);
  const endDate = task.end || drawDate;
  const objects = eligibleObjects(state.data.objects, task, alreadyDrawn(state, task, drawYear(task, drawDate)));
  const strata = stratify(objects, task);
  const departments = drawDepartments(task);
  const inspectors = eligibleInspectors(state.data.inspectors, departments, endDate);
  const conflicts = conflictPairs(
    state.data.inspectors,
    state.data.avoidance,
    new Set(objects.map((o) => o.id)),
    new Set(inspectors.map((i) => i.id)),
  );
  // SPEC §3.8: ssj-draw/2 参数; a task without an end date cannot be drawn (the draw refuses it).
  const params = paramsJson({
    base: task.ratioBp,
    depts: departments.map((d) => d.department),
    end: endDate,
    filter: task.filterText,
    k: Object.fromEntries(departments.map((d) => [d.department, d.k])),
    scope: task.scope,
    strata: Object.fromEntries(strata.map((s) => [s.stratum, s.ratioBp])),
    items: sortedItems(task.itemIds),
    repeat: task.allowRepeat,
    year: Number(endDate.slice(0, 4)),
  });
  return {
    task, batch, drawId: makeDrawId(task.taskId, batch), endDate, objects, strata, departments, inspectors, conflicts, params,
  };
}

/** SPEC §3.8: the no-repeat rule's year is the year of the task's end date. */
export function drawYear(task: PlanTask, drawDate: string): string {
  return (task.end || drawDate).slice(0, 4);
}

/**
 * A logged draw's year and items: from its ssj-draw/2 参数 (what the draw itself recorded); for a
 * ssj-draw/1 row, from its task in the plan (the plan year, as ssj-draw/1 drew), or the year of its
 * log 时间 when the task has left the plan.
 */
function loggedScope(state: WorkbookState, entry: LoggedRow): { year: string; items: string[] | null } {
  if (entry.algorithm === ALGORITHM_V2) {
    try {
      const params = parseParams(entry.params, undefined, ALGORITHM_V2);
      return { year: String(params.year), items: params.items ?? [] };
    } catch {
      // Unreadable 参数: verify names it; the plan still says what the task was.
    }
  }
  const other = findTask(state.data, entry.taskId);
  if (!other) return { year: entry.time.slice(0, 4), items: null };
  return { year: (other.end || other.start).slice(0, 4), items: other.itemIds };
}

/**
 * SPEC §3.3, §3.8: objects drawn by an earlier counting draw of the same year (the year of the task's
 * end date), for this task or for a task sharing a 事项编号.
 */
function alreadyDrawn(state: WorkbookState, task: PlanTask, year: string): Set<string> {
  if (task.allowRepeat) return new Set();
  const related = (entry: LoggedRow) => {
    const scope = loggedScope(state, entry);
    if (scope.year !== year) return false;
    if (headerKey(entry.taskId) === headerKey(task.taskId)) return true;
    return (scope.items ?? []).some((id) => task.itemIds.includes(id));
  };
  const byDraw = resultsByDraw(state.results.rows);
  const drawn = new Set<string>();
  for (const entry of countingDraws(state.log.entries).filter(related)) {
    for (const row of byDraw.get(entry.drawId) ?? []) drawn.add(row.objectId);
  }
  return drawn;
}
