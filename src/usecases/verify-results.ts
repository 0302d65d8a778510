// SPEC §3.7: the replayed selection and assignment must equal the 抽查结果 rows, 序号 and inspectors included.
// What the draw fixed (draw, task, 序号, object, stratum, departments, 人员编号) must match exactly. The
// names were copied from the registries, which may be corrected later: a name that is now nobody's is
// a warning; a name that belongs to another person or object is an error (it sends the wrong one).
import type { DrawnObject } from '../core/draw/types';
import { resultCell, type ResultRow, type ResultsSheet } from '../core/records/results-sheet';
import { recordMessages } from '../core/messages/records';
import { editMessages } from '../core/messages/edits';
import type { Problem } from '../core/messages/problem';

/** 编号 → 姓名 or 名称 as the registry holds them now. */
export type RegistryNames = Map<string, string>;

export interface DrawOnRecord {
  drawId: string;
  taskId: string;
  /** 检查部门 as the draw wrote it: the departments D joined by 、. */
  departments: string;
}

export interface RegistryHints {
  inspectors: RegistryNames;
  objects: RegistryNames;
  /** 对象编号 → 对象类型 (it decides 涉及企业 in Annex 1). */
  objectTypes: RegistryNames;
}

const MAX_NAME_HINTS = 5;
/** Per draw: a deleted row would make every later row differ. */
const MAX_DIFFERENCES = 10;

/**
 * The first differing cell of each row that differs (up to MAX_DIFFERENCES), then name hints. Rows that
 * are all there but in another order (a clerk sorted the sheet) are one error, at the first displaced
 * row, and are compared in 序号 order, so that only real edits are named cell by cell.
 */
export function compareResults(
  draw: DrawOnRecord,
  picks: readonly DrawnObject[],
  rows: readonly ResultRow[],
  sheet: ResultsSheet,
  registry: RegistryHints,
): Problem[] {
  const inSeqOrder = rowsInSeqOrder(rows, picks.length);
  if (!inSeqOrder) return compareRows(draw, picks, rows, sheet, registry);
  const problems = compareRows(draw, picks, inSeqOrder, sheet, registry);
  const firstDisplaced = rows.find((row, i) => row !== inSeqOrder[i])!;
  const contentIntact = problems.every((p) => p.severity !== 'error');
  return [editMessages.resultRowsReordered(draw.drawId, rows.length, resultCell(sheet, firstDisplaced.row, '序号'), contentIntact), ...problems];
}

/**
 * The rows sorted by 序号 when their 序号 are distinct whole numbers among 1…picks (some may be
 * missing: a row deleted or its 序号 cleared) but out of order; otherwise undefined.
 */
function rowsInSeqOrder(rows: readonly ResultRow[], picks: number): ResultRow[] | undefined {
  const bySeq: ResultRow[] = [];
  for (const row of rows) {
    const seq = Number(row.seq);
    if (!Number.isInteger(seq) || seq < 1 || seq > picks || bySeq[seq - 1] || String(seq) !== row.seq) return undefined;
    bySeq[seq - 1] = row;
  }
  const sorted = bySeq.filter((row) => row !== undefined);
  return sorted.some((row, i) => row !== rows[i]) ? sorted : undefined;
}

function compareRows(
  draw: DrawOnRecord,
  picks: readonly DrawnObject[],
  rows: readonly ResultRow[],
  sheet: ResultsSheet,
  registry: RegistryHints,
): Problem[] {
  const hints: Problem[] = [];
  const differences: Problem[] = [];
  const nameChecks = nameChecksFor(registry);
  let next = 0;
  for (const [index, pick] of picks.entries()) {
    if (differences.length >= MAX_DIFFERENCES) {
      differences.push(editMessages.moreDifferences(draw.drawId, MAX_DIFFERENCES, picks.length - index));
      break;
    }
    const row = rows[next];
    // A row that belongs further down: this pick's row is missing, not every row after it wrong.
    if (row && belongsLater(row, pick, picks)) {
      differences.push(missingRow(draw, pick, sheet, resultCell(sheet, row.row, '序号')));
      continue;
    }
    next++;
    if (!row) {
      const after = rows[rows.length - 1]?.row ?? sheet.nextRow - 1;
      differences.push(missingRow(draw, pick, sheet, resultCell(sheet, after + 1, '序号')));
      continue;
    }
    const checks: Array<[string, string, string]> = [
      ['任务编号', draw.taskId, row.taskId],
      ['序号', String(pick.seq), row.seq],
      ['对象编号', pick.objectId, row.objectId],
      ['检查部门', draw.departments, row.departments],
      ['人员编号', pick.inspectorIds.join(','), row.inspectorIds.join(',')],
    ];
    // In a stratified draw the stratum is the grade the draw saw (SPEC §3.3); 全部 says nothing of it.
    if (pick.stratum !== '全部') checks.push(['信用风险等级', pick.stratum, row.grade]);
    const mismatch = checks.find(([, expected, found]) => expected !== found);
    if (mismatch) {
      const [header, expected, found] = mismatch;
      differences.push(recordMessages.resultCellMismatch(resultCell(sheet, row.row, header), header, expected, found));
      continue;
    }
    const nameProblem = nameChecks.inspectors(pick.inspectorIds, row, sheet)
      ?? nameChecks.object(pick.objectId, row, sheet)
      ?? nameChecks.objectType(pick.objectId, row, sheet);
    if (nameProblem?.severity === 'error') differences.push(nameProblem);
    else if (nameProblem && hints.length < MAX_NAME_HINTS) hints.push(nameProblem);
  }
  if (next < rows.length && differences.length < MAX_DIFFERENCES) {
    differences.push(recordMessages.resultRowExtra(draw.drawId, resultCell(sheet, rows[next].row, '抽取编号')));
  }
  return [...differences, ...hints];
}

/**
 * Whether a row is that of a later pick of the draw, its 序号 and 对象编号 both (the rows between are
 * missing); a row with only its 序号 changed to a later one is an edited cell instead.
 */
function belongsLater(row: ResultRow, pick: DrawnObject, picks: readonly DrawnObject[]): boolean {
  const seq = Number(row.seq);
  return Number.isInteger(seq) && seq > pick.seq && seq <= picks.length && picks[seq - 1].objectId === row.objectId;
}

/**
 * A pick with no result row: where its row still stands with 序号 or 抽取编号 cleared, that row's
 * cell; else the row deleted, named where it belonged.
 */
function missingRow(draw: DrawOnRecord, pick: DrawnObject, sheet: ResultsSheet, whereItBelonged: string): Problem {
  const stranded = sheet.unnumbered.find((row) => row.objectId === pick.objectId);
  if (stranded) {
    const header = stranded.drawId === draw.drawId ? '序号' : '抽取编号';
    return editMessages.resultRowUnnumbered(draw.drawId, pick.seq, pick.objectId, header, resultCell(sheet, stranded.row, header));
  }
  return recordMessages.resultRowMissing(draw.drawId, pick.seq, pick.objectId, whereItBelonged);
}

/** One NameChecks per registry: its owner maps cover the whole registry, so build them once per verify. */
const nameChecksCache = new WeakMap<RegistryHints, NameChecks>();
function nameChecksFor(registry: RegistryHints): NameChecks {
  let checks = nameChecksCache.get(registry);
  if (!checks) nameChecksCache.set(registry, (checks = new NameChecks(registry)));
  return checks;
}

class NameChecks {
  private readonly inspectorHolders: Map<string, string[]>;
  private readonly objectOwners: Map<string, string>;

  constructor(private readonly registry: RegistryHints) {
    this.inspectorHolders = holders(registry.inspectors);
    this.objectOwners = owners(registry.objects);
  }

  /**
   * 检查人员 against the registry's names of the drawn 人员编号 (only when the registry knows them all).
   * Only a name nobody has now may be a registry renamed since the draw; another inspector's name, or
   * another number of names, is the cell edited.
   */
  inspectors(ids: readonly string[], row: ResultRow, sheet: ResultsSheet): Problem | undefined {
    const expected = ids.map((id) => this.registry.inspectors.get(id));
    if (expected.some((name) => !name)) return undefined;
    if (expected.join('、') === row.inspectorNames) return undefined;
    const found = row.inspectorNames.split(NAME_SEPARATORS).filter((name) => name !== '');
    // The right names, only typed with another separator: nothing the draw fixed has changed.
    if (found.join('、') === expected.join('、')) return undefined;
    const cell = resultCell(sheet, row.row, '检查人员');
    const someoneElse = found
      .map((name, i) => ({ name, i, holders: this.inspectorHolders.get(name) ?? [] }))
      .find(({ name, i, holders }) => name !== expected[i] && holders.length > 0 && !holders.includes(ids[i]));
    if (someoneElse) {
      return recordMessages.resultNameOfAnother(cell, '检查人员', expected.join('、'), row.inspectorNames, someoneElse.name, someoneElse.holders);
    }
    if (found.length !== ids.length) return recordMessages.resultInspectorCount(cell, expected.join('、'), ids.length, row.inspectorNames);
    return recordMessages.resultNameChanged(cell, '检查人员', expected.join('、'), row.inspectorNames);
  }

  /** 对象类型 against the registry's (a hint only: the registry may have been corrected since). */
  objectType(id: string, row: ResultRow, sheet: ResultsSheet): Problem | undefined {
    const expected = this.registry.objectTypes.get(id);
    if (!expected || expected === row.objectType) return undefined;
    return recordMessages.resultNameChanged(resultCell(sheet, row.row, '对象类型'), '对象类型', expected, row.objectType);
  }

  /** 对象名称 against the registry's name of the drawn 对象编号. */
  object(id: string, row: ResultRow, sheet: ResultsSheet): Problem | undefined {
    const expected = this.registry.objects.get(id);
    if (!expected || expected === row.objectName) return undefined;
    const cell = resultCell(sheet, row.row, '对象名称');
    const owner = this.objectOwners.get(row.objectName);
    if (owner !== undefined && owner !== id) return recordMessages.resultNameOfAnother(cell, '对象名称', expected, row.objectName, row.objectName, [owner]);
    return recordMessages.resultNameChanged(cell, '对象名称', expected, row.objectName);
  }
}

/** Between the names of 检查人员: the draw writes 、; a clerk may type a comma, a semicolon or a space. */
const NAME_SEPARATORS = /[、,，;；\s]+/u;

/** Name → every 编号 holding it. */
function holders(names: RegistryNames): Map<string, string[]> {
  const held = new Map<string, string[]>();
  for (const [id, name] of names) {
    if (!name) continue;
    const list = held.get(name) ?? [];
    if (!list.includes(id)) list.push(id);
    held.set(name, list);
  }
  return held;
}

/** Name → the one 编号 holding it (names held by several are left out: they prove nothing). */
function owners(names: RegistryNames): Map<string, string> {
  const owner = new Map<string, string>();
  const shared = new Set<string>();
  for (const [id, name] of names) {
    if (!name) continue;
    if (owner.has(name)) shared.add(name);
    else owner.set(name, id);
  }
  for (const name of shared) owner.delete(name);
  return owner;
}
