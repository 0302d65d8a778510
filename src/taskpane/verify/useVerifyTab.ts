// State of the 核验 tab: replay every draw and keep the last report.
import { useCallback, useState } from 'react';
import type { Problem } from '../../core/messages/problem';
import { verifyWorkbook, type VerifyReport } from '../../usecases';
import type { WorkbookPort } from '../../workbook/port';
import { problemsOf } from '../errors';
import { useProgress } from '../useProgress';

/** `writes`: the pane's count of draws; the report remembers the count it was made at (`verifiedAt`). */
export function useVerifyTab(port: WorkbookPort, writes = 0) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [verifiedAt, setVerifiedAt] = useState(writes);
  const [failure, setFailure] = useState<Problem[] | null>(null);
  const { progress, reporter, clear } = useProgress();

  const verify = useCallback(async () => {
    setBusy(true);
    setReport(null);
    setFailure(null);
    clear();
    setVerifiedAt(writes);
    try {
      setReport(await verifyWorkbook(port, reporter));
    } catch (thrown) {
      setFailure(problemsOf(thrown));
    } finally {
      setBusy(false);
    }
  }, [port, reporter, clear, writes]);

  return { busy, report, verifiedAt, failure, progress, verify };
}
