// What the clerk confirmed against what the draw would do now (issue 14): the workbook may change
// between the dry run and the click on 确认抽取 (a plan cell, a registry row, another draw). The draw
// re-reads the workbook anyway; given what the dialog showed, it refuses, writing nothing, if any of
// it differs, so one confirmation can never give a different draw.
import { snapshotHashes, type SnapshotHashes } from '../core/draw/hashes';
import { planSampleSizes } from '../core/draw/select';
import { changedSinceConfirmed, confirmedChanges } from '../core/messages/confirmed';
import { UI } from '../core/messages/ui';
import type { Problem } from '../core/messages/problem';
import type { PreparedDraw } from './prepare';

export interface ExpectedDraw {
  drawId: string;
  strata: Array<{ stratum: string; eligible: number; sampleSize: number }>;
  hashes: SnapshotHashes;
  /** The 参数 JSON the draw would log: ratios, departments, inspectors per object. */
  params: string;
}

/** What a draw of `prepared` would do, as the dry run shows it and the confirmation promises it. */
export async function expectationOf(prepared: PreparedDraw): Promise<ExpectedDraw> {
  const plan = planSampleSizes(prepared.strata, prepared.task.ratioBp);
  return {
    drawId: prepared.drawId,
    strata: plan.strata.map(({ stratum, eligible, sampleSize }) => ({ stratum, eligible, sampleSize })),
    hashes: await snapshotHashes(prepared.strata, prepared.inspectors, prepared.conflicts),
    params: prepared.params,
  };
}

/** The refusal when the draw would now differ from `expected`; none when it is the same draw. */
export async function changedSinceExpected(expected: ExpectedDraw, prepared: PreparedDraw): Promise<Problem[]> {
  const now = await expectationOf(prepared);
  const changes: string[] = [];
  if (now.drawId !== expected.drawId) changes.push(confirmedChanges.drawId(expected.drawId, now.drawId));
  const shown = new Map(expected.strata.map((s) => [s.stratum, s]));
  const current = new Map(now.strata.map((s) => [s.stratum, s]));
  for (const s of now.strata) {
    const before = shown.get(s.stratum);
    if (!before) continue;
    const what = [
      ...(before.eligible !== s.eligible ? [confirmedChanges.count(UI.draw.eligible, before.eligible, s.eligible)] : []),
      ...(before.sampleSize !== s.sampleSize ? [confirmedChanges.count(UI.draw.sampleSize, before.sampleSize, s.sampleSize)] : []),
    ];
    if (what.length) changes.push(confirmedChanges.stratum(s.stratum, what.join('，')));
  }
  const added = now.strata.filter((s) => !shown.has(s.stratum)).map((s) => s.stratum);
  const removed = expected.strata.filter((s) => !current.has(s.stratum)).map((s) => s.stratum);
  if (added.length) changes.push(confirmedChanges.strataAdded(added));
  if (removed.length) changes.push(confirmedChanges.strataRemoved(removed));
  if (now.hashes.objectsHash !== expected.hashes.objectsHash) changes.push(confirmedChanges.objects);
  if (now.hashes.inspectorsHash !== expected.hashes.inspectorsHash) changes.push(confirmedChanges.inspectors);
  if (now.hashes.conflictsHash !== expected.hashes.conflictsHash) changes.push(confirmedChanges.conflicts);
  if (now.params !== expected.params) changes.push(confirmedChanges.params);
  return changes.length ? [changedSinceConfirmed(changes)] : [];
}
