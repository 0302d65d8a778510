// SPEC §3.8: the print-ready records the witnesses sign, for a 公告 and for each draw: task, time, source,
// digits, seed, counts per stratum, full hashes and signature lines. Pure: rows of label and value; the
// CLI writes them to an A4 sheet, the pane shows them.
import { printableTexts as t } from '../messages/printable';

export interface PrintableRecord {
  title: string;
  rows: Array<{ label: string; value: string }>;
  note: string;
  /** Who signs, one line each. */
  signatures: string[];
}

export interface StratumCount {
  stratum: string;
  eligible: number;
  ratioBp: number;
  sampleSize: number;
}

export interface SnapshotHashTexts {
  objectsHash: string;
  inspectorsHash: string;
  conflictsHash: string;
}

export interface AnnouncementFacts {
  taskId: string;
  taskName: string;
  drawId: string;
  time: string;
  operator: string;
  algorithm: string;
  source: string;
  drawingTime: string;
  strata: readonly StratumCount[];
  eligibleTotal: number;
  sampleTotal: number;
  hashes: SnapshotHashTexts;
  params: string;
  announcementHash: string;
}

export interface DrawFacts {
  taskId: string;
  taskName: string;
  drawId: string;
  time: string;
  operator: string;
  algorithm: string;
  status: string;
  seedSource: string;
  /** The canonical material (见证号码 cell). */
  material: string;
  seed: string;
  /** The 公告 the draw followed, if any. */
  announcement?: { hash: string; source: string };
  /** 说明 (an unannounced draw's reason). */
  note: string;
  strata: readonly StratumCount[];
  eligibleTotal: number;
  drawnTotal: number;
  hashes: SnapshotHashTexts;
  resultHash: string;
  logHash: string;
}

const strataRows = (strata: readonly StratumCount[]) =>
  strata.map((s) => ({ label: t.stratum(s.stratum), value: t.stratumValue(s.eligible, s.ratioBp, s.sampleSize) }));

const hashRows = (hashes: SnapshotHashTexts) => [
  { label: t.objectsHash, value: hashes.objectsHash },
  { label: t.inspectorsHash, value: hashes.inspectorsHash },
  { label: t.conflictsHash, value: hashes.conflictsHash },
];

/** The head both records open with: which task and attempt, when (`timeLabel`), who, by which algorithm. */
const headRows = (
  f: { taskId: string; taskName: string; drawId: string; time: string; operator: string; algorithm: string },
  timeLabel: string,
) => [
  { label: t.task, value: `${f.taskId} ${f.taskName}` },
  { label: t.drawId, value: f.drawId },
  { label: timeLabel, value: f.time },
  { label: t.operator, value: f.operator },
  { label: t.algorithm, value: f.algorithm },
];

/** SPEC §3.8 公告: the record signed before the drawing, holding the 公告哈希 to publish. */
export function announcementRecord(f: AnnouncementFacts): PrintableRecord {
  return {
    title: t.announcementTitle(f.drawId),
    rows: [
      ...headRows(f, t.announcedAt),
      { label: t.source, value: f.source },
      { label: t.drawingTime, value: f.drawingTime },
      ...strataRows(f.strata),
      { label: t.totals, value: t.totalsValue(f.eligibleTotal, f.sampleTotal) },
      ...hashRows(f.hashes),
      { label: t.params, value: f.params },
      { label: t.announcementHash, value: f.announcementHash },
    ],
    note: t.announcementNote,
    signatures: [...t.signatures],
  };
}

/** SPEC §3.8: the record of one draw, 有效 or 失败, with its evidence level in words. */
export function drawRecord(f: DrawFacts): PrintableRecord {
  const evidence = f.announcement
    ? t.announcedEvidence(f.announcement.hash)
    : f.seedSource === '系统生成' ? t.generatedEvidence : t.unannouncedEvidence(f.note);
  return {
    title: t.drawTitle(f.drawId),
    rows: [
      ...headRows(f, t.drawnAt),
      { label: t.evidence, value: evidence },
      ...(f.announcement ? [{ label: t.source, value: f.announcement.source }] : []),
      { label: t.seedSource, value: f.seedSource },
      ...(f.material ? [{ label: f.announcement ? t.numbers : t.witness, value: f.material }] : []),
      { label: t.seed, value: f.seed },
      ...strataRows(f.strata),
      { label: t.totals, value: t.totalsValue(f.eligibleTotal, f.drawnTotal) },
      ...hashRows(f.hashes),
      { label: t.resultHash, value: f.resultHash },
      { label: t.status, value: f.status },
      { label: t.logHash, value: f.logHash },
    ],
    note: t.drawNote,
    signatures: [...t.signatures],
  };
}
