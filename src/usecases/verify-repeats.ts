// SPEC §3.3, §3.8: unless its 参数 say repeat, a ssj-draw/2 draw may not draw an object that an earlier
// counting draw of the same year drew for the same task or for a task sharing an item. Walked in log
// order: a draw counts from its 有效 row until a 作废 row names it.
import { ALGORITHM_V2 } from '../core/draw/types';
import type { DrawParams } from '../core/draw/params';
import type { LoggedRow } from '../core/records/log-sheet';
import { resultCell, type ResultRow, type ResultsSheet } from '../core/records/results-sheet';
import { verifyMessages as m } from '../core/messages/verify';
import type { Problem } from '../core/messages/problem';
import { headerKey } from '../core/text';

interface CountingDraw {
  drawId: string;
  taskKey: string;
  year: string;
  items: readonly string[];
  objects: ReadonlySet<string>;
}

const MAX_NAMED = 10;

export class RepeatTracker {
  private readonly counting = new Map<string, CountingDraw>();

  /**
   * `planItems` gives a ssj-draw/1 draw's items (its 参数 lack them) from the plan as it stands;
   * without it such a draw is related by its task alone.
   */
  constructor(private readonly planItems: (taskId: string) => readonly string[] = () => []) {}

  void(drawId: string): void {
    this.counting.delete(drawId);
  }

  /** Objects earlier counting draws related to this one drew (what the no-repeat rule keeps out). */
  drawnBefore(entry: LoggedRow, params: DrawParams | undefined): ReadonlySet<string> {
    // Asked for by check and by the 提示 of the same draw: made once.
    if (this.lastUnion?.entry === entry) return this.lastUnion.drawn;
    const { year, items, taskKey } = this.scopeOf(entry, params);
    const drawn = new Set<string>();
    for (const d of this.related(year, items, taskKey)) for (const id of d.objects) drawn.add(id);
    this.lastUnion = { entry, drawn };
    return drawn;
  }

  private lastUnion: { entry: LoggedRow; drawn: ReadonlySet<string> } | undefined;

  private scopeOf(entry: LoggedRow, params: DrawParams | undefined): { year: string; items: readonly string[]; taskKey: string } {
    const year = params?.year !== undefined ? String(params.year) : (params?.end ?? entry.time).slice(0, 4);
    return { year, items: params?.items ?? this.planItems(entry.taskId), taskKey: headerKey(entry.taskId) };
  }

  private related(year: string, items: readonly string[], taskKey: string): CountingDraw[] {
    return [...this.counting.values()].filter(
      (d) => d.year === year && (d.taskKey === taskKey || d.items.some((item) => items.includes(item))),
    );
  }

  /**
   * The findings of a draw (errors for drawn objects, one warning for eligible ones), then it counts.
   * `params` and `pool` are the replay's; `rows` the draw's 抽查结果 rows (what later draws exclude).
   */
  check(
    entry: LoggedRow,
    params: DrawParams | undefined,
    pool: Iterable<string> | undefined,
    rows: readonly ResultRow[],
    results: ResultsSheet,
    logCellOf: (header: string) => string,
  ): Problem[] {
    const problems: Problem[] = [];
    const { year, items, taskKey } = this.scopeOf(entry, params);
    if (entry.algorithm === ALGORITHM_V2 && params && params.repeat !== true) {
      const related = this.related(year, items, taskKey);
      if (related.length > 0) {
        for (const row of rows) {
          const earlier = related.find((d) => d.objects.has(row.objectId));
          if (earlier && problems.length < MAX_NAMED) {
            problems.push(m.drawnAgain(resultCell(results, row.row, '对象编号'), row.objectId, earlier.drawId, year));
          }
        }
        const drawn = this.drawnBefore(entry, params);
        const inPool: string[] = [];
        for (const id of pool ?? []) if (drawn.has(id)) inPool.push(id);
        if (inPool.length > 0 && problems.length === 0) {
          const by = related.filter((d) => inPool.some((id) => d.objects.has(id))).map((d) => d.drawId);
          problems.push(m.poolHoldsDrawn(logCellOf('对象快照哈希'), entry.drawId, inPool, by));
        }
      }
    }
    if (entry.status === '有效') {
      this.counting.set(entry.drawId, { drawId: entry.drawId, taskKey, year, items, objects: new Set(rows.map((r) => r.objectId)) });
    }
    return problems;
  }
}
