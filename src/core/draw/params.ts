// SPEC §3.6 参数: the draw's parameters as canonical JSON (keys sorted at every level, no spaces),
// and the way back for a replay (SPEC §3.7).
import { paramsUnreadable } from '../messages/draw';
import { UserFacingError } from '../messages/problem';
import type { PlanTask, Stratum } from '../model';
import { ALL_STRATUM, GRADE_STRATA } from './eligibility';
import { ALGORITHM_V2, type DrawDepartment } from './types';

export interface DrawParams {
  /** 抽查比例 in basis points. */
  base: number;
  /** D in order (SPEC §3.5), 专家 last when 专家人数 > 0. */
  depts: string[];
  /** The end date used for certificate validity, YYYY-MM-DD. */
  end: string;
  filter: string;
  k: Record<string, number>;
  scope: string;
  /** Stratum → bp: {"全部": base}, or all five of A, B, C, D, 未分级. */
  strata: Record<string, number>;
  /** SPEC §3.8 (ssj-draw/2 only): the task's 事项编号, sorted, de-duplicated. */
  items?: string[];
  /** SPEC §3.8 (ssj-draw/2 only): 允许重复抽取 is 是. */
  repeat?: boolean;
  /** SPEC §3.8 (ssj-draw/2 only): the year of the task's end date, the no-repeat rule's year. */
  year?: number;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Canonical JSON: object keys sorted by UTF-16 code units at every level, no white space. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SPEC §3.6 params = {"base":bp,"depts":[…],"end":…,"filter":…,"k":{…},"scope":…,"strata":{…}};
 * SPEC §3.8 adds "items", "repeat" and "year" (left out when absent: a ssj-draw/1 row's 参数).
 */
export function paramsJson(params: DrawParams): string {
  const { items, repeat, year, ...v1 } = params;
  const json: { [key: string]: Json } = { ...v1, depts: [...params.depts], k: { ...params.k }, strata: { ...params.strata } };
  if (items !== undefined) json.items = [...items];
  if (repeat !== undefined) json.repeat = repeat;
  if (year !== undefined) json.year = year;
  return canonicalJson(json);
}

/** SPEC §3.8 "items": 事项编号 sorted by code units, de-duplicated. */
export function sortedItems(itemIds: readonly string[]): string[] {
  return [...new Set(itemIds)].sort();
}

/**
 * SPEC §3.8 the 参数 of a ssj-draw/2 draw: §3.6's with the end date the task's own (required), and
 * items, repeat and year. The caller has checked that the task has an end date.
 */
export function paramsFromTaskV2(task: PlanTask, departments: readonly DrawDepartment[]): DrawParams {
  if (!task.end) throw new Error(`task ${task.taskId} has no end date`);
  return {
    ...paramsFromTask(task, departments, task.end),
    items: sortedItems(task.itemIds),
    repeat: task.allowRepeat,
    year: Number(task.end.slice(0, 4)),
  };
}

/** The params of a task's draw (SPEC §3.3 strata ratios, SPEC §3.5 departments and k). */
export function paramsFromTask(task: PlanTask, departments: readonly DrawDepartment[], end: string): DrawParams {
  const k: Record<string, number> = {};
  for (const d of departments) k[d.department] = d.k;
  const strata: Record<string, number> = {};
  if (task.gradeRatios === null) strata[ALL_STRATUM] = task.ratioBp;
  else for (const g of GRADE_STRATA) strata[g] = (task.gradeRatios as Record<string, number>)[g] ?? task.ratioBp;
  return {
    base: task.ratioBp,
    depts: departments.map((d) => d.department),
    end,
    filter: task.filterText,
    k,
    scope: task.scope,
    strata,
  };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function countRecord(value: unknown): value is Record<string, number> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isCount);
}

/**
 * Reads 参数 back; throws a UserFacingError naming what is wrong (cell: the log's 参数 cell, if known).
 * For a ssj-draw/2 row (algorithm given) items, repeat and year are required; otherwise read when present.
 */
export function parseParams(json: string, cell?: string, algorithm?: string): DrawParams {
  const fail = (detail: string): never => {
    throw new UserFacingError([paramsUnreadable(detail, cell)]);
  };
  let value: Record<string, unknown> = {};
  try {
    value = JSON.parse(json) as Record<string, unknown>;
  } catch {
    fail('不是有效的 JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('不是 JSON 对象');
  const { base, depts, end, filter, k, scope, strata } = value;
  if (!isCount(base)) fail('base 应为非负整数（基点）');
  if (!Array.isArray(depts) || !depts.every((d) => typeof d === 'string')) fail('depts 应为部门名称列表');
  if (typeof end !== 'string' || typeof filter !== 'string' || typeof scope !== 'string') {
    fail('end、filter、scope 应为文本');
  }
  if (!countRecord(k) || !(depts as string[]).every((d) => Object.prototype.hasOwnProperty.call(k, d))) {
    fail('k 应为每个部门的检查人数');
  }
  if (!countRecord(strata)) fail('strata 应为各分层的比例（基点）');
  const params = { base, depts, end, filter, k, scope, strata } as DrawParams;
  const { items, repeat, year } = value;
  if (algorithm === ALGORITHM_V2 && (items === undefined || repeat === undefined || year === undefined)) {
    fail('ssj-draw/2 的参数应含 items、repeat 和 year');
  }
  if (items !== undefined) {
    if (!Array.isArray(items) || !items.every((i) => typeof i === 'string')) fail('items 应为事项编号列表');
    params.items = items as string[];
  }
  if (repeat !== undefined) {
    if (typeof repeat !== 'boolean') fail('repeat 应为 true 或 false');
    params.repeat = repeat as boolean;
  }
  if (year !== undefined) {
    if (!Number.isInteger(year) || (year as number) < 1000 || (year as number) > 9999) fail('year 应为四位年份');
    params.year = year as number;
  }
  strataFromParams(params, cell);
  return params;
}

/** SPEC §3.3 strata order for a replay: 全部 alone, or A, B, C, D, 未分级. */
export function strataFromParams(params: DrawParams, cell?: string): Array<{ stratum: Stratum; ratioBp: number }> {
  const keys = Object.keys(params.strata).sort();
  if (keys.length === 1 && keys[0] === ALL_STRATUM) return [{ stratum: ALL_STRATUM, ratioBp: params.strata[ALL_STRATUM] }];
  const grades = [...GRADE_STRATA].sort();
  if (keys.length !== grades.length || keys.some((key, i) => key !== grades[i])) {
    throw new UserFacingError([paramsUnreadable(`strata 应为“全部”或 A、B、C、D、未分级，收到 ${keys.join('、')}`, cell)]);
  }
  return GRADE_STRATA.map((stratum) => ({ stratum, ratioBp: params.strata[stratum] }));
}

/** SPEC §3.5 D and k(d) for a replay. */
export function departmentsFromParams(params: DrawParams): DrawDepartment[] {
  return params.depts.map((department) => ({ department, k: params.k[department] }));
}
