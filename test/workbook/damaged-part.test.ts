// A workbook whose zip is intact but one of whose parts was cut short (a copy or save interrupted):
// reading it must report the file as damaged, naming the sheet, never read it as if it were whole.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { UserFacingError } from '../../src/core/messages/problem';
import { SHEETS } from '../../src/core/schema';
import { drawTask } from '../../src/usecases';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { XlsxAppendingFile, XlsxFileReader } from '../../src/workbook/xlsx-file';
import { ZipPackage } from '../../src/workbook/zip-package';
import { writeSmallBook } from '../fixtures/small-book';
import { capture } from '../fixtures/cli-capture';

let dir: string;
/** The small book after one draw of 联033, saved as ssj draw saves it. */
let drawn: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-damaged-'));
  drawn = path.join(dir, 'drawn.xlsx');
  const book = XlsxWorkbook.create();
  await writeSmallBook(book);
  writeFileSync(drawn, await book.toBuffer());
  const appending = await XlsxAppendingFile.open(drawn);
  const report = await drawTask(appending, {
    taskId: '联033', seedSource: { kind: 'witness', digits: '3179 2046 5581 9023 4417 8830' }, unannounced: '测试：未公告抽取', operator: '张三',
    date: '2024-06-03', now: () => new Date('2024-06-03T01:30:00Z'),
  });
  expect(report.ok).toBe(true);
  await appending.save(drawn);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The part holding `sheet`, from xl/workbook.xml and its relationships. */
function partOf(zip: ZipPackage, sheet: string): string {
  const rId = new RegExp(`<sheet\\b[^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(zip.text('xl/workbook.xml'))![1];
  const rel = [...zip.text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].find((m) => m[0].includes(`Id="${rId}"`))!;
  return `xl/${/Target="\/?(?:xl\/)?([^"]+)"/.exec(rel[0])![1]}`;
}

/** A copy of `from` whose `part` keeps only what comes before `cutBefore` (a valid zip all the same). */
function cutShort(from: string, name: string, part: string | ((zip: ZipPackage) => string), cutBefore: RegExp): string {
  const zip = ZipPackage.open(readFileSync(from));
  const partName = typeof part === 'string' ? part : part(zip);
  const xml = zip.text(partName);
  const at = xml.search(cutBefore);
  expect(at).toBeGreaterThan(0);
  const file = path.join(dir, name);
  writeFileSync(file, zip.rewrite(new Map([[partName, xml.slice(0, at)]])));
  return file;
}

async function failure(promise: Promise<unknown>): Promise<UserFacingError> {
  const caught = await promise.then(() => undefined, (e: unknown) => e);
  expect(caught).toBeInstanceOf(UserFacingError);
  return caught as UserFacingError;
}


describe('a sheet cut short inside a valid zip', () => {
  it('is reported as damaged, with the file and the sheet, by the streaming reader', async () => {
    // Cut inside the second row: the draw's log row never closes.
    const file = cutShort(drawn, 'log-cut.xlsx', (zip) => partOf(zip, SHEETS.log), /<row r="2"[\s\S]*?<\/c>/);
    const error = await failure(new XlsxFileReader(file).readSheets([SHEETS.log]));
    expect(error.problems[0]).toMatchObject({ code: 'file.damaged', sheet: SHEETS.log });
    expect(error.message).toContain('log-cut.xlsx');
    expect(error.message).toMatch(/已损坏.*抽取日志/);
  });

  it('is damaged even when cut after a complete row', async () => {
    const file = cutShort(drawn, 'log-after-row.xlsx', (zip) => partOf(zip, SHEETS.log), /<\/sheetData>/);
    expect((await failure(new XlsxFileReader(file).readSheets([SHEETS.log]))).message).toMatch(/已损坏/);
  });

  it('makes ssj verify and ssj validate exit 2 (cannot read) instead of judging the rows that were left', async () => {
    const log = cutShort(drawn, 'verify-cut.xlsx', (zip) => partOf(zip, SHEETS.log), /<row r="2"/);
    const verify = capture();
    expect(await run(['verify', log], verify.io)).toBe(2);
    expect(verify.text()).toMatch(/已损坏/);
    expect(verify.text()).not.toMatch(/删除/);

    const objects = cutShort(drawn, 'objects-cut.xlsx', (zip) => partOf(zip, SHEETS.objects), /<row r="3"/);
    const validate = capture();
    expect(await run(['validate', objects], validate.io)).toBe(2);
    expect(validate.text()).toMatch(/已损坏.*检查对象名录库/);
    expect(validate.text()).not.toMatch(/检查通过/);
  });

  it('makes ssj draw refuse and write nothing', async () => {
    const file = cutShort(drawn, 'draw-cut.xlsx', (zip) => partOf(zip, SHEETS.log), /<row r="2"/);
    const before = readFileSync(file);
    const out = capture();
    const code = await run(['draw', file, '--task', '联033', '--witness', '1111 2222 3333 4444 5555 6666', '--unannounced', '见证号码现场抽取', '--operator', '张三'], out.io);
    expect(code).toBe(2);
    expect(out.text()).toMatch(/已损坏/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a cut shared-strings part by its name', async () => {
    const file = cutShort(drawn, 'strings-cut.xlsx', 'xl/sharedStrings.xml', /<\/sst>/);
    expect((await failure(new XlsxFileReader(file).readSheets([SHEETS.objects]))).message).toMatch(/已损坏.*sharedStrings/);
  });

  it('reads the whole file as before', async () => {
    const sheets = await new XlsxFileReader(drawn).readSheets([SHEETS.log, SHEETS.objects]);
    expect(sheets.get(SHEETS.log)!.length).toBe(2);
  });
});
