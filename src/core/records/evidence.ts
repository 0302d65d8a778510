// The evidence a draw leaves (SPEC §3.6–3.7): the log's hash chain, and 抽查结果 rows that belong to a
// logged draw. Verify reports both; draw and void refuse to append onto evidence that fails them.
import { GENESIS_HASH, logRowHash } from '../draw/log';
import { recordMessages } from '../messages/records';
import type { Problem } from '../messages/problem';
import { logCell, type LogSheet } from './log-sheet';
import { resultCell, type ResultsSheet } from './results-sheet';

/** SPEC §3.6: 序号 runs 1…n, each 上一条哈希 is the row above's 本条哈希, each 本条哈希 matches its row. */
export async function checkLogChain(log: LogSheet): Promise<Problem[]> {
  const problems: Problem[] = [];
  let expectedPrev = GENESIS_HASH;
  for (const [index, entry] of log.entries.entries()) {
    if (entry.seq !== String(index + 1)) problems.push(recordMessages.seqMismatch(logCell(log, entry, '序号'), index + 1));
    if (entry.prevHash !== expectedPrev) {
      problems.push(recordMessages.chainBroken(logCell(log, entry, '上一条哈希'), expectedPrev));
    }
    const recomputed = await logRowHash(entry.prevHash, entry.hashedFields);
    if (recomputed !== entry.hash) problems.push(recordMessages.rowHashMismatch(logCell(log, entry, '本条哈希')));
    expectedPrev = entry.hash;
  }
  return problems;
}

/**
 * 抽查结果 rows of a draw the log does not hold as 有效: named once per draw, at its first row; when
 * the log sheet itself is gone (deleted or renamed), that one fact instead.
 */
export function orphanResults(results: ResultsSheet, drawIds: ReadonlySet<string>, log: LogSheet): Problem[] {
  if (!log.table && results.rows.length > 0) return [recordMessages.logSheetMissing(results.rows.length)];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const row of results.rows) {
    if (drawIds.has(row.drawId) || seen.has(row.drawId)) continue;
    seen.add(row.drawId);
    problems.push(recordMessages.orphanResult(row.drawId, resultCell(results, row.row, '抽取编号')));
  }
  return problems;
}

/**
 * What must hold before anything is appended to 抽取日志: an unbroken chain, and no results of a draw
 * the log does not know (its log renamed, deleted or cut). Appending would bury the break under a
 * valid-looking row, or reuse a draw id.
 */
export async function evidenceProblemsBeforeAppend(log: LogSheet, results: ResultsSheet): Promise<Problem[]> {
  const valid = new Set(log.entries.filter((entry) => entry.status === '有效').map((entry) => entry.drawId));
  return [...(await checkLogChain(log)), ...orphanResults(results, valid, log)];
}
