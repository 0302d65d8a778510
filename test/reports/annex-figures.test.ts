// SPEC §5 Annex 1 and Annex 2 on the hand-made report book: every figure worked out by hand from the
// rows in report-book.ts, checked in the report and in the cells written to 附件1 / 附件2.
import { fillReports } from '../../src/usecases/report';
import { ANNEX1_ANSWERS, ANNEX1_ROWS, ANNEX2_ANSWERS } from '../../src/core/layouts';
import { cellAddress, parseAddress } from '../../src/core/text';
import { RESULT_COLUMNS, SHEETS } from '../../src/core/schema';
import { reportBook } from './report-book';

// [次数, 抽查总户数, 完成检查户数, 发现问题户数] per Annex 1 row, as of 2024-06-30. Counted (Hebei):
// 联033 (joint, 市场监管 joins, graded; E1 done, E2 problem, E3 inspected 7月2日), 交001 (internal,
// projects; P1 done, P2 open), 联035 (joint, 市场监管, two counting batches: E8 problem, E9 open),
// 市001 (市场监管 internal; E10 done, no problem). Other platform: 交002 (E4 problem, P3 done).
// Left out: 联034 (省级分派), 交003 (drawn 7月), 交004 (voided), 交005 (failed), the 公告 row.
const EXPECTED: Record<string, [number, number, number, number]> = {
  'all.total': [4, 8, 5, 2],
  'all.internal': [2, 3, 2, 0],
  'all.joint': [2, 5, 3, 2],
  'enterprise.total': [3, 6, 4, 2],
  'credit.total': [1, 3, 2, 1],
  'market.total': [3, 6, 4, 2],
  'market.internal': [1, 1, 1, 0],
  'market.joint': [2, 5, 3, 2],
  'other.all': [1, 2, 2, 1],
  'other.enterprise': [1, 1, 1, 1],
  'other.credit': [0, 0, 0, 0],
};
const COLUMNS = ['count', 'drawn', 'completed', 'problems'] as const;

async function filledBook() {
  const book = await reportBook();
  const result = await fillReports(book, { date: '2024-06-30', unit: '清河县交通运输局' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { book, result };
}

function cellOf(values: unknown[][], address: string): unknown {
  const { row, col } = parseAddress(address);
  return values[row]?.[col] ?? null;
}

describe('Annex 1 figures (SPEC §5)', () => {
  test('each row and column equals the count worked out by hand', async () => {
    const { result } = await filledBook();
    for (const row of ANNEX1_ROWS) {
      const got = COLUMNS.map((column) => result.report!.annex1[row.key][column].value);
      expect([row.key, got]).toEqual([row.key, EXPECTED[row.key]]);
    }
  });

  test('the counts are written into 附件1 at their answer cells, with 单位名称 and 填表时间', async () => {
    const { book } = await filledBook();
    const values = (await book.readSheets(['附件1'])).get('附件1')!;
    for (const row of ANNEX1_ROWS) {
      COLUMNS.forEach((column, i) => {
        expect([row.key, column, cellOf(values, ANNEX1_ANSWERS[`${row.key}.${column}`])]).toEqual([row.key, column, EXPECTED[row.key][i]]);
      });
    }
    expect(cellOf(values, ANNEX1_ANSWERS.unit)).toBe('清河县交通运输局');
    expect(cellOf(values, ANNEX1_ANSWERS.filledOn)).toBe('2024年6月30日');
  });

  test('each figure names the tasks and 抽查结果 rows it counted', async () => {
    const { result } = await filledBook();
    const joint = result.report!.annex1['all.joint'];
    expect(joint.count.tasks).toEqual(['联033', '联035']);
    expect(joint.drawn.rows).toEqual([2, 3, 4, 12, 13]);
    expect(joint.completed.rows).toEqual([2, 3, 12]);
    expect(joint.problems.rows).toEqual([3, 12]);
    // 涉及企业 counts market entities only: 交002's project P3 (row 8) is not in it.
    expect(result.report!.annex1['other.enterprise'].drawn.rows).toEqual([7]);
  });

  test('省级分派 tasks are left out and said so; several batches of one task are one inspection', async () => {
    const { result } = await filledBook();
    expect(result.report!.counted.provincial.map((i) => i.task.taskId)).toEqual(['联034']);
    expect(result.notes.map((n) => n.code)).toContain('report.provincial');
    const lian035 = result.report!.counted.inspections.find((i) => i.task.taskId === '联035')!;
    expect(lian035.draws.map((d) => d.drawId)).toEqual(['联035-1', '联035-2']);
  });

  test('a date earlier in the year counts only what was drawn and inspected by then', async () => {
    const book = await reportBook();
    const result = await fillReports(book, { date: '2024-04-30' });
    const total = result.report!.annex1['all.total'];
    // 联033 (3 drawn, E1 done 4月1日) and 交001 (2 drawn, nothing done by 4月30日).
    expect([total.count.value, total.drawn.value, total.completed.value, total.problems.value]).toEqual([2, 5, 1, 0]);
  });
});

describe('Annex 1 counts only results that ssj status counts as inspected', () => {
  test('a 检查结果 outside the choices (“合格”) is no completed inspection, as status and publish read it', async () => {
    // Row 2 is 联033's E1, done 4月1日; the clerk typed 合格 instead of picking 未发现问题.
    const resultCol = RESULT_COLUMNS.findIndex((c) => c.header === '检查结果');
    const book = await reportBook([{ kind: 'writeCells', sheet: SHEETS.results, cells: [{ address: cellAddress(1, resultCol), value: '合格' }] }]);
    const result = await fillReports(book, { date: '2024-06-30' });
    const total = result.report!.annex1['all.total'];
    expect([total.drawn.value, total.completed.value, total.problems.value]).toEqual([8, 4, 2]);
    expect(total.completed.rows).not.toContain(2);
    const note = result.notes.find((n) => n.code === 'report.result-not-a-choice');
    expect([note?.sheet, note?.cell]).toEqual(['抽查结果', cellAddress(1, resultCol)]);
    expect(note?.message).toContain('检查结果“合格”不在下拉选项中');
  });
});

describe('Annex 2 texts (SPEC §5): June 2024', () => {
  test('meetings, documents and trainings of the month come from 工作台账', async () => {
    const { result } = await filledBook();
    const a2 = result.report!.annex2;
    expect(a2.meetings.text).toBe('双随机工作部署会（6月5日）；半年总结会（6月26日）');
    expect(a2.meetings.ledgerRows).toEqual([3, 6]);
    expect(a2.documents.text).toBe('关于开展2024年双随机抽查的通知（清交双随机办〔2024〕3号）');
    expect(a2.trainings.text).toBe('双随机业务培训班，30人，抽查流程');
  });

  test('the month\'s counting draws give documents, scope, items, problems, publicity and the system line', async () => {
    const { result } = await filledBook();
    const a2 = result.report!.annex2;
    expect(a2['draw.documents'].text).toBe('2024年计划联035（P-联035）；2024年计划市001（P-市001）');
    expect(a2['draw.scope'].text).toBe(
      '客运部门联合抽查：全部对象，合格对象 20 户，抽取 1 户，抽查比例5%；' +
      '客运部门联合抽查：全部对象，合格对象 19 户，抽取 1 户，抽查比例5%；' +
      '市场监管内部抽查：全部对象，合格对象 12 户，抽取 1 户，抽查比例5%');
    // JT-001 and SC-001 (联035), SC-001 (市001): two 大项, two 小项.
    expect(a2['draw.items'].text).toBe('2 大项、2 小项');
    // Inspected in June with a problem: E2 (row 3) and E8 (row 12); E4 was in May, E7's draw is void.
    expect(a2['draw.problems'].text).toBe('2 户');
    expect(a2['draw.problems'].rows).toEqual([3, 12]);
    // Published in June: E2 and E8 (Hebei), E4 (其他平台).
    expect(a2['draw.publicity'].text).toBe('河北双随机执法监管平台公示 2 户；其他平台公示 1 户');
    expect(a2.system.text).toBe('本月 2 个单位（交通运输局、市场监管局）开展随机抽查 2 次，抽查检查主体 3 户，公示抽查结果 3 户');
  });

  test('the texts are written into 附件2\'s 填报内容 column', async () => {
    const { book, result } = await filledBook();
    const values = (await book.readSheets(['附件2'])).get('附件2')!;
    expect(cellOf(values, ANNEX2_ANSWERS['draw.problems'])).toBe('2 户');
    expect(cellOf(values, ANNEX2_ANSWERS.meetings)).toBe(result.report!.annex2.meetings.text);
    expect(cellOf(values, ANNEX2_ANSWERS.unit)).toBe('清河县交通运输局');
  });
});
