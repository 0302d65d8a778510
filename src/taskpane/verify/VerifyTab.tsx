// 核验: replay all draws from the log and the snapshot, one row per draw; then 作废 of a draw that counts.
import { useCallback } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import { NO_DRAWS, verifyWarningCount, type VerifyReport } from '../../usecases';
import type { PaneHost } from '../host';
import { BusyBar } from '../components/BusyBar';
import { ProblemBar } from '../components/ProblemBar';
import { ProblemGrid } from '../components/ProblemGrid';
import { useVerifyTab } from './useVerifyTab';
import { useWorkbookEdits } from '../changes';
import { VerifyGrid } from './VerifyGrid';
import { useVoidDraw } from './useVoidDraw';
import { VoidSection } from './VoidSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  hash: { wordBreak: 'break-all', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** One headline that never contradicts the details below it. */
function verdictOf(report: VerifyReport): { text: string; intent: 'success' | 'warning' | 'error' | 'info' } {
  const sheetErrors = report.problems.filter((p) => p.severity === 'error').length;
  if (!report.lines.length) {
    if (sheetErrors) return { text: UI.verify.sheetErrors(sheetErrors), intent: 'error' };
    return { text: report.problems.find((p) => p.code === NO_DRAWS)?.message ?? UI.verify.noDraws, intent: 'info' };
  }
  const bad = report.lines.filter((line) => !line.ok).length;
  if (bad) return { text: UI.verify.someFailed(bad, report.lines.length), intent: 'error' };
  if (sheetErrors) return { text: UI.verify.sheetErrors(sheetErrors), intent: 'error' };
  const hints = verifyWarningCount(report);
  return { text: UI.verify.allOk(report.lines.length, hints), intent: hints ? 'warning' : 'success' };
}

/**
 * `writes` counts the pane's draws and voids, the change feed the clerk's edits: either, after this
 * tab's verification, makes its report old.
 */
export function VerifyTab(props: { host: PaneHost; writes?: number }) {
  const styles = useStyles();
  const { port } = props.host;
  const edits = useWorkbookEdits(props.host.changes);
  const freshness = `${props.writes ?? 0}/${edits}`;
  const state = useVerifyTab(props.host.service, freshness);
  const { verify } = state;
  // After a 作废 row is written, verify again: the list then shows the draw as 作废.
  const voiding = useVoidDraw(props.host, useCallback(() => void verify(), [verify]), state.report, freshness);
  const stale = state.report !== null && state.verifiedAt !== freshness;
  const report = stale ? null : state.report;
  const verdict = report ? verdictOf(report) : null;
  const sheetProblems = report ? report.problems.filter((p) => p.code !== NO_DRAWS) : [];
  return (
    <div className={styles.root}>
      <Text>{UI.verify.intro}</Text>
      <Button appearance="primary" disabled={state.busy} onClick={() => void state.verify()}>{UI.verify.verifyButton}</Button>
      {state.busy ? <BusyBar label={UI.verify.verifying} progress={state.progress} /> : null}
      {state.failure ? <ProblemBar port={port} title={UI.app.unexpected} problems={state.failure} /> : null}
      {stale ? (
        <MessageBar intent="warning" role="status" data-testid="verify-stale">
          <MessageBarBody>{UI.verify.stale}</MessageBarBody>
        </MessageBar>
      ) : null}
      {report && verdict ? (
        <MessageBar intent={verdict.intent} role="status">
          <MessageBarBody>{verdict.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {report && report.lines.length ? <VerifyGrid port={port} lines={report.lines} /> : null}
      {report?.lastLogHash ? (
        <section aria-label={UI.verify.lastLogHash}>
          <Text weight="semibold" block>{UI.verify.lastLogHash}</Text>
          <Text className={styles.hash} block data-fact={UI.verify.lastLogHash}>{report.lastLogHash}</Text>
          <Text size={200} block>{UI.verify.lastLogHashHint}</Text>
        </section>
      ) : null}
      {sheetProblems.length ? (
        <section aria-label={UI.verify.sheetProblems}>
          <Text as="h3" weight="semibold" block>{UI.verify.sheetProblems}</Text>
          <ProblemGrid port={port} problems={sheetProblems} label={UI.verify.sheetProblems} />
        </section>
      ) : null}
      <VoidSection port={port} state={voiding} lines={report?.lines ?? null} />
    </div>
  );
}
