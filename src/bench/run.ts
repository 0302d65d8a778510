// `npm run bench`: prints the figures the issues set goals for. Memory-sensitive steps run in a child
// process each, so their peak RSS (process.resourceUsage().maxRSS) is theirs alone.
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchDrawEngine } from './draw-engine';
import { benchValidate } from './validate';
import { writeLargeWorkbook } from './large-workbook';
import { excelLoadSave, cliDraw } from './draw-e2e';

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
  await CHILD_STEPS[step](...args);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

const fmt = (m: Measure) => `${m.seconds.toFixed(2)} s, 峰值内存 ${m.peakMb.toFixed(0)} MB`;

async function benchDrawEndToEnd(log: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-'));
  try {
    const file = path.join(dir, 'registry-100k.xlsx');
    const started = Date.now();
    await writeLargeWorkbook(file, { objects: 100_000, inspectorsPerDepartment: 100, avoidancePairs: 500 });
    log(`生成 100,000 户名录库工作簿：${((Date.now() - started) / 1000).toFixed(1)} s`);
    const drawn = path.join(dir, 'drawn.xlsx');
    const excel = measureInChild('excel-load-save', file, path.join(dir, 'excel-out.xlsx'));
    const draw = measureInChild('ssj-draw', file, drawn);
    // The floor for what SPEC §2 makes a draw write: 抽取快照 holds a row per eligible object.
    const floor = measureInChild('excel-load-save', drawn, path.join(dir, 'excel-out-2.xlsx'));
    log(`ExcelJS 读入 + 保存原工作簿：${fmt(excel)}`);
    log(`ssj draw 全流程（读入、检查、抽取 10%、追加 11 万行、原子保存）：${fmt(draw)}`);
    log(`比值 ${(draw.seconds / excel.seconds).toFixed(2)}×（目标 ≤ 1.5×）`);
    log(`ExcelJS 读入 + 保存抽取后的工作簿（含 10 万行快照，应写内容的下限）：${fmt(floor)}`);
    log(`相对该下限 ${(draw.seconds / floor.seconds).toFixed(2)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const only = process.argv[2];
  const sections: Array<[string, (log: (line: string) => void) => Promise<void>]> = [
    ['validate', (log) => benchValidate(log)],
    ['draw-engine', benchDrawEngine],
    ['draw-e2e', benchDrawEndToEnd],
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
