// The printable records (`--record`): an A4 sheet with task, time, source, digits, seed, counts per
// stratum, the full hashes and signature lines, matching what the log holds.
import { existsSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { smallBookFiles } from '../fixtures/small-book-files';
import { capture } from '../fixtures/cli-capture';

const books = smallBookFiles('ssj-record-');
const FUTURE = '中国福利彩票快乐8|2099150|2099-06-05 21:30|20×2';

async function recordRows(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets[0];
  const rows = new Map<string, string>();
  sheet.eachRow((row) => rows.set(String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')));
  return { sheet, rows };
}

test('ssj announce --record writes the 公告 record: full 公告哈希, source, strata, signature lines, A4 with a print area', async () => {
  const file = books.copy('record-announce.xlsx');
  const record = path.join(path.dirname(file), '公告记录.xlsx');
  const { io, out } = capture();
  expect(await run(['announce', file, '--task', '联033', '--source', FUTURE, '--operator', '张三', '--record', record], io)).toBe(0);
  const hash = /公告哈希：([0-9a-f]{64})/.exec(out.join('\n'))![1];
  expect(out.join('\n')).toContain('可打印记录已另存为');
  const { sheet, rows } = await recordRows(record);
  expect(rows.get('公告哈希（请在开奖前公布）')).toBe(hash);
  expect(rows.get('开奖来源（名称|期号|开奖时间|个数×位数）')).toBe(FUTURE);
  expect(rows.get('抽取编号')).toBe('联033-1');
  expect(rows.get('分层 A')).toMatch(/合格 \d+ 户 × 5% → 应抽 \d+ 户/);
  expect(rows.get('对象快照哈希')).toMatch(/^[0-9a-f]{64}$/);
  expect([...rows.keys()].filter((k) => k.startsWith('见证人'))).toHaveLength(1);
  expect(rows.get('见证人')).toContain('签字');
  expect(sheet.pageSetup.paperSize).toBe(9);
  expect(sheet.pageSetup.printArea).toBe(`A1:B${sheet.rowCount}`);
});

test('ssj draw --record writes the draw record with its seed, digits, result hash and 本条哈希', async () => {
  const file = books.copy('record-draw.xlsx');
  const record = path.join(path.dirname(file), '抽取记录.xlsx');
  const { io, out } = capture();
  const argv = ['draw', file, '--task', '联033', '--witness', '3179 2046 5581 9023 4417 8830', '--unannounced', '演练', '--operator', '张三', '--record', record];
  expect(await run(argv, io)).toBe(0);
  const text = out.join('\n');
  const { rows } = await recordRows(record);
  expect(rows.get('见证号码（数字）')).toBe('317920465581902344178830');
  expect(rows.get('种子')).toBe(/种子（见证号码）：([0-9a-f]{64})/.exec(text)![1]);
  expect(rows.get('结果哈希')).toBe(/结果哈希：([0-9a-f]{64})/.exec(text)![1]);
  expect(rows.get('本条哈希（请抄送或公布，日后核对）')).toBe(/抽取日志末条哈希：([0-9a-f]{64})/.exec(text)![1]);
  expect(rows.get('证据')).toContain('未公告');
  expect(rows.get('状态')).toBe('有效');
});

test('--record naming the workbook itself is a usage error, nothing written', async () => {
  const file = books.copy('record-self.xlsx');
  const { io } = capture();
  expect(await run(['announce', file, '--task', '联033', '--source', FUTURE, '--operator', '张三', '--record', file], io)).toBe(2);
  const missing = path.join(path.dirname(file), 'never.xlsx');
  expect(await run(['draw', file, '--task', '联033', '--generate', '--operator', '张三', '--record', missing], capture().io)).toBe(1);
  expect(existsSync(missing)).toBe(false);
});
