// 节假日 (SPEC §2, §4): days off (休) and make-up working days (班) adding to the built-in calendar.
// A row that cannot be read is skipped with a warning.
import type { HolidayEntry } from '../model';
import { HOLIDAY_TYPES } from '../schema';
import { parseDateCell } from '../dates';
import { registryMessages as msg } from '../messages/registry';
import { SheetReader, UniqueIds } from './sheet-reader';

const KEY_COLUMNS = [{ header: '日期', required: true }, { header: '类型', required: true }];
const TYPES: ReadonlySet<string> = new Set(HOLIDAY_TYPES);
// Clerks also write the long forms.
const TYPE_WORDS: Readonly<Record<string, HolidayEntry['type']>> = { 休息: '休', 放假: '休', 上班: '班', 补班: '班' };

export function parseHolidays(reader: SheetReader): HolidayEntry[] {
  const dateCol = reader.column('日期');
  const typeCol = reader.column('类型');
  const dates = new UniqueIds();
  const entries: HolidayEntry[] = [];
  if (!reader.checkColumns(KEY_COLUMNS)) return entries;
  for (const row of reader.table.rows) {
    const date = parseDateCell(reader.raw(row, dateCol));
    if (date === null) {
      reader.report(msg.holidayBadDate(reader.sheet, reader.at(row, dateCol), reader.text(row, dateCol)));
      continue;
    }
    const text = reader.compact(row, typeCol);
    const type = TYPES.has(text) ? (text as HolidayEntry['type']) : TYPE_WORDS[text];
    if (type === undefined) {
      reader.report(msg.holidayBadType(reader.sheet, reader.at(row, typeCol), text, HOLIDAY_TYPES));
      continue;
    }
    const firstRow = dates.seen(date, row.row);
    if (firstRow !== undefined) {
      reader.report(msg.holidayDuplicate(reader.sheet, reader.at(row, dateCol), date, firstRow));
      continue;
    }
    entries.push({ row: row.row, date, type });
  }
  return entries;
}
