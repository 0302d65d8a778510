// Issue 13 in real Chromium on the preview: ① 公告 → ② 开奖后录入号码 → ③ 抽取 → 核验 through the pane,
// each step with its printable record (signature lines, print button) and a copy button beside every
// full hash that puts exactly that hash on the clipboard. The drawing time is real (the preview's worker
// checks it with its own clock): one a minute or so ahead, waited for; the page's fake clock then
// fires the pane's 30 s re-check at once instead of up to 30 s later.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { printableTexts } from '../../src/core/messages/printable';
import { PRINT_UI } from '../../src/core/messages/print-pane';
import { UI } from '../../src/core/messages/ui';
import { CHROMIUM, SCREENSHOTS, horizontalOverflow, openPreview, settled, shows, type PanePage } from './pane-page';

const describeInBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
const TASK = '联033';
const DRAW_ID = `${TASK}-1`;
const PANE = '[data-testid="pane"]';
const NUMBERS = '03 07 11 15 19 22 25 28 31 34 37 40 43 46 49 52 55 58 61 64';

/** Beijing wall time `YYYY-MM-DD HH:mm` of an instant (the form 开奖时间 is entered in). */
function beijingMinute(at: number): string {
  return new Date(at + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

describeInBrowser('printable records and copyable hashes in the 抽取 tab (Chromium)', () => {
  let preview: PanePage;
  let page: Page;
  let pane: Locator;
  /** The drawing instant: the next full minute at least 30 s ahead. */
  let drawingAt = 0;

  beforeAll(async () => {
    preview = await openPreview((p) => p.clock.install());
    ({ page, pane } = preview);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.server.url });
    // window.print would open the browser's dialog: count the calls instead.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed++; };
    });
  }, 400_000);
  afterAll(() => preview?.close());

  const tab = (name: string) => pane.getByRole('tab', { name, exact: true });
  const shot = (name: string) => pane.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);

  /** Opens a record, checks its hash rows copy in full and that it prints alone; returns the record. */
  async function openRecord(title: string, hashLabel: string, hash: string, shotName: string): Promise<Locator> {
    await pane.getByRole('button', { name: PRINT_UI.open }).click();
    const record = pane.getByRole('region', { name: title });
    await shows(record);
    expect(await record.locator(`[data-record-row="${hashLabel}"] [data-hash]`).innerText()).toBe(hash);
    await record.getByRole('button', { name: PRINT_UI.copyLabel(hashLabel) }).click();
    await shows(record.getByRole('button', { name: PRINT_UI.copyLabel(hashLabel) }).filter({ hasText: PRINT_UI.copied }));
    expect(await clipboard()).toBe(hash);
    const text = await record.innerText();
    for (const who of printableTexts.signatures) expect(text).toContain(who);
    // textContent: innerText folds the line's runs of spaces.
    expect((await record.evaluate((el) => el.textContent ?? '')).split(printableTexts.signatureLine).length - 1).toBe(printableTexts.signatures.length);
    expect(await horizontalOverflow(page, PANE)).toEqual([]);
    const before = await printed();
    await record.getByRole('button', { name: PRINT_UI.print, exact: true }).click();
    expect(await printed()).toBe(before + 1);
    await record.screenshot({ path: join(SCREENSHOTS, `${shotName}.png`) });
    // In print, the record stands alone: the pane's tabs are hidden, the copy and print buttons too.
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await pane.locator('[role="tablist"]').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
      expect(await record.locator('[data-print-hide]').evaluateAll((els) => els.map((el) => getComputedStyle(el).display)))
        .toEqual(expect.arrayContaining(['none']));
      expect(await record.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
      await page.screenshot({ path: join(SCREENSHOTS, `${shotName}-打印.png`), fullPage: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    return record;
  }

  test('① 公告: its record holds the 公告哈希 in full with a copy button, signature lines, and prints alone', async () => {
    await tab(UI.app.tabDraw).click();
    await pane.getByRole('combobox', { name: new RegExp(UI.draw.taskLabel) }).click();
    await page.getByRole('option', { name: new RegExp(`^${TASK}`) }).click();
    await shows(pane.getByRole('region', { name: UI.draw.dryRunTitle(DRAW_ID) }));
    drawingAt = Math.ceil((Date.now() + 30_000) / 60_000) * 60_000;
    const announce = pane.getByRole('region', { name: UI.draw.stepAnnounce });
    await announce.getByRole('textbox', { name: new RegExp(UI.draw.sourceIssue) }).fill('2024150');
    await announce.getByRole('textbox', { name: new RegExp('开奖时间') }).fill(beijingMinute(drawingAt));
    await announce.getByRole('textbox', { name: new RegExp(UI.draw.operatorLabel) }).fill('测试员');
    await announce.getByRole('button', { name: UI.draw.announceButton }).click();
    const shown = pane.locator(`[data-fact="${UI.draw.announcementHash}"]`);
    await shows(shown);
    const hash = await shown.innerText();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await pane.getByRole('button', { name: PRINT_UI.copyLabel(UI.draw.announcementHash) }).click();
    expect(await clipboard()).toBe(hash);
    expect(await pane.getByRole('button', { name: UI.draw.drawButton, exact: true }).isDisabled()).toBe(true);
    await shot('记录-1-公告');
    await openRecord(printableTexts.announcementTitle(DRAW_ID), printableTexts.announcementHash, hash, '记录-公告-打印页');
  }, 120_000);

  test('② after 开奖时间 the numbers are entered; ③ the draw\'s record holds its hashes in full, the 公告哈希 among them', async () => {
    // Real time must pass the drawing (the worker's clock); the page's clock then re-checks at once.
    await new Promise((done) => setTimeout(done, Math.max(0, drawingAt - Date.now()) + 1_500));
    await page.clock.fastForward(31_000);
    const announcedHash = await pane.locator(`[data-fact="${UI.draw.announcementHash}"]`).first().innerText();
    const numbers = pane.getByRole('textbox', { name: new RegExp('开奖号码') });
    await shows(numbers);
    await numbers.fill(NUMBERS);
    await shot('记录-2-录入号码');
    const drawButton = pane.getByRole('button', { name: UI.draw.drawButton, exact: true });
    expect(await drawButton.isDisabled()).toBe(false);
    await drawButton.click();
    const dialog = page.getByRole('alertdialog');
    await settled(dialog);
    await dialog.getByRole('button', { name: UI.draw.confirmButton }).click();
    const summary = pane.getByRole('region', { name: UI.draw.successTitle(DRAW_ID) });
    await shows(summary, 60_000);
    const resultHash = await summary.locator(`[data-fact="${UI.draw.summaryResultHash}"]`).innerText();
    expect(resultHash).toMatch(/^[0-9a-f]{64}$/);
    await summary.getByRole('button', { name: PRINT_UI.copyLabel(UI.draw.summaryResultHash) }).click();
    expect(await clipboard()).toBe(resultHash);
    expect(await horizontalOverflow(page, PANE)).toEqual([]);
    await shot('记录-3-抽取');
    const record = await openRecord(printableTexts.drawTitle(DRAW_ID), printableTexts.resultHash, resultHash, '记录-抽取-打印页');
    expect(await record.innerText()).toContain(printableTexts.announcedEvidence(announcedHash));
  }, 180_000);

  test('核验 passes for the draw just recorded', async () => {
    await tab(UI.app.tabVerify).click();
    await pane.getByRole('button', { name: UI.verify.verifyButton }).click();
    await shows(pane.locator(`[data-draw="${DRAW_ID}"]`), 60_000);
    // Every draw in the workbook passes (the sample may hold others besides this one).
    await shows(pane.getByText(new RegExp(`^${UI.verify.allOk(0).split('0')[0]}[\\d,]+ 次抽取核验通过`)));
    await shot('记录-4-核验');
  }, 90_000);

  test('the page threw no errors and no request failed', () => {
    expect(preview.errors).toEqual([]);
  });
});
