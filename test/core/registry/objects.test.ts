import { parseObjects } from '../../../src/core/registry/objects';
import { SheetReader } from '../../../src/core/registry/sheet-reader';
import { readTable } from '../../../src/core/table';
import type { Problem } from '../../../src/core/messages/problem';
import { parseAddress, type CellValue } from '../../../src/core/text';
import { CODES } from '../fixtures/workbook';

const HEADER = ['对象编号', '对象名称', '对象类型', '信用风险等级', '经营状态', '分类标签', '行业类别'];

const cellOf = (place: string) => parseAddress(place.split('@')[1]);
const byCell = (a: string, b: string) => cellOf(a).row - cellOf(b).row || cellOf(a).col - cellOf(b).col;

function parse(rows: CellValue[][], header: CellValue[] = HEADER) {
  const problems: Problem[] = [];
  const objects = parseObjects(new SheetReader(readTable('检查对象名录库', [header, ...rows]), problems));
  // Places in sheet order (parseWorkbook sorts; the single parser reports in reading order).
  return { objects, problems, places: problems.map((p) => `${p.code}@${p.cell}`).sort(byCell) };
}

describe('检查对象名录库', () => {
  test('a market entity\'s code is NFKC-normalised, upper-cased and stripped of white space', () => {
    const lower = CODES.yunda.toLowerCase().replace('ma0a', 'ｍａ０ａ ');
    const { objects, problems } = parse([[lower, '运达', '企业', 'ａ', '', '道路运输\n经营主体、 客运 ', '货运']]);
    expect(problems).toEqual([]);
    expect(objects[0]).toMatchObject({ id: CODES.yunda, grade: 'A', status: '存续', active: true, tags: ['道路运输', '经营主体', '客运'] });
    expect(objects[0].fields).toMatchObject({ 对象编号: CODES.yunda, 行业类别: '货运', 信用风险等级: 'A', 经营状态: '存续' });
  });

  test('other objects keep their code as written', () => {
    const { objects, problems } = parse([['gc-01', '工程', '工程项目', '', '', '', '']]);
    expect(problems).toEqual([]);
    expect(objects[0].id).toBe('gc-01');
  });

  test('credit-code length, characters and check digit each have their own message', () => {
    const { places, problems } = parse([
      [CODES.yunda.slice(0, 17), '短', '企业'],
      [CODES.yunda.slice(0, 16) + 'I' + CODES.yunda[17], '字符', '个体工商户'],
      [CODES.yunda.slice(0, 17) + '0', '校验', '农民专业合作社'],
    ]);
    expect(places).toEqual([
      'registry.credit-code-length@A2', 'registry.credit-code-characters@A3', 'registry.credit-code-check-digit@A4',
    ]);
    expect(problems[0].message).toContain('应为 18 位，这里是 17 位');
    expect(problems[2].message).toContain(`应为“${CODES.yunda[17]}”`);
  });

  test('inactive states are kept but not active; unknown choices are errors at their cells', () => {
    const { objects, places } = parse([
      [CODES.yunda, 'a', '企业', 'B', '注销'],
      [CODES.tongda, 'b', '公司', 'E', '歇业'],
    ]);
    expect(objects.map((o) => o.active)).toEqual([false, false]);
    expect(places).toEqual(['registry.bad-choice@C3', 'registry.bad-choice@D3', 'registry.bad-choice@E3']);
  });

  test('a duplicate 对象编号 names the second cell and the first row; the second row is left out', () => {
    const { objects, places, problems } = parse([
      [CODES.yunda, 'a', '企业'],
      [CODES.tongda, 'b', '企业'],
      [CODES.yunda.toLowerCase(), 'c', '企业'],
    ]);
    expect(objects.map((o) => o.name)).toEqual(['a', 'b']);
    expect(places).toEqual(['registry.duplicate-id@A4']);
    expect(problems[0].message).toContain('第 2 行');
  });

  test('required cells: 对象编号, 对象名称, 对象类型', () => {
    const { objects, places } = parse([['', '无编号', '企业'], ['X1', '', '']]);
    expect(objects.map((o) => o.id)).toEqual(['X1']);
    expect(places).toEqual(['registry.required-cell@A2', 'registry.required-cell@B3', 'registry.required-cell@C3']);
  });

  test('a missing required column is one error at the header row; unknown columns land in fields', () => {
    const { objects, places } = parse([['X1', '甲', '一级'], ['X2', '乙', '二级']], ['对象编号', '对象名称', '资质等级']);
    expect(places).toEqual(['registry.missing-column@D1']);
    expect(objects[1].fields['资质等级']).toBe('二级');
  });
});
