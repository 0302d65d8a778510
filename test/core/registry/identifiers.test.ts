// SPEC §3.8 Identifiers: an 任务编号, 对象编号 or 人员编号 holding a control, format or bidi character is an
// error at its cell, and two that differ only by such characters or by NFKC are one repeated id.
import { parseWorkbook } from '../../../src/core/validate';
import { PLAN_ROWS, validSheets, type Sheets } from '../fixtures/workbook';

function withCell(sheet: string, row: number, col: number, edit: (value: string) => string): Sheets {
  const sheets = validSheets();
  const rows = sheets.get(sheet)!;
  rows[row - 1][col] = edit(String(rows[row - 1][col]));
  return sheets;
}

const placed = (sheets: Sheets) => parseWorkbook(sheets).problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`);

describe.each([
  ['a zero-width space', '\u200b', 'U+200B'],
  ['a right-to-left override', '\u202e', 'U+202E'],
  ['a left-to-right mark', '\u200e', 'U+200E'],
  ['a control character', '\u0001', 'U+0001'],
])('%s', (_, hidden, code) => {
  test('in an 对象编号 is an error at its cell, naming the code point', () => {
    const sheets = withCell('检查对象名录库', 3, 0, (id) => `${id.slice(0, 4)}${hidden}${id.slice(4)}`);
    const { problems } = parseWorkbook(sheets);
    const found = problems.find((p) => p.code === 'registry.id-invisible-character')!;
    expect(`${found.sheet}!${found.cell}`).toBe('检查对象名录库!A3');
    expect(found.message).toContain(`第 5 个字符是不可见的控制、格式或文字方向字符 ${code}`);
  });

  test('in a 人员编号 is an error at its cell', () => {
    expect(placed(withCell('执法检查人员名录库', 2, 0, (id) => `${id}${hidden}X`))).toContain('registry.id-invisible-character@执法检查人员名录库!A2');
  });

  test('in an 抽查任务编号 is an error at its cell', () => {
    const sheets = validSheets();
    const row = sheets.get('年度抽查计划')![PLAN_ROWS.task034 - 1];
    const col = 2; // 抽查任务编号, written '联 034'
    row[col] = `联03${hidden}4`;
    expect(placed(sheets)).toContain(`registry.id-invisible-character@年度抽查计划!${String.fromCharCode(65 + col)}${PLAN_ROWS.task034}`);
  });

  test('makes a look-alike of another task id one repeated id', () => {
    const sheets = validSheets();
    const row = sheets.get('年度抽查计划')![PLAN_ROWS.task034 - 1];
    const col = 2; // 抽查任务编号, written '联 034'
    row[col] = `联033${hidden}`;
    const { data, problems } = parseWorkbook(sheets);
    expect(problems.map((p) => p.code)).toContain('registry.duplicate-id');
    expect(data.tasks.map((t) => t.taskId)).toEqual(['联033']);
  });
});

test('two 人员编号 differing only by NFKC (full-width letters) are one repeated id', () => {
  const sheets = validSheets();
  const rows = sheets.get('执法检查人员名录库')!;
  rows[3][0] = String(rows[2][0]).replace(/[A-Z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  expect(placed(sheets)).toContain('registry.duplicate-id@执法检查人员名录库!A4');
});
