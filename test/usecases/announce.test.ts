// SPEC §3.8 公告 then draw, on real .xlsx bytes: what the 公告 row holds, when a 公告 or an announced
// draw is refused (nothing written), and what an unannounced draw needs. Time is the use case's clock.
import { announceDraw, drawTask, dryRun, voidDraw } from '../../src/usecases';
import type { AnnounceRequest } from '../../src/usecases';
import { logRowHash, GENESIS_HASH } from '../../src/core/draw/log';
import { seedFromMaterial } from '../../src/core/draw/material';
import { SHEETS, LOG_COLUMNS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { capture } from '../fixtures/cli-capture';
import { drawRequest, sheetValues, smallBook, smallBookWith, WITNESS } from './helpers';

const SOURCE = '中国福利彩票快乐8|2024150|2024-06-05 21:30|20×2';
const BEFORE_DRAWING = () => new Date('2024-06-05T09:00:00Z'); // 17:00 in China
const AFTER_DRAWING = () => new Date('2024-06-05T14:00:00Z'); // 22:00 in China
const NUMBERS = '80 05 77 12 74 17 71 23 69 31 66 38 63 40 61 44 58 47 55 52';
const SORTED = '0512172331384044475255586163666971747780';

const announce = (book: XlsxWorkbook, extra: Partial<AnnounceRequest> = {}) =>
  announceDraw(book, { taskId: '联033', source: SOURCE, operator: '张三', now: BEFORE_DRAWING, ...extra });
const drawNumbers = (book: XlsxWorkbook, numbers = NUMBERS, now = AFTER_DRAWING) =>
  drawTask(book, drawRequest({ seedSource: { kind: 'public', numbers }, unannounced: undefined, now }));

/** Every sheet's values: what "nothing written" compares. */
async function bytesOf(book: XlsxWorkbook) {
  const names = await book.listSheets();
  return JSON.stringify([names, [...(await book.readSheets(names)).entries()]]);
}

const column = (header: string) => LOG_COLUMNS.findIndex((c) => c.header === header);

describe('ssj announce', () => {
  test('writes one 公告 row as SPEC §3.8 says, and its 本条哈希 is the 公告哈希', async () => {
    const book = await smallBook();
    const report = await announce(book);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const log = await sheetValues(book, SHEETS.log);
    expect(log).toHaveLength(2);
    const row = log[1];
    const at = (header: string) => row[column(header)];
    expect(at('状态')).toBe('公告');
    expect(at('抽取编号')).toBe('联033-1');
    expect(at('任务编号')).toBe('联033');
    expect(at('算法')).toBe('ssj-draw/2');
    expect(at('种子来源')).toBe('公开号码');
    for (const empty of ['见证号码', '种子', '结果哈希']) expect(at(empty) ?? '').toBe('');
    expect(at('说明')).toBe(SOURCE);
    expect(at('时间')).toBe('2024-06-05T17:00:00+08:00');
    expect(at('合格对象数')).toBe(report.eligibleTotal);
    expect(at('抽取户数')).toBe(report.sampleTotal);
    expect(JSON.parse(String(at('参数')))).toMatchObject({ items: ['JT-001', 'SC-001'], repeat: false, year: 2024, end: '2024-10-31' });
    expect(at('上一条哈希')).toBe(GENESIS_HASH);
    expect(at('本条哈希')).toBe(report.announcementHash);
    expect(await logRowHash(GENESIS_HASH, row.slice(0, 18).map((v) => (v === undefined ? null : v)) as never)).toBe(report.announcementHash);
    // A 公告 writes no 抽取快照 rows and no results: the draw of its id writes them.
    expect((await book.listSheets()).includes(SHEETS.snapshot)).toBe(false);
  });

  test.each([
    ['开奖时间 not after now', { now: AFTER_DRAWING }, 'announce.drawing-not-ahead'],
    ['开奖时间 exactly now', { now: () => new Date('2024-06-05T13:30:00Z') }, 'announce.drawing-not-ahead'],
    ['a source not in the fixed form', { source: '快乐8 2024150' }, 'announce.source-shape'],
    ['a hidden character in the operator', { operator: '张\u202e三' }, 'text.invisible-character'],
    ['an unknown task', { taskId: '联999' }, 'draw.unknown-task'],
  ])('is refused, nothing written: %s', async (_, extra, code) => {
    const book = await smallBook();
    const before = await bytesOf(book);
    const report = await announce(book, extra);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code)).toContain(code);
    expect(await bytesOf(book)).toBe(before);
  });

  test('a second 公告 naming an already-announced drawing of the same id is refused; a later drawing is accepted', async () => {
    const book = await smallBook();
    await announce(book);
    const before = await bytesOf(book);
    const again = await announce(book, { source: '中国福利彩票快乐8 | 2024150 | 2024-6-5 21:30 | 20x2' });
    expect(again.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['announce.source-repeated@R2']);
    expect(await bytesOf(book)).toBe(before);
    const later = await announce(book, { source: '中国福利彩票快乐8|2024151|2024-06-06 21:30|20×2' });
    expect(later.ok).toBe(true);
    expect(later.drawId).toBe('联033-1');
    expect(later.earlier).toHaveLength(1);
  });

  test('another task of the same year sharing an item, announced and not yet drawn, refuses the 公告', async () => {
    const book = await smallBookWith((rows) => {
      const plan = rows.get(SHEETS.plan)!;
      const other = plan.find((row) => row[2] === '交001')!;
      other[11] = 'JT-002,JT-001';
    });
    expect((await announceDraw(book, { taskId: '交001', source: SOURCE, operator: '张三', now: BEFORE_DRAWING })).ok).toBe(true);
    const refused = await announce(book);
    expect(refused.problems.map((p) => p.code)).toEqual(['announce.other-pending']);
    expect(refused.problems[0].message).toContain('交001-1');
    expect(refused.problems[0].message).toContain('JT-001');
  });
});

describe('drawing an announced id', () => {
  test('takes the published numbers after 开奖时间, in any order: seed from the sorted numbers', async () => {
    const book = await smallBook();
    const announced = await announce(book);
    const dry = await dryRun(book, '联033');
    expect(dry.announcement).toMatchObject({ drawId: '联033-1', source: SOURCE, count: 20, width: 2, hash: announced.announcementHash });
    expect(dry.problems.map((p) => p.code)).not.toContain('dry-run.changed-since-announcement');
    const report = await drawNumbers(book);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.drawId).toBe('联033-1');
    expect(report.seed).toBe(await seedFromMaterial('联033', 1, SORTED));
    expect(report.announcement?.hash).toBe(announced.announcementHash);
    // Before the draw, the dry run said the id was announced, and nothing had changed since.
    expect(announced.ok).toBe(true);
    const log = await sheetValues(book, SHEETS.log);
    const row = log[2];
    expect(row[column('种子来源')]).toBe('公开号码');
    expect(row[column('见证号码')]).toBe(SORTED);
    expect(row[column('算法')]).toBe('ssj-draw/2');
    expect(row[column('状态')]).toBe('有效');
    for (const header of ['对象快照哈希', '人员快照哈希', '回避快照哈希', '参数', '合格对象数']) {
      expect(row[column(header)]).toBe(log[1][column(header)]);
    }
    // The same numbers typed sorted and run together give the same draw on a copy of the announced book.
  });

  test('the same numbers sorted, or run together, give the same draw', async () => {
    const results: string[] = [];
    for (const numbers of [NUMBERS, SORTED, NUMBERS.replace(/ /g, '、')]) {
      const book = await smallBook();
      await announce(book);
      results.push((await drawNumbers(book, numbers)).resultHash);
    }
    expect(new Set(results).size).toBe(1);
  });

  test.each([
    ['before 开奖时间', () => drawNumbers, BEFORE_DRAWING, NUMBERS, 'draw.before-drawing'],
    ['numbers not in the 公告 form', () => drawNumbers, AFTER_DRAWING, '05 12 17', 'draw.numbers-count'],
    ['a zero-width space in the numbers', () => drawNumbers, AFTER_DRAWING, `05\u200b ${NUMBERS.slice(3)}`, 'draw.material-character'],
  ])('is refused, nothing written: %s', async (_, __, now, numbers, code) => {
    const book = await smallBook();
    await announce(book);
    const before = await bytesOf(book);
    const report = await drawNumbers(book, numbers, now);
    expect(report.written).toBe(false);
    expect(report.problems.map((p) => p.code)).toEqual([code]);
    expect(await bytesOf(book)).toBe(before);
  });

  test('witness digits, 系统生成 or an unannounced reason are refused for an announced id', async () => {
    const book = await smallBook();
    await announce(book);
    const before = await bytesOf(book);
    const witness = await drawTask(book, drawRequest({ now: AFTER_DRAWING }));
    const generated = await drawTask(book, drawRequest({ seedSource: { kind: 'generate' }, now: AFTER_DRAWING }));
    for (const report of [witness, generated]) expect(report.problems.map((p) => p.code)).toEqual(['draw.announced-needs-numbers']);
    expect(await bytesOf(book)).toBe(before);
  });

  test.each([
    ['an object regraded', (rows: Map<string, unknown[][]>) => {
      const object = rows.get(SHEETS.objects)!.find((row) => row[6] === 'D')!;
      object[6] = 'A';
    }, '合格对象名单变了'],
    ['an object set to 停业', (rows: Map<string, unknown[][]>) => {
      rows.get(SHEETS.objects)!.find((row) => row[6] === 'D')![7] = '停业';
    }, '减少 1 户'],
    ['an inspector on leave', (rows: Map<string, unknown[][]>) => {
      rows.get(SHEETS.inspectors)!.find((row) => row[0] === 'SC02')![8] = '休假';
    }, '可选检查人员名单变了'],
    ['a lower 信用分级比例', (rows: Map<string, unknown[][]>) => {
      rows.get(SHEETS.plan)!.find((row) => row[2] === '联033')![13] = 'A:5%;B:10%;C:20%;D:100%';
    }, 'C 层比例由 30% 改为 20%'],
  ])('a workbook changed since the 公告 is refused naming what changed: %s', async (_, edit, named) => {
    const announcedBook = await smallBook();
    await announce(announcedBook);
    // The same 公告 row, over registries edited after it: the draw must notice.
    const logRows = (await sheetValues(announcedBook, SHEETS.log)).slice(1);
    const book = await smallBookWith((rows) => edit(rows as Map<string, unknown[][]>));
    await book.apply([
      { kind: 'createTableSheet', spec: { name: SHEETS.log, columns: LOG_COLUMNS } },
      { kind: 'appendRows', sheet: SHEETS.log, rows: logRows, formats: LOG_COLUMNS.map((c) => c.format) },
    ]);
    const before = await bytesOf(book);
    // The dry run foresees the refusal, in the same words.
    const dry = await dryRun(book, '联033');
    const foreseen = dry.problems.find((p) => p.code === 'dry-run.changed-since-announcement')!;
    expect(foreseen.message).toContain(named);
    const report = await drawNumbers(book);
    expect(report.problems.map((p) => p.code)).toEqual(['draw.changed-since-announcement']);
    expect(report.problems[0].message).toContain(named);
    expect(report.problems[0].cell).toBe('T2');
    expect(await bytesOf(book)).toBe(before);
    // `ssj draw` on the file (the real clock is after 开奖时间): “未抽取，工作簿未改动” said once.
    const dir = mkdtempSync(path.join(tmpdir(), 'ssj-changed-'));
    try {
      const file = path.join(dir, 'book.xlsx');
      writeFileSync(file, await book.toBuffer());
      const cli = capture();
      expect(await run(['draw', file, '--task', '联033', '--numbers', NUMBERS, '--operator', '张三'], cli.io)).toBe(1);
      const said = cli.err.join('\n');
      expect(said).toContain(named);
      expect(said.split('未抽取，工作簿未改动').length - 1).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('after an announced draw is voided, the next attempt is unannounced unless announced again', async () => {
    const book = await smallBook();
    await announce(book);
    expect((await drawNumbers(book)).ok).toBe(true);
    expect((await voidDraw(book, { drawId: '联033-1', reason: '录入错误', operator: '张三', now: AFTER_DRAWING })).ok).toBe(true);
    // 联033-2 has no 公告: the numbers of 联033-1's drawing are refused.
    expect((await drawNumbers(book)).problems.map((p) => p.code)).toEqual(['draw.numbers-without-announcement']);
    // Announcing 联033-2 with the drawing already used is allowed only as a later drawing: it is a new id.
    const next = await announce(book, { source: '中国福利彩票快乐8|2024152|2024-06-07 21:30|20×2', now: AFTER_DRAWING });
    expect(next.drawId).toBe('联033-2');
    expect((await drawNumbers(book, NUMBERS, () => new Date('2024-06-07T14:00:00Z'))).drawId).toBe('联033-2');
  });
});

test('an announced draw that fails is logged 失败 with its 抽取快照 rows; the next attempt needs a new 公告', async () => {
  const book = await smallBookWith((rows) => {
    for (const row of rows.get(SHEETS.inspectors)!) if (['SC02', 'SC03', 'SC04'].includes(row[0] as string)) row[8] = '休假';
  });
  expect((await announce(book)).ok).toBe(true);
  const failed = await drawNumbers(book);
  expect(failed.ok).toBe(false);
  expect(failed.written).toBe(true);
  const log = await sheetValues(book, SHEETS.log);
  expect(log[2][column('状态')]).toBe('失败');
  expect(log[2][column('种子来源')]).toBe('公开号码');
  const snapshot = await sheetValues(book, SHEETS.snapshot);
  expect(new Set(snapshot.slice(1).map((row) => row[0]))).toEqual(new Set(['联033-1']));
  // 联033-2 has no 公告: the same numbers are refused; it must be announced again, with a later drawing.
  expect((await drawNumbers(book)).problems.map((p) => p.code)).toEqual(['draw.numbers-without-announcement']);
});

describe('drawing without a 公告', () => {
  test('needs a reason, written into 说明', async () => {
    const book = await smallBook();
    const before = await bytesOf(book);
    const bare = await drawTask(book, drawRequest({ unannounced: undefined }));
    expect(bare.problems.map((p) => p.code)).toEqual(['draw.unannounced-reason']);
    expect(await bytesOf(book)).toBe(before);
    const report = await drawTask(book, drawRequest({ unannounced: '上级临时交办，当场抽取' }));
    expect(report.ok).toBe(true);
    const row = (await sheetValues(book, SHEETS.log))[1];
    // Written NFKC-normalised, as every log text (SPEC §2), so a reader hashes what was written.
    expect(row[column('说明')]).toBe('未公告：上级临时交办，当场抽取'.normalize('NFKC'));
    expect(row[column('种子来源')]).toBe('见证号码');
    expect(row[column('见证号码')]).toBe(WITNESS.replace(/ /g, ''));
    expect(row[column('种子')]).toBe(await seedFromMaterial('联033', 1, WITNESS.replace(/ /g, '')));
  });

  test('public numbers without a 公告 are refused', async () => {
    const book = await smallBook();
    expect((await drawNumbers(book)).problems.map((p) => p.code)).toEqual(['draw.numbers-without-announcement']);
  });

  test('an operator or reason holding a control, format or bidi character is refused naming it', async () => {
    const book = await smallBook();
    const before = await bytesOf(book);
    const operator = await drawTask(book, drawRequest({ operator: '张三\u0001' }));
    expect(operator.problems[0].message).toContain('U+0001');
    const reason = await drawTask(book, drawRequest({ unannounced: '理由\u000b第二行' }));
    expect(reason.problems[0].message).toContain('U+000B');
    expect(await bytesOf(book)).toBe(before);
  });
});

test('void refuses an operator or reason holding a control character (Word\'s line break U+000B), nothing written', async () => {
  const book = await smallBook();
  expect((await drawTask(book, drawRequest())).ok).toBe(true);
  const before = await bytesOf(book);
  const reason = await voidDraw(book, { drawId: '联033-1', reason: '录入错误\u000b重抽', operator: '张三' });
  expect(reason.problems[0].message).toContain('U+000B');
  const operator = await voidDraw(book, { drawId: '联033-1', reason: '录入错误', operator: '\u202e张三' });
  expect(operator.problems[0].message).toContain('U+202E');
  expect(await bytesOf(book)).toBe(before);
});
