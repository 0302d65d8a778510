// The preview page: sheets on the left, the real task pane (320 px, as in Excel) on the right.
import {
  Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens, webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { UI } from '../core/messages/ui';
import { PaneApp } from '../taskpane/App';
import { previewHost, type PaneHost } from '../taskpane/host';
import { problemsOf } from '../taskpane/errors';
import { PreviewWorkbook } from './previewWorkbook';
import { SheetArea } from './SheetArea';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh' },
  header: {
    display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap', padding: '6px 10px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { flexGrow: 1 },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  pane: { width: '320px', boxSizing: 'border-box', flexShrink: 0, borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, minHeight: 0 },
  center: { padding: '16px' },
});

export function PreviewShell() {
  const styles = useStyles();
  const [workbook, setWorkbook] = useState<PreviewWorkbook | null>(null);
  const [host, setHost] = useState<PaneHost | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const picker = useRef<HTMLInputElement>(null);

  const load = useCallback(async (make: () => Promise<PreviewWorkbook>) => {
    setFailure(null);
    try {
      const next = await make();
      setWorkbook(next);
      setHost(previewHost(next));
      setGeneration((n) => n + 1); // a new workbook gets a fresh pane
    } catch (thrown) {
      setFailure(UI.app.withDetail(UI.preview.loadFailed, problemsOf(thrown).map((p) => p.message).join(UI.app.listSeparator)));
    }
  }, []);

  useEffect(() => { void load(() => PreviewWorkbook.sample()); }, [load]);

  const download = async () => {
    if (!workbook) return;
    const url = URL.createObjectURL(await workbook.toBlob());
    const link = document.createElement('a');
    link.href = url;
    link.download = UI.preview.downloadName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header className={styles.header}>
          <Text weight="semibold" className={styles.title}>{UI.preview.title}</Text>
          <input ref={picker} type="file" accept=".xlsx" hidden aria-label={UI.preview.openFile}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void load(async () => PreviewWorkbook.open(await file.arrayBuffer()));
            }} />
          <Button size="small" onClick={() => picker.current?.click()}>{UI.preview.openFile}</Button>
          <Button size="small" onClick={() => void load(() => PreviewWorkbook.sample())}>{UI.preview.loadSample}</Button>
          <Button size="small" appearance="primary" disabled={!workbook} onClick={() => void download()}>{UI.preview.download}</Button>
        </header>
        {failure ? <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar> : null}
        <div className={styles.body}>
          {workbook && host ? (
            <>
              <SheetArea key={`sheets-${generation}`} workbook={workbook} />
              <aside className={styles.pane} aria-label={UI.preview.paneLabel} data-testid="pane">
                <PaneApp key={`pane-${generation}`} host={host} />
              </aside>
            </>
          ) : failure ? null : (
            <div className={styles.center}><Spinner label={UI.preview.loadingSample} /></div>
          )}
        </div>
      </div>
    </FluentProvider>
  );
}
