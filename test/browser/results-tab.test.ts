// End to end in real Chromium: the preview opens the results fixture, the 结果 tab shows its overdue
// item, the item's link selects its cell in the grid, and 下载公示表 downloads a new workbook holding
// no personal data. Screenshots go to test-output/screenshots.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { resultsPaneTexts } from '../../src/core/messages/results';
import { UI } from '../../src/core/messages/ui';
import { INSPECTOR_COLUMNS, SHEETS } from '../../src/core/schema';
import { FIXTURE_AS_OF, FIXTURE_TASK, resultsFixture } from '../fixtures/results-fixture';
import { CHROMIUM, openPreview, SCREENSHOTS, type PanePage } from './pane-page';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.log('未找到 Chromium（/usr/bin/chromium），已跳过结果页的浏览器测试。');
const describeInBrowser = haveChromium ? describe : describe.skip;

async function soon(check: () => Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describeInBrowser('结果 tab in the browser preview (Chromium)', () => {
  let preview: PanePage;
  let page: Page;
  let pane: Locator;
  let dir: string;
  let fixture: Awaited<ReturnType<typeof resultsFixture>>;
  const panel = () => page.locator('#panel-results');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-results-e2e-'));
    fixture = await resultsFixture();
    writeFileSync(join(dir, 'results.xlsx'), fixture.bytes);
    preview = await openPreview();
    ({ page, pane } = preview);
    await page.getByRole('tab', { name: SHEETS.objects, exact: true }).waitFor({ timeout: 60_000 });
    await page.locator('input[type="file"]').setInputFiles(join(dir, 'results.xlsx'));
    await page.getByRole('tab', { name: SHEETS.results, exact: true }).waitFor({ timeout: 60_000 });
    // The preview mounts a fresh pane once the opened workbook is in: wait until it has.
    await page.getByTestId('preview-busy').waitFor({ state: 'detached', timeout: 60_000 });
  }, 420_000);

  afterAll(async () => {
    await preview?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('shows per task progress and the overdue item as of the chosen date', async () => {
    await pane.getByRole('tab', { name: resultsPaneTexts.tab, exact: true }).click();
    await panel().getByRole('textbox', { name: resultsPaneTexts.asOfLabel }).fill(FIXTURE_AS_OF);
    await panel().getByRole('button', { name: resultsPaneTexts.refresh, exact: true }).click();
    const task = panel().locator(`section[data-task="${FIXTURE_TASK}"]`);
    await task.waitFor({ timeout: 60_000 });
    const overdue = task.locator('li[data-kind="overdue"]');
    await soon(async () => (await overdue.count()) === 1, 'one overdue item');
    const text = await overdue.innerText();
    expect(text).toContain(`${SHEETS.results}!Q${fixture.rows[3]}`);
    expect(text).toContain('公示期限 2024-07-09 已过 4 个工作日');
    expect(await task.innerText()).toContain(resultsPaneTexts.inspectedBar(6, fixture.drawn));
    expect(await task.innerText()).toContain(resultsPaneTexts.publishedBar(3, 6));
    expect(await task.locator('li[data-kind="near"]').count()).toBe(1);
    expect(await task.locator('li[data-kind="openLoop"]').count()).toBe(1);
    await pane.screenshot({ path: join(SCREENSHOTS, '结果-1-进度.png') });
  });

  test('the overdue item’s link selects its cell in 抽查结果', async () => {
    const place = `Q${fixture.rows[3]}`;
    await panel().locator('li[data-kind="overdue"]').getByRole('button', { name: `${SHEETS.results}!${place}` }).click();
    const nameBox = page.getByRole('textbox', { name: UI.preview.nameBoxLabel });
    await soon(async () => (await nameBox.inputValue()) === place, `the name box to say ${place}`);
    const cell = page.locator(`table[data-sheet="${SHEETS.results}"] td[data-cell="${place}"]`);
    expect(await cell.getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: join(SCREENSHOTS, '结果-2-定位.png') });
  });

  test('下载公示表 downloads a new workbook with the inspected rows and no personal data', async () => {
    const sheetsBefore = await page.getByRole('tab').allInnerTexts();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel().locator(`section[data-task="${FIXTURE_TASK}"]`).getByRole('button', { name: resultsPaneTexts.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`公示-${FIXTURE_TASK}.xlsx`);
    const published = new ExcelJS.Workbook();
    await published.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const texts: string[] = [];
    published.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));

    const source = new ExcelJS.Workbook();
    await source.xlsx.load(fixture.bytes as unknown as ArrayBuffer);
    const personal: string[] = [];
    source.getWorksheet(SHEETS.inspectors)!.eachRow((row, n) => {
      if (n === 1) return;
      for (const header of ['人员编号', '姓名', '联系电话']) {
        const text = row.getCell(INSPECTOR_COLUMNS.findIndex((c) => c.header === header) + 1).text.trim();
        if (text) personal.push(text);
      }
    });
    expect(personal.length).toBeGreaterThan(20);
    expect(texts.filter((t) => personal.some((p) => t.includes(p)))).toEqual([]);
    expect(texts).toContain(`${FIXTURE_TASK}-1`);
    // The clerk's workbook gained no sheet.
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(sheetsBefore);
    await panel().getByText(resultsPaneTexts.downloaded(`公示-${FIXTURE_TASK}.xlsx`, 6)).waitFor();
    await pane.screenshot({ path: join(SCREENSHOTS, '结果-3-下载公示表.png') });
  });

  test('the page threw no errors', () => {
    expect(preview.errors).toEqual([]);
  });
});
