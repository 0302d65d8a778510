// The pane stays true (issue 14), in real Chromium on the preview: a plan edited between the dry run
// and the draw ends in a refusal or a fresh dry run, never in another draw than confirmed; 核验 goes
// out of date on an edit; every state says what it is; nothing overflows the 320 px pane or a dialog.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { UI } from '../../src/core/messages/ui';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import {
  CHROMIUM, GUIDE_SHOTS, SCREENSHOTS, cellOf, loadSample, editCell, editCellBehindDialog, gone, gridRows, horizontalOverflow,
  openPreview, settled, shows, type PanePage,
} from './pane-page';

const describeInBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
const TASK = '联033';
const WITNESS = '3179 2046 5581 9023 4417 8830';
const PANE = '[data-testid="pane"]';
const DIALOG = '[role="alertdialog"]';

describeInBrowser('the pane stays true at 320 px (Chromium)', () => {
  let preview: PanePage;
  let page: Page;
  let pane: Locator;
  /** 联033's 信用分级比例 cell in 年度抽查计划. */
  let gradesCell = '';

  beforeAll(async () => {
    preview = await openPreview();
    ({ page, pane } = preview);
    gradesCell = await cellOf(page, '年度抽查计划', '抽查任务编号', TASK, '信用分级比例');
  }, 400_000);
  afterAll(() => preview?.close());
  // A failed test must not leave its dialog over the page for the next one.
  afterEach(async () => {
    const cancel = page.getByRole('alertdialog').getByRole('button', { name: UI.app.cancel });
    if (await cancel.count()) await cancel.click({ timeout: 2000 }).catch(() => undefined); // it may be closing already
    await page.setViewportSize({ width: 1280, height: 1000 });
  });
  /** Dialogs are measured as Excel shows them: inside a 320 px task pane. */
  const narrowPage = () => page.setViewportSize({ width: 320, height: 1000 });

  const tab = (name: string) => pane.getByRole('tab', { name, exact: true });
  const shot = (name: string, guide = false) =>
    Promise.all([
      pane.screenshot({ path: join(SCREENSHOTS, `${name}.png`) }),
      ...(guide ? [pane.screenshot({ path: join(GUIDE_SHOTS, `${name}.png`) })] : []),
    ]);
  const dryRun = (drawId: string) => pane.getByRole('region', { name: UI.draw.dryRunTitle(drawId) });
  const total = async (drawId: string) => Number((await dryRun(drawId).innerText())
    .match(new RegExp(`${UI.draw.total}\\s+[\\d,]+\\s+([\\d,]+)`))?.[1].replace(/,/g, ''));
  /** Every tab of the pane in turn (those other issues add too), and what overflows in it. */
  async function overflowInEveryTab(): Promise<string[]> {
    const found: string[] = [];
    const names = await pane.getByRole('tablist').getByRole('tab').allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      await tab(name.trim()).click();
      await page.waitForTimeout(300);
      found.push(...(await horizontalOverflow(page, PANE)).map((what) => `${name}: ${what}`));
    }
    return found;
  }
  async function chooseTask(taskId: string): Promise<void> {
    await tab(UI.app.tabDraw).click();
    await pane.getByRole('combobox', { name: new RegExp(UI.draw.taskLabel) }).click();
    await page.getByRole('option', { name: new RegExp(`^${taskId}`) }).click();
  }
  async function fillDrawFields(witness?: string): Promise<void> {
    await pane.getByRole('radio', { name: UI.draw.modeUnannounced }).check();
    if (witness) await pane.getByRole('textbox', { name: new RegExp(UI.draw.witnessLabel) }).fill(witness);
    else await pane.getByRole('radio', { name: UI.draw.seedGenerate }).check();
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.operatorLabel) }).fill('测试员');
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.unannouncedLabel) }).fill('测试：本年度公告制度实施前');
  }

  test('名录库 检查 on the sample: counts with thousands separators, nothing overflows', async () => {
    await tab(UI.app.tabRegistry).click();
    await pane.getByRole('button', { name: UI.registry.validate, exact: true }).click();
    await shows(pane.getByRole('region', { name: UI.registry.countsTitle }));
    await shot('名录库-检查', true);
    expect(await overflowInEveryTab()).toEqual([]);
  });

  test('the plan edited while the confirmation is open: the draw is refused, nothing written, and the fresh dry run shows', async () => {
    await chooseTask(TASK);
    await shows(dryRun(`${TASK}-1`));
    const confirmed = await total(`${TASK}-1`);
    await fillDrawFields(WITNESS);
    await shot('抽取-预演', true);
    expect(await horizontalOverflow(page, PANE)).toEqual([]);
    await narrowPage();
    await pane.getByRole('button', { name: UI.draw.drawButton, exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await settled(dialog);
    expect(await dialog.innerText()).toContain(`抽取 ${confirmed} 户`);
    expect(await horizontalOverflow(page, DIALOG)).toEqual([]);
    await page.screenshot({ path: join(GUIDE_SHOTS, '抽取-确认.png') });
    // The clerk (or anyone) changes D:100% to D:50% after looking at the dialog.
    await editCellBehindDialog(page, '年度抽查计划', gradesCell, 'A:5%;B:10%;C:30%;D:50%');
    await dialog.getByRole('button', { name: UI.draw.confirmButton }).click();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await shows(pane.getByText(UI.draw.refusedTitle));
    expect(await pane.innerText()).toContain('工作簿在预演之后有改动');
    // Nothing was drawn or logged: a fresh dry run of the same id, with the new counts.
    await shows(dryRun(`${TASK}-1`));
    await gone(pane.getByTestId('dry-run-stale'));
    expect(await total(`${TASK}-1`)).toBeLessThan(confirmed);
    if (await page.getByRole('tab', { name: '抽取日志', exact: true }).count()) {
      await page.getByRole('tab', { name: '抽取日志', exact: true }).click();
      const [header, ...rows] = await gridRows(page);
      expect(rows.filter((row) => row[header.indexOf('任务编号')] === TASK)).toEqual([]);
    }
    await shot('抽取-确认后改动-拒绝');
  });

  test('a plan edit in the grid marks the dry run out of date and disables 抽取 beside its reason; 重新预演 then draws what it shows', async () => {
    await editCell(page, '年度抽查计划', gradesCell, 'A:5%;B:10%;C:30%;D:100%');
    const stale = pane.getByTestId('dry-run-stale');
    await shows(stale);
    const drawButton = pane.getByRole('button', { name: UI.draw.drawButton, exact: true });
    expect(await drawButton.isDisabled()).toBe(true);
    expect(await pane.getByRole('status').filter({ hasText: UI.draw.blockedTitle }).innerText()).toContain(UI.draw.blockedStale);
    await shot('抽取-预演已过时');
    await stale.getByRole('button', { name: UI.draw.refreshDryRun }).click();
    await gone(stale);
    const shown = await total(`${TASK}-1`);
    expect(await drawButton.isDisabled()).toBe(false);
    await drawButton.click();
    await page.getByRole('alertdialog').getByRole('button', { name: UI.draw.confirmButton }).click();
    const summary = pane.getByRole('region', { name: UI.draw.successTitle(`${TASK}-1`) });
    await shows(summary);
    expect(await summary.locator(`[data-fact="${UI.draw.summaryCount}"]`).innerText()).toBe(String(shown));
    await shot('抽取-完成', true);
  });

  test('after a draw the next batch is its own explicit choice, never the same button', async () => {
    const again = pane.getByRole('button', { name: UI.draw.againButton(2) });
    await shows(again);
    expect(await pane.getByRole('button', { name: UI.draw.drawButton, exact: true }).count()).toBe(0);
    expect(await pane.getByRole('button', { name: UI.draw.drawBatchButton(2) }).count()).toBe(0);
    expect(await horizontalOverflow(page, PANE)).toEqual([]);
    await shot('抽取-再抽一批', true);
    await again.click();
    await shows(pane.getByRole('button', { name: UI.draw.drawBatchButton(2) }));
  });

  test('作废 is there before any 核验; 核验 goes out of date when a result cell is edited', async () => {
    await tab(UI.app.tabVerify).click();
    const section = pane.getByRole('region', { name: UI.void.title });
    await shows(section);
    await section.getByRole('combobox', { name: new RegExp(UI.void.drawLabel) }).click();
    await shows(page.getByRole('option', { name: UI.void.drawOption(`${TASK}-1`, TASK) }));
    await page.keyboard.press('Escape');
    await pane.getByRole('button', { name: UI.verify.verifyButton }).click();
    await shows(pane.locator(`[data-draw="${TASK}-1"]`));
    await shot('核验-通过', true);
    const idCell = await cellOf(page, '抽查结果', '序号', '1', '对象编号');
    const long = `${'9113053'.repeat(30)}篡改后的很长的对象编号没有任何空格可以断行`;
    await editCell(page, '抽查结果', idCell, long);
    await shows(pane.getByTestId('verify-stale'));
    expect(await pane.locator(`[data-draw="${TASK}-1"]`).count()).toBe(0);
  });

  test('a tampered workbook with long differences: 核验 and the 作废 dialog fit 320 px', async () => {
    const nameCell = await cellOf(page, '抽查结果', '序号', '2', '对象名称');
    await editCell(page, '抽查结果', nameCell, `另一家${'很长的名称'.repeat(25)}有限公司`);
    await tab(UI.app.tabVerify).click();
    await pane.getByRole('button', { name: UI.verify.verifyButton }).click();
    await shows(pane.getByText(UI.verify.someFailed(1, 1)));
    expect(await overflowInEveryTab()).toEqual([]);
    await tab(UI.app.tabVerify).click();
    await shot('核验-篡改-320');
    const section = pane.getByRole('region', { name: UI.void.title });
    await section.getByRole('combobox', { name: new RegExp(UI.void.drawLabel) }).click();
    await page.getByRole('option', { name: UI.void.drawOption(`${TASK}-1`, TASK) }).click();
    await section.getByRole('textbox', { name: new RegExp(UI.void.reasonLabel) }).fill(`见证人未到场${'程序不合规'.repeat(30)}`);
    await narrowPage();
    await section.getByRole('button', { name: UI.void.voidButton }).click();
    const dialog = page.getByRole('alertdialog');
    await settled(dialog);
    expect(await horizontalOverflow(page, DIALOG)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '作废-确认-长原因.png') });
    await dialog.getByRole('button', { name: UI.app.cancel }).click();
    await gone(page.getByRole('alertdialog'));
  });

  test('① 公告 ② 开奖后录入号码 ③ 抽取: the 公告 is written with its hash; before 开奖时间 the draw waits, saying why', async () => {
    await loadSample(page);
    await shows(pane);
    await chooseTask(TASK);
    await shows(dryRun(`${TASK}-1`));
    const announce = pane.getByRole('region', { name: UI.draw.stepAnnounce });
    await announce.getByRole('textbox', { name: new RegExp(UI.draw.sourceIssue) }).fill('2099001');
    await announce.getByRole('textbox', { name: new RegExp('开奖时间') }).fill('2099-01-01 21:30');
    await announce.getByRole('textbox', { name: new RegExp(UI.draw.operatorLabel) }).fill('测试员');
    await announce.getByRole('button', { name: UI.draw.announceButton }).click();
    await shows(pane.locator(`[data-fact="${UI.draw.announcementHash}"]`));
    expect(await pane.locator(`[data-fact="${UI.draw.announcementHash}"]`).innerText()).toMatch(/^[0-9a-f]{64}$/);
    await shows(pane.getByText(UI.draw.numbersBefore('2099-01-01 21:30')));
    expect(await pane.getByRole('button', { name: UI.draw.drawButton, exact: true }).isDisabled()).toBe(true);
    expect(await pane.getByRole('status').filter({ hasText: UI.draw.blockedTitle }).innerText()).toContain(UI.draw.blockedBeforeDrawing);
    expect(await horizontalOverflow(page, PANE)).toEqual([]);
    await shot('抽取-公告', true);
  });

  test('an error that stops the chosen task looks like one and stands beside the disabled button', async () => {
    await loadSample(page);
    await shows(pane);
    await editCell(page, '检查对象名录库', 'A2', '91130534MA0000000X');
    await chooseTask(TASK);
    await shows(dryRun(`${TASK}-1`));
    await shows(pane.getByText(new RegExp(`^无法抽取 ${TASK}-1：\\d+ 个错误`)));
    await fillDrawFields(WITNESS);
    expect(await pane.getByRole('button', { name: UI.draw.drawButton, exact: true }).isDisabled()).toBe(true);
    expect(await pane.getByRole('status').filter({ hasText: UI.draw.blockedTitle }).innerText()).toMatch(/预演中有 \d+ 个错误/);
    expect(await horizontalOverflow(page, PANE)).toEqual([]);
    await shot('抽取-错误在按钮旁');
  });

  test('a workbook without a plan: 抽取 says there are no tasks; 创建模板 clears the problems it fixed', async () => {
    const blank = XlsxWorkbook.create();
    blank.workbook.addWorksheet('Sheet1');
    const file = join(SCREENSHOTS, '..', 'blank.xlsx');
    writeFileSync(file, await blank.toBuffer());
    await page.locator('input[type="file"]').setInputFiles(file);
    await shows(page.getByRole('tab', { name: 'Sheet1', exact: true }));
    await tab(UI.app.tabDraw).click();
    await shows(pane.getByText(UI.draw.noTasks));
    expect(await pane.innerText()).not.toContain('选择任务后');
    await tab(UI.app.tabRegistry).click();
    await pane.getByRole('button', { name: UI.registry.validate, exact: true }).click();
    await shows(pane.getByRole('grid', { name: UI.problems.gridLabel }));
    expect(await pane.innerText()).toContain('缺少工作表');
    await pane.getByRole('button', { name: UI.registry.createTemplate, exact: true }).click();
    await shows(pane.getByText(/^已添加工作表：/));
    await shows(pane.getByRole('region', { name: UI.registry.countsTitle }));
    expect(await pane.innerText()).not.toContain('缺少工作表');
    expect(await overflowInEveryTab()).toEqual([]);
    await shot('名录库-创建模板后');
  });

  test('the page threw no errors and no request failed', () => {
    expect(preview.errors).toEqual([]);
  });
});
