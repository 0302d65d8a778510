// The printable records of a 公告 and of a draw (SPEC §3.8) from what the use cases report: the CLI
// writes them to an A4 sheet (`--record`), the pane shows and prints them.
import { announcementRecord, drawRecord, type PrintableRecord } from '../core/draw/printable';
import { ALGORITHM_ID } from '../core/draw/types';
import type { AnnounceReport } from './announce';
import type { DrawReport } from './types';

/** The 公告's record, for a written 公告. */
export function announcementRecordOf(report: AnnounceReport, operator: string): PrintableRecord {
  return announcementRecord({
    taskId: report.taskId, taskName: report.taskName, drawId: report.drawId, time: report.time, operator: operator.trim(),
    algorithm: ALGORITHM_ID, source: report.source, drawingTime: report.drawing?.time ?? '', strata: report.strata,
    eligibleTotal: report.eligibleTotal, sampleTotal: report.sampleTotal,
    hashes: report.hashes ?? { objectsHash: '', inspectorsHash: '', conflictsHash: '' }, params: report.params,
    announcementHash: report.announcementHash ?? '',
  });
}

/** A written draw's record (有效 or 失败). */
export function drawRecordOf(report: DrawReport, operator: string): PrintableRecord {
  return drawRecord({
    taskId: report.drawId.slice(0, report.drawId.lastIndexOf('-')), taskName: report.taskName ?? '', drawId: report.drawId,
    time: report.time ?? '', operator: operator.trim(), algorithm: ALGORITHM_ID, status: report.ok ? '有效' : '失败',
    seedSource: report.seedSourceLabel, material: report.material ?? '', seed: report.seed, announcement: report.announcement,
    note: report.note ?? '', strata: report.strata, eligibleTotal: report.eligibleTotal ?? 0, drawnTotal: report.picks.length,
    hashes: report.hashes ?? { objectsHash: '', inspectorsHash: '', conflictsHash: '' }, resultHash: report.resultHash,
    logHash: report.logHash ?? '',
  });
}
