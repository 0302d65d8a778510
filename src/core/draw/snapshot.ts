// SPEC §2 抽取快照: what a draw saw, one row per eligible object, eligible inspector and avoidance
// pair, so that the draw can be replayed from these rows and the log alone (SPEC §3.7).
import { snapshotBadRow } from '../messages/draw';
import { type Problem, UserFacingError } from '../messages/problem';
import { cellAddress, type CellValue, freshCopies, normalizeText } from '../text';
import { departmentsFromParams, parseParams, strataFromParams } from './params';
import type { ConflictPair, DrawInput, DrawInspector, StratumInput } from './types';

export const SNAPSHOT_KIND = { object: '对象', inspector: '人员', conflict: '回避' } as const;

/** Items sorted as their hash lines (SPEC §3.6), without splitting lines (an id may hold a tab). */
function byLine<T>(items: readonly T[], line: (item: T) => string): T[] {
  const keyed = new Map<string, T>();
  for (const item of items) keyed.set(line(item), item);
  return [...keyed.keys()].sort().map((key) => keyed.get(key)!);
}

/**
 * Rows in SNAPSHOT_COLUMNS order (抽取编号 · 类别 · 编号 · 分层 · 部门 · 人员类别 · 回避对象编号):
 * objects, then inspectors, then avoidance pairs (de-duplicated), each in its hash-line order.
 */
export function snapshotRows(
  drawId: string,
  seen: { strata: readonly StratumInput[]; inspectors: readonly DrawInspector[]; conflicts: readonly ConflictPair[] },
): CellValue[][] {
  const objects = seen.strata.flatMap(({ stratum, ids }) => ids.map((id) => ({ id, stratum })));
  return [
    ...byLine(objects, (o) => `${o.id}\t${o.stratum}`).map((o) => [
      drawId, SNAPSHOT_KIND.object, o.id, o.stratum, null, null, null,
    ]),
    ...byLine(seen.inspectors, (i) => `${i.id}\t${i.department}\t${i.category}`).map((i) => [
      drawId, SNAPSHOT_KIND.inspector, i.id, null, i.department, i.category, null,
    ]),
    ...byLine(seen.conflicts, (c) => `${c.inspectorId}\t${c.objectId}`).map((c) => [
      drawId, SNAPSHOT_KIND.conflict, c.inspectorId, null, null, null, c.objectId,
    ]),
  ];
}

/**
 * SPEC §3.7: the DrawInput of a logged draw from its 抽取快照 rows (SNAPSHOT_COLUMNS order, this
 * draw's rows only), its 参数 and its 种子; replaying = runDraw(replayInputFromSnapshot(...)).
 * rowNumbers (1-based Excel rows of `rows`) and paramsCell (the log's 参数 cell) let the messages name
 * cells. Throws a UserFacingError listing every unreadable row.
 */
export function replayInputFromSnapshot(
  rows: readonly CellValue[][],
  params: string,
  seed: string,
  rowNumbers?: readonly number[],
  paramsCell?: string,
): DrawInput {
  const parsed = parseParams(params, paramsCell);
  const strata = strataFromParams(parsed, paramsCell).map((s) => ({ ...s, ids: [] as string[] }));
  const byStratum = new Map<string, string[]>(strata.map((s) => [s.stratum, s.ids]));
  const inspectors: DrawInspector[] = [];
  const conflicts: ConflictPair[] = [];
  const problems: Problem[] = [];
  const objectIds = new Set<string>();
  const inspectorIds = new Set<string>();

  rows.forEach((cells, index) => {
    const text = (col: number) => normalizeText(cells[col]);
    const where = (col: number) => (rowNumbers ? cellAddress(rowNumbers[index] - 1, col) : undefined);
    const id = text(2);
    if (id === '') return void problems.push(snapshotBadRow(where(2), '编号为空'));
    switch (text(1)) {
      case SNAPSHOT_KIND.object: {
        const ids = byStratum.get(text(3));
        if (!ids) return void problems.push(snapshotBadRow(where(3), `分层“${text(3)}”不在本次抽取的参数中`));
        if (objectIds.has(id)) return void problems.push(snapshotBadRow(where(2), `对象 ${id} 重复`));
        objectIds.add(id);
        ids.push(id);
        return;
      }
      case SNAPSHOT_KIND.inspector:
        if (inspectorIds.has(id)) return void problems.push(snapshotBadRow(where(2), `人员 ${id} 重复`));
        inspectorIds.add(id);
        inspectors.push({ id, department: text(4), category: text(5) });
        return;
      case SNAPSHOT_KIND.conflict:
        if (text(6) === '') return void problems.push(snapshotBadRow(where(6), '回避对象编号为空'));
        conflicts.push({ inspectorId: id, objectId: text(6) });
        return;
      default:
        problems.push(snapshotBadRow(where(1), `类别“${text(1)}”应为 对象、人员 或 回避`));
    }
  });
  if (problems.length > 0) throw new UserFacingError(problems);
  return {
    seed,
    baseBp: parsed.base,
    // Fresh copies sort and merge several times faster than cell text as read (freshCopies).
    strata: strata.map((s) => ({ ...s, ids: freshCopies(s.ids) })),
    departments: departmentsFromParams(parsed),
    inspectors,
    conflicts,
  };
}
