// 回避 (SPEC §2): the 回避对象编号 column and the optional 回避关系 sheet. A pair naming an unknown
// person or object is a warning: it may be stale, but if it is a typo the avoidance does not work.
import type { AvoidancePair, Inspector } from '../model';
import { AVOIDANCE_COLUMNS } from '../schema';
import { registryMessages as msg } from '../messages/registry';
import { SheetReader } from './sheet-reader';

/** Rows of 回避关系; both IDs are required. */
export function parseAvoidanceSheet(reader: SheetReader): AvoidancePair[] {
  reader.checkColumns(AVOIDANCE_COLUMNS);
  const inspectorCol = reader.column('人员编号');
  const objectCol = reader.column('对象编号');
  const reasonCol = reader.column('回避原因');
  const pairs: AvoidancePair[] = [];
  for (const row of reader.table.rows) {
    const inspectorId = reader.required(row, inspectorCol, '人员编号', true);
    const objectId = reader.required(row, objectCol, '对象编号', true);
    if (inspectorId === '' || objectId === '') continue;
    pairs.push({ row: row.row, inspectorId, objectId, reason: reader.text(row, reasonCol) });
  }
  return pairs;
}

/** The registry's 对象编号: a Set, or the index parseObjects fills. */
export type ObjectIds = { has(id: string): boolean };

/**
 * 对象编号 as written → the registry's 对象编号: exact, or upper-cased for a market entity (whose
 * credit code the registry stores upper-cased). Undefined when the registry lacks it.
 */
export function objectIdLookup(ids: ObjectIds): (id: string) => string | undefined {
  return (id) => (ids.has(id) ? id : ids.has(id.toUpperCase()) ? id.toUpperCase() : undefined);
}

/**
 * Resolves every avoidance to registry IDs in place and warns about the unknown ones, naming the
 * 回避对象编号 cell of the inspector or the cell of the 回避关系 row.
 */
export function checkAvoidance(
  objectIds: ObjectIds,
  inspectors: readonly Inspector[],
  pairs: AvoidancePair[],
  places: { inspectorsSheet: SheetReader; avoidanceSheet?: SheetReader },
): void {
  const lookup = objectIdLookup(objectIds);
  const { inspectorsSheet, avoidanceSheet } = places;
  const avoidCol = inspectorsSheet.column('回避对象编号');
  for (const inspector of inspectors) {
    inspector.avoidObjectIds = inspector.avoidObjectIds.map((id) => {
      const known = lookup(id);
      if (known === undefined) {
        inspectorsSheet.report(msg.unknownAvoidObject(inspectorsSheet.sheet, inspectorsSheet.at(inspector.row, avoidCol), id));
      }
      return known ?? id;
    });
  }
  if (!avoidanceSheet) return;
  const inspectorIds = new Set(inspectors.map((inspector) => inspector.id));
  const inspectorCol = avoidanceSheet.column('人员编号');
  const objectCol = avoidanceSheet.column('对象编号');
  for (const pair of pairs) {
    if (!inspectorIds.has(pair.inspectorId)) {
      avoidanceSheet.report(msg.unknownAvoidInspector(avoidanceSheet.sheet, avoidanceSheet.at(pair.row, inspectorCol), pair.inspectorId));
    }
    const known = lookup(pair.objectId);
    if (known === undefined) {
      avoidanceSheet.report(msg.unknownAvoidObject(avoidanceSheet.sheet, avoidanceSheet.at(pair.row, objectCol), pair.objectId));
    } else {
      pair.objectId = known;
    }
  }
}
