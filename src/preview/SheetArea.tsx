// The left side of the preview: name box and formula bar, the active sheet's grid, sheet tabs.
import { Input, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { UI } from '../core/messages/ui';
import { cellAddress, parseAddress } from '../core/text';
import { typedValue, type PreviewWorkbook } from './previewWorkbook';
import { displayValue, SheetGrid } from './SheetGrid';
import { useSheets } from './useSheets';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flexGrow: 1 },
  bar: { display: 'flex', gap: '6px', padding: '6px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  nameBox: { width: '96px', flexShrink: 0 },
  formula: { flexGrow: 1, minWidth: 0 },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: 'auto', flexShrink: 0 },
  note: { padding: '8px', color: tokens.colorNeutralForeground3 },
});

export function SheetArea(props: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const sheets = useSheets(props.workbook);
  const { selection, active } = sheets;
  const here = selection?.sheet === active ? selection : null;
  const address = here ? cellAddress(here.anchor.row, here.anchor.col) : '';
  const current = here ? displayValue(sheets.values[here.anchor.row]?.[here.anchor.col]) : '';
  const [draft, setDraft] = useState('');
  const [nameDraft, setNameDraft] = useState('');
  useEffect(() => setDraft(current), [current, address, active]);
  useEffect(() => setNameDraft(address), [address]);

  const commit = () => {
    if (!here || draft === current) return;
    void props.workbook.writeCell(active, address, typedValue(draft));
  };
  const goTo = () => {
    try {
      sheets.selectCell(active, parseAddress(nameDraft.trim()));
    } catch {
      setNameDraft(address); // not an address: put the current one back, as Excel's name box does
    }
  };

  if (!sheets.names.length) return <div className={styles.note}>{UI.preview.noSheets}</div>;
  return (
    <section className={styles.root} aria-label={UI.preview.gridAreaLabel}>
      <div className={styles.bar}>
        <Input className={styles.nameBox} size="small" value={nameDraft} aria-label={UI.preview.nameBoxLabel}
          onChange={(_, data) => setNameDraft(data.value)} onKeyDown={(e) => { if (e.key === 'Enter') goTo(); }} />
        <Input className={styles.formula} size="small" value={draft} disabled={!here}
          aria-label={UI.preview.formulaBarLabel} placeholder={UI.preview.formulaBarHint}
          onChange={(_, data) => setDraft(data.value)} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
      </div>
      <SheetGrid sheet={sheets.shown} values={sheets.values} totalRows={sheets.totalRows} selection={selection} onSelect={sheets.selectCell} />
      <TabList className={styles.tabs} size="small" selectedValue={active} aria-label={UI.preview.sheetsLabel}
        onTabSelect={(_, data) => sheets.setActive(String(data.value))}>
        {sheets.names.map((name) => <Tab key={name} value={name}>{name}</Tab>)}
      </TabList>
    </section>
  );
}
