// The plan's tasks as the pane lists them, and the dry run: what a draw would see before any seed exists.
import type { WorkbookPort } from '../workbook/port';
import { planSampleSizes } from '../core/draw/select';
import { countingDraws, logCell, pendingAnnouncement } from '../core/records/log-sheet';
import { parseSource, sourceText } from '../core/draw/material';
import { announcementChanges } from '../core/draw/announcement';
import { announceMessages } from '../core/messages/announce';
import { poolOf } from './draw-source';
import { witnessMaterial } from '../core/draw/seed';
import { recordMessages } from '../core/messages/records';
import { percentText } from '../core/messages/draw';
import type { Problem } from '../core/messages/problem';
import { loadState, findTask, todayInChina, problemsBeforeDraw, planCell, type WorkbookState } from './state';
import { prepareDraw, type PreparedDraw } from './prepare';
import { appendBlockers } from './append-blockers';
import { expectationOf } from './expected';
import type { PlanTask } from '../core/model';
import type { SamplePlan } from '../core/draw/types';
import { EXPERT_DEPARTMENT } from '../core/schema';
import { headerKey } from '../core/text';
import { shortfallAhead, departmentShortAhead, taskPeriodOver, earlierBatches, witnessReused } from '../core/messages/draw';
import type { TaskSummary, DryRunReport, WitnessUsed } from './types';

/**
 * The plan's tasks and the workbook's problems; with `dryRunOf`, also that task's dry run from the
 * same read (the pane re-lists after every draw and would otherwise read the workbook twice).
 */
export async function listTasks(
  port: WorkbookPort,
  dryRunOf?: string,
): Promise<{ tasks: TaskSummary[]; problems: Problem[]; dryRun?: DryRunReport }> {
  const state = await loadState(port);
  const counting = countingDraws(state.log.entries);
  const tasks = state.data.tasks.map((task) => ({
    taskId: task.taskId,
    taskName: task.taskName,
    taskType: task.taskType,
    ratioText: percentText(task.ratioBp),
    scope: task.scope,
    departments: [task.initiator, ...task.joint],
    start: task.start,
    end: task.end,
    countingDraws: counting.filter((e) => e.taskId === task.taskId).map((e) => e.drawId),
  }));
  const listed = { tasks, problems: state.problems };
  return dryRunOf ? { ...listed, dryRun: await dryRunIn(state, dryRunOf) } : listed;
}

export async function dryRun(port: WorkbookPort, taskId: string, date?: string): Promise<DryRunReport> {
  return dryRunIn(await loadState(port), taskId, date);
}

async function dryRunIn(state: WorkbookState, taskId: string, date?: string): Promise<DryRunReport> {
  const task = findTask(state.data, taskId);
  if (!task) {
    return {
      taskId, drawId: '', strata: [], eligibleTotal: 0, sampleTotal: 0, minimum: 0, departments: [],
      problems: [recordMessages.unknownTask(taskId)],
      superseded: [],
      witnessesUsed: [],
    };
  }
  const drawDate = date ?? todayInChina();
  const prepared = prepareDraw(state, task, drawDate);
  const plan = planSampleSizes(prepared.strata, task.ratioBp);
  const before = problemsBeforeDraw(state, task);
  const said = withoutRestated(state, task, before, foreseenProblems(state, task, prepared, plan, drawDate));
  return {
    taskId: task.taskId,
    drawId: prepared.drawId,
    strata: plan.strata,
    eligibleTotal: plan.eligibleTotal,
    sampleTotal: plan.sampleTotal,
    minimum: plan.minimum,
    departments: prepared.departments.map(({ department, k }) => ({
      department,
      eligible: prepared.inspectors.filter((i) => i.department === department).length,
      perObject: k,
    })),
    problems: [
      // What would refuse the draw: the same check, so the dry run cannot promise a draw that is refused.
      ...(await appendBlockers(state)),
      ...said,
      ...(await announcementAtOdds(state, task, prepared)),
    ],
    superseded: before.filter((p) => !said.includes(p)),
    witnessesUsed: witnessesUsed(state, task),
    announcement: announcementOf(state, task),
    expected: await expectationOf(prepared),
  };
}

/** SPEC §3.8: what the draw of an announced id would refuse for: the pool or 参数 changed since the 公告. */
async function announcementAtOdds(state: WorkbookState, task: PlanTask, prepared: PreparedDraw): Promise<Problem[]> {
  const entry = pendingAnnouncement(state.log.entries, task.taskId);
  if (!entry) return [];
  const announced = {
    objectsHash: entry.objectsHash, inspectorsHash: entry.inspectorsHash, conflictsHash: entry.conflictsHash,
    params: entry.params, eligibleCount: Number(entry.eligibleCount), drawnCount: Number(entry.drawnCount),
  };
  const changes = announcementChanges(announced, await poolOf(prepared));
  return changes.length ? [announceMessages.changedAhead(entry.drawId, changes, logCell(state.log, entry, '本条哈希'))] : [];
}

/** SPEC §3.8: the 公告 the next draw of the task must follow, if any (its 说明 read as the source). */
function announcementOf(state: WorkbookState, task: PlanTask): DryRunReport['announcement'] {
  const entry = pendingAnnouncement(state.log.entries, task.taskId);
  if (!entry) return undefined;
  try {
    const source = parseSource(entry.note);
    return { drawId: entry.drawId, source: sourceText(source), ...source, hash: entry.hash, cell: logCell(state.log, entry, '本条哈希') };
  } catch {
    return undefined;
  }
}

/** Validate's staffing warnings, and the plan column where the dry run warns of the same shortage. */
const RESTATED_BY_DRY_RUN: ReadonlyArray<[code: string, column: string]> = [
  ['plan.department-few-inspectors', '每部门检查人数'],
  ['plan.expert-pool-small', '专家人数'],
];

/**
 * The problems before the draw, then the foreseen ones, without validate's staffing warnings when the
 * dry run warns of too few inspectors for the same kind of pool: its count (在岗, and a certificate
 * valid through the task's end) is never above validate's (在岗), so it covers every department
 * validate names, more exactly.
 */
function withoutRestated(state: WorkbookState, task: PlanTask, before: Problem[], foreseen: Problem[]): Problem[] {
  const shortCells = new Set(foreseen.filter((p) => p.code === 'dry-run.too-few-inspectors').map((p) => p.cell));
  const restated = new Set(RESTATED_BY_DRY_RUN.filter(([, column]) => shortCells.has(planCell(state, task, column))).map(([code]) => code));
  return [...before.filter((p) => !restated.has(p.code)), ...foreseen];
}

/**
 * What the dry run can already tell: a draw that will fail (it would still be logged and use up a
 * batch), a task whose period is over, earlier batches of the task.
 */
function foreseenProblems(state: WorkbookState, task: PlanTask, prepared: PreparedDraw, plan: SamplePlan, drawDate: string): Problem[] {
  const at = (header: string) => planCell(state, task, header);
  const problems: Problem[] = [];
  if (prepared.objects.length === 0) problems.push(recordMessages.nothingEligible(task.taskId, at('抽查对象范围')));
  else if (plan.shortfall) {
    problems.push(shortfallAhead({ ...plan.shortfall, eligible: plan.eligibleTotal, baseBp: task.ratioBp }, at('信用分级比例')));
  }
  for (const { department, k } of prepared.departments) {
    const eligible = prepared.inspectors.filter((i) => i.department === department).length;
    if (eligible >= k) continue;
    const expert = department === EXPERT_DEPARTMENT;
    problems.push(departmentShortAhead(department, eligible, k, expert, at(expert ? '专家人数' : '每部门检查人数')));
  }
  return [...problems, ...drawNotes(state, task, prepared, drawDate)];
}

/** What a clerk should know of a draw that goes ahead: the task's period is over, earlier batches exist. */
/** The decimal digits of witness material (SPEC §3.2 counts these; separators vary). */
const digitsOf = (witness: string): string => witnessMaterial(witness).material.replace(/[^0-9]/g, '');

/**
 * The witness digits of the task's earlier attempts (有效, 失败; voided draws too), each with its log
 * cell: digits used again, however written, give a result anyone could work out beforehand.
 */
export function witnessesUsed(state: WorkbookState, task: PlanTask): WitnessUsed[] {
  return state.log.entries
    .filter((e) => e.status !== '作废' && e.witness !== '' && headerKey(e.taskId) === headerKey(task.taskId))
    .map((e) => ({ drawId: e.drawId, digits: digitsOf(e.witness), cell: logCell(state.log, e, '见证号码') }));
}

/** Witness digits matching an earlier attempt's: the warning naming it, if any. */
export function witnessReuse(used: readonly WitnessUsed[], witness: string): Problem | undefined {
  const digits = digitsOf(witness);
  const earlier = used.find((u) => u.digits === digits);
  return earlier ? witnessReused(earlier.drawId, earlier.cell) : undefined;
}

export function drawNotes(state: WorkbookState, task: PlanTask, prepared: PreparedDraw, drawDate: string): Problem[] {
  const at = (header: string) => planCell(state, task, header);
  const notes: Problem[] = [];
  if (task.end && drawDate > task.end) notes.push(taskPeriodOver(task.end, drawDate, at('抽查时间')));
  const earlier = countingDraws(state.log.entries).filter((e) => headerKey(e.taskId) === headerKey(task.taskId)).map((e) => e.drawId);
  if (earlier.length > 0) notes.push(earlierBatches(task.taskId, earlier, prepared.drawId, at('抽查任务编号')));
  return notes;
}
