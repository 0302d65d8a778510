// The parts of a filled report: the three targets, the next deadlines, and every figure with what it counted.
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ANNEX1_COLUMNS, ANNEX1_ROWS, ANNEX2_ARRANGEMENTS, ANNEX2_DRAWS, ANNEX2_SYSTEM } from '../../core/layouts';
import { deadlineLabel, deadlineTexts, reportUiTexts as T, targetTexts } from '../../core/messages/reports';
import type { MonthlyReport, Target } from '../../core/reports';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '8px' },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  head: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

function TargetItem(props: { target: Target }) {
  const styles = useStyles();
  const { target } = props;
  const color = target.state === 'met' ? 'success' : target.state === 'short' ? 'danger' : 'informative';
  const stateText = target.state === 'met' ? targetTexts.met : target.state === 'short' ? targetTexts.short : targetTexts.none;
  const advice = target.state === 'short' ? targetTexts.advice[target.key](target.needed!, target.targetPercent)
    : target.state === 'met' ? targetTexts.metAdvice : targetTexts.noneAdvice;
  return (
    <li className={styles.item} data-target={target.key} data-state={target.state}>
      <div className={styles.head}>
        <Text weight="semibold">{targetTexts.name[target.key]}</Text>
        <Badge appearance="filled" color={color}>{stateText}</Badge>
      </div>
      {target.actualBp !== null ? (
        <Text>{targetTexts.fraction(target.numerator.value, target.denominator.value)} = {targetTexts.actual(target.actualBp, target.targetPercent)}</Text>
      ) : null}
      <Text className={styles.small} data-advice>{advice}</Text>
    </li>
  );
}

export function TargetsList(props: { targets: readonly Target[] }) {
  const styles = useStyles();
  return (
    <section aria-label={T.targets}>
      <Text as="h3" weight="semibold" block>{T.targets}</Text>
      <ul className={styles.list}>{props.targets.map((t) => <TargetItem key={t.key} target={t} />)}</ul>
    </section>
  );
}

export function DeadlinesList(props: { report: MonthlyReport }) {
  const styles = useStyles();
  return (
    <section aria-label={T.deadlines}>
      <Text as="h3" weight="semibold" block>{T.deadlines}</Text>
      <ul className={styles.list}>
        {props.report.deadlines.map((d) => (
          <li key={`${d.kind}-${d.date}`} className={styles.item} data-deadline={d.date}>
            <Text>{deadlineLabel(d.kind, d.date)}：{d.date}，{deadlineTexts.daysLeft(d.daysLeft)}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Annex 1 row by row (four counts and the tasks and 抽查结果 rows behind each), then Annex 2's texts. */
export function FiguresList(props: { report: MonthlyReport }) {
  const styles = useStyles();
  const { report } = props;
  const annex2 = [...ANNEX2_ARRANGEMENTS, ...ANNEX2_DRAWS, ANNEX2_SYSTEM];
  return (
    <>
      <section aria-label={T.figures}>
        <Text as="h3" weight="semibold" block>{T.figures}</Text>
        <ul className={styles.list}>
          {ANNEX1_ROWS.map((row) => {
            const figures = report.annex1[row.key];
            return (
              <li key={row.key} className={styles.item} data-figure={row.key}>
                <Text size={200} weight="semibold">{row.path.slice(1).join(' · ') || row.path[0]}（{row.path[0].slice(0, 2)}）</Text>
                <Text data-values>{ANNEX1_COLUMNS.map((c) => `${c.header} ${figures[c.key].value}`).join('，')}</Text>
                <Text className={styles.small}>{T.figureTasks(figures.count.tasks)}</Text>
                {ANNEX1_COLUMNS.filter((c) => figures[c.key].rows.length > 0).map((c) => (
                  <Text key={c.key} className={styles.small} data-rows={c.key}>{T.figureRows(c.header, figures[c.key].rows)}</Text>
                ))}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-label={T.annex2}>
        <Text as="h3" weight="semibold" block>{T.annex2}</Text>
        <ul className={styles.list}>
          {annex2.map((line) => (
            <li key={line.key} className={styles.item} data-annex2={line.key}>
              <Text size={200} weight="semibold">{line.label}</Text>
              <Text className={styles.small}>{report.annex2[line.key as keyof MonthlyReport['annex2']].text}</Text>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
