import {
  ANNEX1,
  ANNEX1_ANSWERS,
  ANNEX1_ROWS,
  ANNEX2,
  ANNEX2_ANSWERS,
  annex1AnswerCell,
  findLabelCells,
  layoutValues,
  locateAnswerCells,
  planLayout,
  planTitle,
} from '../../src/core/layouts';
import { PLAN_COLUMNS, PLAN_TITLE, SHEETS } from '../../src/core/schema';
import { headerKey, type CellValue } from '../../src/core/text';
import type { LayoutSheetSpec } from '../../src/workbook/port';

const valueAt = (spec: LayoutSheetSpec, address: string) => spec.cells.find((cell) => cell.address === address)?.value;
const styleAt = (spec: LayoutSheetSpec, address: string) => spec.cells.find((cell) => cell.address === address)?.style;

/** Insert `rows` empty rows on top and `cols` empty columns on the left, as a clerk might. */
function shifted(values: CellValue[][], rows: number, cols: number): CellValue[][] {
  const width = values[0].length + cols;
  const pad = Array.from({ length: rows }, () => Array<CellValue>(width).fill(null));
  return [...pad, ...values.map((cells) => [...Array<CellValue>(cols).fill(null), ...cells])];
}

describe('附件1', () => {
  const spec = ANNEX1.spec;

  test('carries the plan title, the header block and the platform merged over its rows', () => {
    expect(spec.name).toBe(SHEETS.annex1);
    expect(valueAt(spec, 'A1')).toBe('县（市、区）“双随机、一公开”监管月报表');
    expect(valueAt(spec, 'A2')).toBe('（本年度累计数据）');
    expect(valueAt(spec, 'D4')).toBe('截止目前数据（不含省级分派任务）');
    expect(['D5', 'E5', 'F5', 'G5'].map((a) => valueAt(spec, a))).toEqual(['次数', '抽查总户数', '完成检查户数', '发现问题户数']);
    expect(valueAt(spec, 'A6')).toBe('河北双随机执法监管平台');
    expect(spec.merges).toEqual(expect.arrayContaining(['A1:G1', 'A4:A5', 'B4:C5', 'D4:G4', 'A6:A13', 'B6:B8', 'B11:B13', 'A14:A16']));
  });

  test('row labels read as the plan writes them, rejoined across its line breaks', () => {
    expect(valueAt(spec, 'B10')).toBe('本地区利用企业信用风险分级分类开展随机抽查的情况');
    expect(valueAt(spec, 'B11')).toBe('本地区市场监管系统开展随机抽查情况（即市场监管局牵头和参与部门联合包括的抽查）');
    expect(['C11', 'C12', 'C13'].map((a) => valueAt(spec, a))).toEqual(['总计', '部门内部', '部门联合']);
    expect(['B14', 'B15', 'B16'].map((a) => valueAt(spec, a))).toEqual([
      '本地区开展抽查情况',
      '本地区涉及企业的随机抽查情况',
      '本地区利用企业信用风险分级分类开展随机抽查情况',
    ]);
    expect(valueAt(spec, 'A17')).toBe('联系人：');
  });

  test('answer cells are the 11 statistic rows × 4 counts plus header and footer blanks, all empty', () => {
    expect(Object.keys(ANNEX1_ANSWERS)).toHaveLength(ANNEX1_ROWS.length * 4 + 5);
    for (const address of Object.values(ANNEX1_ANSWERS)) {
      expect(styleAt(spec, address)).toBe('answer');
      expect(valueAt(spec, address)).toBeNull();
    }
    expect(annex1AnswerCell('all.total', 'count')).toBe('D6');
    expect(annex1AnswerCell('all.joint', 'count')).toBe('D8');
    expect(annex1AnswerCell('credit.total', 'drawn')).toBe('E10');
    expect(annex1AnswerCell('market.joint', 'problems')).toBe('G13');
    expect(annex1AnswerCell('other.credit', 'completed')).toBe('F16');
    expect(ANNEX1_ANSWERS.unit).toBe('B3');
  });
});

describe('附件2', () => {
  const spec = ANNEX2.spec;

  test('keeps the plan wording of the title, the sections and the notes', () => {
    expect(spec.name).toBe(SHEETS.annex2);
    expect(valueAt(spec, 'A1')).toBe('市有关部门“双随机、一公开”监管工作月报表');
    expect(valueAt(spec, 'B5')).toBe('本月召开会议部署随机抽查工作情况');
    expect(valueAt(spec, 'D7')).toBe('（培训班名称、培训人员数量及内容）');
    expect(valueAt(spec, 'B9')).toBe('本月按年度随机抽查工作计划市本级开展随机抽查情况');
    expect(['C9', 'C10', 'C11', 'C12', 'C13'].map((a) => valueAt(spec, a))).toEqual([
      '本月组织随机抽查的文件',
      '随机抽查抽查对象范围、数量、抽查比例',
      '随机抽查的检查事项',
      '发现问题户数',
      '随机抽查结果公示情况',
    ]);
    expect(valueAt(spec, 'D14')).toBe('（开展的单位及抽查检查主体数量及抽查结果公示数量等情况）');
    expect(spec.merges).toEqual(expect.arrayContaining(['A9:A13', 'B9:B13']));
  });

  test('every answer cell is empty and styled as an answer', () => {
    expect(ANNEX2_ANSWERS['draw.scope']).toBe('E10');
    expect(ANNEX2_ANSWERS.system).toBe('E14');
    for (const address of Object.values(ANNEX2_ANSWERS)) {
      expect(styleAt(spec, address)).toBe('answer');
      expect(valueAt(spec, address)).toBeNull();
    }
  });
});

describe('finding labels and answers in place', () => {
  test.each([
    ['附件1', ANNEX1],
    ['附件2', ANNEX2],
  ])('%s: locating the answers on the drawn layout gives back every answer cell', (_name, layout) => {
    const { cells, missing } = locateAnswerCells(layoutValues(layout.spec), layout.locators);
    expect(missing).toEqual([]);
    expect(cells).toEqual(layout.answers);
  });

  test('answers follow labels the clerk has moved, and line breaks inside labels do not matter', () => {
    const values = shifted(layoutValues(ANNEX1.spec), 2, 1);
    values[6][5] = '抽查\n总户数'; // the header as typed with Alt+Enter (E5 moved to F7)
    const { cells, missing } = locateAnswerCells(values, ANNEX1.locators);
    expect(missing).toEqual([]);
    expect(cells['all.joint.count']).toBe('E10');
    expect(cells['all.joint.drawn']).toBe('F10');
    expect(cells.unit).toBe('C5');
  });

  test('a label missing from its group is reported, not taken from the next group', () => {
    const values = layoutValues(ANNEX1.spec);
    values[7][2] = null; // C8 部门联合 of 本地区开展随机抽查情况 deleted; 市场监管 still has one in C13
    const { cells, missing } = locateAnswerCells(values, ANNEX1.locators);
    expect(missing).toEqual(['部门联合']);
    expect(cells['all.joint.count']).toBeUndefined();
    expect(cells['market.joint.count']).toBe('D13');
    expect(cells['all.total.count']).toBe('D6');
  });

  test('a missing column header is reported once for all its answers', () => {
    const values = layoutValues(ANNEX1.spec);
    values[4][3] = '次 数 ';
    values[4][4] = null;
    const { cells, missing } = locateAnswerCells(values, ANNEX1.locators);
    expect(missing).toEqual(['抽查总户数']);
    expect(cells['all.total.count']).toBe('D6');
    expect(cells['all.total.drawn']).toBeUndefined();
  });

  test('findLabelCells matches NFKC-normalised text without white space and lists what is missing', () => {
    const values: CellValue[][] = [
      [null, '单位名称(盖章):'],
      ['本月召开会议部署\n随机抽查工作情况', null],
    ];
    const { found, missing } = findLabelCells(values, ['单位名称（盖章）：', '本月召开会议部署随机抽查工作情况', '联系人：']);
    expect(found['单位名称（盖章）：'].address).toBe('B1');
    expect(found['本月召开会议部署随机抽查工作情况']).toEqual({ row: 1, col: 0, address: 'A2' });
    expect(missing).toEqual(['联系人：']);
  });
});

describe('年度抽查计划 layout', () => {
  test('title row merged across all columns, then the header row in PLAN_COLUMNS order', () => {
    const spec = planLayout();
    expect(valueAt(spec, 'A1')).toBe(PLAN_TITLE);
    expect(spec.merges).toEqual([`A1:S1`]);
    expect(PLAN_COLUMNS).toHaveLength(19);
    expect(spec.headerRow).toBe(2);
    expect(spec.columns).toBe(PLAN_COLUMNS);
    const header = layoutValues(spec)[1].map((v) => headerKey(v));
    expect(header).toEqual(PLAN_COLUMNS.map((c) => c.header));
    expect(header.slice(0, 3)).toEqual(['抽查计划编号', '抽查计划名称', '抽查任务编号']);
  });

  test('year and unit are parameters', () => {
    expect(planTitle(2025, '清河县市场监督管理局')).toBe('2025年清河县市场监督管理局“双随机、一公开”抽查工作计划');
    expect(valueAt(planLayout({ year: 2025 }), 'A1')).toBe('2025年清河县交通运输局“双随机、一公开”抽查工作计划');
  });
});
