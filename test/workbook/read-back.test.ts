// "A success that is not one" (issue 13): every text that goes into a hashed row is stored exactly as
// hashed, or refused naming its code point with nothing written. A command that reports success is
// followed by a clean verify; the save reads its new rows back and refuses when they differ.
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { drawTask, verifyWorkbook, voidDraw } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { UserFacingError, type Problem } from '../../src/core/messages/problem';
import { XlsxAppendingFile, XlsxFileReader } from '../../src/workbook/xlsx-file';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { checkReadBack } from '../../src/workbook/xlsx-read-back';
import type { WorkbookChange } from '../../src/workbook/port';
import { smallBookFiles } from '../fixtures/small-book-files';
import { drawRequest } from '../usecases/helpers';

const books = smallBookFiles('ssj-read-back-');
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const at = (minute: number) => () => new Date(Date.parse('2024-06-03T01:30:00Z') + minute * 60_000);

/** Saves `book` unless the use case refused; a refusal at save is returned like the use case's. */
async function saved(book: XlsxAppendingFile, file: string, report: { ok: boolean; problems: Problem[] }, wrote: boolean): Promise<{ ok: boolean; problems: Problem[] }> {
  if (!wrote) return report;
  try {
    await book.save(file);
    return report;
  } catch (e) {
    if (e instanceof UserFacingError) return { ok: false, problems: e.problems };
    throw e;
  }
}

async function drawn(name: string): Promise<string> {
  const file = books.copy(name);
  const book = await XlsxAppendingFile.open(file);
  const report = await drawTask(book, drawRequest({ now: at(1) }));
  expect(report.ok).toBe(true);
  await book.save(file);
  return file;
}

async function voidOn(file: string, operator: string, reason: string) {
  const book = await XlsxAppendingFile.open(file);
  const report = await voidDraw(book, { drawId: '联033-1', operator, reason, now: at(5) });
  return { ...(await saved(book, file, report, report.ok)), book };
}

async function logValues(file: string) {
  return (await new XlsxFileReader(file).readSheets([SHEETS.log])).get(SHEETS.log)!;
}

describe.each([
  ['U+000B (Word\'s manual line break)', '\u000b'],
  ['U+0001', '\u0001'],
  ['a carriage return', '\r'],
])('a control character, %s, in a hashed text', (_name, char) => {
  test('in void\'s --reason: refused naming its code point, the file byte for byte, verify still clean', async () => {
    const file = await drawn(`void-reason-${char.charCodeAt(0)}.xlsx`);
    const before = digest(file);
    const result = await voidOn(file, '张三', `见证人${char}未到场`);
    expect(result.ok).toBe(false);
    const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    expect(result.problems.map((p) => p.message).join('\n')).toContain(code);
    expect(digest(file)).toBe(before);
    expect((await verifyWorkbook(new XlsxFileReader(file))).ok).toBe(true);
  });

  test('in --operator of draw and void: refused, or stored exactly so that verify passes right after', async () => {
    const file = books.copy(`operator-${char.charCodeAt(0)}.xlsx`);
    const before = digest(file);
    const book = await XlsxAppendingFile.open(file);
    const report = await drawTask(book, drawRequest({ operator: `张${char}三`, now: at(1) }));
    const result = await saved(book, file, report, report.written);
    if (result.ok) expect((await verifyWorkbook(new XlsxFileReader(file))).ok).toBe(true);
    else expect(digest(file)).toBe(before);

    const drawnFile = await drawn(`operator-void-${char.charCodeAt(0)}.xlsx`);
    const drawnBefore = digest(drawnFile);
    const voided = await voidOn(drawnFile, `李${char}四`, '见证人未到场');
    if (voided.ok) expect((await verifyWorkbook(new XlsxFileReader(drawnFile))).ok).toBe(true);
    else expect(digest(drawnFile)).toBe(drawnBefore);
  });
});

test.each([
  ['a tab', '见证人\t未到场'],
  ['a line break', '见证人未到场\n改期'],
])('a void reason with %s is refused with its code point, or stored exactly as hashed', async (_name, reason) => {
  const file = await drawn(`tab-or-break-${reason.length}.xlsx`);
  const before = digest(file);
  const result = await voidOn(file, '张三', reason);
  if (!result.ok) {
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/U\+000[9A]/);
    expect(digest(file)).toBe(before);
    return;
  }
  const log = await logValues(file);
  const last = log.filter((row) => row.some((cell) => cell !== null)).at(-1)!;
  expect(last[log[0].map(String).indexOf('说明')]).toBe(reason);
  expect((await verifyWorkbook(new XlsxFileReader(file))).ok).toBe(true);
});

test.each([
  ['Excel\'s escape as text', '见证人_x000B_未到场'],
  ['an XML entity as text (taken by the ExcelJS path)', '见证人&lt;未到场&gt; & 改期'],
  ['leading and trailing spaces', '  见证人未到场  '],
])('a void reason with %s is stored exactly as hashed: it reads back so and verifies', async (_name, reason) => {
  const file = await drawn(`stored-${reason.length}-${reason.charCodeAt(3)}.xlsx`);
  const result = await voidOn(file, '张三', reason);
  expect(result.problems).toEqual([]);
  expect(result.ok).toBe(true);
  const log = await logValues(file);
  const header = log[0].map((cell) => String(cell));
  const last = log.filter((row) => row.some((cell) => cell !== null)).at(-1)!;
  expect(last[header.indexOf('说明')]).toBe(reason.trim());
  expect((await verifyWorkbook(new XlsxFileReader(file))).ok).toBe(true);
});

describe('checkReadBack', () => {
  const append = (text: string): WorkbookChange => ({ kind: 'appendRows', sheet: '日志', rows: [['联033-1', text]], formats: ['text', 'text'] });

  async function bookWith(text: string): Promise<Uint8Array> {
    const book = XlsxWorkbook.create();
    await book.apply([{ kind: 'createTableSheet', spec: { name: '日志', columns: [{ header: '抽取编号' }, { header: '说明' }] } }, append(text)]);
    return book.toBuffer();
  }
  const reader = (file: string) => new XlsxFileReader(file);

  test('passes rows that read back as written', async () => {
    await expect(checkReadBack(await bookWith('见证人未到场'), [append('见证人未到场')], reader)).resolves.toBeUndefined();
  });

  test('refuses, naming the cell and both texts, rows that read back otherwise (a writer that dropped a character)', async () => {
    const failure = await checkReadBack(await bookWith('见证人未到场'), [append('见证人\u000b未到场')], reader).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UserFacingError);
    const [problem] = (failure as UserFacingError).problems;
    expect(problem).toMatchObject({ code: 'workbook.read-back', sheet: '日志', cell: 'B2' });
    expect(problem.message).toContain('见证人<U+000B>未到场');
  });
});
