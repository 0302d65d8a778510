// SPEC §3.8 warnings and 提示, and what verify can and cannot see of a draw deleted and redone, on real
// .xlsx files. Temporary edits made before a draw and undone after leave a 提示; deleting a draw and
// drawing again leaves a consistent workbook: only hashes published outside it tell.
import { drawTask, verifyWorkbook, voidDraw } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { withCheckChar } from '../../src/core/credit-code';
import { drawRequest, smallBook } from './helpers';
import {
  AFTER_LATER_DRAWING, announce, announcedBook, editBook, LATER_SOURCE, publicDraw, rechain, removeDrawRows, reopen,
  setObjectCellIn, setPlanCellIn,
} from './verify-helpers';
import { XlsxWorkbook } from '../../src/workbook/xlsx';

type Report = Awaited<ReturnType<typeof verifyWorkbook>>;
const codes = (problems: Report['problems']) => problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`);
const allProblems = (report: Report) => [...report.lines.flatMap((l) => l.problems), ...report.problems];

/** Object 7 of the small book is graded D (GRADES[7 % 9]); object 8 is A. */
const D_FIRM = withCheckChar('91130534MA000007X');
const A_FIRM = withCheckChar('91130534MA000008X');

describe('temporary edits before a draw, undone after, leave a 提示 (never an error)', () => {
  test('a firm regraded D→A for the draw and back after: its grade then and now, at its 信用风险等级 cell', async () => {
    const book = await smallBook();
    await setObjectCellIn(book, D_FIRM, '信用风险等级', 'A');
    expect((await drawTask(book, drawRequest())).ok).toBe(true);
    await setObjectCellIn(book, D_FIRM, '信用风险等级', 'D');
    const report = await verifyWorkbook(await reopen(book));
    expect(report.ok).toBe(true);
    expect(codes(report.hints)).toEqual([`verify.hint-grade@${SHEETS.objects}!G8`]);
    expect(report.hints[0].message).toContain('分层是 A，名录库现为 D');
  });

  test('a firm set 停业 after the draw: its 经营状态 cell is named', async () => {
    const book = await smallBook();
    expect((await drawTask(book, drawRequest())).ok).toBe(true);
    await setObjectCellIn(book, D_FIRM, '经营状态', '停业');
    const report = await verifyWorkbook(await reopen(book));
    expect(report.ok).toBe(true);
    expect(codes(report.hints)).toEqual([`verify.hint-status@${SHEETS.objects}!H8`]);
  });

  test('a firm set 停业 for the draw and back after: eligible now, missing from the snapshot', async () => {
    const book = await smallBook();
    await setObjectCellIn(book, A_FIRM, '经营状态', '停业');
    expect((await drawTask(book, drawRequest())).ok).toBe(true);
    await setObjectCellIn(book, A_FIRM, '经营状态', '存续');
    const report = await verifyWorkbook(await reopen(book));
    expect(report.ok).toBe(true);
    expect(codes(report.hints)).toEqual([`verify.hint-missing@${SHEETS.objects}!A9`]);
  });

  test('信用分级比例 lowered for the draw (still above the plan minimum) and restored: the ratios then and now, at the plan cell', async () => {
    const book = await smallBook();
    await setPlanCellIn(book, '联033', '信用分级比例', 'A:5%;B:10%;C:30%;D:10%');
    expect((await drawTask(book, drawRequest())).ok).toBe(true);
    await setPlanCellIn(book, '联033', '信用分级比例', 'A:5%;B:10%;C:30%;D:100%');
    const report = await verifyWorkbook(await reopen(book));
    expect(report.ok).toBe(true);
    expect(report.hints.map((h) => h.code)).toEqual(['verify.hint-params']);
    expect(report.hints[0]).toMatchObject({ sheet: SHEETS.plan, cell: 'N2' });
    expect(report.hints[0].message).toContain('D:10%');
    expect(report.hints[0].message).toContain('D:100%');
  });

  test('允许重复抽取 是 for one batch and back to 否: that batch\'s 参数 against the plan', async () => {
    const book = await smallBook();
    expect((await drawTask(book, drawRequest())).ok).toBe(true);
    await setPlanCellIn(book, '联033', '允许重复抽取', '是');
    expect((await drawTask(book, drawRequest({ seedSource: { kind: 'witness', digits: '1111 2222 3333 4444 5555 6666' } }))).ok).toBe(true);
    await setPlanCellIn(book, '联033', '允许重复抽取', '否');
    const report = await verifyWorkbook(await reopen(book));
    expect(report.ok).toBe(true);
    expect(report.hints.map((h) => `${h.code} ${h.message}`)).toEqual([expect.stringMatching(/^verify.hint-params 抽取 联033-2 的允许重复抽取是 是，年度抽查计划现为 否/)]);
  });

  test('--no-hints (skipHints) leaves the 提示 out and reads no plan', async () => {
    const book = await smallBook();
    await setObjectCellIn(book, D_FIRM, '信用风险等级', 'A');
    expect((await drawTask(book, drawRequest())).ok).toBe(true);
    await setObjectCellIn(book, D_FIRM, '信用风险等级', 'D');
    expect((await verifyWorkbook(await reopen(book), undefined, { skipHints: true })).hints).toEqual([]);
  });
});

describe('warnings of SPEC §3.8', () => {
  test('several 公告 rows for one id: all listed with their cells and sources; the draw is held to the latest', async () => {
    const book = await smallBook();
    await announce(book, '联033');
    await announce(book, '联033', LATER_SOURCE);
    expect((await publicDraw(book, AFTER_LATER_DRAWING)).ok).toBe(true);
    const report = await verifyWorkbook(await reopen(book));
    expect(report.ok).toBe(true);
    expect(codes(allProblems(report))).toEqual([`verify.announcements-repeated@${SHEETS.log}!D3`]);
    expect(report.problems[0].message).toContain(`${SHEETS.log}!D2（中国福利彩票快乐8|2024150`);
    expect(report.problems[0].message).toContain(`${SHEETS.log}!D3（中国福利彩票快乐8|2024151`);
  });

  test('a voided draw: its reason and what it had drawn', async () => {
    const book = await smallBook();
    const drawn = await drawTask(book, drawRequest());
    await voidDraw(book, { drawId: '联033-1', reason: '见证人未到场', operator: '李四' });
    const report = await verifyWorkbook(await reopen(book));
    expect(report.ok).toBe(true);
    const voided = report.problems.find((p) => p.code === 'verify.voided')!;
    expect(voided).toMatchObject({ severity: 'warning', sheet: SHEETS.log, cell: 'R3' });
    expect(voided.message).toContain('见证人未到场');
    expect(voided.message).toContain(drawn.picks[0].objectId);
    expect(report.tasks[0].attempts[0]).toMatchObject({ drawId: '联033-1', status: '作废', voidReason: '见证人未到场' });
  });
});

describe('a draw deleted and redone: what verify can and cannot tell', () => {
  test('the last, unannounced draw deleted from all three sheets and drawn again verifies clean; only its published 本条哈希 differs', async () => {
    const book = await smallBook();
    const first = await drawTask(book, drawRequest());
    const redone = await editBook(await book.toBuffer(), async (wb) => {
      for (const sheet of [SHEETS.log, SHEETS.results, SHEETS.snapshot]) removeDrawRows(wb, sheet, '联033-1');
    });
    const second = await drawTask(redone, drawRequest({ seedSource: { kind: 'witness', digits: '9999 8888 7777 6666 5555 4444' } }));
    expect(second.ok).toBe(true);
    const report = await verifyWorkbook(await reopen(redone));
    expect(report.ok).toBe(true);
    expect(report.lines[0].level).toBe('未公告');
    // The hash the clerk published after the first draw is gone from the log: that alone shows the redo.
    expect(report.logRows.map((r) => r.hash)).not.toContain(first.logHash);
    const published = await verifyWorkbook(await reopen(redone), undefined, { published: new Map([['联033-1', first.logHash!]]) });
    expect(published.ok).toBe(false);
    expect(published.lines[0]).toMatchObject({ ok: false });
    const errors = published.lines[0].problems.filter((p) => p.severity === 'error');
    expect(codes(errors)).toEqual([`verify.published-mismatch@${SHEETS.log}!T2`]);
    expect(errors[0].message).toContain(`本条哈希（${SHEETS.log}!T2：${second.logHash}）`);
  });

  test('an announced draw deleted and redone from the same numbers gives the same result; re-announced with another drawing, the published 公告哈希 fails', async () => {
    const { bytes, announcementHash } = await announcedBook();
    const deleted = async () => editBook(bytes, async (wb) => {
      for (const sheet of [SHEETS.log, SHEETS.results, SHEETS.snapshot]) removeDrawRows(wb, sheet, '联033-1');
    });
    const again = await deleted();
    await announce(again, '联033', LATER_SOURCE);
    expect((await publicDraw(again, AFTER_LATER_DRAWING)).ok).toBe(true);
    const book = await reopen(again);
    // Internally consistent: without the published hash verify cannot tell.
    expect((await verifyWorkbook(book)).ok).toBe(true);
    const checked = await verifyWorkbook(book, undefined, { published: new Map([['联033-1', announcementHash]]) });
    expect(checked.ok).toBe(false);
    expect(checked.lines[0].ok).toBe(false);
    expect(codes([...checked.lines[0].problems, ...checked.problems])).toEqual([`verify.published-mismatch@${SHEETS.log}!T2`]);
  });

  test('a middle draw deleted and the chain recomputed: a later batch of the same task is out of sequence; another task\'s draw leaves no trace but its changed 本条哈希', async () => {
    const book = await smallBook();
    await drawTask(book, drawRequest({ taskId: '交001' }));
    await drawTask(book, drawRequest());
    const before = await drawTask(book, drawRequest({ seedSource: { kind: 'witness', digits: '1111 2222 3333 4444 5555 6666' } }));
    const bytes = await book.toBuffer();
    const withoutFirstOfTask = await editBook(bytes, async (wb) => {
      for (const sheet of [SHEETS.log, SHEETS.results, SHEETS.snapshot]) removeDrawRows(wb, sheet, '联033-1');
      await rechain(wb);
    });
    const sameTask = await verifyWorkbook(withoutFirstOfTask);
    expect(sameTask.ok).toBe(false);
    expect(codes(sameTask.problems)).toContain(`verify.draw-id@${SHEETS.log}!D3`);
    const withoutOtherTask = await editBook(bytes, async (wb) => {
      for (const sheet of [SHEETS.log, SHEETS.results, SHEETS.snapshot]) removeDrawRows(wb, sheet, '交001-1');
      await rechain(wb);
    });
    const otherTask = await verifyWorkbook(withoutOtherTask);
    expect(otherTask.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(otherTask.ok).toBe(true);
    expect(otherTask.lastLogHash).not.toBe(before.logHash);
  });
});
