// The one place that decides where the pane runs: inside Excel (Office.js) or in the browser preview.
// Components only ever see a PaneHost; they never call Excel.run. Their use cases run in a Web Worker
// (service), so that big workbooks never freeze the pane; Office.js calls stay on this thread.
import type { Theme } from '@fluentui/react-components';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import * as Comlink from 'comlink';
import type { WorkbookPort } from '../workbook/port';
import { OfficeWorkbook } from '../workbook/office';
import { NO_CHANGES, type ChangeFeed } from './changes';
import { ExcelChangeFeed } from './excel-changes';
import { directService, type PaneService } from './service';
import { startWorker, workerService } from './worker/client';
import type { ServiceApi } from './worker/service-api';

export interface PaneHost {
  kind: 'excel' | 'preview';
  /** Selecting a cell (links in the pane); the use cases go through `service`. */
  port: WorkbookPort;
  service: PaneService;
  /** Edits of the workbook made outside the pane. */
  changes: ChangeFeed;
  theme: Theme;
  /** Remembered values (the operator's name), per browser profile. */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
}

function browserStorage(): PaneHost['storage'] {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage can be blocked in an Office web frame
  }
}

/** Office's theme → a Fluent theme: dark when the task pane's body background is dark. */
function officeTheme(): Theme {
  const background = Office.context?.officeTheme?.bodyBackgroundColor;
  if (!background || !/^#[0-9a-f]{6}$/i.test(background)) return webLightTheme;
  const value = parseInt(background.slice(1), 16);
  const luminance = 0.299 * (value >> 16) + 0.587 * ((value >> 8) & 255) + 0.114 * (value & 255);
  return luminance < 128 ? webDarkTheme : webLightTheme;
}

/** The pane's own writes are not the clerk's edits: the feed keeps quiet through them. */
function quietWrites(service: PaneService, feed: ExcelChangeFeed): PaneService {
  return {
    ...service,
    draw: (request, progress) => feed.quiet(() => service.draw(request, progress)),
    announce: (request, progress) => feed.quiet(() => service.announce(request, progress)),
    voidDraw: (request, progress) => feed.quiet(() => service.voidDraw(request, progress)),
    createTemplate: () => feed.quiet(() => service.createTemplate()),
  };
}

/** Excel when office.js loaded and reports the Excel host; null elsewhere (a plain browser, another host). */
export async function detectExcelHost(): Promise<PaneHost | null> {
  if (typeof Office === 'undefined') return null;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel || typeof Excel === 'undefined') return null;
  const port = new OfficeWorkbook();
  const worker = startWorker('pane-worker.js');
  const feed = new ExcelChangeFeed();
  await feed.start().catch(() => undefined); // without events the draw's own check still holds
  const service = worker ? workerService(Comlink.wrap<ServiceApi>(worker), port) : directService(port);
  return { kind: 'excel', port, service: quietWrites(service, feed), changes: feed, theme: officeTheme(), storage: browserStorage() };
}

/** The browser preview: the page's worker holds the workbook behind the same service. */
export function previewHost(port: WorkbookPort, service: PaneService, changes: ChangeFeed = NO_CHANGES): PaneHost {
  return { kind: 'preview', port, service, changes, theme: webLightTheme, storage: browserStorage() };
}
