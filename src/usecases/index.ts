// The use cases, written once against the WorkbookPort and called by the task pane and the CLI alike.
export type * from './types';

export { validateWorkbook } from './validate';

/** Adds the sheets of SPEC §2 that are missing; never touches existing ones. */
export { createTemplate } from './init';

export { listTasks, dryRun, witnessReuse } from './tasks';
export { drawTask } from './draw';
export { announceDraw, type AnnounceRequest, type AnnounceReport } from './announce';
export { announcementRecordOf, drawRecordOf } from './printable';
export { verifyWorkbook, verifyWarningCount, NO_DRAWS } from './verify';
export { voidDraw, type VoidReport } from './void';
