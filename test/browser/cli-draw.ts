// The same draw through the command line: `ssj init --sample` then `ssj draw --witness … --json`,
// run in-process through the CLI's own entry (src/cli/main.ts) on a real .xlsx file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';

export interface CliDraw {
  drawId: string;
  resultHash: string;
}

async function ssj(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export async function cliSampleDraw(taskId: string, witness: string): Promise<CliDraw> {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-e2e-'));
  try {
    const file = join(dir, 'sample.xlsx');
    const init = await ssj(['init', file, '--sample']);
    if (init.code !== 0) throw new Error(`ssj init failed: ${init.err}`);
    const draw = await ssj(['draw', file, '--task', taskId, '--witness', witness, '--operator', '命令行', '--unannounced', '与任务窗格比对', '--json']);
    if (draw.code !== 0) throw new Error(`ssj draw failed: ${draw.err}${draw.out}`);
    const report = JSON.parse(draw.out) as CliDraw;
    return { drawId: report.drawId, resultHash: report.resultHash };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
