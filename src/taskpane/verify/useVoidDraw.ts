// State of 作废一次抽取 in the 核验 tab: which draw, why, who; a confirmation; the 作废 row appended.
import { useCallback, useRef, useState } from 'react';
import type { Problem } from '../../core/messages/problem';
import { voidDraw, type VoidReport } from '../../usecases';
import type { PaneHost } from '../host';
import { problemsOf } from '../errors';
import { OPERATOR_KEY } from '../operator';

export interface VoidDone extends VoidReport {
  drawId: string;
}

/** `onVoided` runs after a 作废 row is written (the tab verifies again, so its list shows 作废). */
export function useVoidDraw(host: PaneHost, onVoided: () => void) {
  const { port, storage } = host;
  const [drawId, setDrawId] = useState('');
  const [reason, setReason] = useState('');
  const [operator, setOperatorState] = useState(() => storage?.getItem(OPERATOR_KEY) ?? '');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<VoidDone | null>(null);
  const [refusal, setRefusal] = useState<Problem[] | null>(null);
  // Set synchronously: a double click on 确认作废 fires twice before React re-renders the dialog away.
  const voidingRef = useRef(false);

  const setOperator = useCallback((value: string) => {
    setOperatorState(value);
    storage?.setItem(OPERATOR_KEY, value.trim());
  }, [storage]);

  const canVoid = !busy && drawId !== '' && reason.trim() !== '' && operator.trim() !== '';

  const confirm = useCallback(async () => {
    if (voidingRef.current) return;
    voidingRef.current = true;
    setBusy(true);
    setRefusal(null);
    setDone(null);
    try {
      const report = await voidDraw(port, { drawId, reason: reason.trim(), operator: operator.trim() });
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
      setConfirming(false);
    }
  }, [port, drawId, reason, operator, onVoided]);

  return {
    drawId, setDrawId, reason, setReason, operator, setOperator, canVoid, busy, done, refusal,
    confirming, openConfirm: () => setConfirming(true), closeConfirm: () => setConfirming(false), confirm,
  };
}

export type VoidDrawState = ReturnType<typeof useVoidDraw>;
