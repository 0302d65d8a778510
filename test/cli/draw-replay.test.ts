// SPEC §3.2: a given seed (指定种子) is for replay only: `ssj draw --seed` shows the draw, writes nothing.
import { readFileSync } from 'fs';
import { run } from '../../src/cli/main';
import { smallBookFiles } from '../fixtures/small-book-files';
import { capture } from '../fixtures/cli-capture';

const WITNESS = '3179 2046 5581 9023 4417 8830';
const books = smallBookFiles('ssj-replay-');
const freshFile = books.copy;

test('--seed replays a witnessed draw on the same workbook: same 结果哈希, file untouched, no draw counted', async () => {
  const drawn = capture();
  const witnessed = freshFile('witnessed.xlsx');
  expect(await run(['draw', witnessed, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--json'], drawn.io)).toBe(0);
  const { seed, resultHash, written } = JSON.parse(drawn.out.join('\n'));
  expect(written).toBe(true);

  const file = freshFile('replay.xlsx');
  const replay = capture();
  expect(await run(['draw', file, '--task', '联033', '--seed', seed, '--operator', '审计'], replay.io)).toBe(0);
  const text = replay.out.join('\n');
  expect(text).toContain(`结果哈希：${resultHash}`);
  expect(text).toContain('未写入工作簿');
  expect(text).not.toContain('已写入');
  expect(Buffer.compare(readFileSync(file), Buffer.from(books.bytes()))).toBe(0);

  // Nothing was logged: the next real draw of the task is still batch 1.
  const next = capture();
  expect(await run(['draw', file, '--task', '联033', '--dry-run'], next.io)).toBe(0);
  expect(next.out.join('\n')).toContain('下一次抽取编号 联033-1');
});

test('--seed with --out writes no file either', async () => {
  const file = freshFile('replay-out.xlsx');
  const out = books.path('replay-copy.xlsx');
  expect(await run(['draw', file, '--task', '联033', '--seed', 'a'.repeat(64), '--operator', '审计', '--out', out], capture().io)).toBe(0);
  expect(() => readFileSync(out)).toThrow();
});

test('a seed given in capitals replays the same draw', async () => {
  const drawn = capture();
  expect(await run(['draw', freshFile('caps-witnessed.xlsx'), '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三', '--json'], drawn.io)).toBe(0);
  const { seed, resultHash } = JSON.parse(drawn.out.join('\n'));
  const replay = capture();
  expect(await run(['draw', freshFile('caps.xlsx'), '--task', '联033', '--seed', seed.toUpperCase(), '--operator', '审计'], replay.io)).toBe(0);
  expect(replay.out.join('\n')).toContain(`结果哈希：${resultHash}`);
});
