// `npm run demo`: the main job on the bundled sample, step by step, as a clerk would type it: make the
// Qinghe 2024 sample workbook, check it, preview 联033, announce its draw (SPEC §3.8) naming a drawing
// a minute ahead, wait for it, draw with the drawing's numbers, then verify with the published 公告哈希.
// The drawing is a simulated one, said so in its name: a real 公告 names a real lottery drawing.
import { mkdirSync } from 'fs';
import * as path from 'path';
import { run } from './main';
import { processIo, type CliIo } from './output';

const OUT = 'out';
const DEMO_FILE = path.join(OUT, 'qinghe-2024-sample.xlsx');
const ANNOUNCEMENT_RECORD = path.join(OUT, '联033-1-公告记录.xlsx');
const DRAW_RECORD = path.join(OUT, '联033-1-抽取记录.xlsx');
/** The simulated drawing's numbers, as a lottery would publish them: in draw order. */
/** A day in the sample plan's period (联033: 2024年6月至10月). */
const DEMO_DATE = '2024-06-03';
const NUMBERS = '80 05 77 12 74 17 71 23 69 31 66 38 63 40 61 44 58 47 55 52';

/** The next whole minute in China time, as `YYYY-MM-DD HH:MM`, and that instant. */
function nextMinute(now: Date): { text: string; at: Date } {
  const at = new Date(Math.floor(now.getTime() / 60_000) * 60_000 + 60_000);
  const china = new Date(at.getTime() + 8 * 3_600_000).toISOString();
  return { text: `${china.slice(0, 10)} ${china.slice(11, 16)}`, at };
}

/** processIo, keeping what was printed so that a later step can quote it (the 公告哈希). */
function recordingIo(): CliIo & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    out: (text) => {
      lines.push(text);
      processIo.out(text);
    },
    err: (text) => processIo.err(text),
  };
}

async function step(title: string, argv: string[], io: CliIo = processIo): Promise<number> {
  processIo.out(`\n== ${title}\n$ ssj ${argv.map((a) => (/[\s|]/.test(a) ? `"${a}"` : a)).join(' ')}`);
  return run(argv, io);
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const steps: Array<[string, string[]]> = [
    ['生成示例工作簿（清河县交通运输局 2024 年）', ['init', DEMO_FILE, '--sample', '--force']],
    ['检查名录库与年度抽查计划', ['validate', DEMO_FILE]],
    // The sample is the 2024 plan: the dry run and the draw look at a day in its period (--date), or both
    // would open with a late-draw warning; the log's 时间 stays the real time.
    ['预演联033：各分层合格对象数与抽取数', ['draw', DEMO_FILE, '--task', '联033', '--dry-run', '--date', DEMO_DATE]],
  ];
  for (const [title, argv] of steps) {
    const code = await step(title, argv);
    if (code !== 0) return code;
  }
  const drawing = nextMinute(new Date());
  const source = `演示开奖(模拟号码,非真实彩票)|DEMO-001|${drawing.text}|20×2`;
  const announced = recordingIo();
  const announceArgs = ['announce', DEMO_FILE, '--task', '联033', '--source', source, '--operator', '张三', '--record', ANNOUNCEMENT_RECORD, '--force'];
  let code = await step('① 公告：开奖之前锁定名录与参数，公布公告哈希', announceArgs, announced);
  if (code !== 0) return code;
  const hash = /公告哈希：([0-9a-f]{64})/.exec(announced.lines.join('\n'))?.[1] ?? '';

  const wait = drawing.at.getTime() + 1_000 - Date.now();
  processIo.out(`\n== ② 等待开奖（演示：开奖时间 ${drawing.text}，约 ${Math.max(0, Math.ceil(wait / 1000))} 秒后）`);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));

  const drawArgs = ['draw', DEMO_FILE, '--task', '联033', '--numbers', NUMBERS, '--operator', '张三', '--date', DEMO_DATE, '--record', DRAW_RECORD, '--force'];
  code = await step('③ 抽取：录入公布的开奖号码（顺序不限）', drawArgs);
  if (code !== 0) return code;
  code = await step('核验：仅凭工作簿重放每一次抽取，并核对公布的公告哈希', ['verify', DEMO_FILE, '--published', `联033-1=${hash}`]);
  if (code !== 0) return code;
  processIo.out(`\n示例工作簿：${DEMO_FILE}（可用 Excel 打开查看“抽查结果”“抽取日志”）`);
  processIo.out(`可打印记录：${ANNOUNCEMENT_RECORD}、${DRAW_RECORD}（A4，供见证人签字）`);
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
