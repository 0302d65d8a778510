// 检查对象名录库 (SPEC §2): inspection objects, their credit codes, grades, states and tags.
import type { Grade, InspectionObject } from '../model';
import {
  ACTIVE_STATUSES, CREDIT_GRADES, MARKET_ENTITY_TYPES, OBJECT_COLUMNS, OBJECT_STATUSES, OBJECT_TYPES, UNGRADED,
} from '../schema';
import { creditCodeCheckChar, creditCodeFault } from '../credit-code';
import { splitList } from '../text';
import type { TableRow } from '../table';
import { registryMessages as msg } from '../messages/registry';
import { compactText, SheetReader, UniqueIds } from './sheet-reader';

const TYPES: ReadonlySet<string> = new Set(OBJECT_TYPES);
const MARKET_ENTITIES: ReadonlySet<string> = new Set(MARKET_ENTITY_TYPES);
const STATUSES: ReadonlySet<string> = new Set(OBJECT_STATUSES);
const ACTIVE: ReadonlySet<string> = new Set(ACTIVE_STATUSES);
// 'A', 'a', 'A级', 'Ａ' all mean grade A; 未分级 and blank mean no grade.
const GRADE_CHOICES: readonly string[] = [...CREDIT_GRADES, UNGRADED];
const GRADE_TEXT = /^([ABCD])级?$/;
const DEFAULT_STATUS = ACTIVE_STATUSES[0];

/** Tags compare without white space, like 抽查对象范围 ("道路运\n输经营\n主体" = 道路运输经营主体). */
export function parseTags(value: Parameters<typeof splitList>[0]): string[] {
  const tags: string[] = [];
  for (const part of splitList(value)) {
    const tag = compactText(part);
    if (tag !== '' && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** Market entities carry a 统一社会信用代码: upper-cased and checked (length, characters, check digit). */
function checkCreditCode(reader: SheetReader, row: TableRow, col: number, code: string): void {
  const fault = creditCodeFault(code);
  if (fault === null) return;
  const cell = reader.at(row, col);
  if (fault === 'length') reader.report(msg.creditCodeLength(reader.sheet, cell, code));
  else if (fault === 'characters') reader.report(msg.creditCodeCharacters(reader.sheet, cell, code));
  else reader.report(msg.creditCodeCheckDigit(reader.sheet, cell, code, creditCodeCheckChar(code.slice(0, 17)) ?? ''));
}

function readGrade(reader: SheetReader, row: TableRow, col: number): Grade | '' {
  const text = reader.compact(row, col).toUpperCase();
  if (text === '' || text === UNGRADED) return '';
  const match = GRADE_TEXT.exec(text);
  if (match) return match[1] as Grade;
  reader.report(msg.badChoice(reader.sheet, reader.at(row, col), '信用风险等级', text, GRADE_CHOICES));
  return '';
}

/**
 * Rows of 检查对象名录库 → objects, in sheet order. A row without 对象编号, or repeating an earlier
 * one, is reported and left out; other faults are reported and the row kept with what could be read.
 */
export function parseObjects(reader: SheetReader): InspectionObject[] {
  reader.checkColumns(OBJECT_COLUMNS);
  const c = {
    id: reader.column('对象编号'), name: reader.column('对象名称'), type: reader.column('对象类型'),
    industry: reader.column('行业类别'), region: reader.column('所属区域'), jurisdiction: reader.column('管辖单位'),
    grade: reader.column('信用风险等级'), status: reader.column('经营状态'), tags: reader.column('分类标签'),
  };
  // Every column (known or not) lands in `fields` for 对象筛选.
  const fieldColumns = [...reader.table.columns];
  const ids = new UniqueIds();
  const objects: InspectionObject[] = [];
  for (const row of reader.table.rows) {
    const typeText = reader.required(row, c.type, '对象类型', true);
    const type = typeText === '' ? '' : reader.choice(row, c.type, '对象类型', TYPES, '') ?? typeText;
    let id = reader.required(row, c.id, '对象编号', true);
    if (id === '') continue;
    if (MARKET_ENTITIES.has(type)) {
      id = id.toUpperCase();
      checkCreditCode(reader, row, c.id, id);
    }
    const firstRow = ids.seen(id, row.row);
    if (firstRow !== undefined) {
      reader.report(msg.duplicateId(reader.sheet, reader.at(row, c.id), '对象编号', id, firstRow));
      continue;
    }
    const status = reader.choice(row, c.status, '经营状态', STATUSES, DEFAULT_STATUS);
    const grade = readGrade(reader, row, c.grade);
    const fields: Record<string, string> = {};
    for (const [key, col] of fieldColumns) fields[key] = reader.text(row, col);
    fields['对象编号'] = id;
    fields['信用风险等级'] = grade;
    fields['经营状态'] = status ?? reader.compact(row, c.status);
    objects.push({
      row: row.row,
      id,
      name: reader.required(row, c.name, '对象名称'),
      type,
      industry: reader.text(row, c.industry),
      region: reader.text(row, c.region),
      jurisdiction: reader.text(row, c.jurisdiction),
      grade,
      status: fields['经营状态'],
      // An unreadable state is never drawn: the error says why.
      active: status !== null && ACTIVE.has(status),
      tags: parseTags(reader.raw(row, c.tags)),
      fields,
    });
  }
  return objects;
}
