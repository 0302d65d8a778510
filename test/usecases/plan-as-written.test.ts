// The plan's Annex 3 pasted as the county's document writes it, then drawn and verified.
import { drawTask, verifyWorkbook, listTasks } from '../../src/usecases';
import { SHEETS, ITEM_COLUMNS, OBJECT_COLUMNS, INSPECTOR_COLUMNS, AVOIDANCE_COLUMNS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import type { WorkbookChange } from '../../src/workbook/port';
import { SMALL_ITEMS, SMALL_AVOIDANCE, smallObjects, smallInspectors } from '../fixtures/small-book';
import { WITNESS } from './helpers';

const ANNEX3_AS_WRITTEN = [
  ['附件 3'],
  ['2024 年清河县交通运输局“双随机、一公开”抽查工作计划'],
  ['抽查计\n划编号', '抽查计划\n名称', '抽查\n任务\n编号', '抽查任务\n名称', '抽\n查\n类\n型', '抽查\n比例', '抽查事项',
    '抽查对\n象\n范围', '发起部\n门', '联合部\n门', '抽查时\n间'],
  ['联\n2024033', '2024年清\n河县部门\n联合抽查\n033', '联 033', '清河县道\n路运输市\n场部门联\n合随机抽\n查', '定\n向', '不低\n于\n10%',
    '交通局：对道路运输市\n场主体的监督检查。市\n场监管局：登记事项检\n查、公示信息检查等抽\n查事项清单（2024 版）\n涉及的相关抽查事项。',
    '道路运\n输经营\n主体', '交通运\n输局', '市场监\n管', '2024年\n6月至\n10 月'],
  ['联\n2024034', '2024年清\n河县部门\n联合抽查\n034', '联 034', '清河县在\n建公路工\n程部门联\n合随机抽\n查', '定\n向', '不低\n于5%',
    '交通局：对公路工程的\n监督检查。市场监管局：\n登记事项检查、公示信\n息检查。', '在建地\n方道路\n大中修\n工程', '交通运\n输局', '市场监\n管', '2024年\n3月至\n9月'],
];

async function bookWithPlanAsWritten(): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.create();
  const table = (name: string, columns: typeof OBJECT_COLUMNS, rows: unknown[][]): WorkbookChange[] => [
    { kind: 'createTableSheet', spec: { name, columns } },
    { kind: 'appendRows', sheet: name, rows: rows as never, formats: columns.map((c) => c.format) },
  ];
  await book.apply([
    ...table(SHEETS.items, ITEM_COLUMNS, SMALL_ITEMS),
    ...table(SHEETS.objects, OBJECT_COLUMNS, smallObjects()),
    ...table(SHEETS.inspectors, INSPECTOR_COLUMNS, smallInspectors()),
    ...table(SHEETS.avoidance, AVOIDANCE_COLUMNS, SMALL_AVOIDANCE),
  ]);
  book.workbook.addWorksheet(SHEETS.plan).addRows(ANNEX3_AS_WRITTEN);
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

test('the two Annex 3 tasks as the plan writes them are listed with their ratios, windows and departments', async () => {
  const { tasks, problems } = await listTasks(await bookWithPlanAsWritten());
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(tasks.map((t) => [t.taskId, t.ratioText, t.start, t.end, t.departments.join('+'), t.scope])).toEqual([
    ['联033', '10%', '2024-06-01', '2024-10-31', '交通运输局+市场监管局', '道路运输经营主体'],
    ['联034', '5%', '2024-03-01', '2024-09-30', '交通运输局+市场监管局', '在建地方道路大中修工程'],
  ]);
});

test('联 033 as written draws (typed with or without the space) and verifies', async () => {
  const book = await bookWithPlanAsWritten();
  const report = await drawTask(book, {
    taskId: '联 033', seedSource: { kind: 'witness', digits: WITNESS }, operator: '张三', date: '2024-06-03', unannounced: '见证号码现场抽取',
  });
  expect(report.problems).toEqual([]);
  expect(report.drawId).toBe('联033-1');
  // Without 信用分级比例 there is one stratum 全部: ceil(39 × 10 %) = 4 objects.
  expect(report.strata).toEqual([{ stratum: '全部', eligible: 39, ratioBp: 1000, sampleSize: 4 }]);
  const again = await drawTask(book, {
    taskId: '联033', seedSource: { kind: 'witness', digits: WITNESS }, operator: '张三', date: '2024-06-03', unannounced: '见证号码现场抽取',
  });
  expect(again.drawId).toBe('联033-2');
  expect((await verifyWorkbook(book)).ok).toBe(true);
});
