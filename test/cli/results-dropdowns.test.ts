// SPEC §2 / issue 11: on every row `ssj draw` appends to 抽查结果 (the in-place writer), the clerk's
// columns keep their drop-downs (检查结果, 后续处置, 处置完结) and their date format (检查日期, 完结日期,
// 公示日期), so that a clerk typing a result on row 130 gets the same help as on row 2.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { FOLLOW_UPS, INSPECTION_RESULTS, RESULT_COLUMNS, SHEETS } from '../../src/core/schema';
import { columnLetter } from '../../src/core/text';
import { capture } from '../fixtures/cli-capture';

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const letter = (header: string) => columnLetter(RESULT_COLUMNS.findIndex((c) => c.header === header));

test('two draws later, every result row has the drop-downs and date formats of the clerk’s columns', async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ssj-dropdowns-'));
  const file = path.join(dir, 'book.xlsx');
  const ssj = async (...argv: string[]) => expect(await run(argv, capture().io)).toBe(0);
  await ssj('init', file, '--sample');
  await ssj('draw', file, '--task', '联033', '--witness', '3179 2046 5581 9023 4417 8830', '--operator', '张三', '--unannounced', '测试');
  await ssj('draw', file, '--task', '交001', '--witness', '3179 2046 5581 9023 4417 8831', '--operator', '张三', '--unannounced', '测试');

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet(SHEETS.results)!;
  const lastRow = sheet.actualRowCount;
  expect(lastRow).toBeGreaterThan(100);
  expect(sheet.getCell(`B${lastRow}`).text).toBe('交001');
  // ExcelJS keeps a range (M2:M5000) as one key or as one key per cell, depending on how it loaded.
  const model = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  const covers = (key: string, col: string, row: number) => {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(key.replace(/^range:/, ''));
    return m !== null && m[1] === col && (m[3] ?? m[1]) === col && Number(m[2]) <= row && row <= Number(m[4] ?? m[2]);
  };
  const validations = {
    find: (address: string) => {
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
      const key = Object.keys(model).find((k) => covers(k, col, Number(row)));
      return key === undefined ? undefined : model[key];
    },
  };
  for (const row of [2, Math.floor(lastRow / 2), lastRow, lastRow + 1]) {
    const list = (header: string) => validations.find(`${letter(header)}${row}`);
    expect(list('检查结果')?.type).toBe('list');
    expect(list('后续处置')?.type).toBe('list');
    expect(list('处置完结')?.type).toBe('list');
  }
  const formulae = (header: string) => String(validations.find(`${letter(header)}${lastRow}`)?.formulae?.[0] ?? '');
  expect(formulae('检查结果')).toContain(INSPECTION_RESULTS[3]);
  expect(formulae('后续处置')).toContain(FOLLOW_UPS[6]);
  for (const header of ['检查日期', '完结日期', '公示日期']) {
    const column = sheet.getColumn(RESULT_COLUMNS.findIndex((c) => c.header === header) + 1);
    expect(column.numFmt ?? '').toMatch(/yy|d/i);
  }
}, 120_000);
