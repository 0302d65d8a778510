// What a draw of a task would see (SPEC §3.1, §3.3, §3.5): batch, eligible objects and strata,
// departments and their eligible inspectors, avoidance pairs, and the logged 参数. Shared by the dry
// run and the draw so the two can never disagree.
import type { PlanTask, InspectionObject } from '../core/model';
import type { StratumInput, DrawDepartment, DrawInspector, ConflictPair } from '../core/draw/types';
import { eligibleObjects, stratify, drawDepartments, eligibleInspectors, conflictPairs } from '../core/draw/eligibility';
import { paramsJson } from '../core/draw/params';
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
  const objects = eligibleObjects(state.data.objects, task, alreadyDrawn(state, task));
  const strata = stratify(objects, task);
  const departments = drawDepartments(task);
  const inspectors = eligibleInspectors(state.data.inspectors, departments, endDate);
  const conflicts = conflictPairs(
    state.data.inspectors,
    state.data.avoidance,
    new Set(objects.map((o) => o.id)),
    new Set(inspectors.map((i) => i.id)),
  );
  const params = paramsJson({
    base: task.ratioBp,
    depts: departments.map((d) => d.department),
    end: endDate,
    filter: task.filterText,
    k: Object.fromEntries(departments.map((d) => [d.department, d.k])),
    scope: task.scope,
    strata: Object.fromEntries(strata.map((s) => [s.stratum, s.ratioBp])),
  });
  return {
    task, batch, drawId: makeDrawId(task.taskId, batch), endDate, objects, strata, departments, inspectors, conflicts, params,
  };
}

/**
 * SPEC §3.3: objects drawn by an earlier counting draw of the same year, for this task or for a task
 * sharing a 事项编号. A draw's year is its task's plan year (抽查时间), so a late draw of a 2024 task
 * still counts for 2024; a draw whose task left the plan falls back to the year of its log 时间.
 */
function alreadyDrawn(state: WorkbookState, task: PlanTask): Set<string> {
  if (task.allowRepeat) return new Set();
  const year = task.start.slice(0, 4);
  const related = (entry: LoggedRow) => {
    const other = findTask(state.data, entry.taskId);
    if (!other) return entry.time.startsWith(year) && headerKey(entry.taskId) === headerKey(task.taskId);
    if (other.start.slice(0, 4) !== year) return false;
    return other === task || other.itemIds.some((id) => task.itemIds.includes(id));
  };
  const byDraw = resultsByDraw(state.results.rows);
  const drawn = new Set<string>();
  for (const entry of countingDraws(state.log.entries).filter(related)) {
    for (const row of byDraw.get(entry.drawId) ?? []) drawn.add(row.objectId);
  }
  return drawn;
}
