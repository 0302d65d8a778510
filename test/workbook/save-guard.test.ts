// What a save must refuse, writing nothing: another ssj command writing the same workbook (its lock
// file), a file changed between building the new bytes and the rename, a read-only file or folder,
// and a workbook open in Excel, WPS or LibreOffice. Real files in a temp folder throughout.
import { spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { UserFacingError } from '../../src/core/messages/problem';
import { SHEETS } from '../../src/core/schema';
import { drawTask } from '../../src/usecases';
import type { DrawRequest } from '../../src/usecases';
import { lockPathOf } from '../../src/workbook/file-guard';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { nodeFileOps, saveXlsxFile, XlsxAppendingFile, XlsxFileReader, type FileOps } from '../../src/workbook/xlsx-file';
import { smallBookBytes } from '../fixtures/small-book';

let dir: string;
let pristine: Uint8Array;

beforeAll(async () => {
  pristine = await smallBookBytes();
});
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-guard-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const request = (witness: string): DrawRequest => ({
  taskId: '联033', seedSource: { kind: 'witness', digits: witness }, unannounced: '测试：未公告抽取', operator: '张三', date: '2024-06-03',
  now: () => new Date('2024-06-03T01:30:00Z'),
});
const WITNESS_A = '3179 2046 5581 9023 4417 8830';
const WITNESS_B = '1111 2222 3333 4444 5555 6666';

function freshFile(name = 'book.xlsx'): string {
  const file = path.join(dir, name);
  writeFileSync(file, pristine);
  return file;
}

/** The workbook at `file`, opened and drawn, ready to save. */
async function drawnBook(file: string, witness = WITNESS_A): Promise<XlsxAppendingFile> {
  const book = await XlsxAppendingFile.open(file);
  const report = await drawTask(book, request(witness));
  expect(report.ok).toBe(true);
  return book;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const caught = await promise.then(() => undefined, (e: unknown) => e);
  expect(caught).toBeInstanceOf(UserFacingError);
  return (caught as UserFacingError).message;
}

async function logRows(file: string): Promise<number> {
  const log = (await new XlsxFileReader(file).readSheets([SHEETS.log])).get(SHEETS.log) ?? [];
  return log.length - 1;
}

/** Nothing but the workbook is left in the folder: no temp file, no lock file. */
const onlyWorkbooks = () => readdirSync(dir).filter((name) => !name.endsWith('.xlsx') || name.startsWith('.'));

describe('two ssj commands writing one workbook', () => {
  it('a second save while the first holds the lock refuses, so no draw is silently lost', async () => {
    const file = freshFile();
    const first = await drawnBook(file, WITNESS_A);
    const second = await drawnBook(file, WITNESS_B);
    let secondOutcome: Promise<string> | undefined;
    // The second command reaches its save while the first is between writing its temp file and the rename.
    const racing: FileOps = {
      ...nodeFileOps,
      async writeFile(temp, data, mode) {
        await nodeFileOps.writeFile(temp, data, mode);
        secondOutcome = refusal(second.save(file));
        await secondOutcome.catch(() => undefined);
      },
    };
    await first.save(file, racing);
    expect(await secondOutcome).toMatch(/另一个 ssj 命令正在写入这个工作簿/);
    expect(await logRows(file)).toBe(1);
    expect(onlyWorkbooks()).toEqual([]);
    // Once the first is done, the second sees the file changed since it read it.
    expect(await refusal(second.save(file))).toMatch(/被其他程序改动/);
    expect(await logRows(file)).toBe(1);
  });

  it('compares the file on disk after the new bytes are built, immediately before the rename', async () => {
    const file = freshFile();
    const book = await drawnBook(file);
    const edited = Buffer.concat([Buffer.from(pristine), Buffer.from([0])]);
    const changedMeanwhile: FileOps = {
      ...nodeFileOps,
      async writeFile(temp, data, mode) {
        await nodeFileOps.writeFile(temp, data, mode);
        writeFileSync(file, edited);
      },
    };
    expect(await refusal(book.save(file, changedMeanwhile))).toMatch(/被其他程序改动/);
    expect(readFileSync(file).equals(edited)).toBe(true);
    expect(onlyWorkbooks()).toEqual([]);
  });

  it('refuses while a live process holds the lock file, and leaves that lock alone', async () => {
    const file = freshFile();
    const lock = lockPathOf(file);
    const held = JSON.stringify({ pid: process.ppid, host: os.hostname(), time: new Date().toISOString(), token: 'other' });
    writeFileSync(lock, held);
    const book = await drawnBook(file);
    const message = await refusal(book.save(file));
    expect(message).toMatch(/另一个 ssj 命令正在写入这个工作簿/);
    expect(message).toContain(String(process.ppid));
    expect(readFileSync(file).equals(Buffer.from(pristine))).toBe(true);
    expect(readFileSync(lock, 'utf8')).toBe(held);
  });

  it('takes over a lock left by a process that has ended, and removes it after the save', async () => {
    const file = freshFile();
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(ended.stdout);
    writeFileSync(lockPathOf(file), JSON.stringify({ pid: deadPid, host: os.hostname(), time: new Date().toISOString(), token: 'old' }));
    await (await drawnBook(file)).save(file);
    expect(await logRows(file)).toBe(1);
    expect(existsSync(lockPathOf(file))).toBe(false);
  });

  it('releases the lock when the save fails, so the next save can write', async () => {
    const file = freshFile();
    const book = await drawnBook(file);
    const diskFull: FileOps = {
      ...nodeFileOps,
      writeFile: async () => Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })),
    };
    expect(await refusal(book.save(file, diskFull))).toMatch(/无法保存/);
    expect(onlyWorkbooks()).toEqual([]);
    await book.save(file);
    expect(await logRows(file)).toBe(1);
    expect(onlyWorkbooks()).toEqual([]);
  });

  it('with --out, locks the workbook read as well as the one written', async () => {
    const file = freshFile();
    writeFileSync(lockPathOf(file), JSON.stringify({ pid: process.ppid, host: os.hostname(), time: new Date().toISOString() }));
    const out = path.join(dir, 'out.xlsx');
    expect(await refusal((await drawnBook(file)).save(out))).toMatch(/另一个 ssj 命令正在写入/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(lockPathOf(out))).toBe(false);
  });
});

describe('a workbook that must not be replaced', () => {
  it('refuses a read-only workbook, naming it, and leaves it as it was', async () => {
    const file = freshFile();
    chmodSync(file, 0o444);
    const message = await refusal((await drawnBook(file)).save(file));
    expect(message).toMatch(/只读/);
    expect(message).toContain(file);
    expect(readFileSync(file).equals(Buffer.from(pristine))).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(onlyWorkbooks()).toEqual([]);
  });

  it('names the folder, not the file, when no file can be made in the folder', async () => {
    const file = freshFile();
    const denied: FileOps = {
      ...nodeFileOps,
      writeFile: async () => Promise.reject(Object.assign(new Error('permission denied'), { code: 'EACCES' })),
    };
    const message = await refusal((await drawnBook(file)).save(file, denied));
    expect(message).toContain(`文件夹“${dir}”`);
    expect(message).not.toContain('book.xlsx');
  });

  // root may write into a folder without write permission, so only another user sees the refusal.
  (process.getuid?.() === 0 ? it.skip : it)('names a read-only folder', async () => {
    const file = freshFile();
    const book = await drawnBook(file);
    chmodSync(dir, 0o555);
    const message = await refusal(book.save(file));
    expect(message).toContain(`文件夹“${dir}”`);
    expect(readFileSync(file).equals(Buffer.from(pristine))).toBe(true);
  });

  it.each([
    ['Excel or WPS', (name: string) => `~$${name}`],
    ['Excel, long name', (name: string) => `~$${name.slice(2)}`],
    ['LibreOffice', (name: string) => `.~lock.${name}#`],
  ])('refuses a workbook open in %s (its owner file beside it) and writes nothing', async (_, ownerOf) => {
    const file = freshFile('清河县2024年双随机抽查工作簿.xlsx');
    writeFileSync(path.join(dir, ownerOf(path.basename(file))), 'owner');
    const message = await refusal((await drawnBook(file)).save(file));
    expect(message).toMatch(/请先在 Excel 中关闭这个工作簿/);
    expect(message).toContain(ownerOf(path.basename(file)));
    expect(readFileSync(file).equals(Buffer.from(pristine))).toBe(true);
  });

  it('applies the same refusals to a whole-workbook save (ssj init --force)', async () => {
    const file = freshFile();
    writeFileSync(path.join(dir, '~$book.xlsx'), 'owner');
    expect(await refusal(saveXlsxFile(XlsxWorkbook.create(), file))).toMatch(/关闭这个工作簿/);
    expect(readFileSync(file).equals(Buffer.from(pristine))).toBe(true);
  });
});
