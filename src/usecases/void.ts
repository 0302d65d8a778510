// Voiding a draw (SPEC §3.6): nothing is deleted; a 作废 row names the draw, the operator and the reason.
import type { WorkbookPort } from '../workbook/port';
import { SHEETS, LOG_COLUMNS, RESULT_DRAW_COLUMNS } from '../core/schema';
import { readLogSheet, voidedDrawIds, logCell } from '../core/records/log-sheet';
import { recordMessages } from '../core/messages/records';
import { evidenceProblemsBeforeAppend } from '../core/records/evidence';
import { readResultsSheet } from '../core/records/results-sheet';
import { UserFacingError, type Problem } from '../core/messages/problem';
import { headerKey } from '../core/text';
import { buildLogRecord } from './log-row';
import { loggedTextProblem } from './draw-source';
import { voidLogEntry, isoTimestampWithOffset } from '../core/draw/log';
import { productHeaderProblems } from './product-header';
import { withRenamedSheetHints } from './renamed-sheets';
import { appendRecords } from './writes';
import { maxOf, minOf } from '../core/arrays';
import type { VoidRequest } from './types';

export interface VoidReport {
  ok: boolean;
  problems: Problem[];
  /** The new 作废 row's 本条哈希, for the paper record. */
  logHash?: string;
  /** The voided draw's rows in 抽查结果: they stay, but no longer count (nobody should inspect by them). */
  resultRows?: { sheet: string; first: number; last: number; count: number };
}

export async function voidDraw(port: WorkbookPort, request: VoidRequest): Promise<VoidReport> {
  const refuse = (...problems: Array<Problem | Problem[]>) => ({ ok: false, problems: problems.flat() });
  if (!request.operator.trim()) return refuse(recordMessages.operatorMissing());
  if (!request.reason.trim()) return refuse(recordMessages.voidReasonMissing());
  for (const [field, text] of [['操作人', request.operator], ['作废原因', request.reason]] as const) {
    // SPEC §3.8: too long for a cell, or holding a control, format or bidi character a save may drop.
    const problem = loggedTextProblem(field, text, false);
    if (problem) return refuse(problem);
  }
  const sheets = await port.readSheets([SHEETS.log, SHEETS.results]);
  const log = readLogSheet(sheets.get(SHEETS.log));
  const results = readResultsSheet(sheets.get(SHEETS.results));
  // 抽取日志 is written; 抽查结果 is read for the evidence checks, by the same headers.
  const header = [
    ...productHeaderProblems(log.table, SHEETS.log, LOG_COLUMNS),
    ...productHeaderProblems(results.table, SHEETS.results, RESULT_DRAW_COLUMNS),
  ];
  if (header.length > 0) return refuse(header);
  const sheetNames = await port.listSheets();
  const evidence = await evidenceProblemsBeforeAppend(log, results, sheetNames.includes(SHEETS.snapshot));
  if (evidence.length > 0) return refuse(withRenamedSheetHints(evidence, sheetNames), recordMessages.evidenceBroken(evidence.length));
  const key = headerKey(request.drawId);
  const draw = log.entries.find((e) => e.status === '有效' && headerKey(e.drawId) === key);
  if (!draw) {
    const failed = log.entries.find((e) => e.status === '失败' && headerKey(e.drawId) === key);
    if (failed) return refuse(recordMessages.voidOfFailed(failed.drawId, logCell(log, failed, '抽取编号')));
    return refuse(recordMessages.voidUnknown(request.drawId));
  }
  if (voidedDrawIds(log.entries).has(draw.drawId)) {
    const voidRow = log.entries.find((e) => e.status === '作废' && e.drawId === draw.drawId)!;
    return refuse(recordMessages.voidAlready(draw.drawId, logCell(log, voidRow, '抽取编号')));
  }
  const { seq: _seq, ...entry } = voidLogEntry(0, isoTimestampWithOffset(request.now?.() ?? new Date()),
    request.operator.trim(), draw.drawId, request.reason.trim());
  const record = await buildLogRecord(log, entry);
  try {
    await port.apply(appendRecords(SHEETS.log, log.table, LOG_COLUMNS, [record]));
  } catch (e) {
    // What only the host can see refuses the change before anything is written (Excel's 汇总行).
    if (e instanceof UserFacingError) return refuse(e.problems);
    throw e;
  }
  const rows = results.rows.filter((row) => row.drawId === draw.drawId).map((row) => row.row);
  const resultRows = rows.length ? { sheet: SHEETS.results, first: minOf(rows), last: maxOf(rows), count: rows.length } : undefined;
  return { ok: true, problems: [], logHash: String(record['本条哈希']), resultRows };
}
