// 工作台账 (SPEC §2, for Annex 2): meetings, documents and trainings. A row the report cannot use is
// skipped with a warning: the ledger never blocks a draw.
import type { LedgerEntry } from '../model';
import { LEDGER_CATEGORIES } from '../schema';
import { parseDateCell } from '../dates';
import { registryMessages as msg } from '../messages/registry';
import { parseCount, SheetReader } from './sheet-reader';

const CATEGORIES: ReadonlySet<string> = new Set(LEDGER_CATEGORIES);
// Without these two columns no row can be used: one problem at the header, not one per row.
const KEY_COLUMNS = [{ header: '日期', required: true }, { header: '类别', required: true }];

export function parseLedger(reader: SheetReader): LedgerEntry[] {
  const c = {
    date: reader.column('日期'), category: reader.column('类别'), name: reader.column('名称'),
    docNo: reader.column('文号'), people: reader.column('人数'), content: reader.column('内容'),
  };
  const entries: LedgerEntry[] = [];
  if (!reader.checkColumns(KEY_COLUMNS)) return entries;
  for (const row of reader.table.rows) {
    const date = parseDateCell(reader.raw(row, c.date));
    if (date === null) {
      reader.report(msg.ledgerBadDate(reader.sheet, reader.at(row, c.date), reader.text(row, c.date)));
      continue;
    }
    const category = reader.compact(row, c.category);
    if (!CATEGORIES.has(category)) {
      reader.report(msg.ledgerBadCategory(reader.sheet, reader.at(row, c.category), category, LEDGER_CATEGORIES));
      continue;
    }
    const peopleText = reader.text(row, c.people);
    const people = parseCount(reader.raw(row, c.people));
    if (peopleText !== '' && people === null) reader.report(msg.ledgerBadPeople(reader.sheet, reader.at(row, c.people), peopleText));
    entries.push({
      row: row.row, date, category, name: reader.text(row, c.name), docNo: reader.text(row, c.docNo),
      people, content: reader.text(row, c.content),
    });
  }
  return entries;
}
