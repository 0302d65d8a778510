// SPEC §3.8 findings that read the log as a whole: each ssj-draw/2 attempt against its 公告 (hashes,
// 参数, the numbers' form, the drawing time, no attempt in between), draws without 公告, repeated 公告
// rows, voided draws, and the 公告哈希 an auditor brings from outside the workbook.
import { ALGORITHM_V2 } from '../core/draw/types';
import { SEED_SOURCE_LABELS, LOG_STATUS } from '../core/draw/log';
import { drawingInstant, isCanonicalNumbers, parseSource, type DrawingSource } from '../core/draw/material';
import { isAttempt, logCell, type LoggedRow, type LogSheet } from '../core/records/log-sheet';
import type { ResultRow } from '../core/records/results-sheet';
import { verifyMessages as m } from '../core/messages/verify';
import { UserFacingError, type Problem } from '../core/messages/problem';
import { pushAll } from '../core/arrays';

export interface AnnouncementFindings {
  /** Findings of one attempt, by 抽取编号 (said with its draw when it has a line). */
  byDraw: Map<string, Problem[]>;
  /** Findings of 公告 and 作废 rows and of the published hashes. */
  general: Problem[];
  /** Per 抽取编号, which of its hashes the published one equals (SPEC §3.8: 公告哈希 before, 本条哈希 after). */
  publishedMatches: Map<string, PublishedMatch>;
}

/** The hash a published one was found equal to. */
export type PublishedMatch = '公告哈希' | '本条哈希';

/** The fields a draw must share with its latest 公告 (SPEC §3.8). */
const LOCKED: Array<[keyof LoggedRow, string]> = [
  ['objectsHash', '对象快照哈希'],
  ['inspectorsHash', '人员快照哈希'],
  ['conflictsHash', '回避快照哈希'],
  ['params', '参数'],
];

const MAX_VOIDED_LISTED = 20;

/** 说明 of a 公告 read as its source; a problem at its cell when it is not in the fixed form. */
function sourceOf(log: LogSheet, announcement: LoggedRow): DrawingSource | Problem {
  try {
    return parseSource(announcement.note);
  } catch (e) {
    const detail = e instanceof UserFacingError ? e.problems.map((p) => p.message).join('') : String(e);
    return m.announcementSourceUnreadable(logCell(log, announcement, '说明'), detail);
  }
}

const isProblem = (value: DrawingSource | Problem): value is Problem => 'code' in value;

export function announcementFindings(
  log: LogSheet,
  resultsByDraw: ReadonlyMap<string, readonly ResultRow[]>,
  published: ReadonlyMap<string, string> = new Map(),
): AnnouncementFindings {
  const byDraw = new Map<string, Problem[]>();
  const general: Problem[] = [];
  const add = (drawId: string, problem: Problem) => {
    const list = byDraw.get(drawId) ?? [];
    list.push(problem);
    byDraw.set(drawId, list);
  };
  const announcements = new Map<string, LoggedRow[]>();
  const sources = new Map<LoggedRow, DrawingSource | Problem>();
  for (const entry of log.entries) {
    const at = (header: string) => logCell(log, entry, header);
    if (entry.status === LOG_STATUS.announcement) {
      announcements.set(entry.drawId, [...(announcements.get(entry.drawId) ?? []), entry]);
      const source = sourceOf(log, entry);
      sources.set(entry, source);
      if (isProblem(source)) general.push(source);
      else {
        const drawing = drawingInstant(source.time);
        const time = Date.parse(entry.time);
        if (drawing && !Number.isNaN(time) && time >= drawing.getTime()) general.push(m.announcementTooLate(at('时间'), entry.time, source.time));
      }
      continue;
    }
    if (entry.status === LOG_STATUS.void) {
      const rows = resultsByDraw.get(entry.drawId) ?? [];
      const drawn = rows.slice(0, MAX_VOIDED_LISTED).map((r) => r.objectName ? `${r.objectId}（${r.objectName}）` : r.objectId);
      if (rows.length > MAX_VOIDED_LISTED) drawn.push(`…（共 ${rows.length} 户）`);
      general.push(m.voided(at('说明'), entry.drawId, entry.note, drawn));
      continue;
    }
    if (!isAttempt(entry) || entry.algorithm !== ALGORITHM_V2) continue;
    const latest = announcements.get(entry.drawId)?.at(-1);
    const isPublic = entry.seedSource === SEED_SOURCE_LABELS.public;
    if (!latest) {
      if (isPublic) add(entry.drawId, m.publicWithoutAnnouncement(at('种子来源'), entry.drawId));
      else if (entry.seedSource === SEED_SOURCE_LABELS.witness || entry.seedSource === SEED_SOURCE_LABELS.generate) {
        add(entry.drawId, m.unannounced(at('说明'), entry.drawId, entry.note));
      }
      continue;
    }
    const announcementCell = (header: string) => logCell(log, latest, header);
    if (!isPublic) {
      add(entry.drawId, m.attemptAfterAnnouncement(at('种子来源'), entry.drawId, announcementCell('抽取编号')));
      continue;
    }
    for (const [field, header] of LOCKED) {
      if (entry[field] !== latest[field]) add(entry.drawId, m.announcementDiffers(at(header), header, entry.drawId, announcementCell(header)));
    }
    const source = sources.get(latest)!;
    if (isProblem(source)) continue;
    if (!isCanonicalNumbers(entry.witness, source)) {
      add(entry.drawId, m.materialNotInForm(at('见证号码'), entry.drawId, `${source.count}×${source.width}`, announcementCell('说明')));
    }
    const drawing = drawingInstant(source.time);
    const time = Date.parse(entry.time);
    if (drawing && !Number.isNaN(time) && time < drawing.getTime()) {
      add(entry.drawId, m.drawBeforeDrawing(at('时间'), entry.drawId, entry.time, source.time));
    }
  }
  for (const [drawId, rows] of announcements) {
    if (rows.length < 2) continue;
    const listed = rows.map((row) => ({ cell: logCell(log, row, '抽取编号'), source: row.note }));
    general.push(m.repeatedAnnouncements(logCell(log, rows[rows.length - 1], '抽取编号'), drawId, listed));
  }
  const publishedMatches = new Map<string, PublishedMatch>();
  for (const [drawId, given] of published) {
    const found = publishedFinding(log, announcements.get(drawId)?.at(-1), drawId, given);
    if (typeof found === 'string') publishedMatches.set(drawId, found);
    else if (found.attempt) add(drawId, found.problem);
    else general.push(found.problem);
  }
  return { byDraw, general, publishedMatches };
}

/**
 * SPEC §3.8 --published: a published hash must be the 本条哈希 of the latest 公告 of its id (the one the
 * draw was held to; published before the draw) or of the id's attempt (published after it). Neither is
 * an error, with the draw when there is one (the draw then does not verify): the published record and
 * the workbook disagree.
 */
function publishedFinding(
  log: LogSheet,
  announcement: LoggedRow | undefined,
  drawId: string,
  given: string,
): PublishedMatch | { problem: Problem; attempt: boolean } {
  const attempt = log.entries.filter((e) => isAttempt(e) && e.drawId === drawId).at(-1);
  const same = (row: LoggedRow | undefined) => !!row && row.hash.toLowerCase() === given.toLowerCase();
  if (same(announcement)) return '公告哈希';
  if (same(attempt)) return '本条哈希';
  if (!announcement && !attempt) return { problem: m.publishedUnknown(drawId, given), attempt: false };
  const cells = [announcement, attempt]
    .filter((row): row is LoggedRow => !!row)
    .map((row) => ({ cell: logCell(log, row, '本条哈希'), announcement: row === announcement, hash: row.hash }));
  return { problem: m.publishedMismatch(cells[0].cell, drawId, given, cells), attempt: !!attempt };
}
