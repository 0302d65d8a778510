// SPEC §3.8 / issue 13: the record of a 公告 or a draw as a page the witnesses sign, opened from the pane
// and printed alone (the print style hides the rest of the pane), every full hash with a copy button.
import { useState } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { PrintableRecord } from '../../core/draw/printable';
import { printableTexts } from '../../core/messages/printable';
import { PRINT_UI } from '../../core/messages/print-pane';
import { CopyableHash, isFullHash } from './CopyableHash';

const useStyles = makeStyles({
  sheet: {
    display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0, padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1,
  },
  rows: { display: 'flex', flexDirection: 'column', gap: '4px', margin: 0 },
  label: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, wordBreak: 'break-all' },
  signature: { display: 'flex', flexDirection: 'column', gap: '2px', paddingTop: '12px' },
  line: { wordBreak: 'break-all' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

// Printing shows the record alone, whatever else the pane (or the preview page) holds.
const PRINT_STYLE = `@media print {
  body * { visibility: hidden !important; }
  [data-print-record], [data-print-record] * { visibility: visible !important; }
  [data-print-record] { position: absolute; left: 0; top: 0; width: 100%; border: none !important; }
  [data-print-hide] { display: none !important; }
}`;

export function PrintRecord(props: { record: PrintableRecord }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { record } = props;
  if (!open) {
    return <Button appearance="secondary" onClick={() => setOpen(true)}>{PRINT_UI.open}</Button>;
  }
  return (
    <section className={styles.sheet} aria-label={record.title} data-print-record>
      <style>{PRINT_STYLE}</style>
      <Text as="h3" weight="semibold">{record.title}</Text>
      <dl className={styles.rows}>
        {record.rows.map((row) => (
          <div key={row.label}>
            <dt className={styles.label}>{row.label}</dt>
            <dd className={styles.value} data-record-row={row.label}>
              {isFullHash(row.value) ? <CopyableHash value={row.value} label={row.label} /> : row.value}
            </dd>
          </div>
        ))}
      </dl>
      <Text size={200}>{record.note}</Text>
      {record.signatures.map((who, i) => (
        <div key={`${who}-${i}`} className={styles.signature}>
          <Text weight="semibold">{who}</Text>
          <Text className={styles.line}>{printableTexts.signatureLine}</Text>
        </div>
      ))}
      <Text size={200} data-print-hide>{PRINT_UI.printHint}</Text>
      <div className={styles.actions} data-print-hide>
        <Button appearance="primary" onClick={() => window.print()}>{PRINT_UI.print}</Button>
        <Button appearance="secondary" onClick={() => setOpen(false)}>{PRINT_UI.close}</Button>
      </div>
    </section>
  );
}
