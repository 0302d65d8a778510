// Reading 抽取日志 (SPEC §3.6) back: entries with their places, batches, and which draws count (§3.1).
import { SHEETS, LOG_COLUMNS } from '../schema';
import { LOG_STATUS, type LogEntry } from '../draw/log';
import { drawId as makeDrawId } from '../draw/seed';
import { readTable, textOf, cellOf, addressOf, type Table, type TableRow } from '../table';
import { normalizeText, type CellValue } from '../text';


/**
 * A 抽取日志 row as read back: the fields the engine writes (LogEntry), each as the text in its cell,
 * with the row's place, its two hashes and the 18 fields 序号…说明 its hash covers.
 */
export type LoggedRow = { [K in keyof LogEntry]: string } & {
  row: number;
  prevHash: string;
  hash: string;
  /** The 18 hashed fields 序号…说明, as text (numbers in decimal, blanks as ""). */
  hashedFields: string[];
};

export interface LogSheet {
  table: Table | null;
  entries: LoggedRow[];
  /** Rows that are no entries yet carry a 抽取编号 or a 状态: they look like evidence to a reader. */
  lookalikes: LoggedRow[];
  /** 1-based row after the last used row: where the next entry goes. */
  nextRow: number;
}

const HASHED_HEADERS = LOG_COLUMNS.slice(0, 18).map((c) => c.header);

/** A cell as the hash sees it: numbers in decimal, empty as "". */
export function hashText(value: CellValue): string {
  return normalizeText(value);
}

/**
 * A log row is an entry when it has a 序号 (a whole number) or a 本条哈希 (64 hex digits), as every
 * row the product writes has both. Other rows are the clerk's (Excel's 汇总行, a note) and no
 * evidence; an entry with one of the two cleared is still read, and its chain check fails.
 */
function isEntry(entry: LoggedRow): boolean {
  return /^[1-9]\d*$/.test(entry.seq) || /^[0-9a-f]{64}$/i.test(entry.hash);
}

export function readLogSheet(values: CellValue[][] | undefined): LogSheet {
  if (!values) return { table: null, entries: [], lookalikes: [], nextRow: 2 };
  const table = readTable(SHEETS.log, values);
  const rows = table.rows.map((row) => toEntry(table, row));
  const lookalikes = rows.filter((row) => !isEntry(row) && (row.drawId !== '' || row.status !== ''));
  return { table, entries: rows.filter(isEntry), lookalikes, nextRow: lastUsedRow(values) + 1 };
}

function toEntry(table: Table, row: TableRow): LoggedRow {
  const text = (header: string) => textOf(table, row, header);
  return {
    row: row.row,
    seq: text('序号'),
    time: text('时间'),
    operator: text('操作人'),
    drawId: text('抽取编号'),
    taskId: text('任务编号'),
    algorithm: text('算法'),
    seedSource: text('种子来源'),
    witness: text('见证号码'),
    seed: text('种子'),
    objectsHash: text('对象快照哈希'),
    inspectorsHash: text('人员快照哈希'),
    conflictsHash: text('回避快照哈希'),
    params: text('参数'),
    eligibleCount: text('合格对象数'),
    drawnCount: text('抽取户数'),
    resultHash: text('结果哈希'),
    status: text('状态'),
    note: text('说明'),
    prevHash: text('上一条哈希'),
    hash: text('本条哈希'),
    hashedFields: HASHED_HEADERS.map((h) => hashText(cellOf(table, row, h))),
  };
}

export function logCell(sheet: LogSheet, entry: LoggedRow, header: string): string {
  return sheet.table ? addressOf(sheet.table, entry.row, header) : 'A1';
}

/** SPEC §3.1: 作废 rows name the draws they void. */
export function voidedDrawIds(entries: readonly LoggedRow[]): Set<string> {
  return new Set(entries.filter((e) => e.status === '作废').map((e) => e.drawId));
}

/** SPEC §3.1: a draw counts when its row says 有效 and no later 作废 row names it. */
export function countingDraws(entries: readonly LoggedRow[]): LoggedRow[] {
  const voided = voidedDrawIds(entries);
  return entries.filter((e) => e.status === '有效' && !voided.has(e.drawId));
}

/** SPEC §3.1: attempts are 有效 and 失败 rows; 作废 and 公告 (SPEC §3.8) rows are not. */
export function isAttempt(entry: Pick<LoggedRow, 'status'>): boolean {
  return entry.status === LOG_STATUS.valid || entry.status === LOG_STATUS.failed;
}

/** SPEC §3.1: batch = 1 + earlier attempts of the task (有效 or 失败 rows). */
export function nextBatch(entries: readonly LoggedRow[], taskId: string): number {
  return 1 + entries.filter((e) => e.taskId === taskId && isAttempt(e)).length;
}

/** SPEC §3.8: the 公告 rows of a draw id, in log order. */
export function announcementsOf(entries: readonly LoggedRow[], drawId: string): LoggedRow[] {
  return entries.filter((e) => e.status === LOG_STATUS.announcement && e.drawId === drawId);
}

/**
 * SPEC §3.8: the latest 公告 of the task's next attempt, if any: the next draw of the task must take
 * its public numbers. A 公告 whose id has had its attempt (drawn, failed or later voided) is spent.
 */
export function pendingAnnouncement(entries: readonly LoggedRow[], taskId: string): LoggedRow | undefined {
  const next = makeDrawId(taskId, nextBatch(entries, taskId));
  const announced = announcementsOf(entries, next);
  return announced[announced.length - 1];
}

/** SPEC §3.8: every 公告 not yet followed by its draw (one per task: the latest of its next id). */
export function pendingAnnouncements(entries: readonly LoggedRow[]): LoggedRow[] {
  const taskIds = new Set(entries.filter((e) => e.status === LOG_STATUS.announcement).map((e) => e.taskId));
  return [...taskIds].map((taskId) => pendingAnnouncement(entries, taskId)).filter((e): e is LoggedRow => e !== undefined);
}

/**
 * 1-based number of the last row holding any value (0 for an empty sheet), counted as the writers
 * count it when they append below it: a cell holding only a space is a value (Excel's used range and
 * the .xlsx writers see it), so that the rows reported are the rows written.
 */
export function lastUsedRow(values: readonly (readonly CellValue[])[]): number {
  for (let r = values.length - 1; r >= 0; r--) {
    if (values[r]?.some((cell) => cell !== null && cell !== undefined && cell !== '')) return r + 1;
  }
  return 0;
}
