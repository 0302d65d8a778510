// The task pane's worker (dist/pane-worker.js): the use cases run here, reading and writing through the
// host's port on the main thread, where Office.js calls must stay.
import * as Comlink from 'comlink';
import type { ProgressReporter, WorkbookPort } from '../../workbook/port';
import { remotePort } from './remote-port';
import { serviceApi, type ServiceApi } from './service-api';

const inner = serviceApi(() => null);

const api: ServiceApi = {
  call(method, args, port, progress?: ProgressReporter) {
    const local = port ? remotePort(port as unknown as Comlink.Remote<WorkbookPort>) : null;
    return inner.call(method, args, local, progress);
  },
};

Comlink.expose(api);
