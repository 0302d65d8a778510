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

export { listTasks, dryRun } from './tasks';
export { drawTask } from './draw';
export { verifyWorkbook } from './verify';
export { voidDraw } from './void';
