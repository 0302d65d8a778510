// A successful draw: id, seed, result hash, load per department, picks, and a link to the new rows.
import { useEffect, useRef } from 'react';
import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { RESULT_COLUMNS } from '../../core/schema';
import { columnLetter } from '../../core/text';
import { UI } from '../../core/messages/ui';
import type { DrawReport, DryRunReport } from '../../usecases';
import { formatCount } from '../../core/messages/numbers';
import { PickList } from './PickList';
import { CopyableHash, isFullHash } from './CopyableHash';
import { PrintRecord } from './PrintRecord';
import type { PrintableRecord } from '../../core/draw/printable';
import type { WorkbookPort } from '../../workbook/port';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: '8px', rowGap: '2px', margin: 0 },
  term: { color: tokens.colorNeutralForeground3, margin: 0 },
  value: { margin: 0, wordBreak: 'break-all' },
  hash: { margin: 0, wordBreak: 'break-all', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export function DrawSummary(props: { port: WorkbookPort; report: DrawReport; plan?: DryRunReport | null; record?: PrintableRecord | null }) {
  const styles = useStyles();
  const { report, port } = props;
  const rows = report.resultRows;
  const root = useRef<HTMLElement>(null);
  // A block body: current Chromium returns a Promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    root.current?.scrollIntoView?.({ block: 'start' });
  }, [report]);
  const lastColumn = columnLetter(RESULT_COLUMNS.length - 1);
  const facts: Array<[string, string, string]> = [
    [UI.draw.summaryDrawId, report.drawId, styles.value],
    [UI.draw.summarySeedSource, report.seedSourceLabel, styles.value],
    [UI.draw.summaryCount, formatCount(report.picks.length), styles.value],
    [UI.draw.summarySeed, report.seed, styles.hash],
    [UI.draw.summaryResultHash, report.resultHash, styles.hash],
    // For the paper record: the one thing that shows a later deletion of this draw from the log's end.
    ...(report.logHash ? [[UI.draw.summaryLogHash, report.logHash, styles.hash] as [string, string, string]] : []),
  ];
  return (
    <section ref={root} className={styles.root} aria-label={UI.draw.successTitle(report.drawId)}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{UI.draw.successTitle(report.drawId)}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <dl className={styles.facts}>
        {facts.map(([term, value, className]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            {className === styles.hash && isFullHash(value) ? (
              <dd className={styles.value}><CopyableHash value={value} label={term} fact={term} /></dd>
            ) : <dd className={className} data-fact={term}>{value}</dd>}
          </div>
        ))}
      </dl>
      {report.logHash ? <Text size={200}>{UI.draw.summaryLogHashHint}</Text> : null}
      {props.record ? <PrintRecord record={props.record} /> : null}
      {report.loadSpread.map((load) => (
        <Text key={load.department} size={200}>{UI.draw.summaryLoad(load.department, load.min, load.max, load.inspectors)}</Text>
      ))}
      {rows ? (
        <Link as="button" onClick={() => void port.select?.(rows.sheet, `A${rows.first}:${lastColumn}${rows.last}`)}>
          {UI.draw.showResults(rows.sheet, rows.first, rows.last)}
        </Link>
      ) : null}
      <Text as="h3" weight="semibold">{UI.draw.picksTitle}</Text>
      <Text size={200}>{UI.draw.picksCount(report.picks.length)}</Text>
      <PickList picks={report.picks} plan={props.plan ?? null} />
    </section>
  );
}
