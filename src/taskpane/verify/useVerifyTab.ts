// State of the 核验 tab: replay every draw and keep the last report.
import { useCallback, useState } from 'react';
import type { Problem } from '../../core/messages/problem';
import type { VerifyReport } from '../../usecases';
import { problemsOf } from '../errors';
import type { PaneService } from '../service';
import { useProgress } from '../useProgress';

/**
 * `freshness`: the pane's count of its own writes and of the workbook's edits; the report remembers
 * the value it was made at (`verifiedAt`), and is out of date once it moves on.
 */
export function useVerifyTab(service: PaneService, freshness = '') {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [verifiedAt, setVerifiedAt] = useState(freshness);
  const [failure, setFailure] = useState<Problem[] | null>(null);
  const { progress, reporter, clear } = useProgress();

  const verify = useCallback(async () => {
    setBusy(true);
    setReport(null);
    setFailure(null);
    clear();
    setVerifiedAt(freshness);
    try {
      setReport(await service.verify(reporter));
    } catch (thrown) {
      setFailure(problemsOf(thrown));
    } finally {
      setBusy(false);
    }
  }, [service, reporter, clear, freshness]);

  return { busy, report, verifiedAt, failure, progress, verify };
}
