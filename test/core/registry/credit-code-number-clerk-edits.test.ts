// Excel turns an 18-digit 统一社会信用代码 typed into a General cell into a number and keeps only 15
// significant digits: the message says so, and how to re-enter it, instead of "校验位不对".
import { mkdtempSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { validateWorkbook } from '../../../src/usecases';
import { SHEETS } from '../../../src/core/schema';
import { run } from '../../../src/cli/main';
import { capture } from '../../fixtures/cli-capture';
import { smallBookBytes } from '../../fixtures/small-book';
import { tampered } from '../../usecases/helpers';

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await smallBookBytes();
});

/** The small book with 对象编号 of its first object (a 企业) and of its first project as Excel left them. */
const typedAsNumbers = (objectCode: number, projectCode?: number) => (wb: ExcelJS.Workbook) => {
  const ws = wb.getWorksheet(SHEETS.objects)!;
  ws.getCell('A2').value = objectCode;
  if (projectCode !== undefined) ws.getCell('A42').value = projectCode;
};

test('an 18-digit code stored as a number: the cell holds a number, Excel keeps 15 digits, set the column to 文本', async () => {
  const report = await validateWorkbook(await tampered(bytes, typedAsNumbers(911305345777567700)));
  const problems = report.problems.filter((p) => p.sheet === SHEETS.objects && p.cell === 'A2');
  expect(problems.map((p) => p.code)).toEqual(['registry.credit-code-number']);
  expect(problems[0].message).toContain('存成了数字（911305345777567700）');
  expect(problems[0].message).toContain('15 位有效数字');
  expect(problems[0].message).toContain('单元格格式设为“文本”');
  expect(problems[0].message).not.toContain('校验位');
});

test('ssj validate (the streaming reader) says the same', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ssj-code-number-')), 'numbers.xlsx');
  writeFileSync(file, await (await tampered(bytes, typedAsNumbers(911305345777567700))).toBuffer());
  const { io, text } = capture();
  expect(await run(['validate', file], io)).toBe(1);
  expect(text()).toMatch(/检查对象名录库!A2: 对象编号存成了数字（911305345777567700）/);
  expect(text()).not.toContain('校验位');
});

test('a short number keeps the length message, and a project code stored as a number is fine', async () => {
  const report = await validateWorkbook(await tampered(bytes, typedAsNumbers(130534000012345, 2024001)));
  expect(report.problems.filter((p) => p.sheet === SHEETS.objects).map((p) => `${p.code}@${p.cell}`)).toEqual([
    'registry.credit-code-length@A2',
  ]);
});
