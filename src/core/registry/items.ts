// 抽查事项清单 (SPEC §2): one row per 检查小项; Annex 2 counts 大项 and 小项 from it.
import type { InspectionItem } from '../model';
import { ITEM_CATEGORIES, ITEM_COLUMNS } from '../schema';
import { registryMessages as msg } from '../messages/registry';
import { SheetReader, UniqueIds } from './sheet-reader';

const CATEGORIES: ReadonlySet<string> = new Set(ITEM_CATEGORIES);

/** Rows of 抽查事项清单; a repeated 事项编号 is a warning and both rows are kept. */
export function parseItems(reader: SheetReader, canonical: (name: string) => string): InspectionItem[] {
  reader.checkColumns(ITEM_COLUMNS);
  const c = {
    id: reader.column('事项编号'), dept: reader.column('所属部门'), major: reader.column('检查大项'),
    minor: reader.column('检查小项'), category: reader.column('事项类别'), method: reader.column('检查方式'),
    basis: reader.column('抽查依据'),
  };
  const ids = new UniqueIds();
  const items: InspectionItem[] = [];
  for (const row of reader.table.rows) {
    const id = reader.required(row, c.id, '事项编号', true);
    if (id === '') continue;
    const firstRow = ids.seen(id, row.row);
    if (firstRow !== undefined) reader.report(msg.duplicateItemId(reader.sheet, reader.at(row, c.id), id, firstRow));
    items.push({
      row: row.row,
      id,
      department: canonical(reader.required(row, c.dept, '所属部门', true)),
      major: reader.required(row, c.major, '检查大项'),
      minor: reader.required(row, c.minor, '检查小项'),
      category: reader.choice(row, c.category, '事项类别', CATEGORIES, '') ?? reader.compact(row, c.category),
      method: reader.text(row, c.method),
      basis: reader.text(row, c.basis),
    });
  }
  return items;
}
