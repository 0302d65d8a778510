// `npm run bench browser`: the task pane in the browser preview, in real Chromium, on the 100,000-object
// workbook. For open, 检查, 预演, draw, 核验 and download: the wall time, the longest main-thread block
// (Long Tasks API: any task over 50 ms), and the longest gap between updates of the progress text the
// clerk sees. Goals (issue 14): no block over 200 ms during draw and 核验; progress at least once a second.
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, statSync, readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Page } from 'playwright-core';
import { UI } from '../core/messages/ui';
import { startStaticServer } from '../preview/serve';
import { writeLargeWorkbook } from './large-workbook';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.join(__dirname, '..', '..', '..', '..');
const PREVIEW = path.join(ROOT, 'dist', 'preview');

interface StepFigures {
  step: string;
  seconds: number;
  longestBlockMs: number;
  blocksOver200: number;
  longestProgressGapMs: number | null;
}

/** Records long tasks and every change of a busy bar's text, on the page's own clock. */
function instrument(): void {
  const w = window as unknown as { ssjBench: { longTasks: Array<[number, number]>; progress: number[] } };
  w.ssjBench = { longTasks: [], progress: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.ssjBench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const watch = () => new MutationObserver(() => {
    if (document.querySelector('[data-testid="busy-bar"], [data-testid="preview-busy"]')) w.ssjBench.progress.push(performance.now());
  }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  if (document.documentElement) watch();
  else document.addEventListener('DOMContentLoaded', watch);
}

async function measure(page: Page, step: string, work: () => Promise<void>): Promise<StepFigures> {
  const start = await page.evaluate(() => performance.now());
  const started = Date.now();
  await work();
  const seconds = (Date.now() - started) / 1000;
  // Let the last long task be reported (the observer is called after the task).
  await page.waitForTimeout(300);
  const { longTasks, progress, end } = await page.evaluate(() => {
    const w = window as unknown as { ssjBench: { longTasks: Array<[number, number]>; progress: number[] } };
    return { ...w.ssjBench, end: performance.now() };
  });
  const within = longTasks.filter(([at]) => at >= start && at <= end).map(([, duration]) => duration);
  const ticks = progress.filter((at) => at >= start && at <= end);
  const gaps = ticks.slice(1).map((at, i) => at - ticks[i]);
  return {
    step,
    seconds,
    longestBlockMs: within.reduce((a, b) => Math.max(a, b), 0),
    blocksOver200: within.filter((d) => d > 200).length,
    longestProgressGapMs: ticks.length > 1 ? gaps.reduce((a, b) => Math.max(a, b), 0) : null,
  };
}

function newestMtime(dir: string): number {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    newest = Math.max(newest, statSync(full).isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The preview as `npm run preview` builds it, rebuilt when a source is newer. */
function buildPreview(log: (line: string) => void): void {
  const marker = path.join(PREVIEW, 'preview.js');
  // SSJ_REUSE_BUILD=1 takes the build there is, as the browser tests do.
  if (existsSync(marker) && (process.env.SSJ_REUSE_BUILD === '1' || statSync(marker).mtimeMs > newestMtime(path.join(ROOT, 'src')))) return;
  log('构建浏览器预览（webpack --env preview）…');
  execFileSync('npx', ['webpack', '--mode', 'production', '--env', 'preview'], { cwd: ROOT, stdio: 'ignore', timeout: 600_000 });
}

export async function benchBrowser(log: (line: string) => void): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    log(`未找到 Chromium（${CHROMIUM}），跳过浏览器基准。`);
    return;
  }
  buildPreview(log);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-browser-'));
  const server = await startStaticServer(PREVIEW, 0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const file = path.join(dir, 'registry-100k.xlsx');
    await writeLargeWorkbook(file, { objects: 100_000, inspectorsPerDepartment: 100, avoidancePairs: 500 });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'zh-CN', acceptDownloads: true });
    await page.addInitScript(instrument);
    await page.goto(server.url);
    const pane = page.getByTestId('pane');
    await pane.waitFor({ state: 'visible', timeout: 120_000 });
    const idle = () => page.getByTestId('preview-busy').waitFor({ state: 'detached', timeout: 600_000 });
    const figures: StepFigures[] = [];

    figures.push(await measure(page, '打开工作簿', async () => {
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.getByTestId('preview-busy').waitFor({ state: 'visible', timeout: 60_000 });
      await idle();
      await pane.waitFor({ state: 'visible' });
    }));

    figures.push(await measure(page, '检查', async () => {
      await pane.getByRole('button', { name: UI.registry.validate, exact: true }).click();
      await pane.getByRole('region', { name: UI.registry.countsTitle }).waitFor({ timeout: 600_000 });
    }));

    figures.push(await measure(page, '预演', async () => {
      await pane.getByRole('tab', { name: UI.app.tabDraw, exact: true }).click();
      await pane.getByRole('combobox', { name: new RegExp(UI.draw.taskLabel) }).click({ timeout: 600_000 });
      await page.getByRole('option', { name: /^联033/ }).click();
      await pane.getByRole('region', { name: UI.draw.dryRunTitle('联033-1') }).waitFor({ timeout: 600_000 });
    }));

    await pane.getByRole('radio', { name: UI.draw.modeUnannounced }).check();
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.witnessLabel) }).fill('3179 2046 5581 9023 4417 8830');
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.operatorLabel) }).fill('基准');
    await pane.getByRole('textbox', { name: new RegExp(UI.draw.unannouncedLabel) }).fill('基准测试');
    figures.push(await measure(page, '抽取', async () => {
      await pane.getByRole('button', { name: UI.draw.drawButton, exact: true }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: UI.draw.confirmButton }).click();
      await pane.getByRole('region', { name: UI.draw.successTitle('联033-1') }).waitFor({ timeout: 600_000 });
    }));
    const picks = await pane.getByRole('region', { name: UI.draw.successTitle('联033-1') })
      .locator(`[data-fact="${UI.draw.summaryCount}"]`).innerText();
    // Every pick is reachable: scroll the virtualised list to its end and read the last row.
    const scroller = pane.getByTestId('pick-scroller');
    let lastRow = '';
    if (await scroller.count()) {
      await scroller.evaluate((el) => { el.scrollTop = el.scrollHeight; });
      await page.waitForTimeout(300);
      lastRow = (await scroller.locator('li').last().innerText()).split('\n')[0];
    }

    figures.push(await measure(page, '核验', async () => {
      await pane.getByRole('tab', { name: UI.app.tabVerify, exact: true }).click();
      await pane.getByRole('button', { name: UI.verify.verifyButton }).click();
      await pane.locator('[data-draw="联033-1"]').waitFor({ timeout: 600_000 });
    }));

    figures.push(await measure(page, '下载工作簿', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 600_000 }),
        page.getByRole('button', { name: UI.preview.download }).click(),
      ]);
      await download.path();
    }));

    log('步骤          用时      主线程最长阻塞   >200 ms 次数   进度更新最长间隔');
    for (const f of figures) {
      const gap = f.longestProgressGapMs === null ? '—（未显示进度条）' : `${Math.round(f.longestProgressGapMs)} ms`;
      log(`${f.step.padEnd(8, '　')}  ${f.seconds.toFixed(1).padStart(6)} s  ${String(Math.round(f.longestBlockMs)).padStart(8)} ms  ${String(f.blocksOver200).padStart(8)}       ${gap}`);
    }
    log(`抽中 ${picks} 户；抽中对象列表虚拟滚动，末行：${lastRow || '（少于 200 户，未虚拟化）'}`);
    const drawAndVerify = figures.filter((f) => f.step === '抽取' || f.step === '核验');
    const worst = drawAndVerify.reduce((a, f) => Math.max(a, f.longestBlockMs), 0);
    log(`抽取与核验期间主线程最长阻塞 ${Math.round(worst)} ms（目标 ≤ 200 ms）`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
