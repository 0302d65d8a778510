// SPEC §3.8: where a ssj-draw/2 draw's seed comes from. An id with a 公告 takes that drawing's public
// numbers only, after its 开奖时间, from the pool and 参数 the 公告 fixed; an id without one takes witness
// digits or 系统生成, with a reason. 指定种子 is replay only (nothing is written).
import { announcementChanges, type AnnouncedPool } from '../core/draw/announcement';
import { codePointName, invisibleCharacter } from '../core/chars';
import { SEED_SOURCE_LABELS, isoTimestampWithOffset, type SeedSourceLabel } from '../core/draw/log';
import { drawingInstant, parseSource, publicNumbersMaterial, seedFromMaterial, sourceText, witnessDigits } from '../core/draw/material';
import { generateSeed, requireSeed } from '../core/draw/seed';
import { snapshotHashes } from '../core/draw/hashes';
import { planSampleSizes } from '../core/draw/select';
import { announceMessages as am } from '../core/messages/announce';
import { recordMessages } from '../core/messages/records';
import { UserFacingError, type Problem } from '../core/messages/problem';
import { logCell, pendingAnnouncement, type LoggedRow } from '../core/records/log-sheet';
import { EXCEL_CELL_MAX_CHARS } from '../core/schema';
import type { PreparedDraw } from './prepare';
import { planCell, type WorkbookState } from './state';
import type { SeedSource } from './types';

export interface ResolvedSource {
  seed: string;
  label: SeedSourceLabel;
  /** The 见证号码 cell: the canonical material (digits only), '' for 系统生成. */
  material: string;
  /** The 说明 of an unannounced draw (its reason); '' for an announced one. */
  note: string;
  /** The 公告 this draw takes its numbers from. */
  announcement?: { drawId: string; hash: string; source: string; cell: string };
}

/**
 * A text that goes into a hashed log cell (操作人, a reason): present, short enough for a cell, and free
 * of control, format and bidi characters (SPEC §3.8), which a save may drop or a reader not see.
 */
export function loggedTextProblem(field: string, text: string, required = true): Problem | null {
  const value = text.trim();
  if (required && value === '') return field === '操作人' ? recordMessages.operatorMissing() : null;
  if (value.length > EXCEL_CELL_MAX_CHARS) return recordMessages.textTooLong(field, value.length, EXCEL_CELL_MAX_CHARS);
  const hidden = invisibleCharacter(value);
  return hidden ? am.invisibleText(field, codePointName(hidden.code), hidden.position) : null;
}

/** What a draw of `prepared` computes at this row: compared with its 公告 (SPEC §3.8). */
export async function poolOf(prepared: PreparedDraw): Promise<AnnouncedPool> {
  const plan = planSampleSizes(prepared.strata, prepared.task.ratioBp);
  return {
    ...(await snapshotHashes(prepared.strata, prepared.inspectors, prepared.conflicts)),
    params: prepared.params,
    eligibleCount: plan.eligibleTotal,
    drawnCount: plan.sampleTotal,
  };
}

function announcedPool(entry: LoggedRow): AnnouncedPool {
  return {
    objectsHash: entry.objectsHash,
    inspectorsHash: entry.inspectorsHash,
    conflictsHash: entry.conflictsHash,
    params: entry.params,
    eligibleCount: Number(entry.eligibleCount),
    drawnCount: Number(entry.drawnCount),
  };
}

/** SPEC §3.8: the seed of this draw, or a UserFacingError saying why it cannot be drawn (nothing written). */
export async function resolveSource(
  state: WorkbookState,
  prepared: PreparedDraw,
  source: SeedSource,
  unannounced: string | undefined,
  now: Date,
): Promise<ResolvedSource> {
  const refuse = (problem: Problem): never => {
    throw new UserFacingError([problem]);
  };
  const { task, batch, drawId } = prepared;
  // SPEC §3.2 指定种子: a replay, shown and never written, whatever the log holds.
  if (source.kind === 'seed') return { seed: requireSeed(source.seed.toLowerCase()), label: SEED_SOURCE_LABELS.seed, material: '', note: '' };
  if (!task.end) refuse(am.needsEndDate(task.taskId, planCell(state, task, '抽查时间')));
  const announcement = pendingAnnouncement(state.log.entries, task.taskId);
  if (announcement) {
    const noteCell = logCell(state.log, announcement, '说明');
    if (source.kind !== 'public' || unannounced !== undefined) refuse(am.needsPublicNumbers(drawId, announcement.note, noteCell));
    const drawing = parseSource(announcement.note);
    const instant = drawingInstant(drawing.time)!;
    if (now.getTime() <= instant.getTime()) refuse(am.beforeDrawing(drawing.time, isoTimestampWithOffset(now), noteCell));
    const changes = announcementChanges(announcedPool(announcement), await poolOf(prepared));
    if (changes.length > 0) refuse(am.changedSinceAnnouncement(drawId, changes, logCell(state.log, announcement, '本条哈希')));
    const material = publicNumbersMaterial((source as { numbers: string }).numbers, drawing);
    return {
      seed: await seedFromMaterial(task.taskId, batch, material),
      label: SEED_SOURCE_LABELS.public,
      material,
      note: '',
      announcement: { drawId, hash: announcement.hash, source: sourceText(drawing), cell: logCell(state.log, announcement, '本条哈希') },
    };
  }
  if (source.kind === 'public') refuse(am.notAnnounced(drawId));
  const reason = unannounced?.trim() ?? '';
  if (reason === '') refuse(am.unannouncedNeedsReason(drawId));
  const reasonProblem = loggedTextProblem('未公告理由', reason);
  if (reasonProblem) refuse(reasonProblem);
  const note = am.unannouncedNote(reason);
  if (source.kind === 'witness') {
    const material = witnessDigits(source.digits);
    return { seed: await seedFromMaterial(task.taskId, batch, material), label: SEED_SOURCE_LABELS.witness, material, note };
  }
  return { seed: generateSeed(), label: SEED_SOURCE_LABELS.generate, material: '', note };
}
