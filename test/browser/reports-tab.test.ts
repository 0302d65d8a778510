// End to end in real Chromium: the preview opens the report book (test/reports/report-book.ts, with
// 附件1 and 附件2 as ssj init draws them), the 报表 tab fills both as of 2024-06-30 and shows the
// targets, the chart and the deadlines; the grid then shows the counts in 附件1. Screenshots go to
// test-output/screenshots.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ANNEX1, ANNEX2 } from '../../src/core/layouts';
import { reportUiTexts as T } from '../../src/core/messages/reports';
import { SHEETS } from '../../src/core/schema';
import { reportBook } from '../reports/report-book';
import { CHROMIUM, openPreview, SCREENSHOTS, type PanePage } from './pane-page';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.log('未找到 Chromium（/usr/bin/chromium），已跳过报表页的浏览器测试。');
const describeInBrowser = haveChromium ? describe : describe.skip;

async function soon(check: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describeInBrowser('报表 tab in the browser preview (Chromium)', () => {
  let preview: PanePage;
  let page: Page;
  let pane: Locator;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-reports-e2e-'));
    const book = await reportBook([{ kind: 'createLayoutSheet', spec: ANNEX1.spec }, { kind: 'createLayoutSheet', spec: ANNEX2.spec }]);
    writeFileSync(join(dir, 'reports.xlsx'), await book.toBuffer());
    preview = await openPreview();
    ({ page, pane } = preview);
    await page.getByRole('tab', { name: SHEETS.objects, exact: true }).waitFor({ timeout: 60_000 });
    await page.locator('input[type="file"]').setInputFiles(join(dir, 'reports.xlsx'));
    await page.getByRole('tab', { name: SHEETS.annex1, exact: true }).waitFor({ timeout: 60_000 });
    // The pane is made afresh once the opened workbook is in: wait for the opening to end.
    await soon(async () => (await page.getByTestId('preview-busy').count()) === 0, 'the workbook opened', 60_000);
  }, 420_000);

  afterAll(async () => {
    await preview?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('fills the reports and shows the targets, the chart and the deadlines', async () => {
    await pane.getByRole('tab', { name: T.tab, exact: true }).click();
    const panel = pane.locator('#panel-reports');
    await panel.waitFor({ state: 'visible' });
    await panel.getByLabel(T.dateLabel).fill('2024-06-30');
    await pane.getByRole('button', { name: T.fillButton, exact: true }).click();
    await soon(async () => (await panel.locator('[data-target]').count()) === 3, 'the three targets');
    // 附件1: 44 counts, 单位名称, 填表时间; 附件2: nine texts, 单位名称, 填表时间.
    expect(await panel.getByText(T.filled(57), { exact: true }).count()).toBe(1);
    const joint = pane.locator('[data-target="jointCount"]');
    expect(await joint.getAttribute('data-state')).toBe('short');
    expect(await joint.innerText()).toContain('2 / 5 = 40 %（目标 ≥ 60 %）');
    expect(await joint.locator('[data-advice]').innerText()).toBe('再开展 3 次部门联合抽查即可达到 60 %');
    expect(await pane.locator('[data-target="jointHouseholds"]').getAttribute('data-state')).toBe('met');
    // The chart: six months, June's bars 2 internal and 2 joint (联033 in March, 联035 in June; 交001, 市001).
    const chart = pane.locator('svg[data-chart="monthly"]');
    expect(await chart.locator('g[data-month]').count()).toBe(6);
    expect(await chart.locator('g[data-month="6"] rect[data-series="joint"]').getAttribute('data-value')).toBe('2');
    expect(await chart.locator('g[data-month="3"] rect[data-series="joint"]').getAttribute('data-value')).toBe('1');
    expect(await pane.locator('[data-deadline="2024-07-20"]').innerText()).toContain('还有 20 天');
    const figure = panel.locator('[data-figure="all.joint"]');
    expect(await figure.innerText()).toContain('任务 联033、联035');
    expect(await figure.locator('[data-rows="problems"]').innerText()).toBe('发现问题户数：抽查结果第 3、12 行');
    await pane.screenshot({ path: join(SCREENSHOTS, '报表-1-目标与图表.png') });
    await chart.scrollIntoViewIfNeeded();
    await pane.screenshot({ path: join(SCREENSHOTS, '报表-2-图表.png') });
  }, 120_000);

  test('the grid then shows the counts in 附件1\'s answer cells', async () => {
    await page.getByRole('tab', { name: SHEETS.annex1, exact: true }).click();
    const rows = () => page.locator('table[data-sheet] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => (td.textContent ?? '').trim())));
    await soon(async () => (await rows()).some((cells) => cells.includes('部门联合')), '附件1 in the grid');
    const all = await rows();
    // Row 6: 总计 of 本地区开展随机抽查情况, then 次数, 抽查总户数, 完成检查户数, 发现问题户数 (D6:G6).
    expect(all[5].slice(3, 7)).toEqual(['4', '8', '5', '2']);
    await page.screenshot({ path: join(SCREENSHOTS, '报表-3-附件1.png') });
    expect(preview.errors).toEqual([]);
  }, 60_000);
});
