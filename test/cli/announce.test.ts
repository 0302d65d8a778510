// `ssj announce` and the draw of an announced id on real .xlsx files, with the real clock: the 公告 row
// and the 公告哈希 printed; refusals exit 1 and leave the file byte for byte. Drawing after 开奖时间 is
// tested at the use case, whose clock tests set (test/usecases/announce.test.ts).
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { smallBookFiles } from '../fixtures/small-book-files';
import { capture } from '../fixtures/cli-capture';
import { SHEETS } from '../../src/core/schema';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const books = smallBookFiles('ssj-announce-');
/** A drawing long after any test run: the 公告 must precede its drawing by the real clock. */
const FUTURE = '中国福利彩票快乐8|2099150|2099-06-05 21:30|20×2';
const NUMBERS = '05 12 17 23 31 38 40 44 47 52 55 58 61 63 66 69 71 74 77 80';

async function logRows(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: unknown[][] = [];
  wb.getWorksheet(SHEETS.log)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

test('ssj announce writes the 公告 row and prints the 公告哈希 with why and where to publish it', async () => {
  const file = books.copy('announce.xlsx');
  const { io, out } = capture();
  expect(await run(['announce', file, '--task', '联033', '--source', FUTURE, '--operator', '张三'], io)).toBe(0);
  const text = out.join('\n');
  expect(text).toContain('已公告 联033-1');
  expect(text).toContain(`开奖来源：${FUTURE}`);
  const hash = /公告哈希：([0-9a-f]{64})/.exec(text)![1];
  expect(text).toContain('纪检监察部门签收、政府网站或省级平台');
  const rows = await logRows(file);
  expect(rows).toHaveLength(2);
  expect(rows[1][16]).toBe('公告');
  expect(rows[1][17]).toBe(FUTURE);
  expect(rows[1][19]).toBe(hash);
  // The dry run now says the next draw is announced.
  const dry = capture();
  expect(await run(['draw', file, '--task', '联033', '--dry-run'], dry.io)).toBe(0);
  expect(dry.out.join('\n')).toContain(`已公告：${FUTURE}`);
});

test('--json gives the 公告哈希 and the row as data', async () => {
  const file = books.copy('announce-json.xlsx');
  const { io, out } = capture();
  expect(await run(['announce', file, '--task', '联033', '--source', FUTURE, '--operator', '张三', '--json'], io)).toBe(0);
  const json = JSON.parse(out.join('\n'));
  expect(json).toMatchObject({ ok: true, written: true, drawId: '联033-1', source: FUTURE, problems: [] });
  expect(json.announcementHash).toMatch(/^[0-9a-f]{64}$/);
});

test.each([
  ['a drawing already held', ['--source', '中国福利彩票快乐8|2024150|2024-06-05 21:30|20×2'], '开奖时间 2024-06-05 21:30 不晚于现在'],
])('ssj announce refuses %s: exit 1, the file unchanged', async (_, extra, said) => {
  const file = books.copy('announce-refused.xlsx');
  const before = digest(file);
  const { io, err } = capture();
  const argv = ['announce', file, '--task', '联033', '--operator', '张三', ...extra];
  // A later --operator would be "given twice": keep the one of `extra` only.
  const operatorAt = argv.indexOf('--operator', argv.indexOf('--operator') + 1);
  if (operatorAt > 0) argv.splice(argv.indexOf('--operator'), 2);
  expect(await run(argv, io)).toBe(1);
  expect(err.join('\n')).toContain(said);
  expect(err.join('\n')).toContain('未公告，工作簿未改动。');
  expect(digest(file)).toBe(before);
});

test.each([
  ['a --source not of four parts', ['--source', '快乐8|abc|2099-06-05'], '四部分'],
  ['a --source with a malformed form', ['--source', '快乐8|abc|2099-06-05 21:30|二十个'], '二十个'],
  ['an --operator with a bidi override', ['--source', FUTURE, '--operator', '张\u202e三'], 'U+202E'],
])('ssj announce takes %s as a bad argument: exit 2, the file unchanged', async (_, extra, said) => {
  const file = books.copy('announce-bad-argument.xlsx');
  const before = digest(file);
  const { io, err } = capture();
  const argv = ['announce', file, '--task', '联033', ...(extra.includes('--operator') ? [] : ['--operator', '张三']), ...extra];
  expect(await run(argv, io)).toBe(2);
  expect(err.join('\n')).toContain(said);
  expect(digest(file)).toBe(before);
});

test('an announced id is drawn only with its numbers, after 开奖时间; other sources are refused, file unchanged', async () => {
  const file = books.copy('announced-draw.xlsx');
  expect(await run(['announce', file, '--task', '联033', '--source', FUTURE, '--operator', '张三'], capture().io)).toBe(0);
  const before = digest(file);
  const early = capture();
  expect(await run(['draw', file, '--task', '联033', '--numbers', NUMBERS, '--operator', '张三'], early.io)).toBe(1);
  expect(early.err.join('\n')).toContain('开奖之前不能抽取');
  const witness = capture();
  expect(await run(['draw', file, '--task', '联033', '--witness', NUMBERS, '--unannounced', '想换号', '--operator', '张三'], witness.io)).toBe(1);
  expect(witness.err.join('\n')).toContain('只能使用该期的开奖号码');
  expect(digest(file)).toBe(before);
});

test('a draw without 公告 and without a reason is refused; with --unannounced the reason is logged', async () => {
  const file = books.copy('unannounced.xlsx');
  const before = digest(file);
  const bare = capture();
  expect(await run(['draw', file, '--task', '联033', '--generate', '--operator', '张三'], bare.io)).toBe(1);
  expect(bare.err.join('\n')).toContain('--unannounced');
  expect(digest(file)).toBe(before);
  const numbers = capture();
  expect(await run(['draw', file, '--task', '联033', '--numbers', NUMBERS, '--operator', '张三'], numbers.io)).toBe(1);
  expect(numbers.err.join('\n')).toContain('没有公告');
  const drawn = capture();
  expect(await run(['draw', file, '--task', '联033', '--generate', '--unannounced', '系统故障，现场无见证人', '--operator', '张三'], drawn.io)).toBe(0);
  expect(drawn.out.join('\n')).toContain('未公告：这次抽取没有事先公告');
  expect((await logRows(file))[1][17]).toBe('未公告:系统故障,现场无见证人');
});
