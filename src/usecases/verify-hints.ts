// SPEC §3.8 提示: where the registries and plan as they stand differ from what each draw saw (grade,
// status, ratio). A temporary edit (regrade D→A, 停业, a lower 信用分级比例, 允许重复抽取 for one batch)
// made before a draw and undone after leaves its mark here. Never errors: registries do change.
import type { InspectionObject, PlanTask, WorkbookData } from '../core/model';
import { ALL_STRATUM, drawDepartments, eligibleObjects, GRADE_STRATA } from '../core/draw/eligibility';
import { sortedItems, type DrawParams } from '../core/draw/params';
import { UNGRADED } from '../core/schema';
import { hintMessages as h } from '../core/messages/verify';
import type { Problem } from '../core/messages/problem';
import { headerKey } from '../core/text';

/** What one draw saw, as its replay read it. */
export interface DrawSeen {
  drawId: string;
  taskId: string;
  params: DrawParams;
  /** 对象编号 → stratum, for every eligible object of the snapshot. */
  strata: ReadonlyMap<string, string>;
  /** Objects the no-repeat rule kept out of this draw (earlier counting draws, SPEC §3.3). */
  drawnBefore: ReadonlySet<string>;
}

/** Places in the plan for a task's column (the cell on its row). */
export type PlanCellOf = (task: PlanTask, header: string) => string;

const MAX_PER_KIND = 10;

/**
 * The 提示 of each draw, one at a time (built once per verify: the registry's index and each scope's
 * eligible objects are shared by every draw of it).
 */
export class DriftHints {
  private readonly objects: Map<string, InspectionObject>;
  private readonly eligibleByScope = new Map<string, InspectionObject[]>();

  constructor(private readonly data: WorkbookData, private readonly planCellOf: PlanCellOf) {
    this.objects = new Map(data.objects.map((o) => [o.id, o]));
  }

  of(draw: DrawSeen): Problem[] {
    const task = this.data.tasks.find((t) => headerKey(t.taskId) === headerKey(draw.taskId));
    if (!task) return [h.taskGone(draw.drawId, draw.taskId)];
    return [...paramsHints(draw, task, this.planCellOf), ...objectHints(draw, task, this.objects, (t) => this.eligible(t))];
  }

  /** Objects a task with this scope and filter takes, before the no-repeat rule. */
  private eligible(task: PlanTask): InspectionObject[] {
    const key = JSON.stringify([task.taskId, task.scope, task.filterText]);
    let list = this.eligibleByScope.get(key);
    if (!list) this.eligibleByScope.set(key, (list = eligibleObjects(this.data.objects, { ...task, allowRepeat: true }, new Set())));
    return list;
  }
}

export function driftHints(draws: readonly DrawSeen[], data: WorkbookData, planCellOf: PlanCellOf): Problem[] {
  const hints = new DriftHints(data, planCellOf);
  return draws.flatMap((draw) => hints.of(draw));
}

/** The draw's 参数 field by field against what the plan row gives now. */
function paramsHints(draw: DrawSeen, task: PlanTask, planCellOf: PlanCellOf): Problem[] {
  const now = currentParams(task);
  const then = draw.params;
  const ratio = (strata: Record<string, number>) =>
    Object.keys(strata).length === 1 && ALL_STRATUM in strata
      ? '不分层'
      : GRADE_STRATA.map((g) => `${g}:${bp(strata[g])}`).join(';');
  const k = (params: Pick<DrawParams, 'depts' | 'k'>) => params.depts.map((d) => `${d}:${params.k[d]}`).join(';');
  const fields: Array<[string, string, string, string]> = [
    ['抽查比例', '抽查比例', bp(then.base), bp(now.base)],
    ['信用分级比例', '信用分级比例', ratio(then.strata), ratio(now.strata)],
    ['检查部门', '联合部门', then.depts.join('、'), now.depts.join('、')],
    ['每部门检查人数', '每部门检查人数', k(then), k(now)],
    ['抽查对象范围', '抽查对象范围', then.scope || '（空）', now.scope || '（空）'],
    ['对象筛选', '对象筛选', then.filter || '（空）', now.filter || '（空）'],
    ['抽查时间（截止）', '抽查时间', then.end, now.end],
  ];
  if (then.repeat !== undefined) fields.push(['允许重复抽取', '允许重复抽取', yesNo(then.repeat), yesNo(now.repeat)]);
  if (then.items !== undefined) fields.push(['事项编号', '事项编号', then.items.join(',') || '（空）', now.items.join(',') || '（空）']);
  return fields
    .filter(([, , before, after]) => before !== after)
    .map(([field, header, before, after]) => h.paramsChanged(planCellOf(task, header), draw.drawId, field, before, after));
}

const bp = (value: number | undefined) => (value === undefined ? '—' : `${value / 100}%`);
const yesNo = (value: boolean) => (value ? '是' : '否');

function currentParams(task: PlanTask): { base: number; strata: Record<string, number>; depts: string[]; k: Record<string, number>; scope: string; filter: string; end: string; repeat: boolean; items: string[] } {
  const departments = drawDepartments(task);
  const strata: Record<string, number> = {};
  if (task.gradeRatios === null) strata[ALL_STRATUM] = task.ratioBp;
  else for (const g of GRADE_STRATA) strata[g] = (task.gradeRatios as Record<string, number>)[g] ?? task.ratioBp;
  return {
    base: task.ratioBp,
    strata,
    depts: departments.map((d) => d.department),
    k: Object.fromEntries(departments.map((d) => [d.department, d.k])),
    scope: task.scope,
    filter: task.filterText,
    end: task.end,
    repeat: task.allowRepeat,
    items: sortedItems(task.itemIds),
  };
}

/**
 * The snapshot's objects against the registry now: gone, no longer active, regraded (stratified draws
 * only: an unstratified snapshot records no grade); and objects that the draw's own scope and filter
 * (and no-repeat rule) would take now but that its snapshot lacks: inactive, or not yet there, then.
 */
function objectHints(
  draw: DrawSeen,
  task: PlanTask,
  objects: ReadonlyMap<string, InspectionObject>,
  eligible: (task: PlanTask) => readonly InspectionObject[],
): Problem[] {
  const gone: Problem[] = [];
  const inactive: Problem[] = [];
  const regraded: Problem[] = [];
  const missing: Problem[] = [];
  const counts = { gone: 0, inactive: 0, regraded: 0, missing: 0 };
  const stratified = !(ALL_STRATUM in draw.params.strata);
  for (const [id, stratum] of draw.strata) {
    const object = objects.get(id);
    if (!object) {
      if (counts.gone++ < MAX_PER_KIND) gone.push(h.goneNow(draw.drawId, id));
    } else if (!object.active) {
      if (counts.inactive++ < MAX_PER_KIND) inactive.push(h.nowInactive(`A${object.row}`, draw.drawId, id, object.status));
    } else if (stratified && (object.grade || UNGRADED) !== stratum) {
      if (counts.regraded++ < MAX_PER_KIND) regraded.push(h.gradeChanged(`A${object.row}`, draw.drawId, id, stratum, object.grade || UNGRADED));
    }
  }
  // The draw's own scope and repeat rule; the plan's filter only when the draw's 对象筛选 was the same text.
  if (task.filterText === draw.params.filter) {
    const repeat = draw.params.repeat ?? task.allowRepeat;
    for (const object of eligible({ ...task, scope: draw.params.scope })) {
      if (draw.strata.has(object.id) || (!repeat && draw.drawnBefore.has(object.id))) continue;
      if (counts.missing++ < MAX_PER_KIND) missing.push(h.missingThen(`A${object.row}`, draw.drawId, object.id));
    }
  }
  const more = (kind: string, count: number) => (count > MAX_PER_KIND ? [h.more(draw.drawId, kind, count - MAX_PER_KIND)] : []);
  return [
    ...regraded, ...more('对象的分层', counts.regraded),
    ...inactive, ...more('对象的经营状态', counts.inactive),
    ...missing, ...more('应当合格而未在快照中的对象', counts.missing),
    ...gone, ...more('已不在名录库的对象', counts.gone),
  ];
}
