// The one place that decides where the pane runs: inside Excel (Office.js) or in the browser preview.
// Components only ever see a PaneHost; they never call Excel.run.
import type { Theme } from '@fluentui/react-components';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { WorkbookPort } from '../workbook/port';
import { OfficeWorkbook } from '../workbook/office';

export interface PaneHost {
  kind: 'excel' | 'preview';
  port: WorkbookPort;
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

/** Excel when office.js loaded and reports the Excel host; null elsewhere (a plain browser, another host). */
export async function detectExcelHost(): Promise<PaneHost | null> {
  if (typeof Office === 'undefined') return null;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel || typeof Excel === 'undefined') return null;
  return { kind: 'excel', port: new OfficeWorkbook(), theme: officeTheme(), storage: browserStorage() };
}

/** The browser preview: the page holds the workbook behind the same port. */
export function previewHost(port: WorkbookPort): PaneHost {
  return { kind: 'preview', port, theme: webLightTheme, storage: browserStorage() };
}
