// The browser preview in Chromium for the pane tests: launch, the grid, cell edits as a clerk makes
// them, and the 320 px overflow check.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { UI } from '../../src/core/messages/ui';
import { columnLetter } from '../../src/core/text';
import { startStaticServer, type StaticServer } from '../../src/preview/serve';
import { buildOnce, ROOT } from './build-once';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
/** Screenshots the README's 使用说明 shows: written by the test run, committed with the guide. */
export const GUIDE_SHOTS = join(ROOT, 'docs', 'guide');

export interface PanePage {
  server: StaticServer;
  browser: Browser;
  page: Page;
  pane: Locator;
  errors: string[];
  close(): Promise<void>;
}

/** `beforeLoad` runs on the page before the preview opens (a test's fake clock must be there first). */
export async function openPreview(beforeLoad?: (page: Page) => Promise<void>): Promise<PanePage> {
  const out = buildOnce('preview');
  const server = await startStaticServer(out, 0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (failure) => errors.push(String(failure.stack ?? failure.message).slice(0, 1500)));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(GUIDE_SHOTS, { recursive: true });
  await beforeLoad?.(page);
  await page.goto(server.url);
  const pane = page.getByTestId('pane');
  await pane.waitFor({ state: 'visible', timeout: 60_000 });
  return {
    server, browser, page, pane, errors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export const grid = (page: Page) => page.locator('table[data-sheet]');

/** Values of the active sheet grid, row by row (without the row numbers). */
export function gridRows(page: Page): Promise<string[][]> {
  return grid(page).locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '')));
}

/** A cell edit through the grid: click the cell, type in the formula bar, Enter. */
/** Shows a sheet in the grid and waits for its rows (the worker serves them a moment later). */
export async function showSheet(page: Page, sheet: string): Promise<void> {
  const rows = page.locator(`table[data-sheet="${sheet}"] tbody tr`).first();
  // A click landing while a newly opened workbook replaces the grid is lost: click again.
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByRole('tab', { name: sheet, exact: true }).click();
    try {
      await rows.waitFor({ state: 'visible', timeout: 6_000 });
      return;
    } catch {
      // try again
    }
  }
  throw new Error(`sheet ${sheet} did not show`);
}

/** Opens the bundled sample again and waits until the page has replaced the workbook. */
export async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: UI.preview.loadSample }).click();
  await page.getByTestId('preview-busy').waitFor({ state: 'detached', timeout: 60_000 });
}

export async function editCell(page: Page, sheet: string, address: string, value: string): Promise<void> {
  await showSheet(page, sheet);
  const cell = grid(page).locator(`td[data-cell="${address}"]`);
  await cell.click();
  const formula = page.getByRole('textbox', { name: UI.preview.formulaBarLabel });
  await formula.fill(value);
  await formula.press('Enter');
  await cell.filter({ hasText: value }).first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** A cell edit made while a dialog covers the grid: the same edit, through the page's console hook. */
export function editCellBehindDialog(page: Page, sheet: string, address: string, value: string): Promise<void> {
  return page.evaluate(([s, a, v]) => (window as unknown as { ssjPreview: { writeCell(s: string, a: string, v: string): Promise<void> } })
    .ssjPreview.writeCell(s, a, v), [sheet, address, value] as const);
}

/** The address of the cell under `header` in the row whose `keyHeader` cell is `key`, on the active grid. */
export async function cellOf(page: Page, sheet: string, keyHeader: string, key: string, header: string): Promise<string> {
  await showSheet(page, sheet);
  const rows = await gridRows(page);
  const headerRow = rows.findIndex((row) => row.includes(keyHeader) && row.includes(header));
  if (headerRow < 0) throw new Error(`no header ${keyHeader}/${header} in ${sheet}`);
  const keyCol = rows[headerRow].indexOf(keyHeader);
  const col = rows[headerRow].indexOf(header);
  const row = rows.findIndex((cells, i) => i > headerRow && cells[keyCol] === key);
  if (headerRow < 0 || row < 0) throw new Error(`no ${keyHeader}=${key} / ${header} in ${sheet}`);
  return `${columnLetter(col)}${row + 1}`;
}

/**
 * Every element inside `selector` (the pane, a dialog) that is wider inside than it shows:
 * scrollWidth > clientWidth, with what it holds, so a failure says where.
 */
export function horizontalOverflow(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const found: string[] = [];
    for (const root of Array.from(document.querySelectorAll(sel))) {
      for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
        const style = getComputedStyle(el);
        if (style.display === 'inline' || style.display === 'contents' || el.clientWidth === 0) continue;
        if (el.scrollWidth > el.clientWidth + 1) {
          const what = `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}`;
          found.push(`${what} ${el.scrollWidth}>${el.clientWidth}: ${(el.textContent ?? '').slice(0, 60)}`);
        }
      }
    }
    return found;
  }, selector);
}

/** Waits for the dialog's opening animation, so a screenshot and a measure see it at rest. */
export async function settled(dialog: Locator): Promise<void> {
  await dialog.waitFor({ state: 'visible', timeout: 15_000 });
  await dialog.evaluate((el) => Promise.all(el.ownerDocument.getAnimations().map((a) => a.finished)));
}

/** Resolves once the locator shows (its first match), or throws naming it. */
export async function shows(locator: Locator, timeout = 30_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** Resolves once nothing matches the locator any more. */
export async function gone(locator: Locator, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while ((await locator.count()) > 0) {
    if (Date.now() > end) throw new Error(`still there after ${timeout} ms: ${locator}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
