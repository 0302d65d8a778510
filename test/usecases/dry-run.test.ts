// The dry run foresees what it can before a permanent, logged draw (SPEC §3.3, §3.5).
import ExcelJS from 'exceljs';
import { drawTask, dryRun, validateWorkbook } from '../../src/usecases';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { SHEETS } from '../../src/core/schema';
import { drawRequest, smallBook, smallBookWith } from './helpers';

const places = (problems: Array<{ code: string; cell?: string; severity: string }>) =>
  problems.map((p) => `${p.severity} ${p.code}@${p.cell ?? ''}`);

test('a sound task in its period, never drawn: nothing to foresee', async () => {
  const report = await dryRun(await smallBook(), '联033', '2024-06-03');
  expect(report.problems).toEqual([]);
});

test('grade ratios below the plan minimum: the failure is foreseen at 信用分级比例', async () => {
  const book = await smallBookWith((rows) => {
    rows.get(SHEETS.plan)![0][5] = '不低于50%';
    rows.get(SHEETS.plan)![0][13] = 'A:1%;B:1%;C:1%;D:1%';
  });
  const report = await dryRun(book, '联033', '2024-06-03');
  expect(report.sampleTotal).toBeLessThan(report.minimum);
  expect(places(report.problems)).toEqual(['warning dry-run.shortfall@N2']);
  expect(report.problems[0].message).toContain(`低于计划最低要求 ${report.minimum} 户`);
  // Drawn anyway: the failure names the same cell, and is logged.
  const drawn = await drawTask(book, drawRequest());
  expect(drawn.written).toBe(true);
  expect(places(drawn.problems)[0]).toBe('error draw.shortfall@N2');
});

test('a department with fewer eligible inspectors than 每部门检查人数 is foreseen', async () => {
  const book = await smallBookWith((rows) => {
    for (const row of rows.get(SHEETS.inspectors)!) if (['SC02', 'SC03', 'SC04'].includes(row[0] as string)) row[8] = '休假';
  });
  const report = await dryRun(book, '联033', '2024-06-03');
  // Said once: validate's own warning on the same cell (在岗 only) is left out of the dry run.
  expect(places(report.problems)).toEqual(['warning dry-run.too-few-inspectors@O2']);
  expect(report.problems[0].message).toContain('“市场监管局”可选的检查人员只有 1 人');
  expect(places((await validateWorkbook(book, undefined, { today: '2024-06-03' })).problems)).toContain('warning plan.department-few-inspectors@J2');
});

test('a draw after the task period and a second batch are flagged for the clerk to confirm', async () => {
  const book = await smallBook();
  expect((await drawTask(book, drawRequest())).ok).toBe(true);
  const report = await dryRun(book, '联033', '2024-11-05');
  expect(places(report.problems)).toEqual(['warning dry-run.period-over@K2', 'warning dry-run.earlier-batches@C2']);
  expect(report.problems[1].message).toContain('已有有效抽取 联033-1，这次将是 联033-2');
});

test('a draw that goes ahead late, as a second batch, carries the same notes in its report', async () => {
  const book = await smallBook();
  expect((await drawTask(book, drawRequest())).notes).toEqual([]);
  // Fresh witness digits: the same as batch 1's would add a warning of their own.
  const late = await drawTask(book, drawRequest({ date: '2024-11-05', seedSource: { kind: 'witness', digits: '2718 2818 2845 9045 2353 6028' } }));
  expect(late.ok).toBe(true);
  expect(places(late.notes)).toEqual(['warning dry-run.period-over@K2', 'warning dry-run.earlier-batches@C2']);
});

test('evidence that would refuse the draw is foreseen: the dry run says it, as the draw would', async () => {
  const book = await smallBook();
  expect((await drawTask(book, drawRequest())).ok).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  wb.getWorksheet(SHEETS.results)!.getCell('E3').value = '91130534MA00XXXX99';
  const edited = await XlsxWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
  const report = await dryRun(edited, '交001', '2024-06-03');
  const draw = await drawTask(edited, drawRequest({ taskId: '交001' }));
  expect(draw.written).toBe(false);
  const errors = (problems: Array<{ code: string; severity: string }>) => problems.filter((p) => p.severity === 'error').map((p) => p.code);
  expect(errors(report.problems)).toEqual(errors(draw.problems));
  expect(errors(report.problems)).toContain('draw.evidence-broken');
});
