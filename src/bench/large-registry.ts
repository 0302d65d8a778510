// `npm run bench -- --objects 1000000` (issue 16; not in CI, it takes minutes): validate, draw, a second
// draw and verify of a registry of that size (Excel's row limit at 1,000,000), each in a process of its
// own for its wall time and peak RSS, beside ExcelJS's streaming read of the same file. The second
// draw's 抽取快照 rows no longer fit below row 1,048,576 and go on to 抽取快照2 (SPEC §3.8).
// Goals: draw ≤ 2× validate; verify ≤ 1.5× validate + 0.2 s per draw; peak < 4 GB.
import { execFileSync } from 'child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { drawTask, validateWorkbook, verifyWorkbook } from '../usecases';
import type { DrawRequest } from '../usecases/types';
import { XlsxAppendingFile, XlsxFileReader } from '../workbook/xlsx-file';
import { writeLargeWorkbook } from './large-workbook';
import { setFileProgress, throttledProgress } from '../workbook/file-progress';

const WITNESS = '3179 2046 5581 9023 4417 8830';
const GIB = 1024 * 1024 * 1024;

interface Measure {
  seconds: number;
  peakMb: number;
  note: string;
}

async function excelStream(file: string): Promise<string> {
  let rows = 0;
  for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(file, {})) {
    for await (const row of sheet) if (row.values) rows++;
  }
  return `${rows.toLocaleString('en-US')} 行`;
}

async function validate(file: string): Promise<string> {
  const report = await validateWorkbook(new XlsxFileReader(file));
  return `${report.counts.objects.toLocaleString('en-US')} 户，${report.errors} 个错误`;
}

async function draw(file: string, batch: string): Promise<string> {
  const book = await XlsxAppendingFile.open(file);
  const request = {
    taskId: '联033', seedSource: { kind: 'witness', digits: WITNESS }, operator: '基准测试', date: '2024-06-03',
    // ssj-draw/2 asks an unannounced draw for its reason.
    unannounced: `基准测试第 ${batch} 次抽取`,
  } as DrawRequest;
  const report = await drawTask(book, request);
  if (!report.written) throw new Error(`draw refused: ${report.problems.map((p) => p.message).join('；')}`);
  await book.save(file);
  return `${report.drawId}，抽取 ${report.picks.length.toLocaleString('en-US')} 户，${book.lastSave?.mode === 'in-place' ? '原地追加' : `ExcelJS 全量保存（${book.lastSave?.reason}）`}`;
}

async function verify(file: string): Promise<string> {
  const report = await verifyWorkbook(new XlsxFileReader(file));
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (!report.ok) throw new Error(`verify failed: ${[...errors, ...report.lines.flatMap((l) => l.problems)].slice(0, 5).map((p) => p.message).join('；')}`);
  return `${report.lines.length} 次抽取，全部可重放`;
}

const STEPS: Record<string, (file: string, extra: string) => Promise<string>> = {
  'excel-stream': excelStream,
  validate,
  draw,
  verify,
};

function measure(step: string, file: string, extra = ''): Measure {
  const output = execFileSync(process.execPath, ['--max-old-space-size=8192', __filename, '--step', step, file, extra], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output.trim().split('\n').pop()!) as Measure;
}

const fmt = (m: Measure) => `${m.seconds.toFixed(1)} s，峰值内存 ${(m.peakMb / 1024).toFixed(2)} GB（${m.note}）`;

export async function benchLargeRegistry(objects: number, log: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-large-'));
  try {
    // SSJ_BENCH_REGISTRY names a registry written earlier at this size (generating one takes minutes).
    const file = process.env.SSJ_BENCH_REGISTRY ?? path.join(dir, `registry-${objects}.xlsx`);
    const started = Date.now();
    if (!process.env.SSJ_BENCH_REGISTRY) await writeLargeWorkbook(file, { objects, inspectorsPerDepartment: 100, avoidancePairs: 500 });
    log(`${process.env.SSJ_BENCH_REGISTRY ? '沿用' : '生成'} ${objects.toLocaleString('en-US')} 户名录库：${((Date.now() - started) / 1000).toFixed(0)} s，${(statSync(file).size / 1024 / 1024).toFixed(0)} MB`);
    const stream = measure('excel-stream', file);
    log(`ExcelJS 流式读取全部行：    ${fmt(stream)}`);
    const validated = measure('validate', file);
    log(`ssj validate：              ${fmt(validated)}`);
    const work = path.join(dir, 'drawn.xlsx');
    copyFileSync(file, work);
    const first = measure('draw', work, '1');
    log(`ssj draw（联033-1）：       ${fmt(first)}`);
    const second = measure('draw', work, '2');
    log(`ssj draw（联033-2）：       ${fmt(second)}`);
    const verified = measure('verify', work);
    log(`ssj verify（2 次抽取）：    ${fmt(verified)}`);
    const v = validated.seconds;
    const peak = Math.max(stream.peakMb, validated.peakMb, first.peakMb, second.peakMb, verified.peakMb) / 1024;
    log(`draw / validate：${(first.seconds / v).toFixed(2)}×、${(second.seconds / v).toFixed(2)}×（目标 ≤ 2×）` +
      `${Math.max(first.seconds, second.seconds) <= 2 * v ? ' 达标' : ' 未达标'}`);
    log(`verify / (1.5 × validate + 0.4 s)：${(verified.seconds / (1.5 * v + 0.4)).toFixed(2)}（目标 ≤ 1）${verified.seconds <= 1.5 * v + 0.4 ? ' 达标' : ' 未达标'}`);
    log(`峰值内存 ${peak.toFixed(2)} GB（目标 < 4 GB）${peak * GIB < 4 * GIB ? ' 达标' : ' 未达标'}；结果文件 ${(statSync(work).size / 1024 / 1024).toFixed(0)} MB：${work}`);
    if (process.env.SSJ_BENCH_KEEP) copyFileSync(work, process.env.SSJ_BENCH_KEEP);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runStep(step: string, file: string, extra: string): Promise<void> {
  setFileProgress(throttledProgress((line) => process.stderr.write(`  [${step}] ${line}\n`), 10, 15));
  const started = process.hrtime.bigint();
  const note = await STEPS[step](file, extra);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024, note }));
}

if (require.main === module && process.argv[2] === '--step') {
  void runStep(process.argv[3], process.argv[4], process.argv[5] ?? '').catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
}
