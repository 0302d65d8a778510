// The manifest, the code and the README agree on requirement sets (issue 15): the manifest asks only for
// what the pane needs to start; every set the adapter checks is the floor or a guarded feature with a
// fallback; the README's table lists each one. Excel's error codes reach the clerk in Chinese.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_SET, GUARDED_FEATURES } from '../../src/workbook/office-capabilities';
import { problemsOf } from '../../src/taskpane/errors';
import { FakeExcelError } from '../fakes/excel-fake';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

test('the manifest asks for ExcelApi 1.1 only: the pane starts and tells what is missing', () => {
  const sets = [...read('manifest.xml').matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => [m[1], m[2]]);
  expect(sets).toEqual([['ExcelApi', '1.1']]);
});

test('every requirement set the adapter checks is the 1.7 floor or a guarded feature', () => {
  const dir = join(ROOT, 'src', 'workbook');
  const checked = readdirSync(dir)
    .filter((file) => file.startsWith('office'))
    .flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(/supports\('ExcelApi', (?:'([\d.]+)'|BASE_SET)\)/g)].map((m) => m[1] ?? BASE_SET));
  const known = new Set([BASE_SET, ...GUARDED_FEATURES.map((f) => f.set)]);
  expect(checked.length).toBeGreaterThanOrEqual(5);
  expect([...new Set(checked)].filter((set) => !known.has(set))).toEqual([]);
  expect([...known].filter((set) => !checked.includes(set))).toEqual([]);
});

test('the README table lists the floor and every guarded feature with the Excel versions that have it', () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Excel 版本与功能'));
  expect(section.length).toBeGreaterThan(100);
  for (const set of [BASE_SET, ...GUARDED_FEATURES.map((f) => f.set)]) {
    expect(section).toMatch(new RegExp(`\\| ExcelApi ${set.replace('.', '\\.')} \\|`));
  }
  expect(section).toContain('Office 2019');
  expect(section).toContain('Office 2021');
});

describe('Excel errors reaching the pane', () => {
  test.each([
    ['UndoNotSupported', '撤消'],
    ['ApiNotFound', '请升级'],
    ['InvalidOperationInCellEditMode', '按 Enter 或 Esc'],
    ['AccessDenied', '撤消工作表保护'],
    ['ItemNotFound', '不存在'],
  ])('%s is said in Chinese, with the code kept', (code, words) => {
    const [problem] = problemsOf(new FakeExcelError(code, 'raw English text'));
    expect(problem.code).toBe(`office.excel.${code}`);
    expect(problem.message).toContain(words);
    expect(problem.message).toContain(code);
    expect(problem.message).not.toContain('raw English text');
  });

  test('an Excel error without a known code keeps Excel\'s text; a bug of ours stays unexpected', () => {
    expect(problemsOf(new FakeExcelError('SomethingNew', 'detail')).map((p) => p.code)).toEqual(['office.excel.SomethingNew']);
    expect(problemsOf(new TypeError('x is undefined')).map((p) => p.code)).toEqual(['ui.unexpected']);
  });
});
