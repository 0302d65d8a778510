import { ANNEX1 } from '../../src/core/layouts';
import { estimateRowHeights } from '../../src/core/layouts/row-heights';

test('a label longer than its column gets a row tall enough for its lines', () => {
  const heights = estimateRowHeights([{ address: 'A1', value: '一二三四五六七八九十'.repeat(3), style: 'label' }], [], [22]);
  // 30 CJK characters ≈ 60 width units in a column of 22: three lines.
  expect(heights[1]).toBe(3 * 15 + 4);
});

test('a label merged down several rows spreads its height over them, and short labels add nothing', () => {
  const heights = estimateRowHeights(
    [{ address: 'A1', value: '一二三四五六七八九十'.repeat(3), style: 'label' }, { address: 'B1', value: '总计', style: 'label' }],
    ['A1:A3'],
    [22, 10],
  );
  expect(heights).toEqual({ 1: 17, 2: 17, 3: 17 });
  expect(estimateRowHeights([{ address: 'A1', value: '短', style: 'label' }], [], [10])).toEqual({});
});

test('附件1 gives the long group labels (信用风险分级分类, 市场监管系统) rows of more than one line', () => {
  const heights = ANNEX1.spec.rowHeights ?? {};
  expect(heights[10]).toBeGreaterThan(16); // 本地区利用企业信用风险分级分类开展随机抽查的情况
  expect(heights[1]).toBeGreaterThanOrEqual(28); // the title
  expect(heights[6]).toBeUndefined(); // 总计 rows under a short group label stay default
});

describe('both adapters draw the heights', () => {
  test('ExcelJS: the rows of 附件1 get the stated heights', async () => {
    const { XlsxWorkbook } = await import('../../src/workbook/xlsx');
    const book = XlsxWorkbook.create();
    await book.apply([{ kind: 'createLayoutSheet', spec: ANNEX1.spec }]);
    const ws = book.workbook.getWorksheet(ANNEX1.spec.name)!;
    for (const [row, points] of Object.entries(ANNEX1.spec.rowHeights!)) expect(ws.getRow(Number(row)).height).toBe(points);
  });

  test('Office.js: the rows of 附件1 get the stated heights', async () => {
    const { officeOn } = await import('../workbook/office-fixtures');
    const { fake, workbook } = officeOn();
    await workbook.apply([{ kind: 'createLayoutSheet', spec: ANNEX1.spec }]);
    const sheet = fake.sheet(ANNEX1.spec.name);
    for (const [row, points] of Object.entries(ANNEX1.spec.rowHeights!)) {
      expect(sheet.style(`A${row}`, 'format.rowHeight')).toBe(points);
    }
  });
});
