// A draw reads only the header of 抽取快照, which grows by a registry's size with every draw.
import { mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile, XlsxFileReader } from '../../src/workbook/xlsx-file';
import { officeOn, registryRows } from './office-fixtures';

const SNAPSHOT = '抽取快照';

test('Office: maxRows 1 reads the header of a 100,000-row sheet in two small syncs', async () => {
  const { fake, workbook } = officeOn();
  const rows = registryRows(100_000);
  fake.addSheet(SNAPSHOT, rows);
  const result = await workbook.readSheets([SNAPSHOT], undefined, { maxRows: 1 });
  expect(result.get(SNAPSHOT)).toEqual([rows[0]]);
  expect(fake.syncs).toBe(2);
  expect(fake.largestResponse).toBeLessThan(10_000);
});

test('xlsx: maxRows 1 returns the header row only', async () => {
  const book = XlsxWorkbook.create();
  const rows = registryRows(500);
  await book.apply([
    { kind: 'createTableSheet', spec: { name: SNAPSHOT, columns: rows[0].map((header) => ({ header: String(header) })) } },
    { kind: 'appendRows', sheet: SNAPSHOT, rows: rows.slice(1) },
  ]);
  const result = await book.readSheets([SNAPSHOT], undefined, { maxRows: 1 });
  expect(result.get(SNAPSHOT)).toEqual([rows[0]]);
  expect((await book.readSheets([SNAPSHOT])).get(SNAPSHOT)).toHaveLength(501);
});

test('xlsx file: maxRows 1 streams the header of a 100,000-row sheet, and the file reads whole after', async () => {
  const book = XlsxWorkbook.create();
  const rows = registryRows(100_000);
  await book.apply([
    { kind: 'createTableSheet', spec: { name: SNAPSHOT, columns: rows[0].map((header) => ({ header: String(header) })) } },
    { kind: 'appendRows', sheet: SNAPSHOT, rows: rows.slice(1) },
    { kind: 'createTableSheet', spec: { name: '后面的表', columns: [{ header: '甲' }] } },
    { kind: 'appendRows', sheet: '后面的表', rows: [['乙']] },
  ]);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ssj-max-rows-')), 'long.xlsx');
  await saveXlsxFile(book, file);
  const reader = new XlsxFileReader(file);
  const header = await reader.readSheets([SNAPSHOT, '后面的表'], undefined, { maxRows: 1 });
  expect(header.get(SNAPSHOT)).toEqual([rows[0]]);
  expect(header.get('后面的表')).toEqual([['甲']]);
  const whole = await reader.readSheets([SNAPSHOT, '后面的表']);
  expect(whole.get(SNAPSHOT)).toHaveLength(100_001);
  expect(whole.get('后面的表')).toEqual([['甲'], ['乙']]);
  // ExcelJS writes 100,000 rows here (~10 s alone): room for a machine running other work too.
}, 180_000);
