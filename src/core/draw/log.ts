// SPEC §3.6 抽取日志: the hash-chained, append-only log of every draw attempt.
import { sha256Hex } from '../hash';
import type { CellValue } from '../text';
import { normalizeText } from '../text';
import { ALGORITHM_ID, ALGORITHM_V1, ALGORITHM_V2 } from './types';

export { ALGORITHM_ID, ALGORITHM_V1, ALGORITHM_V2 };

/** SPEC §3.6: the first row's 上一条哈希 is 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** 种子来源 values (SPEC §3.2; 公开号码 SPEC §3.8). 指定种子 is replay only and never logged. */
export const SEED_SOURCE_LABELS = { witness: '见证号码', generate: '系统生成', seed: '指定种子', public: '公开号码' } as const;
export type SeedSourceLabel = (typeof SEED_SOURCE_LABELS)[keyof typeof SEED_SOURCE_LABELS];
/** 状态 values: attempts (有效, 失败), voids (作废, SPEC §3.6) and announcements (公告, SPEC §3.8). */
export const LOG_STATUS = { valid: '有效', failed: '失败', void: '作废', announcement: '公告' } as const;
export type LogStatus = (typeof LOG_STATUS)[keyof typeof LOG_STATUS];

/** One log row's own fields (序号 … 说明), typed; '' and null both become empty cells. */
export interface LogEntry {
  seq: number;
  time: string;
  operator: string;
  drawId: string;
  taskId: string;
  algorithm: string;
  seedSource: SeedSourceLabel | '';
  witness: string;
  seed: string;
  objectsHash: string;
  inspectorsHash: string;
  conflictsHash: string;
  params: string;
  eligibleCount: number | null;
  drawnCount: number | null;
  resultHash: string;
  status: LogStatus;
  note: string;
}

/** A field as the hash sees it: numbers in decimal, empty cells as "". */
function fieldText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** SPEC §3.6: 本条哈希 = H(上一条哈希 + "\n" + the 18 fields 序号 … 说明 joined by "\t"). */
export function logRowHash(prevHash: string, fields: ReadonlyArray<CellValue | undefined>): Promise<string> {
  if (fields.length !== 18) throw new RangeError(`a log row has 18 hashed fields, got ${fields.length}`);
  return sha256Hex(`${prevHash}\n${fields.map(fieldText).join('\t')}`);
}

const orEmpty = (text: string): CellValue => {
  const value = normalizeText(text);
  return value === '' ? null : value;
};

/**
 * The 18 hashed fields in LOG_COLUMNS order. Text is NFKC-normalised and trimmed here, as every
 * reader does (SPEC §2), so a verifier reading the cells back computes the same hash.
 */
export function logFields(entry: LogEntry): CellValue[] {
  return [
    entry.seq,
    orEmpty(entry.time),
    orEmpty(entry.operator),
    orEmpty(entry.drawId),
    orEmpty(entry.taskId),
    orEmpty(entry.algorithm),
    orEmpty(entry.seedSource),
    orEmpty(entry.witness),
    orEmpty(entry.seed),
    orEmpty(entry.objectsHash),
    orEmpty(entry.inspectorsHash),
    orEmpty(entry.conflictsHash),
    orEmpty(entry.params),
    entry.eligibleCount,
    entry.drawnCount,
    orEmpty(entry.resultHash),
    entry.status,
    orEmpty(entry.note),
  ];
}

/** A whole 抽取日志 row (20 cells, LOG_COLUMNS order) chained to the previous row's 本条哈希. */
export async function buildLogRow(entry: LogEntry, prevHash: string): Promise<CellValue[]> {
  const fields = logFields(entry);
  return [...fields, prevHash, await logRowHash(prevHash, fields)];
}

/** SPEC §3.6 voiding: 状态 作废, 抽取编号 = the voided draw, 操作人, 时间, 说明 = reason; rest empty. */
export function voidLogEntry(seq: number, time: string, operator: string, drawId: string, reason: string): LogEntry {
  return {
    seq, time, operator, drawId, taskId: '', algorithm: '', seedSource: '', witness: '', seed: '',
    objectsHash: '', inspectorsHash: '', conflictsHash: '', params: '', eligibleCount: null,
    drawnCount: null, resultHash: '', status: '作废', note: reason,
  };
}

/**
 * SPEC §3.8 公告: 抽取编号 = the id the next attempt would get, 算法 ssj-draw/2, 种子来源 公开号码,
 * 见证号码, 种子 and 结果哈希 empty, the snapshot hashes, 参数 and counts as a draw would compute them,
 * 说明 = the source in its fixed form.
 */
export function announcementLogEntry(facts: {
  seq: number; time: string; operator: string; drawId: string; taskId: string;
  objectsHash: string; inspectorsHash: string; conflictsHash: string; params: string;
  eligibleCount: number; drawnCount: number; source: string;
}): LogEntry {
  return {
    seq: facts.seq, time: facts.time, operator: facts.operator, drawId: facts.drawId, taskId: facts.taskId,
    algorithm: ALGORITHM_ID, seedSource: SEED_SOURCE_LABELS.public, witness: '', seed: '',
    objectsHash: facts.objectsHash, inspectorsHash: facts.inspectorsHash, conflictsHash: facts.conflictsHash,
    params: facts.params, eligibleCount: facts.eligibleCount, drawnCount: facts.drawnCount, resultHash: '',
    status: LOG_STATUS.announcement, note: facts.source,
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 with offset, to the second: 2024-06-03T09:30:00+08:00 (China time by default). */
export function isoTimestampWithOffset(date: Date, offsetMinutes = 480): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
