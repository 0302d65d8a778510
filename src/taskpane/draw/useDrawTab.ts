// State of the 抽取 tab: tasks, the dry run of the chosen task, seed source, operator, the draw itself.
import { useCallback, useEffect, useRef, useState } from 'react';
import { witnessMaterial, WITNESS_MIN_DIGITS } from '../../core/draw/seed';
import { drawingInstant } from '../../core/draw/material';
import type { PrintableRecord } from '../../core/draw/printable';
import type { Problem } from '../../core/messages/problem';
import { UI } from '../../core/messages/ui';
import { announcementRecordOf, drawRecordOf, witnessReuse, type DrawReport, type DryRunReport, type SeedSource, type TaskSummary } from '../../usecases';
import { useWorkbookEdits } from '../changes';
import { problemsOf } from '../errors';
import type { PaneHost } from '../host';
import { OPERATOR_KEY } from '../operator';
import { useConfirmation } from '../useConfirmation';
import { useProgress } from '../useProgress';

export type SeedKind = 'witness' | 'generate';
/** SPEC §3.8: ① 公告 → ② numbers → ③ draw, or, as an explicit choice with a reason, without 公告. */
export type DrawMode = 'announce' | 'unannounced';
export type DrawBusy = 'tasks' | 'dryRun' | 'draw' | 'announce' | null;

export interface SourceFields {
  name: string;
  issue: string;
  time: string;
  count: string;
  width: string;
}

/** The batch of a draw id (`联033-2` → 2): above 1, earlier attempts of the task exist. */
export function batchOf(drawId: string): number {
  return Number(/-(\d+)$/.exec(drawId)?.[1] ?? 1);
}

/** `onWritten` runs after a draw reached the workbook (drawn, or logged as 失败): other tabs' views are then old. */
export function useDrawTab(host: PaneHost, active: boolean, onWritten: () => void = () => undefined) {
  const { service, storage } = host;
  const edits = useWorkbookEdits(host.changes);
  const [busy, setBusy] = useState<DrawBusy>(null);
  const [tasks, setTasks] = useState<TaskSummary[] | null>(null);
  const [loadProblems, setLoadProblems] = useState<Problem[]>([]);
  const [taskId, setTaskId] = useState<string>('');
  const [plan, setPlanState] = useState<DryRunReport | null>(null);
  /** The workbook edit count the dry run was made at: a later edit makes it out of date. */
  const [planEdits, setPlanEdits] = useState(0);
  /** A further batch of a task already drawn is its own explicit choice (再抽一批), never the same button. */
  const [againFor, setAgainFor] = useState('');
  const [seedKind, setSeedKind] = useState<SeedKind>('witness');
  const [witness, setWitness] = useState('');
  /** SPEC §3.8: a draw without 公告 needs its reason, written into 说明. */
  const [reason, setReason] = useState('');
  const [mode, setMode] = useState<DrawMode>('announce');
  const [source, setSource] = useState<SourceFields>({ name: UI.draw.sourceNameDefault, issue: '', time: '', count: '20', width: '2' });
  /** The published numbers of the announced drawing. */
  const [numbers, setNumbers] = useState('');
  const [announceFailure, setAnnounceFailure] = useState<Problem[] | null>(null);
  /** The printable records (SPEC §3.8) of the 公告 and of the draw made here, for the witnesses to sign. */
  const [announceRecord, setAnnounceRecord] = useState<PrintableRecord | null>(null);
  const [drawRecord, setDrawRecord] = useState<PrintableRecord | null>(null);
  const [clock, setClock] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setClock(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const [operator, setOperatorState] = useState(() => storage?.getItem(OPERATOR_KEY) ?? '');
  const confirmation = useConfirmation();
  const [result, setResult] = useState<DrawReport | null>(null);
  /** The dry run the last draw was confirmed with: its departments group the picks' inspectors. */
  const [resultPlan, setResultPlan] = useState<DryRunReport | null>(null);
  /** `logged`: the attempt reached the log as 失败; otherwise it was refused and nothing was written. */
  const [failure, setFailure] = useState<{ problems: Problem[]; logged: boolean } | null>(null);
  const { progress, reporter, clear } = useProgress();
  const taskIdRef = useRef(taskId);
  taskIdRef.current = taskId;
  const editsRef = useRef(edits);
  editsRef.current = edits;
  // Set synchronously: a double click on 确认抽取 fires twice before React re-renders the dialog away.
  const drawingRef = useRef(false);

  const setPlan = useCallback((report: DryRunReport | null, at: number) => {
    setPlanState(report);
    setPlanEdits(at);
  }, []);

  const loadPlan = useCallback(async (id: string) => {
    setPlan(null, editsRef.current);
    if (!id) return;
    setBusy('dryRun');
    clear();
    const at = editsRef.current;
    try {
      const report = await service.dryRun(id, reporter);
      if (taskIdRef.current === id) setPlan(report, at);
    } catch (thrown) {
      setLoadProblems(problemsOf(thrown));
    } finally {
      setBusy(null);
    }
  }, [service, reporter, clear, setPlan]);

  const loadTasks = useCallback(async () => {
    setBusy('tasks');
    setLoadProblems([]);
    clear();
    const at = editsRef.current;
    try {
      // One read gives the list and, for the task still chosen, its dry run.
      const listed = await service.listTasks(taskIdRef.current || undefined, reporter);
      setTasks(listed.tasks);
      setLoadProblems(listed.problems);
      const keep = listed.tasks.some((task) => task.taskId === taskIdRef.current) ? taskIdRef.current : '';
      setTaskId(keep);
      setPlan(keep && listed.dryRun ? listed.dryRun : null, at);
    } catch (thrown) {
      setTasks([]);
      setLoadProblems(problemsOf(thrown));
    } finally {
      setBusy(null);
    }
  }, [service, reporter, clear, setPlan]);

  // The workbook may have changed while another tab was open: re-read on every activation (an old
  // failure message would then sit under a dry run it no longer belongs to).
  useEffect(() => {
    if (!active) return;
    setFailure(null);
    void loadTasks();
  }, [active, loadTasks]);

  const chooseTask = useCallback((id: string) => {
    setTaskId(id);
    taskIdRef.current = id;
    setResult(null);
    setFailure(null);
    setAgainFor('');
    setNumbers('');
    setAnnounceFailure(null);
    setAnnounceRecord(null);
    setDrawRecord(null);
    void loadPlan(id);
  }, [loadPlan]);

  const setOperator = useCallback((name: string) => {
    setOperatorState(name);
    try {
      storage?.setItem(OPERATOR_KEY, name.trim());
    } catch {
      // remembering is a convenience; a blocked storage must not stop the draw
    }
  }, [storage]);

  const digitCount = witnessMaterial(witness).digitCount;
  // Digits an earlier attempt of the task used: said while typing, and again in the confirmation.
  const witnessReused = plan && !plan.announcement && mode === 'unannounced' && seedKind === 'witness' && digitCount > 0 ? witnessReuse(plan.witnessesUsed, witness) : undefined;
  const stale = plan !== null && planEdits !== edits;
  const batch = plan ? batchOf(plan.drawId) : 1;
  /** Whether the seed fields and the draw button show: a first batch, or a further one chosen explicitly. */
  const seedShown = plan !== null && (batch <= 1 || againFor === plan.drawId);
  const planErrors = plan ? plan.problems.filter((p) => p.severity === 'error').length : 0;
  // Why 抽取 is disabled, said beside the button.
  const blocked: string[] = [];
  if (busy !== null) blocked.push(UI.draw.blockedBusy);
  if (!plan) blocked.push(UI.draw.blockedNoPlan);
  if (planErrors) blocked.push(UI.draw.blockedErrors(planErrors));
  if (stale) blocked.push(UI.draw.blockedStale);
  const announcement = plan?.announcement ?? null;
  const drawingAt = announcement ? drawingInstant(announcement.time) : null;
  const beforeDrawing = drawingAt !== null && clock <= drawingAt.getTime();
  if (announcement) {
    if (beforeDrawing) blocked.push(UI.draw.blockedBeforeDrawing);
    if (!numbers.trim()) blocked.push(UI.draw.blockedNumbers);
  } else if (mode === 'announce') {
    blocked.push(UI.draw.stepLocked);
  } else {
    if (seedKind === 'witness' && digitCount < WITNESS_MIN_DIGITS) blocked.push(UI.draw.blockedWitness(digitCount, WITNESS_MIN_DIGITS));
    if (!reason.trim()) blocked.push(UI.draw.blockedReason);
  }
  if (!operator.trim()) blocked.push(UI.draw.blockedOperator);
  const canDraw = blocked.length === 0 && taskId !== '';

  const seedSource = (): SeedSource => {
    if (announcement) return { kind: 'public', numbers };
    return seedKind === 'witness' ? { kind: 'witness', digits: witness } : { kind: 'generate' };
  };

  const announce = useCallback(async () => {
    if (!plan || busy !== null) return;
    setBusy('announce');
    setAnnounceFailure(null);
    clear();
    try {
      const text = `${source.name}|${source.issue}|${source.time}|${source.count}×${source.width}`;
      const report = await service.announce({ taskId, source: text, operator: operator.trim() }, reporter);
      if (report.written) onWritten();
      if (report.ok) setAnnounceRecord(announcementRecordOf(report, operator));
      else setAnnounceFailure(report.problems);
    } catch (thrown) {
      setAnnounceFailure(problemsOf(thrown));
    } finally {
      setBusy(null);
    }
    void loadPlan(taskIdRef.current);
  }, [plan, busy, source, service, taskId, operator, reporter, clear, onWritten, loadPlan]);

  const confirmDraw = useCallback(async () => {
    // A second click landing on the closing dialog after the draw finished would draw the next batch.
    if (drawingRef.current || !confirmation.take() || !plan) return;
    drawingRef.current = true;
    confirmation.close();
    setBusy('draw');
    setResult(null);
    setDrawRecord(null);
    setFailure(null);
    clear();
    try {
      // What the dialog showed goes with the draw: a workbook changed since gives a refusal, never another draw.
      const report = await service.draw({
        taskId, seedSource: seedSource(), operator: operator.trim(), unannounced: announcement ? undefined : reason.trim(), expected: plan.expected,
      }, reporter);
      if (report.written) onWritten();
      if (report.ok) {
        setResult(report);
        setDrawRecord(drawRecordOf(report, operator));
        setResultPlan(plan);
        setWitness(''); // the same digits must not slip into the next batch unnoticed
        setNumbers('');
      } else {
        setFailure({ problems: report.problems, logged: report.written });
      }
    } catch (thrown) {
      setFailure({ problems: problemsOf(thrown), logged: false });
    }
    drawingRef.current = false;
    setAgainFor('');
    setBusy(null);
    // The next attempt gets a new batch and the eligible set shrinks: show the fresh plan.
    void loadTasks();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, taskId, plan, seedKind, witness, numbers, operator, reason, reporter, clear, loadTasks, onWritten, confirmation.take, confirmation.close]);

  return {
    busy, tasks, loadProblems, taskId, plan, stale, batch, seedShown, seedKind, witness, witnessReused, operator, reason, setReason,
    mode, setMode, source, setSource, numbers, setNumbers, announcement, beforeDrawing, announce, announceFailure,
    announceRecord, drawRecord,
    confirming: confirmation.confirming, result, resultPlan, failure, progress,
    digitCount, minDigits: WITNESS_MIN_DIGITS, canDraw, blocked,
    task: tasks?.find((task) => task.taskId === taskId) ?? null,
    chooseTask, setSeedKind, setWitness, setOperator, loadTasks, confirmDraw,
    refreshPlan: () => void loadPlan(taskIdRef.current),
    chooseAgain: () => setAgainFor(plan?.drawId ?? ''),
    openConfirm: confirmation.open,
    closeConfirm: confirmation.close,
  };
}

export type DrawTabState = ReturnType<typeof useDrawTab>;
