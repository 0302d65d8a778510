// The main thread's side of the worker: a PaneService whose every call runs in the worker. With a
// `port`, the worker reads and writes through it (Office.js stays here); without, the worker uses the
// workbook it holds itself (the browser preview).
import * as Comlink from 'comlink';
import type { ProgressReporter, WorkbookPort } from '../../workbook/port';
import type { PaneService } from '../service';
import { unwrap, type ServiceApi } from './service-api';

export function workerService(api: Comlink.Remote<ServiceApi>, port: WorkbookPort | null): PaneService {
  const hostPort = port ? Comlink.proxy(port) : null;
  const call = async <T>(method: keyof PaneService, args: unknown[], progress?: ProgressReporter): Promise<T> =>
    unwrap<T>(await api.call(method, args, hostPort, progress ? Comlink.proxy(progress) : undefined));
  return {
    validate: (progress) => call('validate', [], progress),
    createTemplate: () => call('createTemplate', []),
    listTasks: (dryRunOf, progress) => call('listTasks', [dryRunOf], progress),
    dryRun: (taskId, progress) => call('dryRun', [taskId], progress),
    draw: (request, progress) => call('draw', [request], progress),
    announce: (request, progress) => call('announce', [request], progress),
    verify: (progress) => call('verify', [], progress),
    voidDraw: (request, progress) => call('voidDraw', [request], progress),
  };
}

/** The pane's worker, next to the page's script; null where workers cannot start (the service then runs in the page). */
export function startWorker(file: string): Worker | null {
  try {
    return new Worker(new URL(file, document.baseURI));
  } catch {
    return null;
  }
}
