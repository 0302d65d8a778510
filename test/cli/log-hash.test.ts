// A hash chain cannot show its own tail cut off: draw and void print the new 本条哈希 for the paper
// record, and verify prints the last one, so a deleted last draw shows as a hash that differs.
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { SHEETS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { writeSmallBook } from '../fixtures/small-book';
import { capture } from '../fixtures/cli-capture';

const WITNESS = '3179 2046 5581 9023 4417 8830';
let dir: string;


const hashIn = (text: string): string => /抽取日志末条哈希：([0-9a-f]{64})/.exec(text)?.[1] ?? '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-log-hash-'));
  const book = XlsxWorkbook.create();
  await writeSmallBook(book);
  writeFileSync(path.join(dir, 'book.xlsx'), await book.toBuffer());
});

test('draw and void print the new last hash; verify prints the last hash of the file it reads', async () => {
  const file = path.join(dir, 'book.xlsx');
  const first = capture();
  expect(await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三'], first.io)).toBe(0);
  const afterFirst = hashIn(first.text());
  expect(afterFirst).toMatch(/^[0-9a-f]{64}$/);
  const second = capture();
  expect(await run(['draw', file, '--task', '交001', '--generate', '--unannounced', '测试：系统生成', '--operator', '张三'], second.io)).toBe(0);
  const afterSecond = hashIn(second.text());
  expect(afterSecond).not.toBe(afterFirst);

  const verify = capture();
  expect(await run(['verify', file], verify.io)).toBe(0);
  expect(hashIn(verify.text())).toBe(afterSecond);

  // The second draw removed whole (log row, results, snapshot): the chain still holds, the last hash does not.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet(SHEETS.log)!.spliceRows(3, 1);
  for (const name of [SHEETS.results, SHEETS.snapshot]) {
    const ws = wb.getWorksheet(name)!;
    for (let r = ws.rowCount; r >= 2; r--) if (String(ws.getCell(r, 1).value).startsWith('交001')) ws.spliceRows(r, 1);
  }
  const cut = path.join(dir, 'cut.xlsx');
  await wb.xlsx.writeFile(cut);
  const verifyCut = capture();
  expect(await run(['verify', cut], verifyCut.io)).toBe(0);
  expect(hashIn(verifyCut.text())).toBe(afterFirst);

  const voided = capture();
  expect(await run(['void', file, '--draw', '交001-1', '--reason', '测试', '--operator', '张三'], voided.io)).toBe(0);
  expect(hashIn(voided.text())).not.toBe(afterSecond);
  expect(voided.text()).toMatch(/抽查结果第 \d+–\d+ 行的 \d+ 户属于这次已作废的抽取/);
});

test('verify lists every problem of a draw under its line, not only the first', async () => {
  const file = path.join(dir, 'many.xlsx');
  const book = XlsxWorkbook.create();
  await writeSmallBook(book);
  writeFileSync(file, await book.toBuffer());
  expect(await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三'], capture().io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const grade = wb.getWorksheet(SHEETS.snapshot)!.getCell('D2');
  grade.value = grade.text === 'A' ? 'B' : 'A';
  await wb.xlsx.writeFile(file);
  const verify = capture();
  expect(await run(['verify', file], verify.io)).toBe(1);
  const lines = verify.text().split('\n');
  expect(lines[0]).toBe('✗ 联033-1（任务 联033）  证据：未公告');
  const details = lines.slice(1).filter((line) => line.startsWith('    '));
  expect(details.length).toBeGreaterThanOrEqual(2);
  expect(details.some((line) => line.includes(`${SHEETS.log}!J2`))).toBe(true);
});
