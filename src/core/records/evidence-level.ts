// SPEC §3.8: the evidence level of each draw attempt, from 抽取日志 alone (and, when an auditor gives
// them, the 公告哈希 published outside the workbook). Pure: used by verify and the public export.
import { EVIDENCE_LEVELS, type EvidenceLevel } from '../messages/verify';
import type { LoggedRow } from './log-sheet';

export { EVIDENCE_LEVELS, type EvidenceLevel };

/** SPEC §3.8 状态 of an announcement row and 种子来源 of an announced draw. */
export const ANNOUNCEMENT_STATUS = '公告';
export const PUBLIC_NUMBERS_SOURCE = '公开号码';
export const GENERATED_SOURCE = '系统生成';

export interface DrawEvidence {
  drawId: string;
  taskId: string;
  /** 有效 or 失败 (the attempt's row; a later 作废 does not change its evidence). */
  status: string;
  level: EvidenceLevel;
  /** 本条哈希 of the attempt's own row: to be published after the draw. */
  hash: string;
  /** 1-based 抽取日志 row of the attempt. */
  row: number;
  /** The latest earlier 公告 of this id (SPEC §3.8 "its latest 公告"), when the draw took public numbers. */
  announcement?: { hash: string; row: number };
  /**
   * The published 公告哈希 the auditor gave for this id, when it differs from the log's (or the id has
   * no 公告 to compare it with): the level then stays 已公告、未核对公布记录 (or lower) and verify says why.
   */
  publishedMismatch?: string;
}

/**
 * Per attempt (有效 or 失败 row, in log order), its evidence level (SPEC §3.8):
 * - 公告在先、已核对: 种子来源 公开号码, an earlier 公告 row of the same id, and `published` gives
 *   that 公告's 本条哈希 for the id;
 * - 已公告、未核对公布记录: the same without a matching published hash;
 * - 系统生成: 种子来源 系统生成;
 * - 未公告: anything else (witness digits, 公开号码 without a 公告, 指定种子, a ssj-draw/1 row):
 *   the numbers could have been chosen.
 * `published` maps 抽取编号 → 公告哈希 (compared case-insensitively).
 */
export function evidenceLevels(
  entries: readonly LoggedRow[],
  published: ReadonlyMap<string, string> = new Map(),
): Map<string, DrawEvidence> {
  const latestAnnouncement = new Map<string, LoggedRow>();
  const levels = new Map<string, DrawEvidence>();
  for (const entry of entries) {
    if (entry.status === ANNOUNCEMENT_STATUS) {
      latestAnnouncement.set(entry.drawId, entry);
      continue;
    }
    if (entry.status !== '有效' && entry.status !== '失败') continue;
    const base = { drawId: entry.drawId, taskId: entry.taskId, status: entry.status, hash: entry.hash, row: entry.row };
    const announcement = latestAnnouncement.get(entry.drawId);
    const given = published.get(entry.drawId)?.toLowerCase();
    if (entry.seedSource === PUBLIC_NUMBERS_SOURCE && announcement) {
      const checked = given !== undefined && given === announcement.hash.toLowerCase();
      levels.set(entry.drawId, {
        ...base,
        level: checked ? EVIDENCE_LEVELS.checked : EVIDENCE_LEVELS.announced,
        announcement: { hash: announcement.hash, row: announcement.row },
        ...(given !== undefined && !checked ? { publishedMismatch: given } : {}),
      });
      continue;
    }
    const level = entry.seedSource === GENERATED_SOURCE ? EVIDENCE_LEVELS.generated : EVIDENCE_LEVELS.unannounced;
    levels.set(entry.drawId, { ...base, level, ...(given !== undefined ? { publishedMismatch: given } : {}) });
  }
  return levels;
}
