// Drawing a task (SPEC §3, ssj-draw/2 §3.8): read, compute everything, then append to 抽查结果, 抽取快照 and
// 抽取日志 in one batch. A refused draw (bad input) writes nothing; a failed draw writes its 失败 log row
// and its 抽取快照 rows (so verify replays it to the same failure), no results.
import type { WorkbookPort, ProgressReporter, WorkbookChange } from '../workbook/port';
import { SHEETS, RESULT_COLUMNS, LOG_COLUMNS, SNAPSHOT_COLUMNS, UNGRADED } from '../core/schema';
import { runDraw, loadSpread } from '../core/draw/engine';
import { snapshotRows } from '../core/draw/snapshot';
import { drawShortfall, drawInfeasible } from '../core/messages/draw';
import { recordMessages } from '../core/messages/records';
import { SEED_SOURCE_LABELS } from '../core/draw/log';
import { UserFacingError, type Problem } from '../core/messages/problem';
import type { DrawOutcome } from '../core/draw/types';
import { loadState, findTask, todayInChina, blockingProblems, planCell, type WorkbookState } from './state';
import { prepareDraw, type PreparedDraw } from './prepare';
import { drawNotes, witnessesUsed, witnessReuse } from './tasks';
import { appendRecords } from './writes';
import { appendBlockers } from './append-blockers';
import { changedSinceExpected } from './expected';
import { buildLogRecord, drawLogEntry } from './log-row';
import { loggedTextProblem, resolveSource, type ResolvedSource } from './draw-source';
import type { DrawRequest, DrawReport } from './types';

export async function drawTask(port: WorkbookPort, request: DrawRequest, progress?: ProgressReporter): Promise<DrawReport> {
  const state = await loadState(port, progress);
  const task = findTask(state.data, request.taskId);
  const refused = (problems: Problem[]): DrawReport => emptyReport(request, problems);
  if (!task) return refused([recordMessages.unknownTask(request.taskId)]);
  const operatorProblem = loggedTextProblem('操作人', request.operator);
  if (operatorProblem) return refused([operatorProblem]);
  const blocking = blockingProblems(state, task);
  if (blocking.length > 0) return refused([...blocking, recordMessages.blockedByErrors(blocking.length)]);
  const blockers = await appendBlockers(state);
  if (blockers.length > 0) return refused(blockers);

  const drawDate = request.date ?? todayInChina(request.now?.());
  const prepared = prepareDraw(state, task, drawDate);
  if (prepared.objects.length === 0) return refused([recordMessages.nothingEligible(task.taskId, planCell(state, task, '抽查对象范围'))]);
  // What the confirmation showed must still hold: a workbook edited since gives a refusal, never another draw.
  if (request.expected) {
    const changed = await changedSinceExpected(request.expected, prepared);
    if (changed.length > 0) return refused(changed);
  }
  const now = request.now?.() ?? new Date();
  let source: ResolvedSource;
  try {
    source = await resolveSource(state, prepared, request.seedSource, request.unannounced, now);
  } catch (e) {
    if (e instanceof UserFacingError) return refused(e.problems);
    throw e;
  }
  const { seed } = source;
  const outcome = await runDraw({
    seed, baseBp: task.ratioBp, strata: prepared.strata, departments: prepared.departments,
    inspectors: prepared.inspectors, conflicts: prepared.conflicts,
  });
  const failures = outcomeProblems(outcome, task.ratioBp, planCell(state, task, '信用分级比例'));
  const reused = request.seedSource.kind === 'witness' ? witnessReuse(witnessesUsed(state, task), request.seedSource.digits) : undefined;
  const notes = [...(reused ? [reused] : []), ...drawNotes(state, task, prepared, drawDate)];
  const names = nameIndex(state);
  const report = (written: boolean, extra: Partial<DrawReport>): DrawReport => ({
    ok: failures.length === 0,
    written,
    drawId: prepared.drawId,
    seed,
    seedSourceLabel: source.label,
    taskName: task.taskName,
    material: source.material,
    announcement: source.announcement,
    eligibleTotal: outcome.eligibleTotal,
    hashes: { objectsHash: outcome.objectsHash, inspectorsHash: outcome.inspectorsHash, conflictsHash: outcome.conflictsHash },
    strata: outcome.strata,
    picks: outcome.picks.map((pick) => ({
      ...pick,
      objectName: names.objects.get(pick.objectId) ?? '',
      inspectorNames: pick.inspectorIds.map((id) => names.inspectors.get(id) ?? ''),
    })),
    loadSpread: loadSpread(prepared, outcome.loads),
    resultHash: outcome.resultHash,
    problems: failures,
    notes,
    ...extra,
  });
  // SPEC §3.2: a given seed is for replay only. Writing it as a draw would let whoever picks the seed
  // pick the result, so the replay is computed and shown, and nothing is written or logged.
  if (request.seedSource.kind === 'seed') return report(false, {});

  const failedNote = failures.length ? [recordMessages.drawFailedNote(failures.map((p) => p.message).join('；'))] : [];
  const note = [source.note, ...failedNote].filter(Boolean).join('；');
  const log = await buildLogRecord(state.log, drawLogEntry({
    time: now,
    operator: request.operator.trim(),
    drawId: prepared.drawId,
    taskId: task.taskId,
    seedSource: source.label,
    witness: source.material,
    seed,
    outcome,
    params: prepared.params,
    note,
  }));

  const changes: WorkbookChange[] = [];
  if (failures.length === 0) {
    // spread-ok: appendRecords gives at most two changes (create the sheet, append)
    changes.push(...appendRecords(SHEETS.results, state.results.table, RESULT_COLUMNS, resultRecords(names, prepared, outcome)));
  }
  // SPEC §3.8: every draw, 有效 or 失败, writes its 抽取快照 rows.
  changes.push(...appendSnapshot(state, prepared)); // spread-ok: two changes at most
  changes.push(...appendRecords(SHEETS.log, state.log.table, LOG_COLUMNS, [log])); // spread-ok: two changes at most
  try {
    await port.apply(changes, progress);
  } catch (e) {
    // What only the host can see refuses the whole list before anything is written (Excel's 汇总行).
    if (e instanceof UserFacingError) return refused(e.problems);
    throw e;
  }

  const first = state.results.table ? state.results.nextRow : 2;
  return report(true, {
    logHash: String(log['本条哈希']),
    note,
    time: String(log['时间']),
    resultRows: failures.length ? undefined : { sheet: SHEETS.results, first, last: first + outcome.picks.length - 1 },
    problems: failures.length ? [...failures, recordMessages.drawFailed(prepared.drawId)] : [],
  });
}

function outcomeProblems(outcome: DrawOutcome, baseBp: number, gradeRatiosCell: string): Problem[] {
  const problems: Problem[] = [];
  if (outcome.shortfall) {
    problems.push(drawShortfall({ ...outcome.shortfall, eligible: outcome.eligibleTotal, baseBp }, SHEETS.plan, gradeRatiosCell));
  }
  if (outcome.infeasible.length > 0) problems.push(drawInfeasible(outcome.infeasible));
  return problems;
}

interface NameIndex {
  objects: Map<string, string>;
  inspectors: Map<string, string>;
}

function nameIndex(state: WorkbookState): NameIndex {
  return {
    objects: new Map(state.data.objects.map((o) => [o.id, o.name])),
    inspectors: new Map(state.data.inspectors.map((i) => [i.id, i.name])),
  };
}

function resultRecords(names: NameIndex, prepared: PreparedDraw, outcome: DrawOutcome) {
  const objects = new Map(prepared.objects.map((o) => [o.id, o]));
  const departmentsText = prepared.departments.map((d) => d.department).join('、');
  return outcome.picks.map((pick) => {
    const object = objects.get(pick.objectId)!;
    return {
      抽取编号: prepared.drawId,
      任务编号: prepared.task.taskId,
      任务名称: prepared.task.taskName,
      序号: pick.seq,
      对象编号: object.id,
      对象名称: object.name,
      对象类型: object.type,
      信用风险等级: object.grade || UNGRADED,
      检查部门: departmentsText,
      检查人员: pick.inspectorIds.map((id) => names.inspectors.get(id) ?? '').join('、'),
      人员编号: pick.inspectorIds.join(','),
    };
  });
}

function appendSnapshot(state: WorkbookState, prepared: PreparedDraw): WorkbookChange[] {
  const rows = snapshotRows(prepared.drawId, prepared);
  const records = rows.map((row) => Object.fromEntries(SNAPSHOT_COLUMNS.map((c, i) => [c.header, row[i] ?? null])));
  return appendRecords(SHEETS.snapshot, state.snapshotHeader, SNAPSHOT_COLUMNS, records, { hidden: true });
}


function emptyReport(request: DrawRequest, problems: Problem[]): DrawReport {
  return {
    ok: false, written: false, notes: [], drawId: '', seed: '', seedSourceLabel: SEED_SOURCE_LABELS[request.seedSource.kind], strata: [], picks: [],
    loadSpread: [], resultHash: '', problems,
  };
}
