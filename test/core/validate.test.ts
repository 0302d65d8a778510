import { parseWorkbook } from '../../src/core/validate';
import { formatProblem } from '../../src/core/messages/problem';
import { CODES, validSheets, PLAN_ROWS } from './fixtures/workbook';

describe('parseWorkbook on a valid workbook', () => {
  const { data, problems } = parseWorkbook(validSheets());

  test('gives no problem at all', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('reads every registry row, the plan\'s tasks and the clerk\'s sheets', () => {
    expect(data.objects).toHaveLength(10);
    expect(data.inspectors).toHaveLength(8);
    expect(data.items.map((item) => item.id)).toEqual(['JT-01', 'JT-02']);
    expect(data.tasks.map((task) => [task.taskId, task.row])).toEqual([['联033', PLAN_ROWS.task033], ['联034', PLAN_ROWS.task034]]);
    expect(data.avoidance).toEqual([{ row: 2, inspectorId: 'JT001', objectId: CODES.tongda, reason: '近亲属任职' }]);
    expect(data.ledger).toEqual([{ row: 2, date: '2024-06-05', category: '会议', name: '双随机工作部署会', docNo: '', people: 20, content: '部署 2024 年抽查' }]);
    expect(data.holidays.map((h) => [h.date, h.type])).toEqual([['2024-10-01', '休'], ['2024-10-12', '班']]);
  });

  test('departments are canonical everywhere, aliases from the sheet included', () => {
    expect(new Set(data.inspectors.filter((i) => i.category === '执法人员').map((i) => i.department))).toEqual(new Set(['交通运输局', '市场监管局']));
    expect(data.departments.get('县交通局')).toBe('交通运输局');
    expect(data.tasks.map((t) => [t.initiator, t.joint])).toEqual([['交通运输局', ['市场监管局']], ['交通运输局', ['市场监管局']]]);
  });

  test('certificate dates from serials and from text, inactive objects flagged', () => {
    expect(data.inspectors.map((i) => i.certificateExpiry)).toEqual([
      '2026-12-31', '2026-06-30', '2025-12-31', '2027-03-31', '2026-12-31', '2026-09-30', '2026-12-31', null,
    ]);
    expect(data.objects.filter((o) => !o.active).map((o) => o.id)).toEqual([CODES.closed]);
  });

  test('the machine columns are read', () => {
    const [t033, t034] = data.tasks;
    expect(t033.gradeRatios).toEqual({ A: 500, B: 1000, C: 3000, D: 10000 });
    expect(t034).toMatchObject({ itemIds: ['JT-02'], filter: [{ kind: 'equals', column: '对象类型', values: ['工程项目'] }], experts: 1, perDepartment: 2 });
  });
});

describe('parseWorkbook tolerates', () => {
  test('optional sheets missing without a word', () => {
    const sheets = validSheets();
    for (const name of ['回避关系', '部门名录', '工作台账', '节假日']) sheets.delete(name);
    const { data, problems } = parseWorkbook(sheets);
    expect(problems).toEqual([]);
    expect(data.avoidance).toEqual([]);
    expect(data.departments.get('交通局')).toBe('交通运输局');
  });

  test('sheet names written with stray white space or full-width forms', () => {
    const sheets = validSheets();
    const objects = sheets.get('检查对象名录库')!;
    sheets.delete('检查对象名录库');
    sheets.set(' 检查对象 名录库', objects);
    const { data, problems } = parseWorkbook(sheets);
    expect(problems).toEqual([]);
    expect(data.objects).toHaveLength(10);
  });

  test('registry columns in any order, blank rows and padded values', () => {
    const sheets = validSheets();
    const rows = sheets.get('执法检查人员名录库')!;
    const reversed = rows.map((row) => [...row].reverse().map((v) => (typeof v === 'string' && v !== '' ? `  ${v}\t` : v)));
    reversed.splice(3, 0, [], [null, '', '   ']);
    sheets.set('执法检查人员名录库', reversed);
    const { data, problems } = parseWorkbook(sheets);
    expect(problems).toEqual([]);
    expect(data.inspectors.map((i) => i.id)).toEqual(['JT001', 'JT002', 'JT003', 'JT004', 'SJ001', 'SJ002', 'SJ003', 'ZJ001']);
  });

  test('a title row above a registry header', () => {
    const sheets = validSheets();
    sheets.get('执法检查人员名录库')!.unshift(['清河县交通运输局执法检查人员名录库（2024 年 1 月更新）']);
    const { data, problems } = parseWorkbook(sheets);
    expect(problems).toEqual([]);
    expect(data.inspectors[0]).toMatchObject({ id: 'JT001', row: 3 });
  });

  test('an empty workbook: one error per required sheet, one warning for the items, no throw', () => {
    const { data, problems } = parseWorkbook(new Map());
    expect(problems.map((p) => `${p.severity}:${p.code}:${p.sheet}`)).toEqual([
      'error:registry.missing-sheet:检查对象名录库',
      'error:registry.missing-sheet:执法检查人员名录库',
      'warning:registry.missing-items-sheet:抽查事项清单',
      'error:registry.missing-sheet:年度抽查计划',
    ]);
    expect(data.tasks).toEqual([]);
  });

  test('garbage of every kind in every cell without throwing', () => {
    const sheets = validSheets();
    const junk = [true, false, -1, 1e308, NaN, '#N/A', '　', '\u0000', '=SUM(A1)', 0.5];
    for (const rows of sheets.values()) {
      rows.forEach((row, r) => { if (r > 0) row.forEach((_, c) => { row[c] = junk[(r * 7 + c) % junk.length]; }); });
    }
    expect(() => parseWorkbook(sheets)).not.toThrow();
  });

  test('problems are sorted by sheet, row and column', () => {
    const sheets = validSheets();
    sheets.get('年度抽查计划')![5][5] = '十成';
    sheets.get('年度抽查计划')![4][10] = '明年';
    sheets.get('检查对象名录库')![3][2] = '公司';
    const { problems } = parseWorkbook(sheets);
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['检查对象名录库!C4', '年度抽查计划!K5', '年度抽查计划!F6']);
  });
});
