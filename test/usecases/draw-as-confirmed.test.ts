// A draw given what the confirmation showed (the dry run's `expected`) makes that draw or none:
// a workbook edited between the dry run and the click is refused, nothing written (issue 14).
import { drawTask, dryRun } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { CONFIRMED_CHANGED } from '../../src/core/messages/confirmed';
import { drawRequest, sheetValues, smallBook } from './helpers';

async function confirmedThenEdited(cells: Array<[string, string, string | number]>) {
  const book = await smallBook();
  const shown = await dryRun(book, '联033', '2024-06-03');
  for (const [sheet, address, value] of cells) {
    await book.apply([{ kind: 'writeCells', sheet, cells: [{ address, value }] }]);
  }
  const before = await book.toBuffer();
  const report = await drawTask(book, drawRequest({ expected: shown.expected }));
  return { book, report, before };
}

test('an unchanged workbook draws what the dry run showed', async () => {
  const { report } = await confirmedThenEdited([]);
  expect(report.ok).toBe(true);
  expect(report.written).toBe(true);
});

test('a plan ratio edited after the dry run refuses the draw, naming what changed, and writes nothing', async () => {
  const { book, report } = await confirmedThenEdited([[SHEETS.plan, 'F2', '不低于50%']]);
  expect(report.written).toBe(false);
  expect(report.problems.map((p) => p.code)).toEqual([CONFIRMED_CHANGED]);
  expect(report.problems[0].message).toContain('抽取数');
  expect(report.problems[0].message).toContain('抽取参数');
  expect(await sheetValues(book, SHEETS.log)).toEqual([]);
});

test('an inspector taken off duty after the dry run refuses the draw: the pool differs', async () => {
  const { book, report } = await confirmedThenEdited([[SHEETS.inspectors, 'I3', '休假']]);
  expect(report.written).toBe(false);
  expect(report.problems[0].message).toContain('可选检查人员名单');
  expect((await sheetValues(book, SHEETS.results)).length).toBeLessThanOrEqual(1);
});

test('another draw of the task in between refuses the confirmed one: its draw id is taken', async () => {
  const book = await smallBook();
  const shown = await dryRun(book, '联033', '2024-06-03');
  expect((await drawTask(book, drawRequest({ seedSource: { kind: 'generate' } }))).ok).toBe(true);
  const report = await drawTask(book, drawRequest({ expected: shown.expected }));
  expect(report.written).toBe(false);
  expect(report.problems[0].message).toContain('抽取编号由 联033-1 变为 联033-2');
});
