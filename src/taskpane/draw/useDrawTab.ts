// State of the 抽取 tab: tasks, the dry run of the chosen task, seed source, operator, the draw itself.
import { useCallback, useEffect, useRef, useState } from 'react';
import { witnessMaterial, WITNESS_MIN_DIGITS } from '../../core/draw/seed';
import type { Problem } from '../../core/messages/problem';
import { dryRun, drawTask, listTasks, witnessReuse, type DrawReport, type DryRunReport, type SeedSource, type TaskSummary } from '../../usecases';
import { problemsOf } from '../errors';
import type { PaneHost } from '../host';
import { OPERATOR_KEY } from '../operator';
import { useConfirmation } from '../useConfirmation';
import { useProgress } from '../useProgress';

export type SeedKind = 'witness' | 'generate';
export type DrawBusy = 'tasks' | 'dryRun' | 'draw' | null;

/** `onWritten` runs after a draw reached the workbook (drawn, or logged as 失败): other tabs' views are then old. */
export function useDrawTab(host: PaneHost, active: boolean, onWritten: () => void = () => undefined) {
  const { port, storage } = host;
  const [busy, setBusy] = useState<DrawBusy>(null);
  const [tasks, setTasks] = useState<TaskSummary[] | null>(null);
  const [loadProblems, setLoadProblems] = useState<Problem[]>([]);
  const [taskId, setTaskId] = useState<string>('');
  const [plan, setPlan] = useState<DryRunReport | null>(null);
  const [seedKind, setSeedKind] = useState<SeedKind>('witness');
  const [witness, setWitness] = useState('');
  const [operator, setOperatorState] = useState(() => storage?.getItem(OPERATOR_KEY) ?? '');
  const confirmation = useConfirmation();
  const [result, setResult] = useState<DrawReport | null>(null);
  /** `logged`: the attempt reached the log as 失败; otherwise it was refused and nothing was written. */
  const [failure, setFailure] = useState<{ problems: Problem[]; logged: boolean } | null>(null);
  const { progress, reporter, clear } = useProgress();
  const taskIdRef = useRef(taskId);
  taskIdRef.current = taskId;
  // Set synchronously: a double click on 确认抽取 fires twice before React re-renders the dialog away.
  const drawingRef = useRef(false);

  const loadPlan = useCallback(async (id: string) => {
    setPlan(null);
    if (!id) return;
    setBusy('dryRun');
    try {
      const report = await dryRun(port, id);
      if (taskIdRef.current === id) setPlan(report);
    } catch (thrown) {
      setLoadProblems(problemsOf(thrown));
    } finally {
      setBusy(null);
    }
  }, [port]);

  const loadTasks = useCallback(async () => {
    setBusy('tasks');
    setLoadProblems([]);
    try {
      // One read gives the list and, for the task still chosen, its dry run.
      const listed = await listTasks(port, taskIdRef.current || undefined);
      setTasks(listed.tasks);
      setLoadProblems(listed.problems);
      const keep = listed.tasks.some((task) => task.taskId === taskIdRef.current) ? taskIdRef.current : '';
      setTaskId(keep);
      setPlan(keep && listed.dryRun ? listed.dryRun : null);
      setBusy(null);
    } catch (thrown) {
      setTasks([]);
      setLoadProblems(problemsOf(thrown));
      setBusy(null);
    }
  }, [port]);

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
  const witnessReused = plan && seedKind === 'witness' && digitCount > 0 ? witnessReuse(plan.witnessesUsed, witness) : undefined;
  const seedReady = seedKind === 'generate' || digitCount >= WITNESS_MIN_DIGITS;
  const planReady = plan !== null && !plan.problems.some((p) => p.severity === 'error');
  const canDraw = busy === null && taskId !== '' && planReady && seedReady && operator.trim() !== '';

  const seedSource = (): SeedSource => (seedKind === 'witness' ? { kind: 'witness', digits: witness } : { kind: 'generate' });

  const confirmDraw = useCallback(async () => {
    // A second click landing on the closing dialog after the draw finished would draw the next batch.
    if (drawingRef.current || !confirmation.take()) return;
    drawingRef.current = true;
    confirmation.close();
    setBusy('draw');
    setResult(null);
    setFailure(null);
    clear();
    try {
      const report = await drawTask(port, { taskId, seedSource: seedSource(), operator: operator.trim() }, reporter);
      if (report.written) onWritten();
      if (report.ok) {
        setResult(report);
        setWitness(''); // the same digits must not slip into the next batch unnoticed
      } else {
        setFailure({ problems: report.problems, logged: report.written });
      }
    } catch (thrown) {
      setFailure({ problems: problemsOf(thrown), logged: false });
    }
    drawingRef.current = false;
    setBusy(null);
    // The next attempt gets a new batch and the eligible set shrinks: show the fresh plan.
    void loadTasks();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port, taskId, seedKind, witness, operator, reporter, clear, loadTasks, onWritten, confirmation.take, confirmation.close]);

  return {
    busy, tasks, loadProblems, taskId, plan, seedKind, witness, witnessReused, operator, confirming: confirmation.confirming, result, failure, progress,
    digitCount, minDigits: WITNESS_MIN_DIGITS, canDraw,
    task: tasks?.find((task) => task.taskId === taskId) ?? null,
    chooseTask, setSeedKind, setWitness, setOperator, loadTasks, confirmDraw,
    openConfirm: confirmation.open,
    closeConfirm: confirmation.close,
  };
}

export type DrawTabState = ReturnType<typeof useDrawTab>;
