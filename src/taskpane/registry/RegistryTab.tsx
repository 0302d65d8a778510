// 名录库: create missing sheets, validate the registries and list their problems.
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import { formatCount } from '../../core/messages/numbers';
import type { RegistryCounts } from '../../usecases';
import { BusyBar } from '../components/BusyBar';
import { ProblemBar } from '../components/ProblemBar';
import { ProblemGrid } from '../components/ProblemGrid';
import { useRegistryTab } from './useRegistryTab';
import type { PaneHost } from '../host';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
  counts: { display: 'grid', gridTemplateColumns: '1fr auto', columnGap: '12px', rowGap: '2px', margin: 0 },
  term: { margin: 0 },
  subset: { margin: 0, paddingLeft: '12px', color: tokens.colorNeutralForeground3 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', margin: 0 },
});

/** [label, count, is a subset of the line above]. */
function countLines(counts: RegistryCounts): Array<[string, number, boolean]> {
  return [
    [UI.registry.countObjects, counts.objects, false],
    [UI.registry.countActiveObjects, counts.activeObjects, true],
    [UI.registry.countInspectors, counts.inspectors, false],
    [UI.registry.countEligibleInspectors, counts.eligibleInspectors, true],
    [UI.registry.countItems, counts.items, false],
    [UI.registry.countTasks, counts.tasks, false],
    [UI.registry.countAvoidance, counts.avoidancePairs, false],
  ];
}

export function RegistryTab(props: { host: PaneHost }) {
  const styles = useStyles();
  const state = useRegistryTab(props.host.service);
  const { port } = props.host;
  const { report } = state;
  return (
    <div className={styles.root}>
      <Text>{UI.registry.intro}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={state.busy !== null} onClick={state.validate}>{UI.registry.validate}</Button>
        <Button disabled={state.busy !== null} onClick={state.makeTemplate} title={UI.registry.createTemplateHint}>
          {UI.registry.createTemplate}
        </Button>
      </div>
      <Text size={200} className={styles.hint}>{UI.registry.createTemplateHint}</Text>
      {state.busy === 'validate' ? <BusyBar label={UI.registry.validating} progress={state.progress} /> : null}
      {state.busy === 'template' ? <BusyBar label={UI.registry.creating} progress={state.progress} /> : null}
      {state.notice ? (
        <MessageBar intent="success"><MessageBarBody>{state.notice}</MessageBarBody></MessageBar>
      ) : null}
      {state.failure ? <ProblemBar port={port} title={UI.app.unexpected} problems={state.failure} /> : null}
      {report ? (
        <section aria-label={UI.registry.countsTitle}>
          <MessageBar intent={report.errors ? 'error' : report.warnings ? 'warning' : 'success'}>
            <MessageBarBody>
              {report.errors || report.warnings ? UI.registry.summary(report.errors, report.warnings) : UI.registry.summaryOk}
            </MessageBarBody>
          </MessageBar>
          <Text as="h3" weight="semibold" block>{UI.registry.countsTitle}</Text>
          <dl className={styles.counts}>
            {countLines(report.counts).map(([label, value, subset]) => (
              <div key={label} style={{ display: 'contents' }}>
                <dt className={subset ? styles.subset : styles.term}>{label}</dt>
                <dd className={styles.number}>{formatCount(value)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {report && report.problems.length ? <ProblemGrid port={port} problems={report.problems} /> : null}
    </div>
  );
}
