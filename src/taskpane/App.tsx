// The task pane: three tabs over one PaneHost. Panels stay mounted so each tab keeps its state.
import { FluentProvider, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { UI } from '../core/messages/ui';
import { DrawTab } from './draw/DrawTab';
import type { PaneHost } from './host';
import { RegistryTab } from './registry/RegistryTab';
import { VerifyTab } from './verify/VerifyTab';

type TabId = 'registry' | 'draw' | 'verify';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexShrink: 0 },
  panel: { padding: '12px', overflowY: 'auto', flexGrow: 1, minHeight: 0 },
});

export function PaneApp(props: { host: PaneHost }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('registry');
  // The pane's own draws, counted: 核验 tells when its report predates one.
  const [writes, setWrites] = useState(0);
  const noteWrite = useCallback(() => setWrites((n) => n + 1), []);
  const panels: Array<[TabId, string]> = [['registry', UI.app.tabRegistry], ['draw', UI.app.tabDraw], ['verify', UI.app.tabVerify]];
  return (
    // No className on FluentProvider: Fluent copies it onto the portal node of dialogs and drop-downs.
    <FluentProvider theme={props.host.theme} style={{ height: '100%' }}>
      <main className={styles.root} aria-label={UI.app.title} data-pane-host={props.host.kind}>
        <TabList className={styles.tabs} selectedValue={tab} aria-label={UI.app.tabsLabel}
          onTabSelect={(_, data) => setTab(data.value as TabId)}>
          {panels.map(([id, label]) => <Tab key={id} id={`tab-${id}`} value={id}>{label}</Tab>)}
        </TabList>
        {panels.map(([id]) => (
          <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}
            className={styles.panel}>
            {id === 'registry' ? <RegistryTab port={props.host.port} /> : null}
            {id === 'draw' ? <DrawTab host={props.host} active={tab === 'draw'} onWritten={noteWrite} /> : null}
            {id === 'verify' ? <VerifyTab host={props.host} writes={writes} /> : null}
          </div>
        ))}
      </main>
    </FluentProvider>
  );
}
