// 执法检查人员名录库 (SPEC §2): inspectors, their departments (alias-normalised), certificates and
// duty states. Being on leave or holding an expired certificate is not an error: the draw skips them.
import type { Inspector, InspectorCategory } from '../model';
import { DUTY_STATUSES, INSPECTOR_CATEGORIES, INSPECTOR_COLUMNS } from '../schema';
import { parseDateCell } from '../dates';
import type { TableRow } from '../table';
import { registryMessages as msg } from '../messages/registry';
import { checkIdentifier, SheetReader, UniqueIds, compactText } from './sheet-reader';
import { parseTags } from './objects';
import { splitList } from '../text';

const CATEGORIES: ReadonlySet<string> = new Set(INSPECTOR_CATEGORIES);
const DUTY: ReadonlySet<string> = new Set(DUTY_STATUSES);
const LAW_ENFORCEMENT: InspectorCategory = '执法人员';
const ON_DUTY = '在岗';
// Someone transferred away (调离) no longer takes part; their old certificate data is not nagged about.
const GONE = '调离';

type Columns = Record<'id' | 'name' | 'dept' | 'section' | 'category' | 'certNo' | 'certEnd' | 'tags' | 'duty' | 'avoid' | 'phone', number>;

function columnsOf(reader: SheetReader): Columns {
  return {
    id: reader.column('人员编号'), name: reader.column('姓名'), dept: reader.column('所属部门'),
    section: reader.column('科室'), category: reader.column('人员类别'), certNo: reader.column('执法证号'),
    certEnd: reader.column('执法证有效期至'), tags: reader.column('专业标签'), duty: reader.column('在岗状态'),
    avoid: reader.column('回避对象编号'), phone: reader.column('联系电话'),
  };
}

/** 执法证号 and 执法证有效期至: required for 执法人员 (unless 调离); an unreadable date is always reported. */
function readCertificate(
  reader: SheetReader, row: TableRow, c: Columns, category: InspectorCategory, duty: string,
): { certificateNo: string; certificateExpiry: string | null } {
  const certificateNo = reader.compact(row, c.certNo);
  const expiryText = reader.text(row, c.certEnd);
  const certificateExpiry = parseDateCell(reader.raw(row, c.certEnd));
  const mustHold = category === LAW_ENFORCEMENT && duty !== GONE;
  if (mustHold && certificateNo === '') reader.report(msg.certificateNoMissing(reader.sheet, reader.at(row, c.certNo)));
  const cell = reader.at(row, c.certEnd);
  if (expiryText === '') {
    if (mustHold) reader.report(msg.certificateExpiryMissing(reader.sheet, cell));
  } else if (certificateExpiry === null) {
    reader.report(mustHold
      ? msg.badDate(reader.sheet, cell, '执法证有效期至', expiryText)
      : msg.unusedBadDate(reader.sheet, cell, '执法证有效期至', expiryText));
  }
  return { certificateNo, certificateExpiry };
}

/** IDs in a list cell, without white space (object IDs are resolved against the registry later). */
export function parseIdList(value: Parameters<typeof splitList>[0]): string[] {
  return splitList(value).map(compactText).filter((id) => id !== '');
}

/**
 * Rows of 执法检查人员名录库 → inspectors. `canonical` maps a department name to its canonical name.
 * A row without 人员编号, or repeating one, is reported and left out.
 */
export function parseInspectors(reader: SheetReader, canonical: (name: string) => string): Inspector[] {
  reader.checkColumns(INSPECTOR_COLUMNS);
  const c = columnsOf(reader);
  const ids = new UniqueIds();
  const inspectors: Inspector[] = [];
  for (const row of reader.table.rows) {
    const id = reader.required(row, c.id, '人员编号', true);
    if (id === '') continue;
    checkIdentifier(reader, row, c.id, '人员编号', id);
    const firstRow = ids.seen(id, row.row);
    if (firstRow !== undefined) {
      reader.report(msg.duplicateId(reader.sheet, reader.at(row, c.id), '人员编号', id, firstRow));
      continue;
    }
    const name = reader.required(row, c.name, '姓名');
    const department = canonical(reader.required(row, c.dept, '所属部门', true));
    const category = (reader.choice(row, c.category, '人员类别', CATEGORIES, LAW_ENFORCEMENT) ?? LAW_ENFORCEMENT) as InspectorCategory;
    const duty = reader.choice(row, c.duty, '在岗状态', DUTY, ON_DUTY);
    const dutyStatus = duty ?? reader.compact(row, c.duty);
    inspectors.push({
      row: row.row,
      id,
      name,
      department,
      section: reader.text(row, c.section),
      category,
      ...readCertificate(reader, row, c, category, dutyStatus),
      tags: parseTags(reader.raw(row, c.tags)),
      dutyStatus,
      onDuty: duty === ON_DUTY,
      avoidObjectIds: parseIdList(reader.raw(row, c.avoid)),
      phone: reader.text(row, c.phone),
    });
  }
  return inspectors;
}
