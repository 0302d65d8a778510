// 核验: replay all draws from the log and the snapshot; one row per draw.
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import type { WorkbookPort } from '../../workbook/port';
import { BusyBar } from '../components/BusyBar';
import { ProblemBar } from '../components/ProblemBar';
import { ProblemGrid } from '../components/ProblemGrid';
import { useVerifyTab } from './useVerifyTab';
import { VerifyGrid } from './VerifyGrid';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  hash: { wordBreak: 'break-all', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export function VerifyTab(props: { port: WorkbookPort }) {
  const styles = useStyles();
  const state = useVerifyTab(props.port);
  const { report } = state;
  const bad = report ? report.lines.filter((line) => !line.ok).length : 0;
  const verdict = !report ? null
    : !report.lines.length && !report.problems.length ? UI.verify.noDraws
      : report.ok ? UI.verify.allOk(report.lines.length) : UI.verify.someFailed(bad, report.lines.length);
  return (
    <div className={styles.root}>
      <Text>{UI.verify.intro}</Text>
      <Button appearance="primary" disabled={state.busy} onClick={() => void state.verify()}>{UI.verify.verifyButton}</Button>
      {state.busy ? <BusyBar label={UI.verify.verifying} progress={state.progress} /> : null}
      {state.failure ? <ProblemBar port={props.port} title={UI.app.unexpected} problems={state.failure} /> : null}
      {report && verdict ? (
        <MessageBar intent={report.ok ? 'success' : 'error'} role="status">
          <MessageBarBody>{verdict}</MessageBarBody>
        </MessageBar>
      ) : null}
      {report && report.lines.length ? <VerifyGrid port={props.port} lines={report.lines} /> : null}
      {report?.lastLogHash ? (
        <section aria-label={UI.verify.lastLogHash}>
          <Text weight="semibold" block>{UI.verify.lastLogHash}</Text>
          <Text className={styles.hash} block data-fact={UI.verify.lastLogHash}>{report.lastLogHash}</Text>
          <Text size={200} block>{UI.verify.lastLogHashHint}</Text>
        </section>
      ) : null}
      {report && report.problems.length ? (
        <section aria-label={UI.verify.sheetProblems}>
          <Text as="h3" weight="semibold" block>{UI.verify.sheetProblems}</Text>
          <ProblemGrid port={props.port} problems={report.problems} label={UI.verify.sheetProblems} />
        </section>
      ) : null}
    </div>
  );
}
