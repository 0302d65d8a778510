// What the pane asks of the use cases, as one interface: run in a Web Worker (worker/client.ts) so
// that parsing, the draw, hashing and verify never freeze the pane, or in the page (directService)
// where no worker can start. Either way the same use cases run against a WorkbookPort.
import type { ProgressReporter, WorkbookPort } from '../workbook/port';
import { announceDraw, createTemplate, drawTask, dryRun, listTasks, validateWorkbook, verifyWorkbook, voidDraw } from '../usecases';
import type {
  AnnounceReport, AnnounceRequest, DrawReport, DrawRequest, DryRunReport, TaskSummary, ValidationReport, VerifyReport, VoidReport, VoidRequest,
} from '../usecases';
import type { Problem } from '../core/messages/problem';

export interface TaskList {
  tasks: TaskSummary[];
  problems: Problem[];
  dryRun?: DryRunReport;
}

export interface PaneService {
  validate(progress?: ProgressReporter): Promise<ValidationReport>;
  createTemplate(): Promise<{ created: string[] }>;
  listTasks(dryRunOf?: string, progress?: ProgressReporter): Promise<TaskList>;
  dryRun(taskId: string, progress?: ProgressReporter): Promise<DryRunReport>;
  draw(request: DrawRequest, progress?: ProgressReporter): Promise<DrawReport>;
  /** SPEC §3.8 公告, at the real time of the thread it runs in (a clock cannot cross to a worker). */
  announce(request: Omit<AnnounceRequest, 'now'>, progress?: ProgressReporter): Promise<AnnounceReport>;
  verify(progress?: ProgressReporter): Promise<VerifyReport>;
  voidDraw(request: VoidRequest, progress?: ProgressReporter): Promise<VoidReport>;
}

/** The use cases on `port`, in the calling thread; `wrap` may route the port's reads and writes (progress phases). */
export function directService(port: WorkbookPort): PaneService {
  return {
    validate: (progress) => validateWorkbook(port, progress),
    createTemplate: async () => ({ created: (await createTemplate(port)).created }),
    listTasks: (dryRunOf) => listTasks(port, dryRunOf),
    dryRun: (taskId) => dryRun(port, taskId),
    draw: (request, progress) => drawTask(port, request, progress),
    announce: (request) => announceDraw(port, { ...request, now: () => new Date() }),
    verify: (progress) => verifyWorkbook(port, progress),
    voidDraw: (request) => voidDraw(port, request),
  };
}
