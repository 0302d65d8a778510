// SPEC §4: the public export ends with the task's attempts — a voided draw with its reason, the draw
// that replaced it with its 本条哈希 — and lists only the rows of draws that count.
import ExcelJS from 'exceljs';
import { announceDraw, createTemplate, drawTask, voidDraw } from '../../src/usecases';
import { publication } from '../../src/usecases/publish';
import { RESULT_COLUMNS, SHEETS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { resultsFixture } from '../fixtures/results-fixture';

test('a voided draw is listed with its reason; only the rows of the draw that counts are published', async () => {
  const book = await XlsxWorkbook.fromBuffer((await resultsFixture()).bytes);
  const voided = await voidDraw(book, { drawId: '联033-1', reason: '抽取时名录未更新', operator: '张三', now: () => new Date('2024-06-04T01:00:00Z') });
  expect(voided.ok).toBe(true);
  const redrawn = await drawTask(book, {
    taskId: '联033', seedSource: { kind: 'witness', digits: '8214 6650 1937 2048 5521 7706' }, operator: '张三',
    unannounced: '测试样例：未公告抽取', date: '2024-06-05', now: () => new Date('2024-06-05T01:00:00Z'),
  } as Parameters<typeof drawTask>[1]);
  expect(redrawn.ok).toBe(true);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(SHEETS.results)!;
  const col = (header: string) => RESULT_COLUMNS.findIndex((c) => c.header === header) + 1;
  let filled = '';
  sheet.eachRow((row, n) => {
    if (n > 1 && !filled && row.getCell(col('抽取编号')).text === '联033-2') {
      row.getCell(col('检查日期')).value = new Date('2024-06-10');
      row.getCell(col('检查结果')).value = '未发现问题';
      filled = row.getCell(col('对象编号')).text;
    }
  });
  const edited = await XlsxWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));

  const published = await publication(edited, '联033');
  // The six rows of the voided 联033-1 no longer count: only the one row of 联033-2.
  expect(published.book.main.rows.map((r) => r[5])).toEqual([filled]);
  const log = (await edited.readSheets([SHEETS.log])).get(SHEETS.log)!;
  const hashOf = (drawId: string) => String(log.find((r) => r[3] === drawId && r[16] === '有效')?.[19]);
  expect(published.book.after[0].rows).toEqual([
    ['联033-1', '作废', '未公告', hashOf('联033-1'), '', '抽取时名录未更新'],
    ['联033-2', '有效', '未公告', hashOf('联033-2'), '', ''],
  ]);
}, 120_000);

test('an announced draw is published with its 公告哈希 beside its 本条哈希', async () => {
  const book = XlsxWorkbook.create();
  await createTemplate(book, { sample: true });
  const announced = await announceDraw(book, {
    taskId: '交001', source: '中国福利彩票快乐8|2024150|2024-06-05 21:30|20×2', operator: '张三', now: () => new Date('2024-06-04T02:00:00Z'),
  });
  expect(announced.ok).toBe(true);
  const numbers = '01 05 08 12 17 23 29 31 34 38 41 44 50 55 58 63 67 71 76 80';
  const drawn = await drawTask(book, {
    taskId: '交001', seedSource: { kind: 'public', numbers }, operator: '张三', date: '2024-06-06', now: () => new Date('2024-06-06T02:00:00Z'),
  });
  expect(drawn.ok).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(SHEETS.results)!;
  const col = (header: string) => RESULT_COLUMNS.findIndex((c) => c.header === header) + 1;
  sheet.getCell(2, col('检查日期')).value = new Date('2024-06-10');
  sheet.getCell(2, col('检查结果')).value = '未发现问题';
  const edited = await XlsxWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));

  const published = await publication(edited, '交001');
  const log = (await edited.readSheets([SHEETS.log])).get(SHEETS.log)!;
  const hashOf = (status: string) => String(log.find((r) => r[3] === '交001-1' && r[16] === status)?.[19]);
  expect(hashOf('公告')).toMatch(/^[0-9a-f]{64}$/);
  expect(published.book.after[0].rows).toEqual([['交001-1', '有效', '已公告、未核对公布记录', hashOf('有效'), hashOf('公告'), '']]);
}, 120_000);
