// SPEC §3.8 公告: before the randomness exists, a 抽取日志 row fixes the task's next draw: the pool (three
// snapshot hashes), 参数, counts, and which public drawing's numbers will seed it. Its 本条哈希, published
// where the clerk cannot backdate it, shows that nothing could be chosen after the numbers were known.
import type { WorkbookPort } from '../workbook/port';
import { LOG_COLUMNS, SHEETS } from '../core/schema';
import { announcementLogEntry, isoTimestampWithOffset } from '../core/draw/log';
import { drawingInstant, parseSource, sourceText, type DrawingSource } from '../core/draw/material';
import { parseParams } from '../core/draw/params';
import { planSampleSizes } from '../core/draw/select';
import { ALGORITHM_V2 } from '../core/draw/types';
import { sharedItems } from '../core/draw/announcement';
import { announceMessages as am } from '../core/messages/announce';
import { drawShortfall } from '../core/messages/draw';
import { recordMessages } from '../core/messages/records';
import { UserFacingError, type Problem } from '../core/messages/problem';
import { announcementsOf, logCell, pendingAnnouncements, type LoggedRow } from '../core/records/log-sheet';
import { headerKey } from '../core/text';
import { appendBlockers } from './append-blockers';
import { loggedTextProblem, poolOf } from './draw-source';
import { buildLogRecord } from './log-row';
import { prepareDraw, type PreparedDraw } from './prepare';
import { blockingProblems, findTask, loadState, planCell, todayInChina, type WorkbookState } from './state';
import { appendRecords } from './writes';
import type { StratumPlan } from './types';

export interface AnnounceRequest {
  taskId: string;
  /** `名称|期号|开奖时间|count×width` as typed (SPEC §3.8). */
  source: string;
  operator: string;
  /** The clock: 开奖时间 must be after it, and it is the row's 时间. The CLI and the pane pass the real one. */
  now: () => Date;
}

export interface AnnounceReport {
  ok: boolean;
  written: boolean;
  taskId: string;
  taskName: string;
  drawId: string;
  /** The source in its fixed form, as written to 说明. */
  source: string;
  drawing?: DrawingSource;
  /** The row's 时间. */
  time: string;
  strata: StratumPlan[];
  eligibleTotal: number;
  sampleTotal: number;
  hashes?: { objectsHash: string; inspectorsHash: string; conflictsHash: string };
  params: string;
  /** The 公告哈希: the new row's 本条哈希, to be published before 开奖时间. */
  announcementHash?: string;
  /** Earlier 公告 rows of the same id (a re-announcement with a later drawing): verify warns of them. */
  earlier: Array<{ source: string; hash: string; cell: string }>;
  problems: Problem[];
}

export async function announceDraw(port: WorkbookPort, request: AnnounceRequest): Promise<AnnounceReport> {
  const state = await loadState(port);
  const task = findTask(state.data, request.taskId);
  const base: AnnounceReport = {
    ok: false, written: false, taskId: task?.taskId ?? request.taskId, taskName: task?.taskName ?? '', drawId: '', source: '',
    time: '', strata: [], eligibleTotal: 0, sampleTotal: 0, params: '', earlier: [], problems: [],
  };
  const refused = (...problems: Array<Problem | Problem[]>): AnnounceReport => ({ ...base, problems: problems.flat() });
  if (!task) return refused(recordMessages.unknownTask(request.taskId));
  const operatorProblem = loggedTextProblem('操作人', request.operator);
  if (operatorProblem) return refused(operatorProblem);
  const blocking = blockingProblems(state, task);
  if (blocking.length > 0) return refused(blocking, recordMessages.blockedByErrors(blocking.length));
  const blockers = await appendBlockers(state);
  if (blockers.length > 0) return refused(blockers);
  if (!task.end) return refused(am.needsEndDate(task.taskId, planCell(state, task, '抽查时间')));

  let drawing: DrawingSource;
  try {
    drawing = parseSource(request.source);
  } catch (e) {
    if (e instanceof UserFacingError) return refused(e.problems);
    throw e;
  }
  const now = request.now();
  if (drawingInstant(drawing.time)!.getTime() <= now.getTime()) return refused(am.drawingNotAhead(drawing.time, isoTimestampWithOffset(now)));

  const prepared = prepareDraw(state, task, todayInChina(now));
  const refusal = announcementRefusal(state, prepared, drawing);
  if (refusal.length > 0) return refused(refusal);

  const pool = await poolOf(prepared);
  const plan = planSampleSizes(prepared.strata, task.ratioBp);
  const source = sourceText(drawing);
  const time = isoTimestampWithOffset(now);
  const { seq: _seq, ...entry } = announcementLogEntry({
    seq: 0, time, operator: request.operator.trim(), drawId: prepared.drawId, taskId: task.taskId,
    objectsHash: pool.objectsHash, inspectorsHash: pool.inspectorsHash, conflictsHash: pool.conflictsHash,
    params: pool.params, eligibleCount: pool.eligibleCount, drawnCount: pool.drawnCount, source,
  });
  const record = await buildLogRecord(state.log, entry);
  try {
    await port.apply(appendRecords(SHEETS.log, state.log.table, LOG_COLUMNS, [record]));
  } catch (e) {
    if (e instanceof UserFacingError) return refused(e.problems);
    throw e;
  }
  return {
    ...base,
    ok: true,
    written: true,
    drawId: prepared.drawId,
    source,
    drawing,
    time,
    strata: plan.strata,
    eligibleTotal: plan.eligibleTotal,
    sampleTotal: plan.sampleTotal,
    hashes: { objectsHash: pool.objectsHash, inspectorsHash: pool.inspectorsHash, conflictsHash: pool.conflictsHash },
    params: pool.params,
    announcementHash: String(record['本条哈希']),
    earlier: announcementsOf(state.log.entries, prepared.drawId).map((e) => ({ source: e.note, hash: e.hash, cell: logCell(state.log, e, '本条哈希') })),
  };
}

/**
 * SPEC §3.8 refusals: a draw that would find nothing or fail its minimum; the same drawing announced
 * before for this id; another task of the same year sharing an item with a 公告 not yet drawn.
 */
function announcementRefusal(state: WorkbookState, prepared: PreparedDraw, drawing: DrawingSource): Problem[] {
  const { task } = prepared;
  if (prepared.objects.length === 0) return [am.nothingEligible(task.taskId, planCell(state, task, '抽查对象范围'))];
  const plan = planSampleSizes(prepared.strata, task.ratioBp);
  if (plan.shortfall) {
    const shortfall = drawShortfall({ ...plan.shortfall, eligible: plan.eligibleTotal, baseBp: task.ratioBp }, SHEETS.plan, planCell(state, task, '信用分级比例'));
    return [am.wouldFail(shortfall.message), shortfall];
  }
  const sameDrawing = announcementsOf(state.log.entries, prepared.drawId).find((e) => {
    const earlier = readSource(e);
    return earlier !== null && headerKey(earlier.name) === headerKey(drawing.name) && headerKey(earlier.issue) === headerKey(drawing.issue);
  });
  if (sameDrawing) return [am.sourceAlreadyAnnounced(prepared.drawId, drawing.name, drawing.issue, logCell(state.log, sameDrawing, '说明'))];
  const year = Number(task.end.slice(0, 4));
  for (const other of pendingAnnouncements(state.log.entries)) {
    if (headerKey(other.taskId) === headerKey(task.taskId)) continue;
    const scope = announcedScope(state, other);
    const shared = sharedItems(scope.items, task.itemIds);
    if (scope.year === year && shared.length > 0) return [am.otherTaskPending(other.drawId, shared, year, logCell(state.log, other, '抽取编号'))];
  }
  return [];
}

function readSource(entry: LoggedRow): DrawingSource | null {
  try {
    return parseSource(entry.note);
  } catch {
    return null;
  }
}

/** A pending 公告's year and items: from its 参数, else from its task in the plan. */
function announcedScope(state: WorkbookState, entry: LoggedRow): { year: number; items: string[] } {
  try {
    const params = parseParams(entry.params, undefined, ALGORITHM_V2);
    return { year: params.year!, items: params.items! };
  } catch {
    const other = findTask(state.data, entry.taskId);
    return { year: Number((other?.end ?? '').slice(0, 4)), items: other?.itemIds ?? [] };
  }
}
