// Verification (SPEC §3.7–3.8): replay every 有效 draw (voided ones too) and every ssj-draw/2 失败 row
// from 抽取快照 and 抽取日志 alone, check every hash and the chain, compare with 抽查结果, hold each
// announced draw to its 公告; every difference named by sheet and cell. Also per draw its evidence
// level and 本条哈希, each task's attempts, every row's hash, and (提示) the registries' drift since.
import type { WorkbookPort, ProgressReporter } from '../workbook/port';
import { SHEETS, UNGRADED } from '../core/schema';
import { ALGORITHM_V2 } from '../core/draw/types';
import { LOG_STATUS } from '../core/draw/log';
import { readLogSheet, logCell, voidedDrawIds, isAttempt, type LogSheet } from '../core/records/log-sheet';
import { DRAW_ID, readResultsSheet, resultCell, resultsByDraw, type ResultsSheet } from '../core/records/results-sheet';
import { editMessages } from '../core/messages/edits';
import { readSnapshotSheets, snapshotSheetNames } from '../core/records/snapshot-sheet';
import { recordMessages } from '../core/messages/records';
import { checkLogChain, checkLogStructure, orphanResults } from '../core/records/evidence';
import { evidenceLevels } from '../core/records/evidence-level';
import type { Problem } from '../core/messages/problem';
import { addressOf, findHeaderRow, readTable, textOf } from '../core/table';
import { columnLetter, headerKey, type CellValue } from '../core/text';
import { parseWorkbook } from '../core/validate';
import { locatePlanHeader } from '../core/plan/header';
import type { PlanTask, WorkbookData } from '../core/model';
import type { VerifyReport, VerifyLine, VerifyOptions, VerifyTask, VerifyLogRow } from './verify-types';
import { HEADER_ROWS_READ, productSheetsHeaderProblems } from './product-header';
import { withRenamedSheetHints } from './renamed-sheets';
import { sheetsToValidate } from './state';
import type { RegistryNames } from './verify-results';
import { replayAttempt, type RegistryView } from './verify-draw';
import { announcementFindings } from './verify-announced';
import { RepeatTracker } from './verify-repeats';
import { DriftHints } from './verify-hints';
import { pushAll } from '../core/arrays';

export async function verifyWorkbook(port: WorkbookPort, progress?: ProgressReporter, options: VerifyOptions = {}): Promise<VerifyReport> {
  const present = await port.listSheets();
  // The registries only give hints (names, grades): found under any name the parser accepts.
  const registrySheet = (name: string) => present.find((p) => headerKey(p) === headerKey(name));
  const [inspectorsSheet, objectsSheet] = [registrySheet(SHEETS.inspectors), registrySheet(SHEETS.objects)];
  const wanted = [...[SHEETS.log, SHEETS.results].filter((s) => present.includes(s)), ...snapshotSheetNames(present)];
  const clerkSheets = options.skipHints ? [inspectorsSheet, objectsSheet].filter((s): s is string => !!s) : sheetsToValidate(present);
  const sheets = await port.readSheets([...wanted, ...clerkSheets], progress);
  const log = readLogSheet(sheets.get(SHEETS.log));
  const results = readResultsSheet(sheets.get(SHEETS.results));
  const snapshot = readSnapshotSheets(sheets);
  // Its first rows are all the header check needs (a header moved down is looked for there).
  const snapshotHeaderRows = sheets.get(SHEETS.snapshot)?.slice(0, HEADER_ROWS_READ);
  // The grouped rows are all verify keeps of 抽取快照: the sheets' own arrays can go now.
  for (const name of snapshotSheetNames(present)) sheets.delete(name);
  // With the 提示 the registries are parsed anyway (as validate does): names and grades come from there.
  const data = options.skipHints ? undefined : parseWorkbook(sheets).data;
  const objectRegistry = objectsSheet ? sheets.get(objectsSheet) : undefined;
  const registry: RegistryView = data ? registryFromData(data) : {
    inspectors: registryColumn(SHEETS.inspectors, inspectorsSheet ? sheets.get(inspectorsSheet) : undefined, '人员编号', '姓名'),
    objects: registryColumn(SHEETS.objects, objectRegistry, '对象编号', '对象名称', true),
    objectTypes: registryColumn(SHEETS.objects, objectRegistry, '对象编号', '对象类型', true),
    grades: objectGrades(objectRegistry),
  };
  const planCells = planCellOf(sheets);
  const objectCells = objectCellOf(objectRegistry);
  // Less to keep alive while the draws replay: only 抽取日志 and 抽查结果 are read again (their tables).
  for (const name of clerkSheets) sheets.delete(name);
  const logRows: VerifyLogRow[] = log.entries.map((e) => ({ row: e.row, seq: e.seq, drawId: e.drawId, status: e.status, hash: e.hash }));
  const empty = { lines: [], hints: [], tasks: [], logRows, lastLogHash: '' };

  const headerProblems = productSheetsHeaderProblems({
    results: results.table,
    log: log.table,
    snapshot: snapshotHeaderRows ? readTable(SHEETS.snapshot, snapshotHeaderRows) : null,
  });
  // A header moved below row 1 (title rows inserted above it) misplaces every column: said once, alone.
  const misplaced = headerProblems.filter((p) => p.code === 'records.header-not-in-row-1');
  if (misplaced.length > 0) return { ok: false, problems: misplaced, ...empty };
  // A product column renamed or deleted empties that field in every row: said once, at its header,
  // instead of as a difference in every row and every hash.
  if (headerProblems.some((p) => p.code === 'records.missing-column')) {
    return { ok: false, problems: headerProblems, ...empty };
  }
  const problems = [
    // A product column standing twice: which one the cells were read from is a guess.
    ...headerProblems.filter((p) => p.code === 'records.repeated-column'),
    ...(await checkLogChain(log)),
    ...checkLogStructure(log),
  ];
  const replayable = log.entries.filter((e) => e.status === LOG_STATUS.valid || (e.status === LOG_STATUS.failed && e.algorithm === ALGORITHM_V2));
  if (!present.includes(SHEETS.snapshot) && replayable.length > 0) problems.push(recordMessages.snapshotSheetMissing(replayable.length));
  const lastReplayOf = new Map(replayable.map((e) => [e.drawId, e]));
  const byDraw = resultsByDraw(results.rows);
  const levels = evidenceLevels(log.entries, options.published);
  const findings = announcementFindings(log, byDraw, options.published);
  const drift = data ? new DriftHints(data, planCells, objectCells) : undefined;
  const repeats = new RepeatTracker((taskId) => (data ? findTaskIn(data, taskId)?.itemIds ?? [] : []));
  const voided = voidedDrawIds(log.entries);
  const lines: VerifyLine[] = [];
  const hints: Problem[] = [];
  for (const entry of log.entries) {
    if (entry.status === LOG_STATUS.void) repeats.void(entry.drawId);
    if (!replayable.includes(entry)) continue;
    progress?.(lines.length, replayable.length);
    const rows = byDraw.get(entry.drawId) ?? [];
    const replay = await replayAttempt(log, entry, snapshot.get(entry.drawId), results, rows, registry);
    const drawnBefore = data && replay.params && replay.strata ? repeats.drawnBefore(entry, replay.params) : undefined;
    const lineProblems = [
      ...replay.problems,
      ...(findings.byDraw.get(entry.drawId) ?? []),
      ...repeats.check(entry, replay.params, replay.strata?.keys(), rows, results, (header) => logCell(log, entry, header)),
    ];
    findings.byDraw.delete(entry.drawId);
    const evidence = levels.get(entry.drawId);
    lines.push({
      drawId: entry.drawId,
      taskId: entry.taskId,
      status: entry.status === LOG_STATUS.failed ? LOG_STATUS.failed : voided.has(entry.drawId) ? LOG_STATUS.void : LOG_STATUS.valid,
      ok: lineProblems.every((p) => p.severity !== 'error'),
      problems: lineProblems,
      algorithm: entry.algorithm,
      level: evidence?.level,
      hash: entry.hash,
      ...(evidence?.announcement ? { announcementHash: evidence.announcement.hash } : {}),
      logRow: entry.row,
      ...(findings.publishedMatches.has(entry.drawId) ? { publishedMatch: findings.publishedMatches.get(entry.drawId) } : {}),
    });
    if (drift && drawnBefore && entry.status === LOG_STATUS.valid) {
      pushAll(hints, drift.of({ drawId: entry.drawId, taskId: entry.taskId, params: replay.params!, strata: replay.strata!, drawnBefore }));
    }
    // Each draw's snapshot is read once: its rows go as soon as its last row in the log is replayed.
    if (lastReplayOf.get(entry.drawId) === entry) snapshot.delete(entry.drawId);
  }
  // Findings of attempts with no line (a ssj-draw/1 失败 row) stay with the log's.
  for (const list of findings.byDraw.values()) pushAll(problems, list);
  pushAll(problems, findings.general);
  const validIds = new Set(log.entries.filter((e) => e.status === LOG_STATUS.valid).map((e) => e.drawId));
  pushAll(problems, orphanResults(results, validIds, log));
  pushAll(problems, lookalikes(log, results, lines));
  if (!results.table && validIds.size > 0) problems.push(recordMessages.resultsSheetMissing(validIds.size));
  if (validIds.size === 0 && problems.length === 0) {
    problems.push(recordMessages.noDraws(log.entries.filter((e) => e.status === LOG_STATUS.failed).length));
  }
  const ok = lines.every((l) => l.ok) && problems.every((p) => p.severity !== 'error');
  return {
    ok,
    lines,
    problems: withRenamedSheetHints(problems, present),
    hints,
    tasks: taskAttempts(log, levels),
    logRows,
    lastLogHash: log.entries.at(-1)?.hash ?? '',
  };
}

/** SPEC §3.8: each task's attempts in log order, with evidence level, reason and void reason. */
function taskAttempts(log: LogSheet, levels: ReturnType<typeof evidenceLevels>): VerifyTask[] {
  const voidReasons = new Map(log.entries.filter((e) => e.status === LOG_STATUS.void).map((e) => [e.drawId, e.note]));
  const tasks = new Map<string, VerifyTask>();
  for (const entry of log.entries) {
    const evidence = levels.get(entry.drawId);
    if (!isAttempt(entry) || !evidence || evidence.row !== entry.row) continue;
    const task = tasks.get(entry.taskId) ?? { taskId: entry.taskId, attempts: [] };
    tasks.set(entry.taskId, task);
    const voidReason = voidReasons.get(entry.drawId);
    task.attempts.push({
      drawId: entry.drawId,
      status: voidReason !== undefined && entry.status === LOG_STATUS.valid ? LOG_STATUS.void : entry.status,
      level: evidence.level,
      hash: entry.hash,
      ...(evidence.announcement ? { announcementHash: evidence.announcement.hash } : {}),
      ...(voidReason !== undefined && entry.status === LOG_STATUS.valid ? { voidReason } : {}),
      ...(entry.note ? { note: entry.note } : {}),
      logRow: entry.row,
    });
  }
  return [...tasks.values()];
}

function findTaskIn(data: WorkbookData, taskId: string): PlanTask | undefined {
  return data.tasks.find((task) => headerKey(task.taskId) === headerKey(taskId));
}

/** The cell of a plan column on a task's row (column A when the header cannot be found). */
function planCellOf(sheets: ReadonlyMap<string, CellValue[][]>) {
  const sheetName = [...sheets.keys()].find((name) => headerKey(name) === headerKey(SHEETS.plan));
  const located = sheetName ? locatePlanHeader(sheets.get(sheetName)!) : null;
  const header = located ? (located.values[located.headerRow - 1] ?? []).map((cell) => headerKey(String(cell ?? ''))) : [];
  return (task: PlanTask, name: string) => `${columnLetter(Math.max(header.indexOf(headerKey(name)), 0))}${task.row}`;
}

/** The cell of an 检查对象名录库 column on a row (column A when the header cannot be found). */
function objectCellOf(values: CellValue[][] | undefined) {
  const headerRow = values ? findHeaderRow(values, '对象编号') : undefined;
  const table = values && headerRow ? readTable(SHEETS.objects, values.slice(0, headerRow), { headerRow }) : undefined;
  return (row: number, header: string) => (table ? addressOf(table, row, header) : `A${row}`);
}

/** Said as the headline when the log holds no draw to replay, not as a warning among others. */
export const NO_DRAWS = 'verify.no-draws';

/** The warnings of a report, in its lines and below them (the headline's "另有 N 条" counts these; 提示 are apart). */
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

/** The registry view from the parsed registries (object codes upper-cased there already). */
function registryFromData(data: WorkbookData): RegistryView {
  const view: RegistryView = { inspectors: new Map(), objects: new Map(), objectTypes: new Map(), grades: new Map() };
  for (const inspector of data.inspectors) view.inspectors.set(inspector.id, inspector.name);
  for (const object of data.objects) {
    view.objects.set(object.id, object.name);
    view.objectTypes.set(object.id, object.type);
    view.grades.set(object.id, object.grade || UNGRADED);
  }
  return view;
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
