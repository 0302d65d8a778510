// SPEC §3.8 verify on real .xlsx files: an announced workbook verifies clean; every 错误 of §3.8 is
// named at its cell, also when the forger recomputes the whole chain afterwards.
import { verifyWorkbook } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { drawTask } from '../../src/usecases';
import { announce, announcedBook, editBook, logCellOf, readLog, rechain, removeDrawRows, reopen, setPlanCellIn } from './verify-helpers';
import { drawRequest, smallBook } from './helpers';

let announced: Awaited<ReturnType<typeof announcedBook>>;
beforeAll(async () => {
  announced = await announcedBook();
});

const codesAt = (report: Awaited<ReturnType<typeof verifyWorkbook>>) =>
  [...report.lines.flatMap((l) => l.problems), ...report.problems].map((p) => `${p.severity} ${p.code}@${p.sheet}!${p.cell}`);

test('an untouched announced workbook verifies clean: level 已公告、未核对公布记录, its 本条哈希 and 公告哈希', async () => {
  const report = await verifyWorkbook(await XlsxWorkbook.fromBuffer(announced.bytes));
  expect(codesAt(report)).toEqual([]);
  expect(report.ok).toBe(true);
  expect(report.lines).toEqual([
    expect.objectContaining({ drawId: '联033-1', ok: true, level: '已公告、未核对公布记录', hash: announced.drawHash, announcementHash: announced.announcementHash }),
  ]);
  expect(report.logRows.map((r) => `${r.seq} ${r.status} ${r.hash}`)).toEqual([`1 公告 ${announced.announcementHash}`, `2 有效 ${announced.drawHash}`]);
  expect(report.tasks).toEqual([{ taskId: '联033', attempts: [expect.objectContaining({ drawId: '联033-1', status: '有效', level: '已公告、未核对公布记录' })] }]);
  expect(report.hints).toEqual([]);
});

test('the published 公告哈希 given by the auditor raises the level to 公告在先、已核对; another hash fails the draw, naming the 公告 and the draw', async () => {
  const book = await XlsxWorkbook.fromBuffer(announced.bytes);
  const checked = await verifyWorkbook(book, undefined, { published: new Map([['联033-1', announced.announcementHash]]) });
  expect(checked.ok).toBe(true);
  expect(checked.lines[0].level).toBe('公告在先、已核对');
  const wrong = await verifyWorkbook(book, undefined, { published: new Map([['联033-1', 'a'.repeat(64)]]) });
  expect(wrong.ok).toBe(false);
  expect(codesAt(wrong)).toEqual([`error verify.published-mismatch@${SHEETS.log}!T2`]);
  expect(wrong.lines[0]).toMatchObject({ drawId: '联033-1', ok: false });
  expect(wrong.lines[0].problems[0].message).toContain(`公告哈希（${SHEETS.log}!T2：${announced.announcementHash}）、本条哈希（${SHEETS.log}!T3：${announced.drawHash}）都不同`);
  const unknown = await verifyWorkbook(book, undefined, { published: new Map([['联033-2', 'a'.repeat(64)]]) });
  expect(codesAt(unknown)).toEqual([`error verify.published-unknown@${SHEETS.log}!undefined`]);
});

test('the published hash may be the draw\'s 本条哈希 (published after it), for an announced and an unannounced draw: verify says which it matched', async () => {
  const after = await verifyWorkbook(await XlsxWorkbook.fromBuffer(announced.bytes), undefined, { published: new Map([['联033-1', announced.drawHash.toUpperCase()]]) });
  expect(codesAt(after)).toEqual([]);
  expect(after.lines[0]).toMatchObject({ ok: true, publishedMatch: '本条哈希' });
  const before = await verifyWorkbook(await XlsxWorkbook.fromBuffer(announced.bytes), undefined, { published: new Map([['联033-1', announced.announcementHash]]) });
  expect(before.lines[0].publishedMatch).toBe('公告哈希');
  const book = await smallBook();
  const drawn = await drawTask(book, drawRequest());
  const unannounced = await verifyWorkbook(await reopen(book), undefined, { published: new Map([['联033-1', drawn.logHash!]]) });
  expect(unannounced.ok).toBe(true);
  expect(unannounced.lines[0]).toMatchObject({ ok: true, level: '未公告', publishedMatch: '本条哈希' });
});

describe('each 错误 of SPEC §3.8 is named at its cell, even with the chain recomputed', () => {
  test.each([
    ['种子来源 指定种子', 3, '种子来源', '指定种子', 'verify.seed-source', 'G3'],
    ['种子来源 not one of the three', 3, '种子来源', '手工', 'verify.seed-source', 'G3'],
    ['a draw 时间 before the 公告\'s 开奖时间', 3, '时间', '2024-06-05T21:00:00+08:00', 'verify.before-drawing', 'B3'],
    ['a 公告 whose 时间 is not before its 开奖时间', 2, '时间', '2024-06-05T21:30:00+08:00', 'verify.announcement-late', 'B2'],
    ['the 公告\'s 参数 differing from the draw\'s', 2, '参数', null, 'verify.announcement-differs', 'M3'],
    ['the 公告\'s 对象快照哈希 differing from the draw\'s', 2, '对象快照哈希', 'f'.repeat(64), 'verify.announcement-differs', 'J3'],
    ['material not in the 公告\'s form', 2, '说明', '中国福利彩票快乐8|2024150|2024-06-05 21:30|8×5', 'verify.material-form', 'H3'],
  ])('%s', async (_name, row, header, value, code, cell) => {
    const book = await editBook(announced.bytes, async (wb) => {
      const target = logCellOf(wb, row, header);
      // 参数 with the D stratum lowered: what a 公告 made with another ratio would hold.
      target.value = value ?? String(target.value).replace('"D":10000', '"D":5000');
      await rechain(wb);
    });
    const report = await verifyWorkbook(book);
    expect(report.ok).toBe(false);
    expect(codesAt(report)).toContain(`error ${code}@${SHEETS.log}!${cell}`);
    // The chain itself is consistent: only SPEC §3.8's check finds it.
    expect(codesAt(report).filter((c) => /verify\.(chain|row-hash|log-seq)/.test(c))).toEqual([]);
  });
});

test('公开号码 without a 公告 (the 公告 row deleted, the chain recomputed) is an error at 种子来源', async () => {
  const book = await editBook(announced.bytes, async (wb) => {
    wb.getWorksheet(SHEETS.log)!.spliceRows(2, 1);
    await rechain(wb);
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  expect(codesAt(report)).toEqual([`error verify.public-unannounced@${SHEETS.log}!G2`]);
  expect(report.lines[0].level).toBe('未公告');
});

test('a 失败 row that replays to a success is an error at its 状态 (a failure cannot hide an unwanted result)', async () => {
  const book = await editBook(announced.bytes, async (wb) => {
    logCellOf(wb, 3, '状态').value = '失败';
    logCellOf(wb, 3, '结果哈希').value = null;
    removeDrawRows(wb, SHEETS.results, '联033-1');
    await rechain(wb);
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  expect(report.lines).toEqual([expect.objectContaining({ drawId: '联033-1', status: '失败', ok: false })]);
  expect(codesAt(report)).toContain(`error verify.failed-replays@${SHEETS.log}!Q3`);
});

test('a draw in witness digits after a 公告 of its id is an attempt between the 公告 and its draw', async () => {
  // The 公告 written, then (as no shipped command would) a witness draw of the id: built by drawing
  // unannounced first and inserting the 公告 row above it, chain recomputed.
  const drawn = await smallBook();
  const announcedFirst = await smallBook();
  await announce(announcedFirst, '联033');
  const unannounced = await drawTask(drawn, drawRequest());
  expect(unannounced.ok).toBe(true);
  const announcementRow = (await readLog(announcedFirst))[0];
  const book = await editBook(await drawn.toBuffer(), async (wb) => {
    const ws = wb.getWorksheet(SHEETS.log)!;
    ws.spliceRows(2, 0, announcementRow);
    await rechain(wb);
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  expect(codesAt(report)).toContain(`error verify.attempt-after-announcement@${SHEETS.log}!G3`);
});

test('an object drawn again in the year by the same task, with 参数 saying no repeat, is an error at its 抽查结果 cell', async () => {
  // Batch 2 drawn with 允许重复抽取 是 (its D stratum is drawn whole, so it repeats batch 1's D firms),
  // then its 参数 edited to "repeat":false and the chain recomputed.
  const book = await smallBook();
  expect((await drawTask(book, drawRequest())).ok).toBe(true);
  await setPlanCellIn(book, '联033', '允许重复抽取', '是');
  const second = await drawTask(book, drawRequest({ seedSource: { kind: 'witness', digits: '1111 2222 3333 4444 5555 6666' } }));
  expect(second.ok).toBe(true);
  const clean = await verifyWorkbook(await reopen(book));
  expect(clean.ok).toBe(true);
  const edited = await editBook(await book.toBuffer(), async (wb) => {
    const cell = logCellOf(wb, 3, '参数');
    cell.value = String(cell.value).replace('"repeat":true', '"repeat":false');
    await rechain(wb);
  });
  const report = await verifyWorkbook(edited);
  expect(report.ok).toBe(false);
  const again = codesAt(report).filter((c) => c.includes('verify.drawn-again'));
  expect(again.length).toBeGreaterThan(0);
  expect(again[0]).toMatch(new RegExp(`^error verify.drawn-again@${SHEETS.results}!E\\d+$`));
});
