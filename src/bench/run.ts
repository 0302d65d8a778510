// `npm run bench`: prints the figures the issues set goals for. Memory-sensitive steps run in a child
// process each, so their peak RSS (process.resourceUsage().maxRSS) is theirs alone.
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchValidate } from './validate';
import { benchVerify } from './verify';
import { writeLargeWorkbook } from './large-workbook';
import { excelLoadSave, cliDraw } from './draw-e2e';
import { run } from '../cli/main';
import { benchLargeRegistry } from './large-registry';
import { benchBrowser } from './browser';

const CHILD_STEPS: Record<string, (...args: string[]) => Promise<void>> = {
  'excel-load-save': excelLoadSave,
  'ssj-draw': cliDraw,
};

interface Measure {
  seconds: number;
  peakMb: number;
}

function measureInChild(step: string, ...args: string[]): Measure {
  const output = execFileSync(process.execPath, ['--max-old-space-size=4096', __filename, '--child', step, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output.trim().split('\n').pop()!) as Measure;
}

async function runChild(step: string, args: string[]): Promise<void> {
  const started = process.hrtime.bigint();
  await CHILD_STEPS[step](...args); // spread-ok: a child step's few command-line arguments
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

/**
 * The engine bench in a process of its own, loading only the engine: in this one, the sections before
 * it leave a heap of workbook garbage, and the cli and ExcelJS modules, that slowed runDraw by up to
 * a tenth, and its bare loop less, so that its figures would depend on what ran first.
 */
async function benchDrawEngineInChild(log: (line: string) => void): Promise<void> {
  const output = execFileSync(process.execPath, [path.join(__dirname, 'draw-engine.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (const line of output.trimEnd().split('\n')) log(line);
}

const fmt = (m: Measure) => `${m.seconds.toFixed(2)} s, 峰值内存 ${m.peakMb.toFixed(0)} MB`;

async function benchDrawEndToEnd(log: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-'));
  try {
    const file = path.join(dir, 'registry-100k.xlsx');
    const started = Date.now();
    await writeLargeWorkbook(file, { objects: 100_000, inspectorsPerDepartment: 100, avoidancePairs: 500 });
    log(`生成 100,000 户名录库工作簿：${((Date.now() - started) / 1000).toFixed(1)} s（尚无抽查结果、抽取日志、抽取快照工作表）`);
    const drawn = path.join(dir, 'drawn.xlsx');
    const again = path.join(dir, 'drawn-twice.xlsx');
    const excel = measureInChild('excel-load-save', file, path.join(dir, 'excel-out.xlsx'));
    const draw = measureInChild('ssj-draw', file, drawn);
    log(`ExcelJS 读入 + 保存原工作簿：${fmt(excel)}`);
    log(`ssj draw 全流程（读入、检查、抽取 10%、新建 3 个工作表并追加 11 万行、原子保存）：${fmt(draw)}`);
    log(`比值 ${(draw.seconds / excel.seconds).toFixed(2)}×（目标 ≤ 1.5×）；${await verifyLine(drawn)}`);
    // A later draw of a workbook whose 抽取快照 already holds 100,000 rows.
    const excelDrawn = measureInChild('excel-load-save', drawn, path.join(dir, 'excel-out-2.xlsx'));
    const second = measureInChild('ssj-draw', drawn, again);
    log(`第二次抽取（联033-2，快照已有 10 万行）：ExcelJS 读入 + 保存 ${fmt(excelDrawn)}；ssj draw ${fmt(second)}`);
    log(`比值 ${(second.seconds / excelDrawn.seconds).toFixed(2)}×；${await verifyLine(again)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The drawn file must verify: a fast save that broke the workbook would be no result at all. */
async function verifyLine(file: string): Promise<string> {
  const lines: string[] = [];
  const code = await run(['verify', file], { out: (text) => lines.push(text), err: (text) => lines.push(text) });
  if (code !== 0) throw new Error(`ssj verify failed on ${file}:\n${lines.join('\n')}`);
  return lines[lines.length - 1];
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  // `npm run bench -- --objects 1000000`: the large-registry section alone, at that size (issue 16).
  const objectsAt = process.argv.indexOf('--objects');
  if (objectsAt >= 0) {
    const objects = Number(process.argv[objectsAt + 1]);
    if (!Number.isInteger(objects) || objects < 1000) throw new Error('--objects takes a whole number of at least 1000');
    log(`\n== large-registry (${objects.toLocaleString('en-US')} objects)`);
    await benchLargeRegistry(objects, log);
    return;
  }
  const only = process.argv[2];
  const sections: Array<[string, (log: (line: string) => void) => Promise<void>]> = [
    ['validate', (log) => benchValidate(log)],
    ['draw-engine', benchDrawEngineInChild],
    ['draw-e2e', benchDrawEndToEnd],
    ['verify', (log) => benchVerify(log)],
    ['browser', benchBrowser],
  ];
  for (const [name, section] of sections) {
    if (only && only !== name) continue;
    log(`\n== ${name}`);
    await section(log);
  }
}

if (process.argv[2] === '--child') {
  void runChild(process.argv[3], process.argv.slice(4));
} else {
  void main();
}
