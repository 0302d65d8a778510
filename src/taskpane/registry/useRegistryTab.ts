// State of the 名录库 tab: create the template, validate, and the last report.
import { useCallback, useState } from 'react';
import type { Problem } from '../../core/messages/problem';
import { UI } from '../../core/messages/ui';
import type { ValidationReport } from '../../usecases';
import { problemsOf } from '../errors';
import type { PaneService } from '../service';
import { useProgress } from '../useProgress';

export type RegistryBusy = 'template' | 'validate' | null;

export function useRegistryTab(service: PaneService) {
  const [busy, setBusy] = useState<RegistryBusy>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [failure, setFailure] = useState<Problem[] | null>(null);
  const { progress, reporter, clear } = useProgress();

  const run = useCallback(async (kind: Exclude<RegistryBusy, null>, work: () => Promise<void>) => {
    setBusy(kind);
    setFailure(null);
    clear();
    try {
      await work();
    } catch (thrown) {
      setFailure(problemsOf(thrown));
    } finally {
      setBusy(null);
    }
  }, [clear]);

  const validate = useCallback(() => run('validate', async () => {
    setNotice(null);
    setReport(null);
    setReport(await service.validate(reporter));
  }), [service, run, reporter]);

  // The old report listed what the template may just have fixed (缺少工作表…): check again, so no
  // problem stays on screen that is gone, and none that remains is hidden.
  const makeTemplate = useCallback(() => run('template', async () => {
    setNotice(null);
    const { created } = await service.createTemplate();
    setNotice(created.length ? UI.registry.created(created) : UI.registry.nothingCreated);
    if (created.length) {
      setReport(null);
      setReport(await service.validate(reporter));
    }
  }), [service, run, reporter]);

  return { busy, notice, report, failure, progress, makeTemplate, validate };
}
