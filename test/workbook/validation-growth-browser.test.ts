// In the browser (the preview), ExcelJS loads a drop-down's range as one entry per cell: the
// Node-only patch that keeps ranges whole (xlsx-node-patch) is not there. Appending rows there must
// grow the drop-downs just the same, to one range per column covering the new rows. The browser's
// ExcelJS is stood in for by a child Node process that loads the adapter without the patch.
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RESULT_COLUMNS, SHEETS } from '../../src/core/schema';
import { createTemplate } from '../../src/usecases';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { ZipPackage } from '../../src/workbook/zip-package';
import { REQUIRE_TS, ROOT, source } from './ts-child';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-validation-browser-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The worksheet XML of `sheet` inside the .xlsx at `file`. */
function sheetXmlOf(file: string, sheet: string): string {
  const zip = ZipPackage.open(readFileSync(file));
  const rId = new RegExp(`<sheet\\b[^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(zip.text('xl/workbook.xml'))![1];
  const rel = [...zip.text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].find((m) => m[0].includes(`Id="${rId}"`))!;
  return zip.text(`xl/${/Target="\/?(?:xl\/)?([^"]+)"/.exec(rel[0])![1]}`);
}

const sqrefs = (xml: string): string[] => [...xml.matchAll(/<dataValidation\b[^>]*\ssqref="([^"]+)"/g)].map((m) => m[1]).sort();

test('appending 6000 rows with the browser\'s ExcelJS grows each drop-down to one range covering the last row', async () => {
  const made = XlsxWorkbook.create();
  await createTemplate(made, { sample: true });
  const file = path.join(dir, 'sample.xlsx');
  writeFileSync(file, await made.toBuffer());
  expect(sqrefs(sheetXmlOf(file, SHEETS.results))).toEqual(['M2:M5000', 'N2:N5000', 'O2:O5000']);

  const saved = path.join(dir, 'appended.xlsx');
  const script = `${REQUIRE_TS}
    const fs = require('fs');
    const { XlsxWorkbook } = require(${source('workbook/xlsx.ts')});
    (async () => {
      const book = await XlsxWorkbook.fromBuffer(fs.readFileSync(${JSON.stringify(file)}));
      const keys = Object.keys(book.workbook.getWorksheet(${JSON.stringify(SHEETS.results)}).dataValidations.model);
      const rows = Array.from({ length: 6000 }, (_, i) => ['联099-' + (i + 1)]);
      await book.apply([{ kind: 'appendRows', sheet: ${JSON.stringify(SHEETS.results)}, rows, formats: ${JSON.stringify(RESULT_COLUMNS.map((c) => c.format ?? null))} }]);
      fs.writeFileSync(${JSON.stringify(saved)}, await book.toBuffer());
      process.stdout.write(JSON.stringify({ loadedKeys: keys.length, patched: require.cache[${source('workbook/xlsx-node-patch.ts')}] !== undefined }));
    })().catch((e) => { console.error(e); process.exit(1); });
  `;
  const report = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as { loadedKeys: number; patched: boolean };
  // The child's ExcelJS expanded the three ranges into single cells, as in the browser.
  expect(report).toEqual({ loadedKeys: 3 * 4999, patched: false });

  const xml = sheetXmlOf(saved, SHEETS.results);
  const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
  expect(last).toBeGreaterThan(6000);
  const bottom = Math.ceil(last / 5000) * 5000;
  expect(sqrefs(xml)).toEqual(['M', 'N', 'O'].map((col) => `${col}2:${col}${bottom}`));
});
