// `ssj verify` says what the evidence proves (SPEC §3.8): per draw its evidence level and hashes,
// --published checked, each task's attempts, every row's hash, and the closing sentence; --json all of it.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { LAST_LOG_HASH_MEANING, VERIFY_CLOSING } from '../../src/core/messages/verify';
import { takePublished } from '../../src/cli/commands/verify';
import { capture } from '../fixtures/cli-capture';
import { announcedBook } from '../usecases/verify-helpers';

let file: string;
let hashes: { announcementHash: string; drawHash: string };
beforeAll(async () => {
  const book = await announcedBook();
  hashes = book;
  file = path.join(mkdtempSync(path.join(tmpdir(), 'ssj-verify-evidence-')), 'announced.xlsx');
  writeFileSync(file, book.bytes);
});

test('an announced draw: its level, 本条哈希 and 公告哈希 under its line; the attempts, every row\'s hash, the closing sentence before the verdict', async () => {
  const output = capture();
  expect(await run(['verify', file], output.io)).toBe(0);
  expect(output.out.slice(0, 3)).toEqual([
    '✓ 联033-1（任务 联033）  证据：已公告、未核对公布记录',
    `    本条哈希 ${hashes.drawHash}`,
    `    公告哈希 ${hashes.announcementHash}`,
  ]);
  const text = output.text();
  expect(text).toContain('各任务的抽取（按日志顺序）：\n  任务 联033：\n    联033-1 有效，已公告、未核对公布记录');
  expect(text).toContain(`第 2 行 序号 1 公告 联033-1 ${hashes.announcementHash}`);
  expect(text).toContain(`第 3 行 序号 2 有效 联033-1 ${hashes.drawHash}`);
  expect(output.out.at(-2)).toBe(VERIFY_CLOSING);
  expect(output.out.at(-1)).toBe('核验通过：1 次抽取全部可重放，哈希链完整。');
});

test('the last-hash line says a different hash shows the log changed after that record, and an equal one proves nothing about earlier draws by itself', async () => {
  const output = capture();
  expect(await run(['verify', file], output.io)).toBe(0);
  const line = output.out.find((l) => l.startsWith('抽取日志末条哈希：'))!;
  expect(line).toBe(`抽取日志末条哈希：${hashes.drawHash}（${LAST_LOG_HASH_MEANING}）`);
  expect(line).toContain('不同，说明日志在那次之后被改动过');
  expect(line).toContain('只有在此前公布的各个哈希都相符时，才能说明此前没有抽取被删除后重做');
  expect(line).not.toContain('末尾的记录被删除或替换');
});

test('--published with the 公告哈希 (any case, in a comma list with others or repeated) checks it; a wrong one exits 1, the draw ✗, naming the 公告 row', async () => {
  const checked = capture();
  expect(await run(['verify', file, '--published', `联033-1=${hashes.announcementHash.toUpperCase()}`], checked.io)).toBe(0);
  expect(checked.out[0]).toBe('✓ 联033-1（任务 联033）  证据：公告在先、已核对');
  const wrong = capture();
  expect(await run(['verify', file, '--published', `联033-1=${'b'.repeat(64)}`], wrong.io)).toBe(1);
  expect(wrong.out[0]).toBe('✗ 联033-1（任务 联033）  证据：已公告、未核对公布记录');
  expect(wrong.text()).toContain('错误 抽取日志!T2: 核对人给出的 联033-1 的哈希');
  expect(wrong.out.at(-1)).toBe('核验未通过：1 次抽取不符，0 处日志或结果问题。');
  const after = capture();
  expect(await run(['verify', file, '--published', `联033-1=${hashes.drawHash}`], after.io)).toBe(0);
  expect(after.out.slice(0, 4)).toEqual([
    '✓ 联033-1（任务 联033）  证据：已公告、未核对公布记录',
    `    本条哈希 ${hashes.drawHash}`,
    `    公告哈希 ${hashes.announcementHash}`,
    '    核对人给出的公布哈希与本条哈希相同',
  ]);
  const json = capture();
  expect(await run(['verify', file, '--json', `--published=联033-1=${hashes.announcementHash}`], json.io)).toBe(0);
  const report = JSON.parse(json.out.join('\n'));
  expect(report.draws[0]).toMatchObject({ drawId: '联033-1', level: '公告在先、已核对', hash: hashes.drawHash, announcementHash: hashes.announcementHash });
  expect(report.logRows.map((r: { status: string }) => r.status)).toEqual(['公告', '有效']);
  expect(report.tasks[0].attempts[0]).toMatchObject({ drawId: '联033-1', status: '有效' });
  expect(report.hints).toEqual([]);
  expect(report.closing).toBe(VERIFY_CLOSING);
});

test('--published takes repeated options and comma lists; a value that is no id=hash is refused naming it', () => {
  const a = 'a'.repeat(64);
  const b = 'B'.repeat(64);
  const { rest, published } = takePublished(['book.xlsx', '--published', `联033-1=${a}，交001-2 = ${b}`, '--published=联034-1=' + a, '--json']);
  expect(rest).toEqual(['book.xlsx', '--json']);
  expect([...published]).toEqual([['联033-1', a], ['交001-2', b.toLowerCase()], ['联034-1', a]]);
  expect(() => takePublished(['--published', '联033-1=abc'])).toThrow('联033-1=abc');
});
