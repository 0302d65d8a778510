// `ssj void --json`, the dry run's JSON verdict, and over-long texts named by their field.
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { run } from '../../src/cli/main';
import { smallBookFiles } from '../fixtures/small-book-files';
import { capture } from '../fixtures/cli-capture';

const WITNESS = '3179 2046 5581 9023 4417 8830';
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const books = smallBookFiles('ssj-json-');
const freshFile = books.copy;

test('void --json prints the outcome as JSON, success and refusal alike', async () => {
  const file = freshFile('void.xlsx');
  expect(await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三'], capture().io)).toBe(0);
  const done = capture();
  expect(await run(['void', file, '--draw', '联033-1', '--reason', '测试', '--operator', '张三', '--json'], done.io)).toBe(0);
  const voided = JSON.parse(done.out.join('\n'));
  expect(voided).toMatchObject({ ok: true, drawId: '联033-1', file, problems: [] });
  expect(voided.logHash).toMatch(/^[0-9a-f]{64}$/);
  const again = capture();
  expect(await run(['void', file, '--draw', '联033-1', '--reason', '测试', '--operator', '张三', '--json'], again.io)).toBe(1);
  expect(JSON.parse(again.out.join('\n'))).toMatchObject({ ok: false, problems: [{ code: 'void.already' }] });
});

test('a dry run in JSON says whether it found errors, and for which file', async () => {
  const file = freshFile('dry.xlsx');
  const dry = capture();
  expect(await run(['draw', file, '--task', '联033', '--dry-run', '--json'], dry.io)).toBe(0);
  expect(JSON.parse(dry.out.join('\n'))).toMatchObject({ ok: true, file, drawId: '联033-1' });
});

test('an operator or reason longer than a cell holds is refused by name, file unchanged', async () => {
  const file = freshFile('long.xlsx');
  const before = digest(file);
  const long = 'x'.repeat(40_000);
  const draw = capture();
  expect(await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', long], draw.io)).toBe(1);
  expect(draw.err.join('\n')).toContain('操作人太长（40000 个字符）');
  expect(await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三'], capture().io)).toBe(0);
  const afterDraw = digest(file);
  const voided = capture();
  // void says a text it cannot store before reading the file: a bad argument (exit 2), as its README row says.
  expect(await run(['void', file, '--draw', '联033-1', '--reason', long, '--operator', '张三'], voided.io)).toBe(2);
  expect(voided.err.join('\n')).toContain('作废原因太长（40000 个字符）');
  expect(digest(file)).toBe(afterDraw);
  expect(afterDraw).not.toBe(before);
});
