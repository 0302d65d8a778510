// State of the 报表 tab: the report date and unit, the last fill's result.
import { useCallback, useState } from 'react';
import type { Problem } from '../../core/messages/problem';
import { fillReports, type ReportResult } from '../../usecases/report';
import { todayInChina } from '../../usecases/state';
import type { WorkbookPort } from '../../workbook/port';
import { problemsOf } from '../errors';
import { useProgress } from '../useProgress';

export function useReportsTab(port: WorkbookPort) {
  const [date, setDate] = useState(todayInChina());
  const [unit, setUnit] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReportResult | null>(null);
  const [failure, setFailure] = useState<Problem[] | null>(null);
  const { progress, reporter, clear } = useProgress();

  const fill = useCallback(async () => {
    setBusy(true);
    setFailure(null);
    setResult(null);
    clear();
    try {
      setResult(await fillReports(port, { date, unit: unit.trim() || undefined }, reporter));
    } catch (thrown) {
      setFailure(problemsOf(thrown));
    } finally {
      setBusy(false);
    }
  }, [port, date, unit, reporter, clear]);

  return { date, setDate, unit, setUnit, busy, progress, result, failure, fill };
}
