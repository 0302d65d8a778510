// `ssj report` with bad input: a clear Chinese message, nothing lost (issue 12).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { ANNEX1, ANNEX2 } from '../../src/core/layouts';
import { PLAN_COLUMNS, SHEETS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import type { WorkbookChange } from '../../src/workbook/port';
import { capture } from '../fixtures/cli-capture';
import { PLAN_ROWS, reportBookChanges } from './report-book';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'ssj-report-cli-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function save(name: string, changes: WorkbookChange[]): Promise<string> {
  const book = XlsxWorkbook.create();
  await book.apply(changes);
  const file = path.join(dir, name);
  writeFileSync(file, await book.toBuffer());
  return file;
}

const annexes: WorkbookChange[] = [{ kind: 'createLayoutSheet', spec: ANNEX1.spec }, { kind: 'createLayoutSheet', spec: ANNEX2.spec }];

async function ssj(...argv: string[]) {
  const io = capture();
  const code = await run(['report', ...argv], io.io);
  return { code, ...io };
}

describe('ssj report: bad input', () => {
  test('a --date outside the plan\'s year is refused and the file is left as it was', async () => {
    const file = await save('year.xlsx', [...reportBookChanges(), ...annexes]);
    const bytes = readFileSync(file);
    const { code, err } = await ssj(file, '--date', '2025-01-31');
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('报表日期 2025-01-31 不在抽查计划的年度（2024 年）内');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a --date that is no date, or none, is named', async () => {
    const file = await save('baddate.xlsx', [...reportBookChanges(), ...annexes]);
    const bytes = readFileSync(file);
    const bad = await ssj(file, '--date', '2024-02-30');
    expect(bad.code).toBe(2); // a bad argument, as ssj status --date
    expect(bad.err.join('\n')).toContain('“2024-02-30”不是有效的日期');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const none = await ssj(file);
    expect(none.code).toBe(2);
    expect(none.text()).toContain('请用 --date 给出统计截止日期');
  });

  test('a --date in the forms ssj status reads (2024/6/30, 2024年6月30日, 20240630) is the same date', async () => {
    for (const [i, form] of ['2024/6/30', '2024年6月30日', '20240630'].entries()) {
      const file = await save(`form-${i}.xlsx`, [...reportBookChanges(), ...annexes]);
      const { code, out } = await ssj(file, '--date', form, '--json');
      expect([form, code, JSON.parse(out.join('\n')).date]).toEqual([form, 0, '2024-06-30']);
    }
  });

  test('a workbook without draws is filled with zeros and says so', async () => {
    const plan: WorkbookChange[] = [
      { kind: 'createTableSheet', spec: { name: SHEETS.plan, columns: PLAN_COLUMNS } },
      { kind: 'appendRows', sheet: SHEETS.plan, rows: PLAN_ROWS, formats: PLAN_COLUMNS.map((c) => c.format) },
    ];
    const file = await save('nodraws.xlsx', [...plan, ...annexes]);
    const { code, out } = await ssj(file, '--date', '2024-06-30');
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('截至 2024-06-30 没有计入的抽取（有效且未作废），报表按 0 填写');
    const book = await XlsxWorkbook.fromBuffer(readFileSync(file));
    const values = (await book.readSheets(['附件1'])).get('附件1')!;
    expect(values[5][3]).toBe(0);
    expect(out.join('\n')).toContain('部门联合抽查次数占比: 本年度尚无计入的抽查，无法计算占比');
  });

  test('a workbook open in Excel or WPS (its ~$ owner file beside it) is not written', async () => {
    const file = await save('open.xlsx', [...reportBookChanges(), ...annexes]);
    writeFileSync(path.join(dir, '~$open.xlsx'), 'owner');
    const bytes = readFileSync(file);
    const { code, text } = await ssj(file, '--date', '2024-06-30');
    expect(code).toBe(2); // as draw, void and publish: README's exit codes
    expect(text()).toMatch(/Excel|WPS/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a workbook holding a chart (as the pane makes in Excel) is refused: the save would drop it', async () => {
    const file = await save('chart.xlsx', [...reportBookChanges(), ...annexes]);
    const zip = await JSZip.loadAsync(readFileSync(file));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const bytes = readFileSync(file);
    const { code, err } = await ssj(file, '--date', '2024-06-30');
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('中有 1 个图表');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a filled workbook holding a chart is filled again in place: the chart and every other part kept', async () => {
    const file = await save('refill.xlsx', [...reportBookChanges(), ...annexes]);
    expect((await ssj(file, '--date', '2024-05-31')).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = await JSZip.loadAsync(readFileSync(file));
    const { code, err } = await ssj(file, '--date', '2024-06-30');
    expect([code, err]).toEqual([0, []]);
    const after = await JSZip.loadAsync(readFileSync(file));
    const changed: string[] = [];
    for (const name of Object.keys(before.files)) {
      if ((await before.file(name)?.async('string')) !== (await after.file(name)?.async('string'))) changed.push(name);
    }
    // 附件1, 附件2 and 报表图表: the three sheets written; the chart and everything else as it was.
    expect(changed.sort()).toEqual(['xl/worksheets/sheet6.xml', 'xl/worksheets/sheet7.xml', 'xl/worksheets/sheet8.xml']);
    expect(Object.keys(after.files)).toContain('xl/charts/chart1.xml');
    const book = await XlsxWorkbook.fromBuffer(readFileSync(file));
    const values = (await book.readSheets(['附件1', '附件2'])).get('附件1')!;
    expect(values[7].slice(3, 7)).toEqual([2, 5, 3, 2]);
    expect(values[2][4]).toBe('2024年6月30日');
  });

  test('the text output lists every Annex 1 row with its tasks, the targets and the deadlines', async () => {
    const file = await save('text.xlsx', [...reportBookChanges(), ...annexes]);
    const out = path.join(dir, 'text-out.xlsx');
    const { code, text } = await ssj(file, '--date', '2024-06-30', '--out', out);
    expect(code).toBe(0);
    expect(text()).toContain('本地区开展随机抽查情况 · 部门联合: 2 / 5 / 3 / 2  〔联033、联035〕');
    expect(text()).toContain('再开展 3 次部门联合抽查即可达到 60 %');
    expect(text()).toContain('月报表（7月20日前）: 2024-07-20，还有 20 天');
    expect(text()).toContain(`保存到 ${out}`);
  });
});
