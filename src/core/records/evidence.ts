// The evidence a draw leaves (SPEC §3.6–3.7): the log's hash chain, and 抽查结果 rows that belong to a
// logged draw. Verify reports both; draw and void refuse to append onto evidence that fails them.
import { sha256Lines } from '../hash';
import { GENESIS_HASH, logRowHash } from '../draw/log';
import { drawId } from '../draw/seed';
import { recordMessages } from '../messages/records';
import type { Problem } from '../messages/problem';
import { logCell, type LogSheet } from './log-sheet';
import { resultCell, resultsByDraw, type ResultsSheet } from './results-sheet';

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
 * the log sheet itself is gone (deleted or renamed), that one fact instead. Rows without 抽取编号 or
 * 序号 are no results (readResultsSheet) and never orphans.
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
 * What the chain alone does not prove, since anyone can recompute it (SPEC §3.1, §3.6): each attempt's
 * 抽取编号 is its task's next batch (a 公告's too, SPEC §3.8: 公告 rows are not attempts), each 作废 row
 * names an earlier 有效 draw not voided yet, 状态 is one of the four, and 时间 does not run backwards
 * (a warning: clocks get corrected).
 */
export function checkLogStructure(log: LogSheet): Problem[] {
  const problems: Problem[] = [];
  const attempts = new Map<string, number>();
  const valid = new Set<string>();
  const voided = new Set<string>();
  let lastTime = '';
  for (const entry of log.entries) {
    const at = (header: string) => logCell(log, entry, header);
    if (entry.status === '公告') {
      // SPEC §3.8: a 公告 is no attempt; it names the id its task's next attempt would get.
      const expected = drawId(entry.taskId, (attempts.get(entry.taskId) ?? 0) + 1);
      if (entry.drawId !== expected) problems.push(recordMessages.drawIdOutOfSequence(at('抽取编号'), expected, entry.drawId));
    } else if (entry.status === '有效' || entry.status === '失败') {
      const batch = (attempts.get(entry.taskId) ?? 0) + 1;
      attempts.set(entry.taskId, batch);
      const expected = drawId(entry.taskId, batch);
      if (entry.drawId !== expected) problems.push(recordMessages.drawIdOutOfSequence(at('抽取编号'), expected, entry.drawId));
      if (entry.status === '有效') valid.add(entry.drawId);
    } else if (entry.status === '作废') {
      if (!valid.has(entry.drawId)) problems.push(recordMessages.voidOfNoDraw(at('抽取编号'), entry.drawId));
      else if (voided.has(entry.drawId)) problems.push(recordMessages.voidRepeated(at('抽取编号'), entry.drawId));
      voided.add(entry.drawId);
    } else {
      problems.push(recordMessages.unknownStatus(at('状态'), entry.status));
    }
    if (entry.time !== '' && entry.time < lastTime) problems.push(recordMessages.timeBackwards(at('时间'), lastTime));
    if (entry.time > lastTime) lastTime = entry.time;
  }
  return problems;
}

/**
 * Each 有效 draw's rows in 抽查结果 against the 结果哈希 its log row holds (SPEC §3.6 lines 序号 \t
 * 对象编号 \t 人员编号s): the rows a later draw relies on (no object twice in a year) and that the
 * clerk inspects by. No snapshot is needed, so this is cheap enough to run before every append.
 * Rows are taken in 序号 order: a clerk who sorted the sheet lost nothing (verify still says so).
 */
export async function resultsAgainstLog(log: LogSheet, results: ResultsSheet): Promise<Problem[]> {
  const valid = log.entries.filter((entry) => entry.status === '有效');
  if (!results.table) return valid.length > 0 ? [recordMessages.resultsSheetMissing(valid.length)] : [];
  const byDraw = resultsByDraw(results.rows);
  const problems: Problem[] = [];
  for (const entry of valid) {
    const rows = [...(byDraw.get(entry.drawId) ?? [])].sort((a, b) => Number(a.seq) - Number(b.seq));
    const hash = await sha256Lines(rows.map((row) => `${row.seq}\t${row.objectId}\t${row.inspectorIds.join(',')}`));
    if (hash === entry.resultHash) continue;
    const place = rows.length > 0 ? resultCell(results, rows[0].row, '抽取编号') : undefined;
    problems.push(recordMessages.resultsAltered(entry.drawId, rows.length, Number(entry.drawnCount) || 0, place ?? logCell(log, entry, '结果哈希'), place !== undefined));
  }
  return problems;
}

/**
 * What must hold before anything is appended to 抽取日志: an unbroken, well-formed chain; 抽查结果
 * as the log recorded it (rows of no known draw, or rows changed, deleted or reordered, would let a
 * new draw repeat an object); and the snapshot sheet while the log holds draws to replay. Appending
 * would bury such a break under a valid-looking row.
 */
export async function evidenceProblemsBeforeAppend(log: LogSheet, results: ResultsSheet, snapshotPresent: boolean): Promise<Problem[]> {
  const valid = new Set(log.entries.filter((entry) => entry.status === '有效').map((entry) => entry.drawId));
  const problems = [
    ...(await checkLogChain(log)),
    ...checkLogStructure(log),
    ...orphanResults(results, valid, log),
    ...(await resultsAgainstLog(log, results)),
  ];
  if (!snapshotPresent && valid.size > 0) problems.push(recordMessages.snapshotSheetMissing(valid.size));
  return problems;
}
