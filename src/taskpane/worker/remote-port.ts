// In the worker: the host's WorkbookPort on the main thread (Office.js must stay there), reached through
// Comlink. Progress reporters are functions, so they cross as proxies.
import * as Comlink from 'comlink';
import type { ProgressReporter, ReadOptions, WorkbookChange, WorkbookPort } from '../../workbook/port';

export function remotePort(remote: Comlink.Remote<WorkbookPort>): WorkbookPort {
  const proxied = (progress?: ProgressReporter) => (progress ? Comlink.proxy(progress) : undefined);
  return {
    listSheets: () => remote.listSheets(),
    readSheets: (names: readonly string[], progress?: ProgressReporter, options?: ReadOptions) =>
      remote.readSheets([...names], proxied(progress), options),
    apply: (changes: readonly WorkbookChange[], progress?: ProgressReporter) => remote.apply([...changes], proxied(progress)),
    // Selecting is the page's business; a use case never selects.
    select: async () => undefined,
  };
}
