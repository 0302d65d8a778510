// State of the 结果 tab: the status report as of a date, and the public export of one task.
import { useCallback, useState } from 'react';
import type { Problem } from '../../core/messages/problem';
import { resultsPaneTexts as T } from '../../core/messages/results';
import { publication } from '../../usecases/publish';
import { workbookStatus, type StatusReport } from '../../usecases/status';
import { todayInChina } from '../../usecases/state';
import type { WorkbookPort } from '../../workbook/port';
import { printableWorkbookBytes } from '../../workbook/public-book';
import { problemsOf } from '../errors';
import { useProgress } from '../useProgress';
import { downloadBytes } from './download';

export function useResultsTab(port: WorkbookPort) {
  const [asOf, setAsOf] = useState(todayInChina());
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<StatusReport | null>(null);
  const [failure, setFailure] = useState<Problem[] | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exported, setExported] = useState<{ taskId: string; text: string } | null>(null);
  const [exportFailure, setExportFailure] = useState<Problem[] | null>(null);
  const { progress, reporter, clear } = useProgress();

  const refresh = useCallback(async () => {
    setBusy(true);
    setFailure(null);
    setExported(null);
    clear();
    try {
      setReport(await workbookStatus(port, { date: asOf }, reporter));
    } catch (thrown) {
      setReport(null);
      setFailure(problemsOf(thrown));
    } finally {
      setBusy(false);
    }
  }, [port, asOf, reporter, clear]);

  const download = useCallback(async (taskId: string) => {
    setExporting(taskId);
    setExported(null);
    setExportFailure(null);
    try {
      const published = await publication(port, taskId);
      downloadBytes(published.fileName, printableWorkbookBytes(published.book));
      setExported({ taskId, text: T.downloaded(published.fileName, published.rows) });
    } catch (thrown) {
      setExportFailure(problemsOf(thrown));
    } finally {
      setExporting(null);
    }
  }, [port]);

  return { asOf, setAsOf, busy, progress, report, failure, refresh, download, exporting, exported, exportFailure };
}
