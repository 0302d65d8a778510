// `npm run demo`: the main job on the bundled sample, step by step, as a clerk would type it:
// make the Qinghe 2024 sample workbook, check it, preview and draw 联033 with witness digits, verify.
import { mkdirSync } from 'fs';
import * as path from 'path';
import { run } from './main';
import { processIo } from './output';

const DEMO_FILE = path.join('out', 'qinghe-2024-sample.xlsx');
const WITNESS = '3179 2046 5581 9023 4417 8830';

const STEPS: Array<[string, string[]]> = [
  ['生成示例工作簿（清河县交通运输局 2024 年）', ['init', DEMO_FILE, '--sample', '--force']],
  ['检查名录库与年度抽查计划', ['validate', DEMO_FILE]],
  ['预演联033：各分层合格对象数与抽取数', ['draw', DEMO_FILE, '--task', '联033', '--dry-run', '--date', '2024-06-03']],
  ['抽取联033：见证号码由两名见证人现场报出', ['draw', DEMO_FILE, '--task', '联033', '--witness', WITNESS, '--operator', '张三', '--date', '2024-06-03']],
  ['核验：仅凭工作簿重放每一次抽取', ['verify', DEMO_FILE]],
];

async function main(): Promise<number> {
  mkdirSync(path.dirname(DEMO_FILE), { recursive: true });
  for (const [title, argv] of STEPS) {
    processIo.out(`\n== ${title}\n$ ssj ${argv.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`);
    const code = await run(argv, processIo);
    if (code !== 0) return code;
  }
  processIo.out(`\n示例工作簿：${DEMO_FILE}（可用 Excel 打开查看“抽查结果”“抽取日志”）`);
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
