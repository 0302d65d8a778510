// 报表: fill 附件1 and 附件2 in place as of a date, then the plan's three targets, a chart of the year's
// inspections by month, the next reporting deadlines, and every figure with what it counted.
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { reportUiTexts as T } from '../../core/messages/reports';
import { UI } from '../../core/messages/ui';
import type { PaneHost } from '../host';
import { BusyBar } from '../components/BusyBar';
import { ProblemBar } from '../components/ProblemBar';
import { MonthlyChart } from './MonthlyChart';
import { DeadlinesList, FiguresList, TargetsList } from './ReportDetails';
import { useReportsTab } from './useReportsTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

export function ReportsTab(props: { host: PaneHost }) {
  const styles = useStyles();
  const { port } = props.host;
  const state = useReportsTab(port);
  const { result } = state;
  const report = result?.report ?? null;
  return (
    <div className={styles.root}>
      <Text>{T.intro}</Text>
      <Field label={T.dateLabel}>
        <Input type="date" value={state.date} onChange={(_, data) => state.setDate(data.value)} />
      </Field>
      <Field label={T.unitLabel}>
        <Input value={state.unit} onChange={(_, data) => state.setUnit(data.value)} />
      </Field>
      <Button appearance="primary" disabled={state.busy} onClick={() => void state.fill()}>{T.fillButton}</Button>
      {state.busy ? <BusyBar label={T.filling} progress={state.progress} /> : null}
      {state.failure ? <ProblemBar port={port} title={UI.app.unexpected} problems={state.failure} /> : null}
      {result && !result.ok ? <ProblemBar port={port} title={T.notFilled} problems={result.problems} /> : null}
      {result?.ok ? (
        <MessageBar intent="success" role="status"><MessageBarBody>{T.filled(result.cells.length)}</MessageBarBody></MessageBar>
      ) : null}
      {result?.ok && result.notes.length ? <ProblemBar port={port} title={T.notes} problems={result.notes} intent="warning" /> : null}
      {report ? (
        <>
          <TargetsList targets={report.targets} />
          <MonthlyChart points={report.monthly} />
          <DeadlinesList report={report} />
          <FiguresList report={report} />
        </>
      ) : null}
    </div>
  );
}
