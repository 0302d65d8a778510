// A save killed while writing leaves its lock and its temp file beside the workbook. The next save
// takes the dead process's lock over and removes that process's temp files: those named with its
// lock's token, and those older than its lock; nothing else. The killed save is a real process
// (SIGKILL once its temp file is written), running the real writeFileAtomic.
import { spawn } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { drawTask } from '../../src/usecases';
import { lockPathOf } from '../../src/workbook/file-guard';
import { XlsxAppendingFile, XlsxFileReader } from '../../src/workbook/xlsx-file';
import { SHEETS } from '../../src/core/schema';
import { smallBookBytes } from '../fixtures/small-book';
import { REQUIRE_TS, ROOT, source } from './ts-child';

let dir: string;
let pristine: Uint8Array;

beforeAll(async () => {
  pristine = await smallBookBytes();
});
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-stale-temp-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs writeFileAtomic on `file` in a child process whose disk write never finishes: once half the
 * temp file is written, the child says so and is killed with SIGKILL (no exit handler runs).
 */
async function killedWhileWriting(file: string): Promise<void> {
  const script = `${REQUIRE_TS}
    const fs = require('fs');
    const { nodeFileOps, writeFileAtomic } = require(${source('workbook/xlsx-file.ts')});
    setInterval(() => undefined, 1 << 30);
    const hanging = { ...nodeFileOps, async writeFile(temp, data, mode) {
      await nodeFileOps.writeFile(temp, data.subarray(0, data.length >> 1), mode);
      process.stdout.write('written\\n');
      await new Promise(() => undefined);
    } };
    writeFileAtomic(${JSON.stringify(file)}, fs.readFileSync(${JSON.stringify(file)}), hanging);
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));
  const written = await new Promise<boolean>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('written') && resolve(true));
    child.on('exit', () => resolve(false));
  });
  if (!written) throw new Error(`the child did not reach its write: ${stderr}`);
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}

const HOUR = 3600;

test('a save after one killed while writing removes the killed save\'s temp file, and only what it left', async () => {
  const file = path.join(dir, 'book.xlsx');
  writeFileSync(file, pristine);
  await killedWhileWriting(file);
  const lock = JSON.parse(readFileSync(lockPathOf(file), 'utf8')) as { token: string };
  const left = readdirSync(dir).filter((name) => name.endsWith('.tmp'));
  expect(left).toEqual([`.book.xlsx.${lock.token}.tmp`]);

  // Named like a temp file of this workbook and older than the dead process's lock: left before it.
  const older = `.book.xlsx.${'a1'.repeat(6)}.tmp`;
  writeFileSync(path.join(dir, older), 'old');
  const lockTime = statSync(lockPathOf(file)).mtime.getTime() / 1000;
  utimesSync(path.join(dir, older), lockTime - HOUR, lockTime - HOUR);
  // What must stay: another workbook's temp files (even with the dead lock's token), a newer temp
  // file of this workbook that is not the dead process's, other names, a folder named like a temp file.
  const kept = [
    `.other.xlsx.${lock.token}.tmp`,
    `.other.xlsx.${'b2'.repeat(6)}.tmp`,
    `.book.xlsx.${'c3'.repeat(12)}.tmp`,
    '.book.xlsx.notes.tmp',
    `book.xlsx.${lock.token}.tmp`,
    `.book.xlsx.${lock.token}.tmp.keep`,
  ];
  for (const name of kept) {
    writeFileSync(path.join(dir, name), 'keep');
    utimesSync(path.join(dir, name), lockTime - HOUR, lockTime - HOUR);
  }
  utimesSync(path.join(dir, kept[2]), lockTime + HOUR, lockTime + HOUR);
  mkdirSync(path.join(dir, `.book.xlsx.${'d4'.repeat(6)}.tmp`));

  const book = await XlsxAppendingFile.open(file);
  expect((await drawTask(book, {
    taskId: '联033', seedSource: { kind: 'witness', digits: '3179 2046 5581 9023 4417 8830' }, unannounced: '测试：未公告抽取', operator: '张三', date: '2024-06-03',
  })).ok).toBe(true);
  await book.save(file);

  expect((await new XlsxFileReader(file).readSheets([SHEETS.log])).get(SHEETS.log)!.length).toBe(2);
  expect(existsSync(lockPathOf(file))).toBe(false);
  expect(readdirSync(dir).sort()).toEqual(['book.xlsx', ...kept, `.book.xlsx.${'d4'.repeat(6)}.tmp`].sort());
});
