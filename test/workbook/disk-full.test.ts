// A full disk (or a full quota) while saving is said in Chinese, not as Node's raw
// "ENOSPC: no space left on device", and the original stays byte for byte. The full disk is real:
// the temp file's bytes go to /dev/full, which refuses every write with ENOSPC.
import { existsSync, mkdtempSync, promises as fs, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { UserFacingError } from '../../src/core/messages/problem';
import { drawTask } from '../../src/usecases';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { nodeFileOps, saveXlsxFile, XlsxAppendingFile, type FileOps } from '../../src/workbook/xlsx-file';
import { smallBookBytes } from '../fixtures/small-book';

let dir: string;
let pristine: Uint8Array;

beforeAll(async () => {
  pristine = await smallBookBytes();
});
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-disk-full-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Opens the temp file as a save does, then writes its bytes where the disk is full. */
const fullDisk: FileOps = {
  ...nodeFileOps,
  async writeFile(temp, data, mode) {
    await nodeFileOps.writeFile(temp, new Uint8Array(0), mode);
    await fs.writeFile('/dev/full', data);
  },
};

const overQuota: FileOps = {
  ...nodeFileOps,
  writeFile: async () => Promise.reject(Object.assign(new Error('EDQUOT: disk quota exceeded, write'), { code: 'EDQUOT' })),
};

async function refusal(promise: Promise<unknown>): Promise<UserFacingError> {
  const caught = await promise.then(() => undefined, (e: unknown) => e);
  expect(caught).toBeInstanceOf(UserFacingError);
  return caught as UserFacingError;
}

(existsSync('/dev/full') ? describe : describe.skip)('a disk that is full while saving', () => {
  it('a draw says the disk is full and that the original is untouched, in Chinese', async () => {
    const file = path.join(dir, 'book.xlsx');
    writeFileSync(file, pristine);
    const book = await XlsxAppendingFile.open(file);
    await drawTask(book, {
      taskId: '联033', seedSource: { kind: 'witness', digits: '3179 2046 5581 9023 4417 8830' }, unannounced: '测试：未公告抽取', operator: '张三', date: '2024-06-03',
    });
    const error = await refusal(book.save(file, fullDisk));
    expect(error.problems[0].code).toBe('file.disk-full');
    expect(error.message).toMatch(/^磁盘空间不足.*原文件未被改动/);
    expect(error.message).toContain(file);
    expect(error.message).not.toMatch(/ENOSPC|no space/);
    expect(readFileSync(file).equals(Buffer.from(pristine))).toBe(true);
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });

  it('a whole-workbook save (ssj init) says the same', async () => {
    const file = path.join(dir, 'new.xlsx');
    const error = await refusal(saveXlsxFile(XlsxWorkbook.create(), file, fullDisk));
    expect(error.message).toMatch(/^磁盘空间不足.*原文件未被改动/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a full quota (EDQUOT) reads as a full disk too', async () => {
    const file = path.join(dir, 'book.xlsx');
    writeFileSync(file, pristine);
    const error = await refusal(saveXlsxFile(XlsxWorkbook.create(), file, overQuota));
    expect(error.problems[0].code).toBe('file.disk-full');
    expect(error.message).not.toMatch(/EDQUOT|quota exceeded/);
    expect(readFileSync(file).equals(Buffer.from(pristine))).toBe(true);
  });
});
