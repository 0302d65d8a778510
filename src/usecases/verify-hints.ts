// SPEC §3.8 提示: where the registries and plan as they stand differ from what each draw saw (grade,
// status, ratio). A temporary edit (regrade D→A, 停业, a lower 信用分级比例, 允许重复抽取 for one batch)
// made before a draw and undone after leaves its mark here. Never errors: registries do change.
import type { PlanTask, WorkbookData } from '../core/model';
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
/** The cell of an 检查对象名录库 column on a 1-based row. */
export type ObjectCellOf = (row: number, header: string) => string;

const MAX_PER_KIND = 10;

/**
 * The 提示 of each draw, one at a time (built once per verify: the registry's index and each scope's
 * eligible objects are shared by every draw of it).
 */
export class DriftHints {
  /** 对象编号 → index in data.objects: each draw's snapshot is held against the registry by index. */
  private readonly index: Map<string, number>;
  private readonly eligibleByScope = new Map<string, Int32Array>();

  constructor(
    private readonly data: WorkbookData,
    private readonly planCellOf: PlanCellOf,
    // The differing column is named (信用风险等级, 经营状态), not the row's 对象编号.
    private readonly objectCellOf: ObjectCellOf = (row) => `A${row}`,
  ) {
    this.index = new Map(data.objects.map((o, i) => [o.id, i]));
  }

  of(draw: DrawSeen): Problem[] {
    const task = this.data.tasks.find((t) => headerKey(t.taskId) === headerKey(draw.taskId));
    if (!task) return [h.taskGone(draw.drawId, draw.taskId)];
    return [...paramsHints(draw, task, this.planCellOf), ...this.objectHints(draw, task)];
  }

  /** Indices of the objects a task with this scope and filter takes, before the no-repeat rule. */
  private eligible(task: PlanTask): Int32Array {
    const key = JSON.stringify([task.taskId, task.scope, task.filterText]);
    let list = this.eligibleByScope.get(key);
    if (!list) {
      const taken = eligibleObjects(this.data.objects, { ...task, allowRepeat: true }, new Set());
      list = Int32Array.from(taken, (o) => this.index.get(o.id)!);
      this.eligibleByScope.set(key, list);
    }
    return list;
  }

  /**
   * The snapshot's objects against the registry now: gone, no longer active, regraded (stratified
   * draws only: an unstratified snapshot records no grade); and objects that the draw's own scope and
   * filter (and no-repeat rule) would take now but that its snapshot lacks: inactive, or not yet
   * there, then.
   */
  private objectHints(draw: DrawSeen, task: PlanTask): Problem[] {
    const objects = this.data.objects;
    const found = { gone: [] as Problem[], inactive: [] as Problem[], regraded: [] as Problem[], missing: [] as Problem[] };
    const counts = { gone: 0, inactive: 0, regraded: 0, missing: 0 };
    const note = (kind: keyof typeof counts, problem: () => Problem) => {
      if (counts[kind]++ < MAX_PER_KIND) found[kind].push(problem());
    };
    const stratified = !(ALL_STRATUM in draw.params.strata);
    const inSnapshot = new Uint8Array(objects.length);
    for (const [id, stratum] of draw.strata) {
      const i = this.index.get(id);
      if (i === undefined) {
        note('gone', () => h.goneNow(draw.drawId, id));
        continue;
      }
      inSnapshot[i] = 1;
      const object = objects[i];
      if (!object.active) note('inactive', () => h.nowInactive(this.objectCellOf(object.row, '经营状态'), draw.drawId, id, object.status));
      else if (stratified && (object.grade || UNGRADED) !== stratum) {
        note('regraded', () => h.gradeChanged(this.objectCellOf(object.row, '信用风险等级'), draw.drawId, id, stratum, object.grade || UNGRADED));
      }
    }
    // The draw's own scope and repeat rule; the plan's filter only when the draw's 对象筛选 was the same text.
    if (task.filterText === draw.params.filter) {
      const repeat = draw.params.repeat ?? task.allowRepeat;
      for (const i of this.eligible({ ...task, scope: draw.params.scope })) {
        if (inSnapshot[i] || (!repeat && draw.drawnBefore.has(objects[i].id))) continue;
        note('missing', () => h.missingThen(`A${objects[i].row}`, draw.drawId, objects[i].id));
      }
    }
    const more = (kind: keyof typeof counts, what: string) =>
      counts[kind] > MAX_PER_KIND ? [h.more(draw.drawId, what, counts[kind] - MAX_PER_KIND)] : [];
    return [
      ...found.regraded, ...more('regraded', '对象的分层'),
      ...found.inactive, ...more('inactive', '对象的经营状态'),
      ...found.missing, ...more('missing', '应当合格而未在快照中的对象'),
      ...found.gone, ...more('gone', '已不在名录库的对象'),
    ];
  }
}

export function driftHints(draws: readonly DrawSeen[], data: WorkbookData, planCellOf: PlanCellOf, objectCellOf?: ObjectCellOf): Problem[] {
  const hints = new DriftHints(data, planCellOf, objectCellOf);
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
