// One 抽取日志 row (SPEC §3.6), chained to the last row of the sheet as it stands.
import { LOG_COLUMNS } from '../core/schema';
import { ALGORITHM_ID, type DrawOutcome } from '../core/draw/types';
import { logRowHash, GENESIS_HASH, isoTimestampWithOffset } from '../core/draw/log';
import type { LogSheet } from '../core/records/log-sheet';
import type { CellValue } from '../core/text';
import type { RecordValues } from './writes';

export interface LogFields {
  time: Date;
  operator: string;
  drawId: string;
  taskId: string;
  seedSource?: string;
  witness?: string;
  seed?: string;
  outcome?: DrawOutcome;
  params?: string;
  status: '有效' | '失败' | '作废';
  note: string;
}

/** The row as header → value, with 序号, 上一条哈希 and 本条哈希 filled in. */
export async function buildLogRecord(log: LogSheet, fields: LogFields): Promise<RecordValues> {
  const last = log.entries[log.entries.length - 1];
  const prevHash = last ? last.hash : GENESIS_HASH;
  const outcome = fields.outcome;
  const values: CellValue[] = [
    log.entries.length + 1,
    isoTimestampWithOffset(fields.time),
    fields.operator,
    fields.drawId,
    fields.taskId,
    outcome ? ALGORITHM_ID : '',
    fields.seedSource ?? '',
    fields.witness ?? '',
    fields.seed ?? '',
    outcome?.objectsHash ?? '',
    outcome?.inspectorsHash ?? '',
    outcome?.conflictsHash ?? '',
    fields.params ?? '',
    outcome ? outcome.eligibleTotal : null,
    outcome ? outcome.picks.length : null,
    outcome?.resultHash ?? '',
    fields.status,
    fields.note,
  ];
  const hash = await logRowHash(prevHash, values);
  const record: RecordValues = {};
  LOG_COLUMNS.forEach((column, i) => {
    record[column.header] = i < values.length ? values[i] : i === values.length ? prevHash : hash;
  });
  return record;
}
