// SPEC §3.8 公告: what a 公告 fixes (the three snapshot hashes, 参数, 合格对象数, 抽取户数) and what changed
// when a draw of the announced id no longer computes the same: named for the clerk, never a bare "differs".
import { announceChanges as c } from '../messages/announce';
import { parseParams, type DrawParams } from './params';
import { pushAll } from '../arrays';

/** What a 公告 row fixes, and what the draw recomputes at its own row (SPEC §3.8). */
export interface AnnouncedPool {
  objectsHash: string;
  inspectorsHash: string;
  conflictsHash: string;
  params: string;
  eligibleCount: number;
  drawnCount: number;
}

function readable(json: string): DrawParams | null {
  try {
    return parseParams(json);
  } catch {
    return null;
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** 参数 key by key, in the clerk's words: ratios, departments, inspectors per object, scope, items… */
function paramChanges(before: DrawParams, now: DrawParams): string[] {
  const changes: string[] = [];
  if (before.base !== now.base) changes.push(c.base(before.base, now.base));
  const strata = [...new Set([...Object.keys(before.strata), ...Object.keys(now.strata)])];
  if (!same(Object.keys(before.strata).sort(), Object.keys(now.strata).sort())) changes.push(c.strataKind(Object.keys(now.strata).length > 1));
  else for (const g of strata) if (before.strata[g] !== now.strata[g]) changes.push(c.stratumRatio(g, before.strata[g], now.strata[g]));
  if (!same(before.depts, now.depts)) changes.push(c.departments(before.depts, now.depts));
  for (const d of now.depts) if (before.depts.includes(d) && before.k[d] !== now.k[d]) changes.push(c.perObject(d, before.k[d], now.k[d]));
  if (before.end !== now.end) changes.push(c.end(before.end, now.end));
  if (before.scope !== now.scope) changes.push(c.scope(before.scope, now.scope));
  if (before.filter !== now.filter) changes.push(c.filter(before.filter, now.filter));
  if (!same(before.items, now.items)) changes.push(c.items(before.items ?? [], now.items ?? []));
  if (before.repeat !== now.repeat) changes.push(c.repeat(now.repeat === true));
  return changes;
}

/**
 * SPEC §3.8: everything a draw of an announced id computes differently from its latest 公告, in the
 * clerk's words (objects added, removed or regraded, inspectors, avoidance, ratios…); [] when the same.
 */
export function announcementChanges(announced: AnnouncedPool, now: AnnouncedPool): string[] {
  const changes: string[] = [];
  if (announced.objectsHash !== now.objectsHash || announced.eligibleCount !== now.eligibleCount) {
    changes.push(c.objects(announced.eligibleCount, now.eligibleCount));
  }
  if (announced.inspectorsHash !== now.inspectorsHash) changes.push(c.inspectors);
  if (announced.conflictsHash !== now.conflictsHash) changes.push(c.conflicts);
  if (announced.params !== now.params) {
    const before = readable(announced.params);
    const after = readable(now.params);
    const named = before && after ? paramChanges(before, after) : [];
    pushAll(changes, named.length > 0 ? named : [c.params]);
  }
  if (announced.drawnCount !== now.drawnCount && changes.length > 0) changes.push(c.sampleSize(announced.drawnCount, now.drawnCount));
  return changes;
}

/** SPEC §3.8: the 事项编号 two 参数 share (empty when either cannot be read). */
export function sharedItems(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((item) => b.includes(item));
}
