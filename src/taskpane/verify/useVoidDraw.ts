// State of 作废一次抽取 in the 核验 tab: which draw, why, who; a confirmation; the 作废 row appended.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../core/messages/problem';
import type { VoidReport } from '../../usecases';
import type { PaneHost } from '../host';
import { problemsOf } from '../errors';
import { OPERATOR_KEY } from '../operator';
import { useConfirmation } from '../useConfirmation';

export interface VoidDone extends VoidReport {
  drawId: string;
}

/**
 * `onVoided` runs after a 作废 row is written (the tab verifies again, so its list shows 作废).
 * `freshness` changes with each verification: 操作人 then takes the name last typed in either tab.
 * `workbookState` changes with each write or edit: the list of draws that count is read again.
 */
export function useVoidDraw(host: PaneHost, onVoided: () => void, freshness: unknown, workbookState = '') {
  const { storage } = host;
  const [drawId, setDrawId] = useState('');
  const [reason, setReason] = useState('');
  const [operator, setOperatorState] = useState(() => storage?.getItem(OPERATOR_KEY) ?? '');
  const confirmation = useConfirmation();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<VoidDone | null>(null);
  const [refusal, setRefusal] = useState<Problem[] | null>(null);
  // Set synchronously: a double click on 确认作废 fires twice before React re-renders the dialog away.
  const voidingRef = useRef(false);

  useEffect(() => {
    setOperatorState((current) => storage?.getItem(OPERATOR_KEY) || current);
  }, [freshness, storage]);

  // 作废 is there from the start: the draws that count come from the log, before any 核验.
  const [counting, setCounting] = useState<Array<{ drawId: string; taskId: string }> | null>(null);
  const loadCounting = useCallback(async () => {
    try {
      const listed = await host.service.listTasks();
      setCounting(listed.tasks.flatMap((task) => task.countingDraws.map((drawId) => ({ drawId, taskId: task.taskId }))));
    } catch {
      setCounting([]);
    }
  }, [host.service]);
  useEffect(() => {
    void loadCounting();
  }, [loadCounting, freshness, workbookState]);

  const setOperator = useCallback((value: string) => {
    setOperatorState(value);
    storage?.setItem(OPERATOR_KEY, value.trim());
  }, [storage]);

  const canVoid = !busy && drawId !== '' && reason.trim() !== '' && operator.trim() !== '';

  const confirm = useCallback(async () => {
    // A second click landing on the closing dialog after the void would try again with the cleared
    // reason and replace the success with a refusal.
    if (voidingRef.current || !confirmation.take()) return;
    voidingRef.current = true;
    setBusy(true);
    setRefusal(null);
    setDone(null);
    try {
      const report = await host.service.voidDraw({ drawId, reason: reason.trim(), operator: operator.trim() });
      if (report.ok) {
        setDone({ ...report, drawId });
        setDrawId('');
        setReason('');
        onVoided();
      } else {
        setRefusal(report.problems);
      }
    } catch (thrown) {
      setRefusal(problemsOf(thrown));
    } finally {
      voidingRef.current = false;
      setBusy(false);
      confirmation.close();
    }
  }, [host.service, drawId, reason, operator, onVoided, confirmation.take, confirmation.close]);

  return {
    counting, drawId, setDrawId, reason, setReason, operator, setOperator, canVoid, busy, done, refusal,
    confirming: confirmation.confirming,
    openConfirm: confirmation.open,
    closeConfirm: confirmation.close,
    confirm,
  };
}

export type VoidDrawState = ReturnType<typeof useVoidDraw>;
