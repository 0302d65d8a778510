// One 抽取日志 row (SPEC §3.6), chained to the last row of the sheet as it stands.
import { LOG_COLUMNS } from '../core/schema';
import { ALGORITHM_ID, type DrawOutcome } from '../core/draw/types';
import { buildLogRow, GENESIS_HASH, isoTimestampWithOffset, type LogEntry } from '../core/draw/log';
import type { LogSheet } from '../core/records/log-sheet';
import type { RecordValues } from './writes';

/** The row as header → value, with 序号, 上一条哈希 and 本条哈希 filled in. */
export async function buildLogRecord(log: LogSheet, entry: Omit<LogEntry, 'seq'>): Promise<RecordValues> {
  const last = log.entries[log.entries.length - 1];
  const row = await buildLogRow({ ...entry, seq: log.entries.length + 1 }, last ? last.hash : GENESIS_HASH);
  return Object.fromEntries(LOG_COLUMNS.map((column, i) => [column.header, row[i]]));
}

export interface DrawLogFacts {
  time: Date;
  operator: string;
  drawId: string;
  taskId: string;
  seedSource: LogEntry['seedSource'];
  witness: string;
  seed: string;
  params: string;
  outcome: DrawOutcome;
  note: string;
}

/** The log entry of a draw attempt: 有效 when the outcome is ok, 失败 otherwise. */
export function drawLogEntry(facts: DrawLogFacts): Omit<LogEntry, 'seq'> {
  const { outcome } = facts;
  return {
    time: isoTimestampWithOffset(facts.time),
    operator: facts.operator,
    drawId: facts.drawId,
    taskId: facts.taskId,
    algorithm: ALGORITHM_ID,
    seedSource: facts.seedSource,
    witness: facts.witness,
    seed: facts.seed,
    objectsHash: outcome.objectsHash,
    inspectorsHash: outcome.inspectorsHash,
    conflictsHash: outcome.conflictsHash,
    params: facts.params,
    eligibleCount: outcome.eligibleTotal,
    drawnCount: outcome.picks.length,
    resultHash: outcome.resultHash,
    status: outcome.ok ? '有效' : '失败',
    note: facts.note,
  };
}
