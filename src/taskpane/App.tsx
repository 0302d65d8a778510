// The task pane: one tab per entry of TABS over one PaneHost. Panels stay mounted so each tab keeps its
// state. A new tab is one more entry in TABS (its label in UI.app).
import { FluentProvider, makeStyles, MessageBar, MessageBarBody, Tab, TabList, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { UI } from '../core/messages/ui';
import { DrawTab } from './draw/DrawTab';
import type { PaneHost } from './host';
import { RegistryTab } from './registry/RegistryTab';
import { VerifyTab } from './verify/VerifyTab';
import { ResultsTab } from './results/ResultsTab';
import { resultsPaneTexts } from '../core/messages/results';
import { ReportsTab } from './reports/ReportsTab';
import { reportUiTexts } from '../core/messages/reports';
import { deadlineReminders } from '../core/reports/deadlines';
import { todayInChina } from '../usecases/state';
import { officeNotices } from '../core/messages/office';
import { officeHostCapabilities } from '../workbook/office';
import { ProblemBar } from './components/ProblemBar';

/** What a tab gets: the host, whether it is the one shown, and the pane's count of its own writes. */
export interface TabContext {
  host: PaneHost;
  active: boolean;
  /** The pane's own draws and voids, counted: a view made before the latest is out of date. */
  writes: number;
  /** Call after a tab wrote to the workbook. */
  noteWrite: () => void;
}

interface PaneTab {
  id: string;
  label: string;
  render: (context: TabContext) => ReactNode;
}

const TABS: readonly PaneTab[] = [
  { id: 'registry', label: UI.app.tabRegistry, render: ({ host }) => <RegistryTab host={host} /> },
  { id: 'draw', label: UI.app.tabDraw, render: ({ host, active, noteWrite }) => <DrawTab host={host} active={active} onWritten={noteWrite} /> },
  { id: 'verify', label: UI.app.tabVerify, render: ({ host, writes }) => <VerifyTab host={host} writes={writes} /> },
  { id: 'results', label: resultsPaneTexts.tab, render: ({ host }) => <ResultsTab host={host} /> },
  { id: 'reports', label: reportUiTexts.tab, render: ({ host }) => <ReportsTab host={host} /> },
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
  // More tabs than fit in 320 px go to a second row rather than off the edge.
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexShrink: 0, flexWrap: 'wrap' },
  panel: { padding: '12px', overflowY: 'auto', overflowX: 'hidden', flexGrow: 1, minHeight: 0, minWidth: 0 },
});

export function PaneApp(props: { host: PaneHost }) {
  const styles = useStyles();
  const [tab, setTab] = useState<string>(TABS[0].id);
  const [writes, setWrites] = useState(0);
  const noteWrite = useCallback(() => setWrites((n) => n + 1), []);
  // What this Excel lacks, said once at start (issue 15): the requirement sets above the manifest's.
  const limits = useMemo(() => (props.host.kind === 'excel' ? officeHostCapabilities() : null), [props.host.kind]);
  // A report deadline within 5 days (SPEC §5, issue 12), as of the day the pane opened.
  const reminders = useMemo(() => deadlineReminders(todayInChina()), []);
  return (
    // No className on FluentProvider: Fluent copies it onto the portal node of dialogs and drop-downs.
    <FluentProvider theme={props.host.theme} style={{ height: '100%' }}>
      <main className={styles.root} aria-label={UI.app.title} data-pane-host={props.host.kind}>
        {limits && limits.problems.length > 0 ? (
          <ProblemBar port={props.host.port} title={officeNotices.hostLimitsTitle} problems={limits.problems}
            intent={limits.usable ? 'warning' : 'error'} />
        ) : null}
        {reminders.length > 0 ? (
          <MessageBar intent="info" data-testid="deadline-reminder"><MessageBarBody>{reminders.join(UI.app.listSeparator)}</MessageBarBody></MessageBar>
        ) : null}
        <TabList className={styles.tabs} selectedValue={tab} aria-label={UI.app.tabsLabel}
          onTabSelect={(_, data) => setTab(String(data.value))}>
          {TABS.map(({ id, label }) => <Tab key={id} id={`tab-${id}`} value={id}>{label}</Tab>)}
        </TabList>
        {TABS.map(({ id, render }) => (
          <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}
            className={styles.panel}>
            {render({ host: props.host, active: tab === id, writes, noteWrite })}
          </div>
        ))}
      </main>
    </FluentProvider>
  );
}
