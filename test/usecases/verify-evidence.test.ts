import { drawTask, verifyWorkbook } from '../../src/usecases';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { drawRequest, smallBook } from './helpers';

test('an unannounced ssj-draw/2 draw verifies with a warning giving its reason, level 未公告', async () => {
  const book = await smallBook();
  const report = await drawTask(book, drawRequest({ unannounced: '测试：不经公告' }));
  expect(report.problems).toEqual([]);
  const verified = await verifyWorkbook(await XlsxWorkbook.fromBuffer(await book.toBuffer()));
  expect(verified.problems).toEqual([]);
  expect(verified.lines).toHaveLength(1);
  expect(verified.lines[0]).toMatchObject({ drawId: '联033-1', ok: true, level: '未公告', algorithm: 'ssj-draw/2' });
  expect(verified.lines[0].problems.map((p) => p.code)).toEqual(['verify.unannounced']);
  expect(verified.hints).toEqual([]);
  expect(verified.ok).toBe(true);
});
