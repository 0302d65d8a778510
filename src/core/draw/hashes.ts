// SPEC §3.6: the snapshot hashes and the result hash, each H of sorted (or draw-order) lines.
import { sha256Lines, sha256OfBytes, Utf8Lines } from '../hash';
import type { ConflictPair, DrawInspector, DrawnObject, StratumInput } from './types';

/** SPEC §3.6 objectsHash lines `对象编号\tstratum`, sorted by code units. */
export function objectLines(strata: readonly StratumInput[]): string[] {
  const lines: string[] = [];
  for (const { stratum, ids } of strata) for (const id of ids) lines.push(`${id}\t${stratum}`);
  return lines.sort();
}

/** SPEC §3.6 inspectorsHash lines `人员编号\tdepartment\t人员类别`, sorted. */
export function inspectorLines(inspectors: readonly DrawInspector[]): string[] {
  return inspectors.map((i) => `${i.id}\t${i.department}\t${i.category}`).sort();
}

/** SPEC §3.6 conflictsHash lines `人员编号\t对象编号`, sorted, de-duplicated. */
export function conflictLines(conflicts: readonly ConflictPair[]): string[] {
  return [...new Set(conflicts.map((c) => `${c.inspectorId}\t${c.objectId}`))].sort();
}

/** SPEC §3.6 resultHash lines `序号\t对象编号\t人员编号s joined by ","`, in draw order. */
export function resultLines(picks: readonly DrawnObject[]): string[] {
  return picks.map((pick) => `${pick.seq}\t${pick.objectId}\t${pick.inspectorIds.join(',')}`);
}

export interface SnapshotHashes {
  objectsHash: string;
  inspectorsHash: string;
  conflictsHash: string;
}

/**
 * The three snapshot hashes of what a draw saw (SPEC §3.6); objects as strata or as the UTF-8 bytes of
 * their sorted lines joined by "\n" (what the engine writes while merging the sorted strata).
 */
export async function snapshotHashes(
  objects: readonly StratumInput[] | Uint8Array<ArrayBuffer>,
  inspectors: readonly DrawInspector[],
  conflicts: readonly ConflictPair[],
): Promise<SnapshotHashes> {
  const [objectsHash, inspectorsHash, conflictsHash] = await Promise.all([
    objects instanceof Uint8Array ? sha256OfBytes(objects) : sha256Lines(objectLines(objects)),
    sha256Lines(inspectorLines(inspectors)),
    sha256Lines(conflictLines(conflicts)),
  ]);
  return { objectsHash, inspectorsHash, conflictsHash };
}

/** SPEC §3.6 resultHash: H(resultLines(picks).join("\n")), written without the line strings. */
export function resultHash(picks: readonly DrawnObject[]): Promise<string> {
  const lines = new Utf8Lines();
  for (const pick of picks) {
    lines.startLine(String(pick.seq));
    lines.appendField(pick.objectId);
    lines.appendField(pick.inspectorIds.join(','));
  }
  return sha256OfBytes(lines.bytes());
}
