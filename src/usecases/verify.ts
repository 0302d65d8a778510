// Verification (SPEC §3.7): replay every 有效 draw (voided ones too) from 抽取快照 and 抽取日志 alone,
// check every hash and the chain, and compare with 抽查结果; every difference named by sheet and cell.
import type { WorkbookPort, ProgressReporter } from '../workbook/port';
import { SHEETS, UNGRADED } from '../core/schema';
import { ALGORITHM_ID } from '../core/draw/types';
import { runDraw } from '../core/draw/engine';
import { snapshotHashes } from '../core/draw/hashes';
import { replayInputFromSnapshot } from '../core/draw/snapshot';
import { isSeed, seedFromWitness, witnessMaterial, WITNESS_MIN_DIGITS } from '../core/draw/seed';
import { SEED_SOURCE_LABELS } from '../core/draw/log';
import { readLogSheet, logCell, voidedDrawIds, type LoggedRow, type LogSheet } from '../core/records/log-sheet';
import { DRAW_ID, readResultsSheet, resultCell, resultsByDraw, type ResultsSheet, type ResultRow } from '../core/records/results-sheet';
import { editMessages } from '../core/messages/edits';
import { readSnapshotSheet, type SnapshotGroup } from '../core/records/snapshot-sheet';
import { recordMessages } from '../core/messages/records';
import { checkLogChain, checkLogStructure, orphanResults } from '../core/records/evidence';
import { UserFacingError, type Problem } from '../core/messages/problem';
import { readTable, textOf } from '../core/table';
import { headerKey, normalizeText, type CellValue } from '../core/text';
import type { VerifyReport, VerifyLine } from './types';
import { productSheetsHeaderProblems } from './product-header';
import { withRenamedSheetHints } from './renamed-sheets';
import { compareResults, type RegistryHints, type RegistryNames } from './verify-results';
import { pushAll } from '../core/arrays';

export async function verifyWorkbook(port: WorkbookPort, progress?: ProgressReporter): Promise<VerifyReport> {
  const present = await port.listSheets();
  // The registries only give hints (names, grades): found under any name the parser accepts.
  const registrySheet = (name: string) => present.find((p) => headerKey(p) === headerKey(name));
  const [inspectorsSheet, objectsSheet] = [registrySheet(SHEETS.inspectors), registrySheet(SHEETS.objects)];
  const wanted = [SHEETS.log, SHEETS.results, SHEETS.snapshot].filter((s) => present.includes(s));
  const sheets = await port.readSheets([...wanted, ...[inspectorsSheet, objectsSheet].filter((s): s is string => !!s)], progress);
  const log = readLogSheet(sheets.get(SHEETS.log));
  const results = readResultsSheet(sheets.get(SHEETS.results));
  const snapshot = readSnapshotSheet(sheets.get(SHEETS.snapshot));
  const objectRegistry = objectsSheet ? sheets.get(objectsSheet) : undefined;
  const registry: RegistryView = {
    inspectors: registryColumn(SHEETS.inspectors, inspectorsSheet ? sheets.get(inspectorsSheet) : undefined, '人员编号', '姓名'),
    objects: registryColumn(SHEETS.objects, objectRegistry, '对象编号', '对象名称', true),
    objectTypes: registryColumn(SHEETS.objects, objectRegistry, '对象编号', '对象类型', true),
    grades: objectGrades(objectRegistry),
  };

  const snapshotValues = sheets.get(SHEETS.snapshot);
  const headerProblems = productSheetsHeaderProblems({
    results: results.table,
    log: log.table,
    snapshot: snapshotValues ? readTable(SHEETS.snapshot, snapshotValues) : null,
  });
  // A header moved below row 1 (title rows inserted above it) misplaces every column: said once, alone.
  const misplaced = headerProblems.filter((p) => p.code === 'records.header-not-in-row-1');
  if (misplaced.length > 0) return { ok: false, lines: [], problems: misplaced, lastLogHash: '' };
  // A product column renamed or deleted empties that field in every row: said once, at its header,
  // instead of as a difference in every row and every hash.
  if (headerProblems.some((p) => p.code === 'records.missing-column')) {
    return { ok: false, lines: [], problems: headerProblems, lastLogHash: '' };
  }
  const problems = [
    // A product column standing twice: which one the cells were read from is a guess.
    ...headerProblems.filter((p) => p.code === 'records.repeated-column'),
    ...(await checkLogChain(log)),
    ...checkLogStructure(log),
  ];
  if (!present.includes(SHEETS.snapshot) && log.entries.some((e) => e.status === '有效')) {
    problems.push(recordMessages.snapshotSheetMissing(log.entries.filter((e) => e.status === '有效').length));
  }
  const lines: VerifyLine[] = [];
  const voided = voidedDrawIds(log.entries);
  const byDraw = resultsByDraw(results.rows);
  const replayed = log.entries.filter((e) => e.status === '有效');
  for (const [index, entry] of replayed.entries()) {
    progress?.(index, replayed.length);
    lines.push({
      drawId: entry.drawId,
      taskId: entry.taskId,
      status: voided.has(entry.drawId) ? '作废' : '有效',
      ...(await verifyDraw(log, entry, snapshot.get(entry.drawId), results, byDraw.get(entry.drawId) ?? [], registry)),
    });
  }
  pushAll(problems, orphanResults(results, new Set(replayed.map((e) => e.drawId)), log));
  pushAll(problems, lookalikes(log, results, lines));
  if (!results.table && replayed.length > 0) problems.push(recordMessages.resultsSheetMissing(replayed.length));
  if (replayed.length === 0 && problems.length === 0) {
    problems.push(recordMessages.noDraws(log.entries.filter((e) => e.status === '失败').length));
  }
  const ok = lines.every((l) => l.ok) && problems.every((p) => p.severity !== 'error');
  return { ok, lines, problems: withRenamedSheetHints(problems, present), lastLogHash: log.entries.at(-1)?.hash ?? '' };
}

/** Said as the headline when the log holds no draw to replay, not as a warning among others. */
export const NO_DRAWS = 'verify.no-draws';

/** The warnings of a report, in its lines and below them (the headline's "另有 N 条" counts these). */
export function verifyWarningCount(report: VerifyReport): number {
  return [...report.lines.flatMap((line) => line.problems), ...report.problems]
    .filter((p) => p.severity !== 'error' && p.code !== NO_DRAWS).length;
}

/**
 * Rows that are no evidence yet look like it (a 抽取编号 without a 序号, a log row without 序号 and
 * 本条哈希): a warning each, unless an error already names that row (a result's cleared 序号).
 */
function lookalikes(log: LogSheet, results: ResultsSheet, lines: readonly VerifyLine[]): Problem[] {
  const named = new Set(lines.flatMap((line) => line.problems).filter((p) => p.sheet === SHEETS.results && p.cell).map((p) => rowOf(p.cell!)));
  return [
    ...results.unnumbered
      .filter((row) => DRAW_ID.test(row.drawId) && !named.has(row.row))
      .map((row) => editMessages.resultLookalike(resultCell(results, row.row, '序号'))),
    ...log.lookalikes.map((row) => editMessages.logLookalike(logCell(log, row, '序号'))),
  ];
}

const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)?.[0]);

/** SPEC §3.2: a seed from 见证号码 must be H of the recorded digits; digits edited away are named too. */
async function witnessProblems(entry: LoggedRow, at: (header: string) => string): Promise<Problem[]> {
  if (entry.witness === '') return [recordMessages.witnessMissing(at('见证号码'))];
  const { digitCount } = witnessMaterial(entry.witness);
  if (digitCount < WITNESS_MIN_DIGITS) return [recordMessages.witnessTooShort(at('见证号码'), digitCount, WITNESS_MIN_DIGITS)];
  const batch = Number(entry.drawId.slice(entry.drawId.lastIndexOf('-') + 1));
  const seed = await seedFromWitness(entry.taskId, batch, entry.witness);
  return seed === entry.seed ? [] : [recordMessages.seedMismatch(at('种子'))];
}

async function verifyDraw(
  log: LogSheet,
  entry: LoggedRow,
  group: SnapshotGroup | undefined,
  results: ResultsSheet,
  rows: ResultRow[],
  registry: RegistryView,
): Promise<{ ok: boolean; problems: Problem[] }> {
  const at = (header: string) => logCell(log, entry, header);
  const fail = (...problems: Array<Problem | Problem[]>) => ({ ok: false, problems: problems.flat() });
  if (entry.algorithm !== ALGORITHM_ID) return fail(recordMessages.unknownAlgorithm(at('算法'), entry.algorithm));
  if (!group) return fail(recordMessages.snapshotMissing(entry.drawId, at('抽取编号')));
  // Without a seed of SPEC's form there is nothing to replay with: said at its cell, for this draw only.
  if (!isSeed(entry.seed)) return fail(recordMessages.seedUnreadable(at('种子'), entry.seed));
  const problems: Problem[] = [];
  if (entry.witness !== '' || entry.seedSource === SEED_SOURCE_LABELS.witness) pushAll(problems, await witnessProblems(entry, at));
  let input;
  try {
    input = replayInputFromSnapshot(group.rows, entry.params, entry.seed, group.rowNumbers, at('参数'));
  } catch (e) {
    if (e instanceof UserFacingError) return fail(problems, e.problems);
    return fail(problems, recordMessages.paramsUnreadable(at('参数')));
  }
  const hashes = await snapshotHashes(input.strata, input.inspectors, input.conflicts);
  const range = `${SHEETS.snapshot}!A${group.first}:G${group.last}`;
  const hashChecks: Array<[string, string, string]> = [
    [hashes.objectsHash, entry.objectsHash, '对象快照哈希'],
    [hashes.inspectorsHash, entry.inspectorsHash, '人员快照哈希'],
    [hashes.conflictsHash, entry.conflictsHash, '回避快照哈希'],
  ];
  for (const [computed, logged, header] of hashChecks) {
    if (computed !== logged) problems.push(recordMessages.snapshotHashMismatch(at(header), header, entry.drawId, range));
  }
  if (hashes.objectsHash !== entry.objectsHash) pushAll(problems, strataAtOdds(group, registry.grades));
  const outcome = await runDraw(input);
  if (outcome.resultHash !== entry.resultHash) problems.push(recordMessages.resultHashMismatch(at('结果哈希')));
  if (String(outcome.eligibleTotal) !== entry.eligibleCount) {
    problems.push(recordMessages.countMismatch(at('合格对象数'), '合格对象数', outcome.eligibleTotal, entry.eligibleCount));
  }
  if (String(outcome.picks.length) !== entry.drawnCount) {
    problems.push(recordMessages.countMismatch(at('抽取户数'), '抽取户数', outcome.picks.length, entry.drawnCount));
  }
  const draw = { drawId: entry.drawId, taskId: entry.taskId, departments: input.departments.map((d) => d.department).join('、') };
  pushAll(problems, compareResults(draw, outcome.picks, rows, results, registry));
  return { ok: problems.every((p) => p.severity !== 'error'), problems };
}

interface RegistryView extends RegistryHints {
  /** 对象编号 → 信用风险等级 as a stratum name (未分级 when blank). */
  grades: Map<string, string>;
}

const MAX_HINTS = 5;

/**
 * When the objects hash fails, the snapshot rows whose 分层 disagrees with the registry's grade are
 * the likely edits; named as warnings, since the registry itself may have changed since the draw.
 */
function strataAtOdds(group: SnapshotGroup, grades: Map<string, string>): Problem[] {
  const hints: Problem[] = [];
  group.rows.forEach((cells, i) => {
    const [kind, id, stratum] = [normalizeText(cells[1]), normalizeText(cells[2]), normalizeText(cells[3])];
    if (kind !== '对象' || stratum === '全部' || hints.length >= MAX_HINTS) return;
    const grade = grades.get(id);
    if (grade !== undefined && grade !== stratum) {
      hints.push(recordMessages.snapshotStratumAtOdds(`D${group.rowNumbers[i]}`, stratum, grade));
    }
  });
  return hints;
}

function objectGrades(values: CellValue[][] | undefined): Map<string, string> {
  const grades = new Map<string, string>();
  if (!values) return grades;
  const table = readTable(SHEETS.objects, values);
  for (const row of table.rows) grades.set(textOf(table, row, '对象编号').toUpperCase(), textOf(table, row, '信用风险等级') || UNGRADED);
  return grades;
}

/** 编号 → name from a registry sheet (object codes upper-cased, as the registry parser keeps them). */
function registryColumn(sheet: string, values: CellValue[][] | undefined, idHeader: string, nameHeader: string, upper = false): RegistryNames {
  const names: RegistryNames = new Map();
  if (!values) return names;
  const table = readTable(sheet, values);
  for (const row of table.rows) {
    const id = textOf(table, row, idHeader);
    const name = textOf(table, row, nameHeader);
    names.set(id, name);
    if (upper) names.set(id.toUpperCase(), name);
  }
  return names;
}
