// 检查对象名录库 (SPEC §2): inspection objects, their credit codes, grades, states and tags.
import type { Grade, InspectionObject } from '../model';
import {
  ACTIVE_STATUSES, CREDIT_GRADES, MARKET_ENTITY_TYPES, OBJECT_COLUMNS, OBJECT_STATUSES, OBJECT_TYPES, UNGRADED,
} from '../schema';
import { creditCodeCheckChar, creditCodeFault } from '../credit-code';
import type { CellValue } from '../text';
import type { TableRow } from '../table';
import { registryMessages as msg } from '../messages/registry';
import { editMessages } from '../messages/edits';
import { cellText, checkIdentifier, compactText, SheetReader, UniqueIds } from './sheet-reader';

const TYPES: ReadonlySet<string> = new Set(OBJECT_TYPES);
const MARKET_ENTITIES: ReadonlySet<string> = new Set(MARKET_ENTITY_TYPES);
const STATUSES: ReadonlySet<string> = new Set(OBJECT_STATUSES);
const ACTIVE: ReadonlySet<string> = new Set(ACTIVE_STATUSES);
// 'A', 'a', 'A级', 'Ａ' all mean grade A; 未分级 and blank mean no grade.
const GRADE_CHOICES: readonly string[] = [...CREDIT_GRADES, UNGRADED];
const GRADE_TEXT = /^([ABCD])级?$/;
const DEFAULT_STATUS = ACTIVE_STATUSES[0];
const HAS_LOWER_CASE = /[a-z]/;
const LIST_SEPARATOR = /[,，;；、\r\n]/u;
const LIST_SEPARATORS = /[,，;；、\r\n]+/u;

/** Tags compare without white space, like 抽查对象范围 ("道路运\n输经营\n主体" = 道路运输经营主体). */
export function parseTags(value: CellValue | undefined): string[] {
  const text = cellText(value);
  if (!LIST_SEPARATOR.test(text)) return text === '' ? [] : [compactText(text)];
  const tags: string[] = [];
  for (const part of text.split(LIST_SEPARATORS)) {
    const tag = compactText(part);
    if (tag !== '' && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** Excel keeps 15 significant digits of a number: an 18-digit code typed as one has lost its tail. */
const MAX_EXACT_DIGITS = 15;

/**
 * Market entities carry a 统一社会信用代码: upper-cased and checked (length, characters, check digit).
 * A code stored as a number is said to be one: its check digit fails because Excel dropped digits.
 */
function checkCreditCode(reader: SheetReader, row: TableRow, col: number, code: string): void {
  if (typeof reader.raw(row, col) === 'number' && code.length > MAX_EXACT_DIGITS) {
    reader.report(editMessages.creditCodeStoredAsNumber(reader.sheet, reader.at(row, col), code));
    return;
  }
  const fault = creditCodeFault(code);
  if (fault === null) return;
  const cell = reader.at(row, col);
  if (fault === 'length') reader.report(msg.creditCodeLength(reader.sheet, cell, code));
  else if (fault === 'characters') reader.report(msg.creditCodeCharacters(reader.sheet, cell, code));
  else reader.report(msg.creditCodeCheckDigit(reader.sheet, cell, code, creditCodeCheckChar(code.slice(0, 17)) ?? ''));
}

function readGrade(reader: SheetReader, row: TableRow, col: number, value: string): Grade | '' {
  const text = compactText(value).toUpperCase();
  if (text === '' || text === UNGRADED) return '';
  const match = GRADE_TEXT.exec(text);
  if (match) return match[1] as Grade;
  reader.report(msg.badChoice(reader.sheet, reader.at(row, col), '信用风险等级', text, GRADE_CHOICES));
  return '';
}

/** Every column (known or not) by header key → normalised text: for 对象筛选 (SPEC §2). */
function fieldReader(reader: SheetReader): (row: TableRow) => Record<string, string> {
  const keys = [...reader.table.columns.keys()];
  const cols = [...reader.table.columns.values()];
  return (row) => {
    const fields: Record<string, string> = {};
    for (let i = 0; i < keys.length; i++) fields[keys[i]] = cellText(row.cells[cols[i]]);
    return fields;
  };
}

/**
 * Rows of 检查对象名录库 → objects, in sheet order. A row without 对象编号, or repeating an earlier
 * one, is reported and left out; other faults are reported and the row kept with what could be read.
 * `index` (对象编号 → object) is filled on the way, for lookups without a second pass.
 */
export function parseObjects(reader: SheetReader, index = new Map<string, InspectionObject>()): InspectionObject[] {
  reader.checkColumns(OBJECT_COLUMNS);
  const c = {
    id: reader.column('对象编号'), name: reader.column('对象名称'), type: reader.column('对象类型'),
    grade: reader.column('信用风险等级'), status: reader.column('经营状态'), tags: reader.column('分类标签'),
  };
  const readFields = fieldReader(reader);
  const objects: InspectionObject[] = [];
  // SPEC §3.8: ids differing only by invisible characters or NFKC are one repeated id.
  const ids = new UniqueIds();
  for (const row of reader.table.rows) {
    const fields = readFields(row);
    const typeText = reader.requiredValue(row, c.type, '对象类型', compactText(fields['对象类型'] ?? ''));
    const type = typeText === '' ? '' : reader.choiceOf(row, c.type, '对象类型', typeText, TYPES, '') ?? typeText;
    let id = reader.requiredValue(row, c.id, '对象编号', compactText(fields['对象编号'] ?? ''));
    if (id === '') continue;
    if (MARKET_ENTITIES.has(type)) {
      if (HAS_LOWER_CASE.test(id)) id = id.toUpperCase();
      checkCreditCode(reader, row, c.id, id);
    }
    checkIdentifier(reader, row, c.id, '对象编号', id);
    const firstRow = index.get(id)?.row ?? ids.seen(id, row.row);
    if (firstRow !== undefined) {
      reader.report(msg.duplicateId(reader.sheet, reader.at(row, c.id), '对象编号', id, firstRow));
      continue;
    }
    const statusText = compactText(fields['经营状态'] ?? '');
    const status = reader.choiceOf(row, c.status, '经营状态', statusText, STATUSES, DEFAULT_STATUS);
    const grade = readGrade(reader, row, c.grade, fields['信用风险等级'] ?? '');
    fields['对象编号'] = id;
    fields['信用风险等级'] = grade;
    fields['经营状态'] = status ?? statusText;
    const object: InspectionObject = {
      row: row.row,
      id,
      name: reader.requiredValue(row, c.name, '对象名称', fields['对象名称'] ?? ''),
      type,
      industry: fields['行业类别'] ?? '',
      region: fields['所属区域'] ?? '',
      jurisdiction: fields['管辖单位'] ?? '',
      grade,
      status: fields['经营状态'],
      // An unreadable state is never drawn: the error says why.
      active: status !== null && ACTIVE.has(status),
      tags: parseTags(fields['分类标签'] ?? ''),
      fields,
    };
    index.set(id, object);
    objects.push(object);
  }
  return objects;
}
