// The preview page: sheets on the left, the real task pane (320 px, as in Excel) on the right. The
// workbook lives in a worker: opening, saving and the pane's work never freeze the page.
import {
  Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, Text, tokens, webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { UI } from '../core/messages/ui';
import { PaneApp } from '../taskpane/App';
import { BusyBar } from '../taskpane/components/BusyBar';
import { previewHost } from '../taskpane/host';
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
  busy: { minWidth: '240px', flexGrow: 1 },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  pane: { width: '320px', boxSizing: 'border-box', flexShrink: 0, borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, minHeight: 0 },
});

type Busy = { label: string } | null;

export function PreviewShell() {
  const styles = useStyles();
  const workbook = useMemo(() => PreviewWorkbook.start(), []);
  const host = useMemo(() => previewHost(workbook, workbook.service, workbook), [workbook]);
  const [ready, setReady] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const picker = useRef<HTMLInputElement>(null);

  /** One step of the page's own work, shown with what it is; failures said in Chinese. */
  const step = useCallback(async (label: string, work: () => Promise<void>, fresh: boolean) => {
    setFailure(null);
    setBusy({ label });
    try {
      await work();
      setReady(true);
      if (fresh) setGeneration((n) => n + 1); // a new workbook gets a fresh pane
    } catch (thrown) {
      setFailure(UI.app.withDetail(UI.preview.loadFailed, problemsOf(thrown).map((p) => p.message).join(UI.app.listSeparator)));
    } finally {
      setBusy(null);
    }
  }, []);

  useEffect(() => { void step(UI.preview.loadingSample, () => workbook.loadSample(), true); }, [step, workbook]);

  // For the console and the browser tests: a cell edit exactly as the grid makes it (the pane hears of
  // it the same way), usable while a dialog covers the grid.
  useEffect(() => {
    (window as unknown as { ssjPreview?: unknown }).ssjPreview = {
      writeCell: (sheet: string, address: string, value: string | number | null) => workbook.writeCell(sheet, address, value),
    };
  }, [workbook]);

  const download = () => step(UI.preview.saving, async () => {
    const url = URL.createObjectURL(await workbook.toBlob());
    const link = document.createElement('a');
    link.href = url;
    link.download = UI.preview.downloadName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, false);

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header className={styles.header}>
          <Text weight="semibold" className={styles.title}>{UI.preview.title}</Text>
          <input ref={picker} type="file" accept=".xlsx" hidden aria-label={UI.preview.openFile}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void step(UI.preview.opening(file.name), async () => workbook.open(await file.arrayBuffer()), true);
            }} />
          <Button size="small" disabled={busy !== null} onClick={() => picker.current?.click()}>{UI.preview.openFile}</Button>
          <Button size="small" disabled={busy !== null}
            onClick={() => void step(UI.preview.loadingSample, () => workbook.loadSample(), true)}>{UI.preview.loadSample}</Button>
          <Button size="small" appearance="primary" disabled={!ready || busy !== null} onClick={() => void download()}>
            {UI.preview.download}
          </Button>
          {busy ? <div className={styles.busy} data-testid="preview-busy"><BusyBar label={busy.label} progress={null} /></div> : null}
        </header>
        {failure ? <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar> : null}
        <div className={styles.body}>
          {ready ? (
            <>
              <SheetArea key={`sheets-${generation}`} workbook={workbook} />
              <aside className={styles.pane} aria-label={UI.preview.paneLabel} data-testid="pane">
                <PaneApp key={`pane-${generation}`} host={host} />
              </aside>
            </>
          ) : null}
        </div>
      </div>
    </FluentProvider>
  );
}
