// The chosen task as the plan states it (年度抽查计划).
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import type { TaskSummary } from '../../usecases';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: '8px', rowGap: '2px', margin: 0 },
  term: { color: tokens.colorNeutralForeground3, margin: 0 },
  value: { margin: 0, wordBreak: 'break-word' },
});

export function TaskDetails(props: { task: TaskSummary }) {
  const styles = useStyles();
  const { task } = props;
  const period = task.start || task.end ? UI.draw.periodRange(task.start, task.end) : '';
  const lines: Array<[string, string]> = [
    [UI.draw.taskName, task.taskName],
    [UI.draw.taskType, task.taskType],
    [UI.draw.ratio, task.ratioText],
    [UI.draw.scope, task.scope || UI.draw.scopeNone],
    [UI.draw.departments, task.departments.join(UI.app.listSeparator)],
    [UI.draw.period, period],
    [UI.draw.countingDraws, task.countingDraws.length ? task.countingDraws.join(UI.app.listSeparator) : UI.draw.countingDrawsNone],
  ];
  return (
    <section aria-label={UI.draw.details}>
      <Text as="h3" weight="semibold" block>{UI.draw.details}</Text>
      <dl className={styles.list}>
        {lines.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
