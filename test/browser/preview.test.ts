// End to end in real Chromium: the browser preview with the bundled sample, the pane's three tabs,
// a witness-digit draw of 联033, verification, a tampered cell, and the same hash as the CLI's use case.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { UI } from '../../src/core/messages/ui';
import { columnLetter } from '../../src/core/text';
import { OBJECT_COLUMNS } from '../../src/core/schema';
import { startStaticServer, type StaticServer } from '../../src/preview/serve';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { buildOnce, ROOT } from './build-once';
import { cliSampleDraw } from './cli-draw';

const CHROMIUM = '/usr/bin/chromium';
const TASK = '联033';
const WITNESS = '3179 2046 5581 9023 4417 8830';
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.log('未找到 Chromium（/usr/bin/chromium），已跳过浏览器测试：apt-get install -y chromium fonts-wqy-microhei');
}
const describeInBrowser = haveChromium ? describe : describe.skip;

describeInBrowser('browser preview (Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let pane: Locator;
  let paneHash = '';
  let paneLogHash = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const out = buildOnce('preview');
    server = await startStaticServer(out, 0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'zh-CN' });
    page.on('pageerror', (failure) => pageErrors.push(String(failure.stack ?? failure.message).slice(0, 1500)));
    // A missing file (the favicon once) shows in the console as an error: none is expected.
    page.on('response', (response) => {
      if (response.status() >= 400) pageErrors.push(`${response.status()} ${response.url()}`);
    });
    // No network beyond localhost: anything else is a defect of the preview.
    await page.route((url) => url.hostname !== 'localhost', (route) => {
      pageErrors.push(`external request ${route.request().url()}`);
      return route.abort();
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.goto(server.url);
    pane = page.getByTestId('pane');
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const paneTab = (name: string) => pane.getByRole('tab', { name, exact: true });
  const shot = (name: string) => pane.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  const grid = () => page.locator('table[data-sheet]');

  /** Values of the active sheet grid, row by row (without the row numbers). */
  async function gridRows(): Promise<string[][]> {
    // The worker serves the chosen sheet a moment after its tab is clicked: wait for that sheet's grid.
    const chosen = (await page.getByRole('tablist', { name: UI.preview.sheetsLabel }).getByRole('tab', { selected: true }).innerText()).trim();
    await page.locator(`table[data-sheet="${chosen}"] tbody tr`).first().waitFor({ state: 'visible', timeout: 30_000 });
    return grid().locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '')));
  }

  test('opens with the bundled sample: sheet tabs on the left, the 320 px pane on the right', async () => {
    await expect(page.getByRole('tab', { name: '检查对象名录库', exact: true })).toBeVisibleSoon();
    const box = await pane.boundingBox();
    expect(box?.width).toBe(320);
    expect(await page.content()).not.toContain('appsforoffice');
  });

  test('名录库 检查 reports no errors on the sample and counts each registry', async () => {
    await paneTab(UI.app.tabRegistry).click();
    await pane.getByRole('button', { name: UI.registry.validate, exact: true }).click();
    const counts = pane.getByRole('region', { name: UI.registry.countsTitle });
    await expect(counts).toBeVisibleSoon();
    const text = await counts.innerText();
    expect(text).toMatch(new RegExp(`${UI.registry.summaryOk}|发现 0 个错误`));
    expect(text).toContain(UI.registry.countObjects);
    await shot('1-名录库');
  });

  test('抽取 shows the dry run of 联033 and counts witness digits live', async () => {
    await paneTab(UI.app.tabDraw).click();
    await pane.getByRole('combobox', { name: new RegExp(UI.draw.taskLabel) }).click();
    await page.getByRole('option', { name: new RegExp(`^${TASK}`) }).click();
    const dryRun = pane.getByRole('region', { name: UI.draw.dryRunTitle(`${TASK}-1`) });
    await expect(dryRun).toBeVisibleSoon();
    expect(await dryRun.innerText()).toContain(UI.draw.total);
    // SPEC §3.8: drawing without 公告 is an explicit choice, with a reason.
    await pane.getByRole('radio', { name: UI.draw.modeUnannounced }).check();
    const witness = pane.getByRole('textbox', { name: new RegExp(UI.draw.witnessLabel) });
    await witness.fill('3179 2046');
    await expect(pane.getByText(UI.draw.witnessCount(8, 20))).toBeVisibleSoon();
    await witness.fill('三一七九 2046');
    await expect(pane.getByText(UI.draw.witnessCount(4, 20, true))).toBeVisibleSoon();
    await witness.fill(WITNESS);
    await expect(pane.getByText(UI.draw.witnessCount(24, 20))).toBeVisibleSoon();
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.operatorLabel) }).fill('测试员');
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.unannouncedLabel) }).fill('测试：未经公告');
    await shot('2-抽取-预演');
  });

  test('the draw asks for confirmation, then shows the summary with 结果哈希', async () => {
    await pane.getByRole('button', { name: UI.draw.drawButton, exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toBeVisibleSoon();
    expect(await dialog.innerText()).toContain('永久');
    await dialog.evaluate((el) => Promise.all(el.ownerDocument.getAnimations().map((a) => a.finished)));
    await page.screenshot({ path: join(SCREENSHOTS, '3-抽取-确认.png') });
    await dialog.getByRole('button', { name: UI.draw.confirmButton }).click();
    const summary = pane.getByRole('region', { name: UI.draw.successTitle(`${TASK}-1`) });
    await expect(summary).toBeVisibleSoon(30_000);
    paneHash = (await summary.locator(`[data-fact="${UI.draw.summaryResultHash}"]`).innerText()).trim();
    expect(paneHash).toMatch(/^[0-9a-f]{64}$/);
    paneLogHash = (await summary.locator(`[data-fact="${UI.draw.summaryLogHash}"]`).innerText()).trim();
    expect(paneLogHash).toMatch(/^[0-9a-f]{64}$/);
    await shot('4-抽取-完成');
  });

  test('the same witness digits typed for the next batch are flagged while typing and in the confirmation', async () => {
    await expect(pane.getByRole('region', { name: UI.draw.dryRunTitle(`${TASK}-2`) })).toBeVisibleSoon(30_000);
    // A further batch is its own choice: no witness field, no 抽取 button until it is made.
    expect(await pane.getByRole('textbox', { name: new RegExp(UI.draw.witnessLabel) }).count()).toBe(0);
    await pane.getByRole('button', { name: UI.draw.againButton(2) }).click();
    const witness = pane.getByRole('textbox', { name: new RegExp(UI.draw.witnessLabel) });
    await witness.fill(` ${WITNESS.replace(/ /g, '')} `);
    const flagged = pane.getByText(new RegExp(`见证号码与 ${TASK}-1 所用的相同`));
    await expect(flagged).toBeVisibleSoon();
    await pane.getByRole('button', { name: UI.draw.drawBatchButton(2), exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByText(new RegExp(`见证号码与 ${TASK}-1 所用的相同`))).toBeVisibleSoon();
    await dialog.getByRole('button', { name: UI.app.cancel }).click();
    await witness.fill(`${WITNESS} 1`);
    await expect(flagged).toHaveCountSoon(0);
    await witness.fill('');
  });

  test('the link activates 抽查结果 at the new rows, one per drawn object', async () => {
    const picks = await pane.getByRole('region', { name: UI.draw.successTitle(`${TASK}-1`) }).locator('ol li').count();
    await pane.getByRole('button', { name: /在「抽查结果」中查看/ }).click();
    await expect(page.locator('table[data-sheet="抽查结果"]')).toBeVisibleSoon();
    const rows = await gridRows();
    const header = rows[0];
    const taskColumn = header.indexOf('任务编号');
    const drawn = rows.slice(1).filter((row) => row[taskColumn] === TASK);
    expect(picks).toBeGreaterThan(0);
    expect(drawn).toHaveLength(picks);
    expect(drawn.map((row) => row[header.indexOf('序号')])).toEqual(drawn.map((_, i) => String(i + 1)));
    // The draw wrote 抽取快照, hidden as in Excel: no tab for it.
    expect(await page.getByRole('tab', { name: '抽取快照', exact: true }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, '5-抽查结果.png') });
  });

  test('核验 shows ✓ for the draw', async () => {
    await paneTab(UI.app.tabVerify).click();
    await pane.getByRole('button', { name: UI.verify.verifyButton }).click();
    await expect(pane.getByText(UI.verify.allOk(1))).toBeVisibleSoon(30_000);
    const line = pane.locator(`[data-draw="${TASK}-1"]`);
    expect(await line.innerText()).toContain(UI.verify.okMark);
    // The hash the draw's summary gave for the paper record is the one 核验 reads at the log's end.
    expect((await pane.locator('#panel-verify').getByRole('region', { name: UI.verify.lastLogHash }).locator(`[data-fact="${UI.verify.lastLogHash}"]`).innerText()).trim()).toBe(paneLogHash);
    await shot('6-核验-通过');
  });

  test('a tampered inspector cell in 抽查结果 is named by 核验 as sheet!cell', async () => {
    await page.getByRole('tab', { name: '抽查结果', exact: true }).click();
    const header = (await gridRows())[0];
    const column = header.indexOf('人员编号');
    expect(column).toBeGreaterThanOrEqual(0);
    const address = `${columnLetter(column)}2`;
    await grid().locator(`td[data-cell="${address}"]`).click();
    const formula = page.getByRole('textbox', { name: UI.preview.formulaBarLabel });
    const original = await formula.inputValue();
    expect(original).not.toBe('');
    await formula.fill(`${original}X`);
    await formula.press('Enter');
    await expect(grid().locator(`td[data-cell="${address}"]`).filter({ hasText: `${original}X` })).toBeVisibleSoon();
    await pane.getByRole('button', { name: UI.verify.verifyButton }).click();
    await expect(pane.getByText(UI.verify.someFailed(1, 1))).toBeVisibleSoon(30_000);
    const line = pane.locator(`[data-draw="${TASK}-1"]`);
    expect(await line.innerText()).toContain(`抽查结果!${address}`);
    await shot('7-核验-篡改');
  });

  test('a difference\'s place selects its cell in the grid, by keyboard too', async () => {
    const nameBox = page.getByRole('textbox', { name: UI.preview.nameBoxLabel });
    await page.getByRole('tab', { name: '年度抽查计划', exact: true }).click();
    await grid().locator('td[data-cell="A1"]').click();
    await expect(nameBox).toHaveValueSoon('A1');
    const link = pane.locator(`[data-draw="${TASK}-1"]`).getByRole('button', { name: /^抽查结果!/ });
    const place = (await link.innerText()).split('!')[1];
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('table[data-sheet="抽查结果"]')).toBeVisibleSoon();
    await expect(nameBox).toHaveValueSoon(place);
    expect(await grid().locator(`td[data-cell="${place}"]`).getAttribute('aria-selected')).toBe('true');
  });

  test('the pane and `ssj draw` give the identical 结果哈希 from the same witness digits', async () => {
    expect(paneHash).not.toBe('');
    const cli = await cliSampleDraw(TASK, WITNESS);
    expect(cli.drawId).toBe(`${TASK}-1`);
    expect(cli.resultHash).toBe(paneHash);
  });

  test('下载工作簿 offers the edited workbook as an .xlsx that holds the draw and the edit', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: UI.preview.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(UI.preview.downloadName);
    const book = await XlsxWorkbook.fromBuffer(readFileSync(await download.path()));
    const results = (await book.readSheets(['抽查结果'])).get('抽查结果') ?? [];
    const header = results[0].map(String);
    expect(results.slice(1).filter((row) => row[header.indexOf('任务编号')] === TASK).length).toBeGreaterThan(0);
    expect(String(results[1][header.indexOf('人员编号')])).toMatch(/X$/);
    expect(await book.listSheets()).toContain('抽取日志');
    // The hash the summary told the clerk to copy is the log's last 本条哈希 in the file.
    const log = (await book.readSheets(['抽取日志'])).get('抽取日志') ?? [];
    expect(String(log[log.length - 1][log[0].map(String).indexOf('本条哈希')])).toBe(paneLogHash);
  });

  test('the operator name is remembered after the page reloads', async () => {
    await page.reload();
    await paneTab(UI.app.tabDraw).click();
    await pane.getByRole('combobox', { name: new RegExp(UI.draw.taskLabel) }).click();
    await page.getByRole('option', { name: new RegExp(`^${TASK}`) }).click();
    const operator = pane.getByRole('textbox', { name: new RegExp(UI.draw.operatorLabel) });
    await expect(operator).toBeVisibleSoon();
    await expect(operator).toHaveValueSoon('测试员');
  });

  test('系统生成 draws without witness digits; a double click on 确认抽取 draws once', async () => {
    await pane.getByRole('radio', { name: UI.draw.modeUnannounced }).check();
    await pane.getByRole('radio', { name: UI.draw.seedGenerate }).check();
    await expect(pane.getByRole('textbox', { name: new RegExp(UI.draw.witnessLabel) })).toHaveCountSoon(0);
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.unannouncedLabel) }).fill('测试：未经公告');
    await pane.getByRole('button', { name: UI.draw.drawButton, exact: true }).click();
    // Two clicks before React re-renders, as a quick double click or a double Enter can give.
    await page.getByRole('alertdialog').getByRole('button', { name: UI.draw.confirmButton })
      .evaluate((button: HTMLElement) => { button.click(); button.click(); });
    const summary = pane.getByRole('region', { name: UI.draw.successTitle(`${TASK}-1`) });
    await expect(summary).toBeVisibleSoon(30_000);
    // One draw was logged: the refreshed dry run offers batch 2, and the summary stays that of batch 1.
    await expect(pane.getByRole('region', { name: UI.draw.dryRunTitle(`${TASK}-2`) })).toBeVisibleSoon(30_000);
    await expect(summary).toBeVisibleSoon();
    expect(await summary.locator(`[data-fact="${UI.draw.summarySeedSource}"]`).innerText()).toContain(UI.draw.seedGenerate);
    expect(await summary.locator(`[data-fact="${UI.draw.summaryResultHash}"]`).innerText()).not.toBe(paneHash);
  });

  test('核验 then 作废: reason and operator, a confirmation, one 作废 row even on a double click, and the list says 作废', async () => {
    await paneTab(UI.app.tabVerify).click();
    await pane.getByRole('button', { name: UI.verify.verifyButton }).click();
    await expect(pane.getByText(UI.verify.allOk(1))).toBeVisibleSoon(30_000);
    const section = pane.getByRole('region', { name: UI.void.title });
    await section.getByRole('combobox', { name: new RegExp(UI.void.drawLabel) }).click();
    await page.getByRole('option', { name: UI.void.drawOption(`${TASK}-1`, TASK) }).click();
    const voidButton = section.getByRole('button', { name: UI.void.voidButton });
    // No reason yet: nothing to confirm.
    expect(await voidButton.isDisabled()).toBe(true);
    await section.getByRole('textbox', { name: new RegExp(UI.void.reasonLabel) }).fill('见证人未到场，程序不合规');
    // The operator remembered from 抽取.
    await expect(section.getByRole('textbox', { name: new RegExp(UI.void.operatorLabel) })).toHaveValueSoon('测试员');
    await voidButton.click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.innerText()).toContain(UI.void.confirmTitle(`${TASK}-1`));
    await shot('8-作废-确认');
    // A mouse double click: the second lands 150 ms later, on the closing dialog, after the void is done.
    await dialog.getByRole('button', { name: UI.void.confirmButton }).evaluate(async (button: HTMLElement) => {
      button.click();
      await new Promise((done) => setTimeout(done, 150));
      button.click();
    });
    await expect(pane.getByText(UI.void.doneTitle(`${TASK}-1`))).toBeVisibleSoon(30_000);
    expect(await pane.getByText(UI.void.refusedTitle).count()).toBe(0);
    // Verified again: the draw is evidence still, now 作废, and nothing is left to void.
    await expect(pane.getByText(UI.verify.allOk(1))).toBeVisibleSoon(30_000);
    expect(await pane.locator(`[data-draw="${TASK}-1"]`).innerText()).toContain('作废');
    await expect(section.getByText(UI.void.noneToVoid)).toBeVisibleSoon();
    const lastHash = (await pane.locator('#panel-verify').getByRole('region', { name: UI.verify.lastLogHash }).locator(`[data-fact="${UI.verify.lastLogHash}"]`).innerText()).trim();
    expect((await section.locator(`[data-fact="${UI.void.logHash}"]`).innerText()).trim()).toBe(lastHash);
    await shot('8-作废-完成');
    await page.getByRole('tab', { name: '抽取日志', exact: true }).click();
    const [header, ...rows] = await gridRows();
    const voids = rows.filter((row) => row[header.indexOf('状态')] === '作废');
    expect(voids).toHaveLength(1);
    expect(voids[0][header.indexOf('抽取编号')]).toBe(`${TASK}-1`);
    expect(voids[0][header.indexOf('说明')]).toContain('见证人未到场');
  });

  test('a draw made after 核验 marks its report old; 核验 again refreshes it and 作废 takes the operator 抽取 used', async () => {
    const section = pane.getByRole('region', { name: UI.void.title });
    await paneTab(UI.app.tabDraw).click();
    await pane.getByRole('combobox', { name: new RegExp(UI.draw.taskLabel) }).click();
    await page.getByRole('option', { name: new RegExp(`^${TASK}`) }).click();
    await expect(pane.getByRole('region', { name: UI.draw.dryRunTitle(`${TASK}-2`) })).toBeVisibleSoon(30_000);
    await pane.getByRole('button', { name: UI.draw.againButton(2) }).click();
    await pane.getByRole('radio', { name: UI.draw.seedGenerate }).check();
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.operatorLabel) }).fill('李四');
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.unannouncedLabel) }).fill('测试：未经公告');
    await pane.getByRole('button', { name: UI.draw.drawBatchButton(2), exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: UI.draw.confirmButton }).click();
    await expect(pane.getByRole('region', { name: UI.draw.successTitle(`${TASK}-2`) })).toBeVisibleSoon(30_000);
    await paneTab(UI.app.tabVerify).click();
    await expect(pane.getByText(UI.verify.stale)).toBeVisibleSoon();
    expect(await pane.getByText(UI.verify.allOk(1)).count()).toBe(0);
    await pane.getByRole('button', { name: UI.verify.verifyButton }).click();
    await expect(pane.getByText(UI.verify.allOk(2))).toBeVisibleSoon(30_000);
    expect(await pane.getByText(UI.verify.stale).count()).toBe(0);
    await expect(section.getByRole('textbox', { name: new RegExp(UI.void.operatorLabel) })).toHaveValueSoon('李四');
    await section.getByRole('combobox', { name: new RegExp(UI.void.drawLabel) }).click();
    await expect(page.getByRole('option', { name: UI.void.drawOption(`${TASK}-2`, TASK) })).toBeVisibleSoon();
    await page.keyboard.press('Escape');
  });

  test('a draw that cannot staff its objects fails with a MessageBar listing every one, logged as 失败', async () => {
    // Put the sample's whole expert pool on leave; 交001 needs one expert per object.
    await page.getByRole('tab', { name: '执法检查人员名录库', exact: true }).click();
    const rows = await gridRows();
    const header = rows[0];
    const category = header.indexOf('人员类别');
    const duty = header.indexOf('在岗状态');
    const formula = page.getByRole('textbox', { name: UI.preview.formulaBarLabel });
    const experts = rows.map((row, i) => [row, i] as const).filter(([row]) => ['专家', '第三方机构'].includes(row[category]));
    expect(experts.length).toBeGreaterThan(0);
    for (const [, index] of experts) {
      const address = `${columnLetter(duty)}${index + 1}`;
      await grid().locator(`td[data-cell="${address}"]`).click();
      await formula.fill('休假');
      await formula.press('Enter');
      await expect(grid().locator(`td[data-cell="${address}"]`).filter({ hasText: '休假' })).toBeVisibleSoon();
    }
    await paneTab(UI.app.tabDraw).click();
    await pane.getByRole('combobox', { name: new RegExp(UI.draw.taskLabel) }).click();
    await page.getByRole('option', { name: /^交001/ }).click();
    const dryRun = pane.getByRole('region', { name: UI.draw.dryRunTitle('交001-1') });
    await expect(dryRun).toBeVisibleSoon();
    const planned = Number((await dryRun.innerText()).match(new RegExp(`${UI.draw.total}\\s+\\d+\\s+(\\d+)`))?.[1]);
    expect(planned).toBeGreaterThan(0);
    // The dry run warns that the pool is empty, once (validate's own pool warning is left out);
    // a warning does not block the draw.
    await expect(pane.getByText(/“专家”可选的检查人员只有 0 人/)).toBeVisibleSoon();
    expect(await pane.getByText(/在岗的专家和第三方机构只有 0 个/).count()).toBe(0);
    await pane.getByRole('radio', { name: UI.draw.seedGenerate }).check();
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.operatorLabel) }).fill('测试员');
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.unannouncedLabel) }).fill('测试：未经公告');
    await pane.getByRole('button', { name: UI.draw.drawButton, exact: true }).click();
    // The dialog repeats what the dry run foresaw, at the moment of decision.
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByText(UI.draw.confirmForeseen)).toBeVisibleSoon();
    expect(await dialog.innerText()).toContain('抽取会失败');
    await dialog.getByRole('button', { name: UI.draw.confirmButton }).click();
    const bar = pane.getByText(UI.draw.failureTitle);
    await expect(bar).toBeVisibleSoon(30_000);
    const text = await pane.innerText();
    expect(text).toContain(`共 ${planned} 处`);
    expect(text).toContain('专家：可选 0 人，需 1 人');
    // The attempt counts: the dry run now shows the next batch.
    await expect(pane.getByRole('region', { name: UI.draw.dryRunTitle('交001-2') })).toBeVisibleSoon();
    await shot('9-抽取-失败');
  });

  test('an error on another task\'s plan row is said not to stop the chosen task; on its own row it does', async () => {
    // 交003's row takes 交004's id: the plan now holds 交004 twice.
    await page.getByRole('tab', { name: '年度抽查计划', exact: true }).click();
    await grid().locator('td[data-cell="C7"]').click();
    const formula = page.getByRole('textbox', { name: UI.preview.formulaBarLabel });
    await formula.fill('交004');
    await formula.press('Enter');
    await expect(grid().locator('td[data-cell="C7"]').filter({ hasText: '交004' })).toBeVisibleSoon();
    await paneTab(UI.app.tabRegistry).click();
    await paneTab(UI.app.tabDraw).click();
    const taskBox = pane.getByRole('combobox', { name: new RegExp(UI.draw.taskLabel) });
    await taskBox.click();
    await page.getByRole('option', { name: /^联034/ }).click();
    await expect(pane.getByRole('region', { name: UI.draw.dryRunTitle('联034-1') })).toBeVisibleSoon();
    const others = pane.getByText(/^工作簿中另有 \d+ 个问题，不妨碍抽取 联034-1$/);
    await expect(others).toBeVisibleSoon();
    expect(await pane.getByText(/修正错误后才能抽取/).count()).toBe(0);
    await pane.getByRole('radio', { name: UI.draw.seedGenerate }).check();
    const drawButton = pane.getByRole('button', { name: UI.draw.drawButton, exact: true });
    expect(await drawButton.isDisabled()).toBe(false);
    await shot('10-抽取-其他任务的错误');
    await taskBox.click();
    await page.getByRole('option', { name: /^交004/ }).first().click();
    const before = pane.getByRole('region', { name: UI.draw.dryRunTitle('交004-1') });
    await expect(before).toBeVisibleSoon();
    await expect(drawButton).toBeDisabledSoon();
    expect(await pane.innerText()).toContain('年度抽查计划!C');
  });

  test('检查 lists a blanked required cell as a problem; clicking it selects the cell', async () => {
    await page.getByRole('tab', { name: '检查对象名录库', exact: true }).click();
    const column = (await gridRows())[0].indexOf('对象名称');
    const address = `${columnLetter(column)}3`;
    await grid().locator(`td[data-cell="${address}"]`).click();
    const formula = page.getByRole('textbox', { name: UI.preview.formulaBarLabel });
    await formula.fill('');
    await formula.press('Enter');
    await expect(grid().locator(`td[data-cell="${address}"]`).filter({ hasText: /^$/ })).toBeVisibleSoon();
    await grid().locator('td[data-cell="A1"]').click();
    await paneTab(UI.app.tabRegistry).click();
    await pane.getByRole('button', { name: UI.registry.validate, exact: true }).click();
    const problems = pane.getByRole('grid', { name: UI.problems.gridLabel });
    await expect(problems).toBeVisibleSoon();
    const link = problems.getByRole('button', { name: `检查对象名录库!${address}` });
    await expect(link).toBeVisibleSoon();
    await shot('8-名录库-问题');
    await link.click();
    await expect(page.getByRole('textbox', { name: UI.preview.nameBoxLabel })).toHaveValueSoon(address);
  });

  test('创建模板 on a workbook holding only the clerk\'s registry adds every missing sheet and keeps the registry', async () => {
    const own = XlsxWorkbook.create();
    await own.apply([
      { kind: 'createTableSheet', spec: { name: '检查对象名录库', columns: OBJECT_COLUMNS } },
      { kind: 'appendRows', sheet: '检查对象名录库', rows: [['GC2024-901', '县道X9大中修工程', '工程项目', '', '', '', '', '在营', '在建地方道路大中修工程']] },
    ]);
    const file = join(SCREENSHOTS, '..', 'own-registry.xlsx');
    writeFileSync(file, await own.toBuffer());
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect(page.getByRole('tab', { name: '检查对象名录库', exact: true })).toBeVisibleSoon();
    await expect(page.getByRole('tab', { name: '抽取日志', exact: true })).toHaveCountSoon(0);
    await paneTab(UI.app.tabRegistry).click();
    await pane.getByRole('button', { name: UI.registry.createTemplate, exact: true }).click();
    await expect(page.getByRole('tab', { name: '抽取日志', exact: true })).toBeVisibleSoon();
    for (const sheet of ['年度抽查计划', '执法检查人员名录库', '抽查结果', '附件1', '附件2']) {
      await expect(page.getByRole('tab', { name: sheet, exact: true })).toBeVisibleSoon();
    }
    expect(await page.getByRole('tab', { name: '抽取快照', exact: true }).count()).toBe(0);
    await page.getByRole('tab', { name: '检查对象名录库', exact: true }).click();
    const rows = await gridRows();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('GC2024-901');
    await pane.getByRole('button', { name: UI.registry.createTemplate, exact: true }).click();
    await expect(pane.getByText(UI.registry.nothingCreated)).toBeVisibleSoon();
  });

  test('the page made no request beyond localhost, none that failed, and threw no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

// A small polling matcher: Playwright's own `expect` is not jest's.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeVisibleSoon(timeout?: number): Promise<R>;
      toHaveCountSoon(count: number, timeout?: number): Promise<R>;
      toHaveValueSoon(value: string, timeout?: number): Promise<R>;
      toBeDisabledSoon(timeout?: number): Promise<R>;
    }
  }
}
expect.extend({
  /** An input's value after the page has re-rendered (a click updates it asynchronously). */
  async toHaveValueSoon(received: Locator, value: string, timeout = 15_000) {
    const end = Date.now() + timeout;
    let last = await received.inputValue();
    while (last !== value && Date.now() < end) {
      await new Promise((done) => setTimeout(done, 50));
      last = await received.inputValue();
    }
    return { pass: last === value, message: () => `expected value ${JSON.stringify(value)}, found ${JSON.stringify(last)}: ${received}` };
  },
  async toHaveCountSoon(received: Locator, count: number, timeout = 15_000) {
    const end = Date.now() + timeout;
    let last = await received.count();
    while (last !== count && Date.now() < end) {
      await new Promise((done) => setTimeout(done, 50));
      last = await received.count();
    }
    return { pass: last === count, message: () => `expected ${count} matches, found ${last}: ${received}` };
  },
  /** A control disabled once the page has re-rendered (a new dry run takes a moment). */
  async toBeDisabledSoon(received: Locator, timeout = 15_000) {
    const end = Date.now() + timeout;
    let disabled = await received.isDisabled();
    while (!disabled && Date.now() < end) {
      await new Promise((done) => setTimeout(done, 50));
      disabled = await received.isDisabled();
    }
    return { pass: disabled, message: () => `not disabled within ${timeout} ms: ${received}` };
  },
  async toBeVisibleSoon(received: Locator, timeout = 15_000) {
    try {
      await received.first().waitFor({ state: 'visible', timeout });
      return { pass: true, message: () => 'visible' };
    } catch {
      return { pass: false, message: () => `not visible within ${timeout} ms: ${received}` };
    }
  },
});
