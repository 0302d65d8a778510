import { createHash } from 'crypto';
import { readFileSync, existsSync } from 'fs';
import { run } from '../../src/cli/main';
import { smallBookFiles } from '../fixtures/small-book-files';
import { capture } from '../fixtures/cli-capture';
import { drawCliTexts } from '../../src/core/messages/draw-cli';
import { UI } from '../../src/core/messages/ui';

const WITNESS = '3179 2046 5581 9023 4417 8830';
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const books = smallBookFiles('ssj-cli-');
const freshFile = books.copy;

test('ssj draw updates the workbook in place and prints an observer transcript', async () => {
  const file = freshFile('in-place.xlsx');
  const { io, out } = capture();
  const code = await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--date', '2024-06-03'], io);
  expect(code).toBe(0);
  const text = out.join('\n');
  expect(text).toContain('抽取编号：联033-1');
  expect(text).toMatch(/种子（见证号码）：[0-9a-f]{64}/);
  expect(text).toMatch(/分层 A.*合格 +\d+ 户/);
  expect(text).toMatch(/结果哈希：[0-9a-f]{64}/);
  expect(text).toContain('交通运输局：6 人，每人承担');
  const verify = capture();
  expect(await run(['verify', file], verify.io)).toBe(0);
  expect(verify.out[0]).toBe('✓ 联033-1（任务 联033）  证据：未公告');
  // SPEC §3.8: the unannounced draw is the one warning; the closing sentence comes before the verdict.
  expect(verify.out.at(-2)).toContain('哈希链只证明工作簿内部前后一致');
  expect(verify.out.at(-1)).toBe('核验通过：1 次抽取全部可重放，哈希链完整。另有 1 条警告（见上），请核对。');
});

test('ssj verify\'s last line counts the warnings above it, so a ✓ with a warning is not read as clean', async () => {
  const file = freshFile('warned.xlsx');
  await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--date', '2024-06-03'], capture().io);
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  // 检查人员 (column J): names nobody in the registry has, as many as the row's 人员编号, are a warning,
  // not an error (README): the registry may have renamed them since. Fewer names is an edited cell.
  const sheet = wb.getWorksheet('抽查结果')!;
  const ids = String(sheet.getCell('K2').value).split(',');
  sheet.getCell('J2').value = ids.map((_, i) => `无此人${i + 1}`).join('、');
  await wb.xlsx.writeFile(file);
  const verify = capture();
  expect(await run(['verify', file], verify.io)).toBe(0);
  expect(verify.out.join('\n')).toContain('警告 抽查结果!J2');
  expect(verify.out.at(-1)).toBe('核验通过：1 次抽取全部可重放，哈希链完整。另有 2 条警告（见上），请核对。');
});

test('--dry-run and a refused draw leave the file byte for byte as it was', async () => {
  const file = freshFile('untouched.xlsx');
  const before = digest(file);
  const dry = capture();
  expect(await run(['draw', file, '--task', '联033', '--dry-run'], dry.io)).toBe(0);
  expect(dry.out.join('\n')).toContain('下一次抽取编号 联033-1');
  const refused = capture();
  expect(await run(['draw', file, '--task', '联033', '--witness', '12345', '--unannounced', '见证号码现场抽取', '--operator', '张三'], refused.io)).toBe(1);
  expect(refused.err.join('\n')).toContain('见证号码至少需要 20 位数字');
  expect(refused.err.join('\n')).toContain('未抽取，工作簿未改动。');
  expect(digest(file)).toBe(before);
});

test('--out writes the draw to another file and leaves the input alone', async () => {
  const file = freshFile('input.xlsx');
  const before = digest(file);
  const target = books.path('drawn.xlsx');
  const { io } = capture();
  expect(await run(['draw', file, '--task', '交001', '--generate', '--unannounced', '测试：系统生成', '--operator', '李四', '--out', target], io)).toBe(0);
  expect(digest(file)).toBe(before);
  expect(existsSync(target)).toBe(true);
  expect(await run(['verify', target], capture().io)).toBe(0);
});

test('--json prints the report as JSON with the same result hash as the transcript', async () => {
  const file = freshFile('json.xlsx');
  const { io, out } = capture();
  await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--json'], io);
  const report = JSON.parse(out.join('\n'));
  expect(report).toMatchObject({ ok: true, drawId: '联033-1', file });
  expect(report.resultHash).toMatch(/^[0-9a-f]{64}$/);
  const again = capture();
  await run(['draw', freshFile('json2.xlsx'), '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三'], again.io);
  expect(again.out.join('\n')).toContain(`结果哈希：${report.resultHash}`);
});

test('ssj void appends a 作废 row; verify then marks the draw as voided and still replays it', async () => {
  const file = freshFile('void.xlsx');
  await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三'], capture().io);
  const voided = capture();
  expect(await run(['void', file, '--draw', '联033-1', '--reason', '见证人未到场', '--operator', '张三'], voided.io)).toBe(0);
  const verify = capture();
  expect(await run(['verify', file], verify.io)).toBe(0);
  expect(verify.out[0]).toBe('✓ 联033-1（任务 联033，已作废）  证据：未公告');
  expect(await run(['void', file, '--draw', '联033-9', '--reason', 'x', '--operator', '张三'], capture().io)).toBe(1);
});

test('ssj void takes a control or bidi character in --reason or --operator as a bad argument: exit 2, the file unchanged', async () => {
  const file = freshFile('void-bad-argument.xlsx');
  const before = readFileSync(file);
  for (const [reason, operator, said] of [['见证人\u0007未到场', '张三', 'U+0007'], ['见证人未到场', '张\u202e三', 'U+202E']]) {
    const bad = capture();
    expect(await run(['void', file, '--draw', '联033-1', '--reason', reason, '--operator', operator], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toContain(said);
  }
  expect(readFileSync(file).equals(before)).toBe(true);
});

test('usage errors exit 2 with a Chinese message and no stack trace', async () => {
  const file = freshFile('usage.xlsx');
  const missing = capture();
  expect(await run(['draw', file, '--task', '联033', '--operator', '张三'], missing.io)).toBe(2);
  expect(missing.err[0]).toContain('请指定种子来源');
  const both = capture();
  expect(await run(['draw', file, '--task', '联033', '--operator', '张三', '--generate', '--seed', 'ab'], both.io)).toBe(2);
  expect(both.err[0]).toContain('只能选一个');
  const noFile = capture();
  expect(await run(['verify', books.path('nope.xlsx')], noFile.io)).toBe(2);
  expect(noFile.err.join('\n')).not.toMatch(/\bat .*\.js:\d+/);
});

test('ssj verify on a workbook without draws says there is nothing to replay, not "0 次抽取全部可重放"', async () => {
  const verify = capture();
  expect(await run(['verify', freshFile('no-draws.xlsx')], verify.io)).toBe(0);
  expect(verify.out.at(-1)).toBe('核验通过：抽取日志中没有要重放的有效抽取，哈希链完整。');
});

test('a department whose inspectors carry equal loads is said as one number, uneven ones as a range', () => {
  expect(drawCliTexts.loadLine('市场监管局', 8, 8, 17)).toBe('  市场监管局：17 人，每人承担 8 户');
  expect(drawCliTexts.loadLine('交通运输局', 7, 8, 31)).toBe('  交通运输局：31 人，每人承担 7–8 户');
  expect(UI.draw.summaryLoad('市场监管局', 8, 8, 17)).toBe('市场监管局：17 人，每人 8 户');
  expect(UI.draw.summaryLoad('交通运输局', 7, 8, 31)).toBe('交通运输局：31 人，每人 7–8 户');
});
