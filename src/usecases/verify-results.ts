// SPEC §3.7: the replayed selection and assignment must equal the 抽查结果 rows, 序号 and inspectors included.
import type { DrawnObject } from '../core/draw/types';
import { resultCell, type ResultRow, type ResultsSheet } from '../core/records/results-sheet';
import { recordMessages } from '../core/messages/records';
import type { Problem } from '../core/messages/problem';

/** 人员编号 → 姓名 from the registry, to check the 检查人员 column. */
export type InspectorNames = Map<string, string>;

/** The first difference per draw is enough to name the place; later rows usually follow from it. */
export function compareResults(
  drawId: string,
  picks: readonly DrawnObject[],
  rows: readonly ResultRow[],
  sheet: ResultsSheet,
  names: InspectorNames,
): Problem[] {
  for (const [index, pick] of picks.entries()) {
    const row = rows[index];
    if (!row) {
      const after = rows[rows.length - 1]?.row ?? sheet.nextRow - 1;
      return [recordMessages.resultRowMissing(drawId, pick.seq, pick.objectId, resultCell(sheet, after + 1, '序号'))];
    }
    const expectedNames = pick.inspectorIds.map((id) => names.get(id)).filter((n): n is string => !!n);
    const checks: Array<[string, string, string]> = [
      ['序号', String(pick.seq), row.seq],
      ['对象编号', pick.objectId, row.objectId],
      ['人员编号', pick.inspectorIds.join(','), row.inspectorIds.join(',')],
    ];
    if (expectedNames.length === pick.inspectorIds.length) checks.push(['检查人员', expectedNames.join('、'), row.inspectorNames]);
    for (const [header, expected, found] of checks) {
      if (expected !== found) return [recordMessages.resultCellMismatch(resultCell(sheet, row.row, header), header, expected, found)];
    }
  }
  if (rows.length > picks.length) return [recordMessages.resultRowExtra(drawId, resultCell(sheet, rows[picks.length].row, '抽取编号'))];
  return [];
}
