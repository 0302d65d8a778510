// ExcelJS's streaming reader parks sheets in temp files and deletes them as soon as a skipped sheet is
// passed over; reading only some sheets must not leave a stream opening a deleted file (an uncaught
// ENOENT that used to fail whichever test ran next).
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { XlsxFileReader } from '../../src/workbook/xlsx-file';
import { writeSmallBook } from '../fixtures/small-book';

test('reading one sheet of many, forty times, raises no stray error', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-skip-'));
  const stray: Error[] = [];
  const listener = (e: Error) => stray.push(e);
  process.on('uncaughtException', listener);
  try {
    const book = XlsxWorkbook.create();
    await writeSmallBook(book);
    const file = path.join(dir, 'book.xlsx');
    writeFileSync(file, await book.toBuffer());
    for (let i = 0; i < 40; i++) {
      const values = (await new XlsxFileReader(file).readSheets(['年度抽查计划'])).get('年度抽查计划');
      expect(values?.[1]?.[2]).toBe('联033');
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stray).toEqual([]);
  } finally {
    process.off('uncaughtException', listener);
    rmSync(dir, { recursive: true, force: true });
  }
});
