// ExcelJS 4.4's streaming reader decodes each inflated chunk on its own: a Chinese character whose
// UTF-8 bytes straddle two chunks came out as U+FFFD (xlsx-node-patch decodes parts whole). Shared
// strings are where an ExcelJS- or Excel-written workbook keeps its text.
import { mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { openXlsxFile, XlsxFileReader } from '../../src/workbook/xlsx-file';

test('long Chinese shared strings stream back exactly as the full load reads them', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ssj-utf8-')), 'names.xlsx');
  const wb = new Workbook();
  const ws = wb.addWorksheet('检查对象名录库');
  // ~600 KB of shared strings: dozens of inflate chunks, each boundary likely inside a character.
  const names = Array.from({ length: 2000 }, (_, i) => `清河县第${i}运输有限公司（${'道路货物运输'.repeat(i % 17)}）`);
  names.forEach((name, i) => ws.addRow([`A${i}`, name]));
  await wb.xlsx.writeFile(file);
  const streamed = (await new XlsxFileReader(file).readSheets(['检查对象名录库'])).get('检查对象名录库')!;
  const whole = (await (await openXlsxFile(file)).readSheets(['检查对象名录库'])).get('检查对象名录库')!;
  expect(streamed.map((row) => row[1])).toEqual(names);
  expect(streamed).toEqual(whole);
});
