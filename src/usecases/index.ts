// The use cases, written once against the WorkbookPort and called by the task pane and the CLI alike.
// (Stubs until each lands; signatures are the contract.)
import type { WorkbookPort, ProgressReporter } from '../workbook/port';
import type { Problem } from '../core/messages/problem';
import type {
  ValidationReport, TaskSummary, DryRunReport, DrawRequest, DrawReport, VerifyReport, VoidRequest,
} from './types';

export type * from './types';

function notYet(name: string): never {
  throw new Error(`${name}: not implemented yet`);
}

export async function validateWorkbook(_port: WorkbookPort, _progress?: ProgressReporter): Promise<ValidationReport> {
  return notYet('validateWorkbook');
}

/** Adds the sheets of SPEC §2 that are missing; never touches existing ones. */
export async function createTemplate(_port: WorkbookPort, _options: { sample?: boolean } = {}): Promise<{ created: string[] }> {
  return notYet('createTemplate');
}

export async function listTasks(_port: WorkbookPort): Promise<{ tasks: TaskSummary[]; problems: Problem[] }> {
  return notYet('listTasks');
}

export async function dryRun(_port: WorkbookPort, _taskId: string, _date?: string): Promise<DryRunReport> {
  return notYet('dryRun');
}

export async function drawTask(_port: WorkbookPort, _request: DrawRequest, _progress?: ProgressReporter): Promise<DrawReport> {
  return notYet('drawTask');
}

export async function verifyWorkbook(_port: WorkbookPort, _progress?: ProgressReporter): Promise<VerifyReport> {
  return notYet('verifyWorkbook');
}

export async function voidDraw(_port: WorkbookPort, _request: VoidRequest): Promise<{ ok: boolean; problems: Problem[] }> {
  return notYet('voidDraw');
}
