// State of the 名录库 tab: create the template, validate, and the last report.
import { useCallback, useState } from 'react';
import type { Problem } from '../../core/messages/problem';
import { UI } from '../../core/messages/ui';
import { createTemplate, validateWorkbook, type ValidationReport } from '../../usecases';
import type { WorkbookPort } from '../../workbook/port';
import { problemsOf } from '../errors';
import { useProgress } from '../useProgress';

export type RegistryBusy = 'template' | 'validate' | null;

export function useRegistryTab(port: WorkbookPort) {
  const [busy, setBusy] = useState<RegistryBusy>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [failure, setFailure] = useState<Problem[] | null>(null);
  const { progress, reporter, clear } = useProgress();

  const run = useCallback(async (kind: Exclude<RegistryBusy, null>, work: () => Promise<void>) => {
    setBusy(kind);
    setFailure(null);
    setNotice(null);
    clear();
    try {
      await work();
    } catch (thrown) {
      setFailure(problemsOf(thrown));
    } finally {
      setBusy(null);
    }
  }, [clear]);

  const makeTemplate = useCallback(() => run('template', async () => {
    const { created } = await createTemplate(port);
    setNotice(created.length ? UI.registry.created(created) : UI.registry.nothingCreated);
  }), [port, run]);

  const validate = useCallback(() => run('validate', async () => {
    setReport(null);
    setReport(await validateWorkbook(port, reporter));
  }), [port, run, reporter]);

  return { busy, notice, report, failure, progress, makeTemplate, validate };
}
