// SPEC §3.7 (and §3.8 for ssj-draw/2): replay one logged attempt from its 抽取快照 rows, 参数 and 种子.
// A 有效 draw must reproduce its hashes and its 抽查结果 rows; a ssj-draw/2 失败 row must replay to a
// failure (SPEC §3.8: failed attempts keep their snapshot, so a failure cannot hide a draw).
import { ALGORITHM_V1, ALGORITHM_V2, KNOWN_ALGORITHMS, type DrawnObject } from '../core/draw/types';
import { runDraw } from '../core/draw/engine';
import { snapshotHashes } from '../core/draw/hashes';
import { replayInputFromSnapshot } from '../core/draw/snapshot';
import { isSeed, seedFromWitness, witnessMaterial, WITNESS_MIN_DIGITS } from '../core/draw/seed';
import { seedFromMaterial, WITNESS_MIN_DIGITS_2 } from '../core/draw/material';
import { parseParams, type DrawParams } from '../core/draw/params';
import { SEED_SOURCE_LABELS } from '../core/draw/log';
import { logCell, type LoggedRow, type LogSheet } from '../core/records/log-sheet';
import type { ResultsSheet, ResultRow } from '../core/records/results-sheet';
import type { SnapshotGroup } from '../core/records/snapshot-sheet';
import { recordMessages } from '../core/messages/records';
import { verifyMessages } from '../core/messages/verify';
import { UserFacingError, type Problem } from '../core/messages/problem';
import { normalizeText } from '../core/text';
import { pushAll } from '../core/arrays';
import { compareResults, type RegistryHints } from './verify-results';

export interface RegistryView extends RegistryHints {
  /** 对象编号 → 信用风险等级 as a stratum name (未分级 when blank). */
  grades: Map<string, string>;
}

export interface ReplayedAttempt {
  ok: boolean;
  problems: Problem[];
  /** Present when the snapshot and 参数 could be read. */
  params?: DrawParams;
  /** The replayed picks of a draw that succeeded on replay. */
  picks?: readonly DrawnObject[];
  /** The snapshot's eligible objects: 对象编号 → stratum. */
  strata?: ReadonlyMap<string, string>;
}

/** SPEC §3.1: the batch is the number after the draw id's last "-". */
export function batchOf(drawId: string): number {
  return Number(drawId.slice(drawId.lastIndexOf('-') + 1));
}

/** SPEC §3.2: a ssj-draw/1 seed from 见证号码 must be H of the recorded text; digits edited away are named too. */
async function witnessProblemsV1(entry: LoggedRow, at: (header: string) => string): Promise<Problem[]> {
  if (entry.witness === '') return [recordMessages.witnessMissing(at('见证号码'))];
  const { digitCount } = witnessMaterial(entry.witness);
  if (digitCount < WITNESS_MIN_DIGITS) return [recordMessages.witnessTooShort(at('见证号码'), digitCount, WITNESS_MIN_DIGITS)];
  const seed = await seedFromWitness(entry.taskId, batchOf(entry.drawId), entry.witness);
  return seed === entry.seed ? [] : [recordMessages.seedMismatch(at('种子'))];
}

/**
 * SPEC §3.8: a ssj-draw/2 seed from witness digits or public numbers is H(["ssj-seed/2", 任务编号,
 * batch, material]) of the canonical material stored in 见证号码 (digits only). Whether public numbers
 * are in their 公告's form is checked with the 公告 (verify-announced).
 */
async function materialProblemsV2(entry: LoggedRow, at: (header: string) => string): Promise<Problem[]> {
  if (entry.seedSource === SEED_SOURCE_LABELS.generate) return [];
  if (entry.witness === '') return [recordMessages.witnessMissing(at('见证号码'))];
  if (!/^[0-9]+$/.test(entry.witness)) return [verifyMessages.witnessNotCanonical(at('见证号码'), entry.witness.replace(/[^0-9]/g, '').length)];
  if (entry.seedSource === SEED_SOURCE_LABELS.witness && entry.witness.length < WITNESS_MIN_DIGITS_2) {
    return [recordMessages.witnessTooShort(at('见证号码'), entry.witness.length, WITNESS_MIN_DIGITS_2)];
  }
  const seed = await seedFromMaterial(entry.taskId, batchOf(entry.drawId), entry.witness);
  return seed === entry.seed ? [] : [verifyMessages.seedMismatch(at('种子'))];
}

/** SPEC §3.2, §3.8: the 种子来源 an attempt of each algorithm may have (指定种子 is replay only). */
export function seedSourceAllowed(algorithm: string, source: string): boolean {
  const allowed: string[] = [SEED_SOURCE_LABELS.witness, SEED_SOURCE_LABELS.generate];
  if (algorithm === ALGORITHM_V2) allowed.push(SEED_SOURCE_LABELS.public);
  return allowed.includes(source);
}

/** Replays one attempt (a 有效 row of either algorithm, or a ssj-draw/2 失败 row). */
export async function replayAttempt(
  log: LogSheet,
  entry: LoggedRow,
  group: SnapshotGroup | undefined,
  results: ResultsSheet,
  rows: readonly ResultRow[],
  registry: RegistryView,
): Promise<ReplayedAttempt> {
  const at = (header: string) => logCell(log, entry, header);
  const problems: Problem[] = [];
  const fail = (...more: Array<Problem | Problem[]>): ReplayedAttempt => ({ ok: false, problems: [...problems, ...more.flat()] });
  if (!KNOWN_ALGORITHMS.includes(entry.algorithm)) return fail(recordMessages.unknownAlgorithm(at('算法'), entry.algorithm));
  // A 有效 row from a seed anyone could choose does not verify, whatever its replay (issue 13).
  if (!seedSourceAllowed(entry.algorithm, entry.seedSource)) problems.push(verifyMessages.seedSourceInvalid(at('种子来源'), entry.seedSource));
  if (!group) return fail(recordMessages.snapshotMissing(entry.drawId, at('抽取编号')));
  // Without a seed of SPEC's form there is nothing to replay with: said at its cell, for this draw only.
  if (!isSeed(entry.seed)) return fail(recordMessages.seedUnreadable(at('种子'), entry.seed));
  if (entry.algorithm === ALGORITHM_V1) {
    if (entry.witness !== '' || entry.seedSource === SEED_SOURCE_LABELS.witness) pushAll(problems, await witnessProblemsV1(entry, at));
  } else {
    pushAll(problems, await materialProblemsV2(entry, at));
  }
  let input;
  let params: DrawParams;
  try {
    // ssj-draw/2 参数 must hold items, repeat and year (SPEC §3.8).
    params = parseParams(entry.params, at('参数'), entry.algorithm);
    input = replayInputFromSnapshot(group.rows, entry.params, entry.seed, group.rowNumbers, at('参数'));
  } catch (e) {
    if (e instanceof UserFacingError) return fail(e.problems);
    return fail(recordMessages.paramsUnreadable(at('参数')));
  }
  const hashes = await snapshotHashes(input.strata, input.inspectors, input.conflicts);
  const range = `${group.sheet}!A${group.first}:G${group.last}`;
  const hashChecks: Array<[string, string, string]> = [
    [hashes.objectsHash, entry.objectsHash, '对象快照哈希'],
    [hashes.inspectorsHash, entry.inspectorsHash, '人员快照哈希'],
    [hashes.conflictsHash, entry.conflictsHash, '回避快照哈希'],
  ];
  for (const [computed, logged, header] of hashChecks) {
    if (computed !== logged) problems.push(recordMessages.snapshotHashMismatch(at(header), header, entry.drawId, range));
  }
  if (hashes.objectsHash !== entry.objectsHash) pushAll(problems, strataAtOdds(group, registry.grades));
  const strata = new Map<string, string>();
  for (const s of input.strata) for (const id of s.ids) strata.set(id, s.stratum);
  const outcome = await runDraw(input);
  if (String(outcome.eligibleTotal) !== entry.eligibleCount) {
    problems.push(recordMessages.countMismatch(at('合格对象数'), '合格对象数', outcome.eligibleTotal, entry.eligibleCount));
  }
  if (entry.status === '失败') {
    if (outcome.ok) problems.push(verifyMessages.failedDoesNotFail(at('状态'), entry.drawId));
    return { ok: problems.every((p) => p.severity !== 'error'), problems, params, strata };
  }
  if (outcome.resultHash !== entry.resultHash) problems.push(recordMessages.resultHashMismatch(at('结果哈希')));
  if (String(outcome.picks.length) !== entry.drawnCount) {
    problems.push(recordMessages.countMismatch(at('抽取户数'), '抽取户数', outcome.picks.length, entry.drawnCount));
  }
  const draw = { drawId: entry.drawId, taskId: entry.taskId, departments: input.departments.map((d) => d.department).join('、') };
  pushAll(problems, compareResults(draw, outcome.picks, rows, results, registry));
  return { ok: problems.every((p) => p.severity !== 'error'), problems, params, picks: outcome.picks, strata };
}

const MAX_HINTS = 5;

/**
 * When the objects hash fails, the snapshot rows whose 分层 disagrees with the registry's grade are
 * the likely edits; named as warnings, since the registry itself may have changed since the draw.
 */
function strataAtOdds(group: SnapshotGroup, grades: Map<string, string>): Problem[] {
  const hints: Problem[] = [];
  group.rows.forEach((cells, i) => {
    const [kind, id, stratum] = [normalizeText(cells[1]), normalizeText(cells[2]), normalizeText(cells[3])];
    if (kind !== '对象' || stratum === '全部' || hints.length >= MAX_HINTS) return;
    const grade = grades.get(id);
    if (grade !== undefined && grade !== stratum) {
      hints.push(recordMessages.snapshotStratumAtOdds(`D${group.rowNumbers[i]}`, stratum, grade));
    }
  });
  return hints;
}
