// The command line refuses what it cannot read plainly — a missing value, an option given twice, an --out
// onto another workbook — with exit code 2 before it reads or writes anything; --json callers get JSON.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { smallBookBytes } from '../fixtures/small-book';
import { capture } from '../fixtures/cli-capture';

const WITNESS = '3179 2046 5581 9023 4417 8830';
let dir: string;
let pristine: Buffer;
let drawn: Buffer;


beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ssj-args-'));
  pristine = Buffer.from(await smallBookBytes());
  const file = fileWith('drawn-source.xlsx', pristine);
  expect(await run(['draw', file, '--task', '联033', '--witness', WITNESS, '--unannounced', '见证号码现场抽取', '--operator', '张三'], capture().io)).toBe(0);
  drawn = readFileSync(file);
});

function fileWith(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const unchanged = (file: string, bytes: Buffer) => expect(Buffer.compare(readFileSync(file), bytes)).toBe(0);

describe('a valued option without its value', () => {
  it('does not swallow the next flag: `--operator --dry-run --generate` exits 2 and draws nothing', async () => {
    const file = fileWith('swallow.xlsx', pristine);
    const io = capture();
    expect(await run(['draw', file, '--task', '交001', '--operator', '--dry-run', '--generate'], io.io)).toBe(2);
    expect(io.err[0]).toBe('参数 --operator 需要一个值。');
    unchanged(file, pristine);
  });

  it('takes a value starting with "--" only inline, and one starting with a single dash as given', async () => {
    const file = fileWith('inline.xlsx', pristine);
    const io = capture();
    expect(await run(['draw', file, '--task', '--generate', '--operator', '张三'], io.io)).toBe(2);
    expect(io.err[0]).toBe('参数 --task 需要一个值。');
    const dashed = capture();
    expect(await run(['draw', file, '--task', '交001', '--generate', '--unannounced', '测试：系统生成', '--operator', '张三', '--date', '-5'], dashed.io)).toBe(2);
    expect(dashed.err[0]).toContain('日期“-5”无效');
    const inline = capture();
    expect(await run(['draw', file, '--task', '交001', '--generate', '--unannounced', '测试：系统生成', '--operator', '张三', '--date=--5'], inline.io)).toBe(2);
    expect(inline.err[0]).toContain('日期“--5”无效');
    unchanged(file, pristine);
  });
});

describe('an option or flag given twice', () => {
  it.each([
    ['a valued option', ['--task', '交001', '--task', '联033', '--generate'], '--task'],
    ['a boolean flag', ['--task', '交001', '--generate', '--generate'], '--generate'],
    ['an inline and a separate value', ['--task=交001', '--task', '联033', '--generate'], '--task'],
  ])('is a usage error naming it (%s), and the file is untouched', async (_case, options, name) => {
    const file = fileWith('twice.xlsx', pristine);
    const io = capture();
    expect(await run(['draw', file, ...options, '--operator', '张三'], io.io)).toBe(2);
    expect(io.err[0]).toBe(`参数 ${name} 给了不止一次，只能给一次。`);
    unchanged(file, pristine);
  });

  it('is a usage error for read-only commands too', async () => {
    const file = fileWith('twice-validate.xlsx', pristine);
    const io = capture();
    expect(await run(['validate', file, '--json', '--json'], io.io)).toBe(2);
    expect(io.out.join('\n')).toContain('参数 --json 给了不止一次');
  });
});

describe('--out onto an existing file', () => {
  it('draw: exits 2 and leaves both workbooks as they were; with --force the target is replaced', async () => {
    const input = fileWith('draw-in.xlsx', pristine);
    const target = fileWith('draw-target.xlsx', drawn);
    const io = capture();
    const argv = ['draw', input, '--task', '交001', '--generate', '--unannounced', '测试：系统生成', '--operator', '李四', '--out', target];
    expect(await run(argv, io.io)).toBe(2);
    expect(io.err.join('\n')).toContain(`文件“${target}”已存在，未做任何改动。如确需用本次结果覆盖它，请加 --force。`);
    unchanged(target, drawn);
    unchanged(input, pristine);

    expect(await run([...argv, '--force'], capture().io)).toBe(0);
    unchanged(input, pristine);
    const verify = capture();
    expect(await run(['verify', target], verify.io)).toBe(0);
    expect(verify.out[0]).toBe('✓ 交001-1（任务 交001）  证据：系统生成');
  });

  it('void: exits 2 and leaves the target as it was; --out naming the input itself needs no --force', async () => {
    const input = fileWith('void-in.xlsx', drawn);
    const target = fileWith('void-target.xlsx', drawn);
    const voidArgs = ['--draw', '联033-1', '--reason', '见证人未到场', '--operator', '张三'];
    const io = capture();
    expect(await run(['void', input, ...voidArgs, '--out', target], io.io)).toBe(2);
    expect(io.err.join('\n')).toContain('已存在');
    unchanged(target, drawn);
    unchanged(input, drawn);

    const sameFile = path.join(dir, '.', path.basename(input));
    const relative = path.relative(process.cwd(), input);
    expect(await run(['void', relative, ...voidArgs, '--out', sameFile], capture().io)).toBe(0);
    const verify = capture();
    expect(await run(['verify', input], verify.io)).toBe(0);
    expect(verify.out[0]).toBe('✓ 联033-1（任务 联033，已作废）  证据：未公告');
  });

  it('refuses a target that is not .xlsx (draw, void, init) and writes nothing', async () => {
    const input = fileWith('ext-in.xlsx', pristine);
    const xls = path.join(dir, 'result.xls');
    const io = capture();
    expect(await run(['draw', input, '--task', '交001', '--generate', '--unannounced', '测试：系统生成', '--operator', '李四', '--out', xls], io.io)).toBe(2);
    expect(io.err[0]).toBe(`--out “${xls}”不是 .xlsx 文件名：工作簿只能保存为 .xlsx 文件。`);
    const voided = fileWith('ext-void.xlsx', drawn);
    expect(await run(['void', voided, '--draw', '联033-1', '--reason', 'x', '--operator', '张三', '--out', xls], capture().io)).toBe(2);
    expect(await run(['init', path.join(dir, 'template.csv')], capture().io)).toBe(2);
    expect(existsSync(xls)).toBe(false);
    expect(existsSync(path.join(dir, 'template.csv'))).toBe(false);
    unchanged(input, pristine);
    unchanged(voided, drawn);

    const upper = path.join(dir, 'RESULT.XLSX');
    expect(await run(['draw', input, '--task', '交001', '--generate', '--unannounced', '测试：系统生成', '--operator', '李四', '--out', upper], capture().io)).toBe(0);
    expect(existsSync(upper)).toBe(true);
  });
});

describe('ssj void without its arguments', () => {
  it.each([
    ['--operator', ['--draw', '联033-1', '--reason', 'x'], '请用 --operator 指定操作人：抽取日志要记录由谁执行作废。'],
    ['--reason', ['--draw', '联033-1', '--operator', '张三'], '请用 --reason 写明作废原因：作废记录要说明理由。'],
    ['--draw', ['--reason', 'x', '--operator', '张三'], '请用 --draw 指定要作废的抽取编号。'],
  ])('is a usage error (exit 2) without %s, as in ssj draw, and the file is untouched', async (_name, options, message) => {
    const file = fileWith('void-usage.xlsx', drawn);
    const io = capture();
    expect(await run(['void', file, ...options], io.io)).toBe(2);
    expect(io.err[0]).toBe(message);
    unchanged(file, drawn);
  });
});

describe('--json failures', () => {
  const parsed = (out: string[]) => JSON.parse(out.join('\n'));

  it('a file that cannot be read: the problem as JSON on stdout, exit 2', async () => {
    const missing = path.join(dir, 'nope.xlsx');
    for (const command of ['validate', 'verify']) {
      const io = capture();
      expect(await run([command, missing, '--json'], io.io)).toBe(2);
      const report = parsed(io.out);
      expect(report).toMatchObject({ ok: false, problems: [{ severity: 'error', message: `找不到文件“${missing}”。` }] });
      expect(typeof report.problems[0].code).toBe('string');
    }
    const csv = fileWith('not-a-workbook.xlsx', Buffer.from('对象编号,对象名称\n'));
    const io = capture();
    expect(await run(['draw', csv, '--task', '联033', '--dry-run', '--json'], io.io)).toBe(2);
    expect(parsed(io.out).problems[0].message).toMatch(/不是有效的 \.xlsx 工作簿/);
  });

  it('a usage error after --json: code cli.usage, exit 2, nothing written', async () => {
    const file = fileWith('json-usage.xlsx', pristine);
    const io = capture();
    expect(await run(['draw', file, '--json', '--task', '联033', '--operator', '--generate'], io.io)).toBe(2);
    expect(parsed(io.out)).toEqual({
      ok: false,
      problems: [{ code: 'cli.usage', severity: 'error', message: '参数 --operator 需要一个值。', text: '参数 --operator 需要一个值。' }],
    });
    const noFile = capture();
    expect(await run(['validate', '--json'], noFile.io)).toBe(2);
    expect(parsed(noFile.out).problems[0]).toMatchObject({ code: 'cli.usage', message: '请指定工作簿文件（.xlsx）。' });
    unchanged(file, pristine);
  });

  it('an --out that exists: code cli.out-exists, exit 2', async () => {
    const input = fileWith('json-out-in.xlsx', pristine);
    const target = fileWith('json-out-target.xlsx', drawn);
    const io = capture();
    expect(await run(['draw', input, '--task', '交001', '--generate', '--unannounced', '测试：系统生成', '--operator', '李四', '--out', target, '--json'], io.io)).toBe(2);
    expect(parsed(io.out).problems[0]).toMatchObject({ code: 'cli.out-exists' });
    unchanged(target, drawn);
  });
});
