// Bench of `ssj verify` at scale (issue 13): a 100,000-object workbook with 10 draws of 联033
// (ssj-draw/2, unannounced, about 650,000 抽取快照 rows), verify beside validate on the same file.
// Goal: verify ≤ 1.5 × validate + 0.2 s per draw. Each command runs in its own process, best of `runs`.
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { run } from '../cli/main';
import { writeLargeWorkbook } from './large-workbook';

const OBJECTS = 100_000;
const DRAWS = 10;
const MIB = 1024 * 1024;
const silent = { out: () => undefined, err: (text: string) => process.stderr.write(`${text}\n`) };

/** 10 draws of 联033 through the real command, each appending in place (witness digits differ per batch). */
async function drawnWorkbook(file: string): Promise<void> {
  await writeLargeWorkbook(file, { objects: OBJECTS, inspectorsPerDepartment: 100, avoidancePairs: 500 });
  for (let batch = 1; batch <= DRAWS; batch++) {
    const witness = `3179 2046 5581 9023 4417 88${String(batch).padStart(2, '0')}`;
    const code = await run(
      ['draw', file, '--task', '联033', '--witness', witness, '--unannounced', '基准测试：未公告', '--operator', '基准', '--date', '2024-06-03'],
      silent,
    );
    if (code !== 0) throw new Error(`ssj draw (batch ${batch}) exited ${code}`);
  }
}

interface Measure {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  code: number;
  last: string;
}

type Command = 'validate' | 'verify' | 'verify-no-hints';
const ARGS: Record<Command, (file: string) => string[]> = {
  validate: (file) => ['validate', file],
  verify: (file) => ['verify', file],
  'verify-no-hints': (file) => ['verify', file, '--no-hints'],
};

function measureInChild(command: Command, file: string): Measure {
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', __filename, '--child', command, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`bench child ${command} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Measure;
}

function bestOf(runs: number, command: Command, file: string): Measure {
  const results = Array.from({ length: runs }, () => measureInChild(command, file));
  return results.reduce((best, m) => (m.seconds < best.seconds ? m : best));
}

const fmt = (m: Measure) => `${m.seconds.toFixed(2)} s（CPU ${m.cpuSeconds.toFixed(2)} s），峰值内存 ${m.peakMb.toFixed(0)} MB`;

export async function benchVerify(log: (line: string) => void, runs = 2): Promise<void> {
  const dir = await fs.mkdtemp(path.join(tmpdir(), 'ssj-bench-verify-'));
  const file = path.join(dir, 'drawn-10.xlsx');
  try {
    const started = Date.now();
    await drawnWorkbook(file);
    const { size } = await fs.stat(file);
    log(`生成 100,000 户名录库并用 ssj draw 抽取 ${DRAWS} 次：${((Date.now() - started) / 1000).toFixed(1)} s（${(size / MIB).toFixed(1)} MiB）；以下每项各在独立进程中运行，取 ${runs} 次中最快的一次`);
    const validate = bestOf(runs, 'validate', file);
    log(`  ssj validate：${fmt(validate)}`);
    const verify = bestOf(runs, 'verify', file);
    log(`  ssj verify（含提示）：${fmt(verify)}；${verify.last}`);
    if (verify.code !== 0) throw new Error(`ssj verify exited ${verify.code}: ${verify.last}`);
    const noHints = bestOf(1, 'verify-no-hints', file);
    log(`  ssj verify --no-hints：${fmt(noHints)}`);
    const goal = 1.5 * validate.seconds + 0.2 * DRAWS;
    log(`  目标：verify ≤ 1.5 × validate + 0.2 s × ${DRAWS} = ${goal.toFixed(2)} s；实测 ${verify.seconds.toFixed(2)} s（${(verify.seconds / validate.seconds).toFixed(2)}× validate）${verify.seconds <= goal ? '，达到' : '，未达到'}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function childMain(command: Command, file: string): Promise<void> {
  const lines: string[] = [];
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const code = await run(ARGS[command](file), { out: (text) => lines.push(text), err: (text) => lines.push(text) });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const measure: Measure = {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
    code,
    last: lines[lines.length - 1] ?? '',
  };
  process.stdout.write(`${JSON.stringify(measure)}\n`);
}

if (require.main === module) {
  if (process.argv[2] === '--child') void childMain(process.argv[3] as Command, process.argv[4]);
  else void benchVerify((line) => console.log(line));
}
