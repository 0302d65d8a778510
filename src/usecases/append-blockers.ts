// What stops any draw of the workbook from appending, whatever the task: the product sheets' headers,
// then the evidence the draw builds on. The draw refuses on them; the dry run foresees them.
import { evidenceProblemsBeforeAppend } from '../core/records/evidence';
import { recordMessages } from '../core/messages/records';
import type { Problem } from '../core/messages/problem';
import { productSheetsHeaderProblems } from './product-header';
import { withRenamedSheetHints } from './renamed-sheets';
import type { WorkbookState } from './state';

export async function appendBlockers(state: WorkbookState): Promise<Problem[]> {
  const header = productSheetsHeaderProblems({ results: state.results.table, log: state.log.table, snapshot: state.snapshotHeader });
  if (header.length > 0) return header;
  const evidence = await evidenceProblemsBeforeAppend(state.log, state.results, state.snapshotHeader !== null);
  return evidence.length > 0 ? [...withRenamedSheetHints(evidence, state.sheetNames), recordMessages.evidenceBroken(evidence.length)] : [];
}
