// A draw reads only the header of 抽取快照, which grows by a registry's size with every draw.
import { XlsxWorkbook } from '../../src/workbook/xlsx';
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
