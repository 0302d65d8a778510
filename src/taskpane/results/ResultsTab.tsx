// 结果: per task, how far inspection and 公示 have come (two progress bars), and every item to act on
// (公示 overdue or near, open loops, entries breaking the rules) as a link to its row in 抽查结果.
// The public export is a download of a new workbook, never a sheet added to the clerk's own.
import { useState } from 'react';
import {
  Button, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text, tokens,
} from '@fluentui/react-components';
import { resultsPaneTexts as T, resultTexts } from '../../core/messages/results';
import { SHEETS } from '../../core/schema';
import type { StatusItem, TaskStatus } from '../../core/results';
import type { WorkbookPort } from '../../workbook/port';
import type { PaneHost } from '../host';
import { BusyBar } from '../components/BusyBar';
import { ProblemBar } from '../components/ProblemBar';
import { useResultsTab } from './useResultsTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end' },
  task: { display: 'flex', flexDirection: 'column', gap: '6px', paddingTop: '8px', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  items: { margin: 0, paddingLeft: '16px', display: 'flex', flexDirection: 'column', gap: '4px' },
  kind: { fontWeight: tokens.fontWeightSemibold, marginRight: '4px' },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  text: { overflowWrap: 'anywhere' },
});

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function ItemLine(props: { port: WorkbookPort; item: StatusItem }) {
  const styles = useStyles();
  const { item } = props;
  const place = `${SHEETS.results}!${item.cell}`;
  return (
    <li data-kind={item.kind} className={styles.text}>
      <span className={`${styles.kind} ${item.kind === 'overdue' ? styles.overdue : ''}`}>{resultTexts.kinds[item.kind]}</span>
      <Link as="button" title={place} onClick={() => void props.port.select?.(SHEETS.results, item.cell).catch(() => undefined)}>
        {place}
      </Link>{' '}
      {resultTexts.objectLabel(item.objectName, item.objectId)}：{item.text}
    </li>
  );
}

function TaskSection(props: { port: WorkbookPort; task: TaskStatus; exporting: boolean; busy: boolean; onExport: () => void }) {
  const styles = useStyles();
  const [allAwaiting, setAllAwaiting] = useState(false);
  const { task } = props;
  const awaiting = task.items.filter((i) => i.kind === 'awaiting');
  const shown = allAwaiting ? task.items : task.items.filter((i) => i.kind !== 'awaiting');
  return (
    <section className={styles.task} aria-label={`${task.taskId} ${task.taskName}`} data-task={task.taskId}>
      <Text weight="semibold">{task.taskId} {task.taskName}</Text>
      <Field label={T.inspectedBar(task.inspected, task.drawn)}>
        <ProgressBar value={ratio(task.inspected, task.drawn)} thickness="large" aria-label={T.inspectedBar(task.inspected, task.drawn)} />
      </Field>
      <Field label={T.publishedBar(task.published, task.inspected)}>
        <ProgressBar value={ratio(task.published, task.inspected)} thickness="large" color={task.overdue ? 'error' : undefined}
          aria-label={T.publishedBar(task.published, task.inspected)} />
      </Field>
      <Text size={200}>{T.figures(task)}</Text>
      {task.done ? (
        <MessageBar intent="success"><MessageBarBody>{resultTexts.taskDone}</MessageBarBody></MessageBar>
      ) : null}
      {shown.length ? (
        <ul className={styles.items} aria-label={T.itemsLabel(task.taskId)}>
          {shown.map((item) => <ItemLine key={`${item.kind}-${item.cell}-${item.text}`} port={props.port} item={item} />)}
        </ul>
      ) : null}
      {awaiting.length && !allAwaiting ? (
        <Text size={200}>
          {T.awaitingMore(awaiting.length)} <Link as="button" onClick={() => setAllAwaiting(true)}>{T.showAwaiting}</Link>
        </Text>
      ) : null}
      <Button disabled={props.busy || task.inspected === 0} title={task.inspected === 0 ? T.nothingToPublish : T.downloadHint}
        onClick={props.onExport}>
        {props.exporting ? T.downloading : T.download}
      </Button>
    </section>
  );
}

export function ResultsTab(props: { host: PaneHost }) {
  const styles = useStyles();
  const { port } = props.host;
  const state = useResultsTab(port);
  const report = state.report;
  return (
    <div className={styles.root}>
      <Text>{T.intro}</Text>
      <div className={styles.row}>
        <Field label={T.asOfLabel}>
          <Input type="date" value={state.asOf} onChange={(_, data) => state.setAsOf(data.value)} />
        </Field>
        <Button appearance="primary" disabled={state.busy} onClick={() => void state.refresh()}>{T.refresh}</Button>
      </div>
      {state.busy ? <BusyBar label={T.reading} progress={state.progress} /> : null}
      {state.failure ? <ProblemBar port={port} title={T.refresh} problems={state.failure} /> : null}
      {report ? (
        <MessageBar intent={report.allDone ? 'success' : report.overdue || report.entryErrors ? 'error' : 'info'} role="status">
          <MessageBarBody>
            {report.tasks.length === 0 ? resultTexts.noTasks : report.allDone ? resultTexts.allDone : resultTexts.summary(report.overdue, report.entryErrors)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {report ? <Text size={200}>{resultTexts.asOf(report.asOf)}</Text> : null}
      {state.exported ? (
        <MessageBar intent="success" role="status"><MessageBarBody>{state.exported.text}</MessageBarBody></MessageBar>
      ) : null}
      {state.exportFailure ? <ProblemBar port={port} title={T.download} problems={state.exportFailure} /> : null}
      {report?.tasks.map((task) => (
        <TaskSection key={task.taskId} port={port} task={task} busy={state.exporting !== null}
          exporting={state.exporting === task.taskId} onExport={() => void state.download(task.taskId)} />
      ))}
    </div>
  );
}
