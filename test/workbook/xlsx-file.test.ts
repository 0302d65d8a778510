// .xlsx files on disk: atomic save, opening with Chinese errors, and the streaming read-only port.
import { createHash } from 'crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { UserFacingError } from '../../src/core/messages/problem';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { nodeFileOps, openXlsxFile, saveXlsxFile, writeFileAtomic, XlsxFileReader, type FileOps } from '../../src/workbook/xlsx-file';
import { readSheetNames } from '../../src/workbook/xlsx-directory';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ssj-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function threeSheetBook(): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.create();
  await book.apply([
    { kind: 'createTableSheet', spec: { name: '乙 & <表>', columns: [{ header: '编号', format: 'text' }] } },
    { kind: 'createTableSheet', spec: { name: '甲', columns: [{ header: '编号', format: 'text' }, { header: '名称' }] } },
    { kind: 'createTableSheet', spec: { name: '丙', columns: [{ header: '编号' }], hidden: true } },
    { kind: 'appendRows', sheet: '甲', rows: [['001', '一'], ['002', '二']], formats: ['text'] },
  ]);
  return book;
}

async function failure(promise: Promise<unknown>): Promise<UserFacingError> {
  const caught = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(caught).toBeInstanceOf(UserFacingError);
  return caught as UserFacingError;
}

describe('atomic save', () => {
  it('replaces the file with the new workbook', async () => {
    const file = path.join(dir, 'book.xlsx');
    writeFileSync(file, 'old');
    await saveXlsxFile(await threeSheetBook(), file);
    expect(await (await openXlsxFile(file)).listSheets()).toEqual(['乙 & <表>', '甲', '丙']);
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });

  it('leaves the original byte for byte, and no temp file, when writing the temp file fails midway', async () => {
    const file = path.join(dir, 'book.xlsx');
    await saveXlsxFile(await threeSheetBook(), file);
    const before = sha256(file);
    const diskFull: FileOps = {
      ...nodeFileOps,
      async writeFile(temp, data) {
        writeFileSync(temp, data.subarray(0, 100));
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    const error = await failure(saveXlsxFile(XlsxWorkbook.create(), file, diskFull));
    expect(error.message).toMatch(/无法保存.*原文件未被改动/);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });

  it('leaves the original when the final rename fails (file held open elsewhere)', async () => {
    const file = path.join(dir, 'book.xlsx');
    writeFileSync(file, 'original bytes');
    const busy: FileOps = { ...nodeFileOps, rename: async () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })) };
    const error = await failure(writeFileAtomic(file, new Uint8Array([1, 2, 3]), busy));
    expect(error.message).toMatch(/正被其他程序占用/);
    expect(readFileSync(file, 'utf8')).toBe('original bytes');
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });

  it('names the missing folder when the target directory does not exist', async () => {
    const error = await failure(writeFileAtomic(path.join(dir, 'nope', 'book.xlsx'), new Uint8Array([1])));
    expect(error.message).toContain('文件夹');
  });
});

describe('opening a file', () => {
  it('explains a missing file, a folder and a file that is not an .xlsx in Chinese', async () => {
    expect((await failure(openXlsxFile(path.join(dir, 'missing.xlsx')))).message).toMatch(/找不到文件/);
    mkdirSync(path.join(dir, 'folder.xlsx'));
    expect((await failure(openXlsxFile(path.join(dir, 'folder.xlsx')))).message).toMatch(/文件夹/);
    writeFileSync(path.join(dir, 'text.xlsx'), '对象编号,对象名称\n');
    expect((await failure(openXlsxFile(path.join(dir, 'text.xlsx')))).message).toMatch(/不是有效的 \.xlsx/);
  });
});

describe('drop-downs over whole columns', () => {
  it('load and save as one range, not a million cells, and keep their range', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('对象');
    ws.getCell('A1').value = '对象类型';
    (ws as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations.add('A2:A1048576', {
      type: 'list',
      allowBlank: true,
      formulae: ['"企业,其他"'],
    });
    const file = path.join(dir, 'whole-column.xlsx');
    await wb.xlsx.writeFile(file);

    const started = Date.now();
    const book = await openXlsxFile(file);
    const model = (book.workbook.getWorksheet('对象') as unknown as { dataValidations: { model: object } }).dataValidations.model;
    expect(Object.keys(model)).toEqual(['A2:A1048576']);
    await book.apply([{ kind: 'appendRows', sheet: '对象', rows: [['企业']] }]);
    await saveXlsxFile(book, file);
    expect(Date.now() - started).toBeLessThan(2000);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<dataValidation [^>]*sqref="A2:A1048576"/);
  });
});

describe('the streaming reader', () => {
  it('lists sheets in workbook order, hidden ones and XML-escaped names included', async () => {
    const file = path.join(dir, 'book.xlsx');
    await saveXlsxFile(await threeSheetBook(), file);
    expect(await new XlsxFileReader(file).listSheets()).toEqual(['乙 & <表>', '甲', '丙']);
    expect(await readSheetNames(file)).toEqual(['乙 & <表>', '甲', '丙']);
  });

  it('reads only the sheets asked for, in the order asked, and skips missing ones', async () => {
    const file = path.join(dir, 'book.xlsx');
    await saveXlsxFile(await threeSheetBook(), file);
    const sheets = await new XlsxFileReader(file).readSheets(['甲', '不存在', '乙 & <表>']);
    expect([...sheets.keys()]).toEqual(['甲', '乙 & <表>']);
    expect(sheets.get('甲')).toEqual([
      ['编号', '名称'],
      ['001', '一'],
      ['002', '二'],
    ]);
  });

  it('still reads every sheet when xl/workbook.xml comes last in the zip (ExcelJS streaming cannot name them)', async () => {
    const file = path.join(dir, 'book.xlsx');
    await saveXlsxFile(await threeSheetBook(), file);
    const original = await JSZip.loadAsync(readFileSync(file));
    const names = Object.keys(original.files).filter((name) => !original.files[name].dir);
    const reordered = new JSZip();
    // Shared strings and relations first make ExcelJS parse each sheet on arrival, before it knows the names.
    const isSheet = (n: string) => n.startsWith('xl/worksheets/');
    const order = [...names.filter((n) => !isSheet(n) && n !== 'xl/workbook.xml'), ...names.filter(isSheet), 'xl/workbook.xml'];
    for (const name of order) reordered.file(name, await original.file(name)!.async('uint8array'));
    writeFileSync(file, await reordered.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const sheets = await new XlsxFileReader(file).readSheets(['甲']);
    expect(sheets.get('甲')).toEqual([
      ['编号', '名称'],
      ['001', '一'],
      ['002', '二'],
    ]);
  });

  it('refuses to write and never changes the file', async () => {
    const file = path.join(dir, 'book.xlsx');
    await saveXlsxFile(await threeSheetBook(), file);
    const before = sha256(file);
    const reader = new XlsxFileReader(file);
    await reader.readSheets(['甲', '乙 & <表>', '丙']);
    await expect(reader.apply([{ kind: 'hideSheet', sheet: '甲' }])).rejects.toThrow(/read-only/);
    expect(sha256(file)).toBe(before);
  });

  it('reports a file that is not an .xlsx, or is missing, with a Chinese message', async () => {
    writeFileSync(path.join(dir, 'fake.xlsx'), Buffer.alloc(5000, 7));
    expect((await failure(new XlsxFileReader(path.join(dir, 'fake.xlsx')).readSheets(['甲']))).message).toMatch(/不是有效的 \.xlsx/);
    expect((await failure(new XlsxFileReader(path.join(dir, 'gone.xlsx')).listSheets())).message).toMatch(/找不到文件/);
    mkdirSync(path.join(dir, 'folder.xlsx'));
    expect((await failure(new XlsxFileReader(path.join(dir, 'folder.xlsx')).listSheets())).message).toMatch(/文件夹/);
  });

  it('reports a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '不是工作簿');
    writeFileSync(path.join(dir, 'other.xlsx'), await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect((await failure(new XlsxFileReader(path.join(dir, 'other.xlsx')).listSheets())).message).toMatch(/不是有效的 \.xlsx/);
  });
});
