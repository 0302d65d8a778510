// `ssj validate`: problems as `工作表!单元格: 说明`, exit codes 0/1/2, JSON mode, and the file untouched.
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/output';
import { SHEETS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx-file';

function capture(): CliIo & { stdout: string[]; stderr: string[]; all(): string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), all: () => [...stdout, ...stderr].join('\n') };
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let dir: string;
let sample: string;
/** The sample with an unreadable 统一社会信用代码 in A2 and a blank 姓名 in B3 of the inspectors. */
let broken: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ssj-validate-'));
  sample = path.join(dir, 'sample.xlsx');
  expect(await run(['init', sample, '--sample'], capture())).toBe(0);
  const book = await openXlsxFile(sample);
  await book.apply([
    { kind: 'writeCells', sheet: SHEETS.objects, cells: [{ address: 'A2', value: '91130534MA0000000X', format: 'text' }] },
    { kind: 'writeCells', sheet: SHEETS.inspectors, cells: [{ address: 'B3', value: null }] },
  ]);
  broken = path.join(dir, 'broken.xlsx');
  await saveXlsxFile(book, broken);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ssj validate', () => {
  it('exits 0 on a sound workbook and prints the counts and a passing summary', async () => {
    const io = capture();
    expect(await run(['validate', sample], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/检查对象 \d+ 户/);
    expect(io.stdout.at(-1)).toMatch(/^检查通过/);
  });

  it('exits 1 on errors and prints each as `错误 工作表!单元格: 说明`, in sheet order', async () => {
    const io = capture();
    expect(await run(['validate', broken], io)).toBe(1);
    const lines = io.stdout.filter((line) => line.startsWith('错误 '));
    expect(lines[0]).toMatch(/^错误 检查对象名录库!A2: \S/);
    expect(lines.some((line) => line.startsWith('错误 执法检查人员名录库!B3: '))).toBe(true);
    const sheetOf = (line: string) => line.slice(3, line.indexOf('!'));
    expect(lines.map(sheetOf).indexOf('检查对象名录库')).toBeLessThan(lines.map(sheetOf).indexOf('执法检查人员名录库'));
    expect(io.stdout.at(-1)).toMatch(/共 \d+ 个错误/);
  });

  it('--json prints one JSON document with the counts and every problem', async () => {
    const io = capture();
    expect(await run(['validate', broken, '--json'], io)).toBe(1);
    const report = JSON.parse(io.stdout.join('\n'));
    expect(report).toMatchObject({ file: broken, ok: false, errors: expect.any(Number), warnings: expect.any(Number) });
    expect(Object.keys(report.counts).sort()).toEqual(
      ['activeObjects', 'avoidancePairs', 'eligibleInspectors', 'inspectors', 'items', 'objects', 'tasks'].sort(),
    );
    expect(report.problems[0]).toEqual({
      code: expect.any(String),
      severity: 'error',
      sheet: '检查对象名录库',
      cell: 'A2',
      message: expect.any(String),
      text: expect.stringMatching(/^检查对象名录库!A2: /),
    });
    expect(report.errors).toBe(report.problems.filter((p: { severity: string }) => p.severity === 'error').length);
  });

  it('never writes to the file it checks', async () => {
    const before = sha256(broken);
    await run(['validate', broken], capture());
    await run(['validate', broken, '--json'], capture());
    expect(sha256(broken)).toBe(before);
  });

  it.each([
    ['a missing file', ['validate', 'does-not-exist.xlsx'], /找不到文件/],
    ['no file', ['validate'], /请指定工作簿文件/],
    ['two files', ['validate', 'a.xlsx', 'b.xlsx'], /多余的参数/],
    ['an unknown option', ['validate', 'a.xlsx', '--fix'], /未知参数/],
    ['an unknown command', ['check', 'a.xlsx'], /未知命令“check”/],
  ])('exits 2 with a Chinese message, no stack trace, for %s', async (_case, argv, message) => {
    const io = capture();
    expect(await run(argv.map((a) => (a.endsWith('.xlsx') && a !== 'a.xlsx' && a !== 'b.xlsx' ? path.join(dir, a) : a)), io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(message);
    expect(io.all()).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a file that is not an .xlsx (a CSV renamed)', async () => {
    const csv = path.join(dir, 'objects.xlsx');
    writeFileSync(csv, '对象编号,对象名称\n911305340000000001,清河运输\n');
    const io = capture();
    expect(await run(['validate', csv], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/不是有效的 \.xlsx 工作簿/);
  });

  it('reports missing required sheets as errors (exit 1) on a workbook without them', async () => {
    const empty = path.join(dir, 'other.xlsx');
    const bare = XlsxWorkbook.create();
    await bare.apply([{ kind: 'createTableSheet', spec: { name: '别的表', columns: [{ header: '甲' }] } }]);
    await saveXlsxFile(bare, empty);
    const io = capture();
    expect(await run(['validate', empty], io)).toBe(1);
    expect(io.stdout.join('\n')).toContain(SHEETS.objects);
  });

  it('prints help for the command with exit 0', async () => {
    const io = capture();
    expect(await run(['validate', '--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('ssj validate <工作簿.xlsx> [--json]');
  });
});

const BIN = path.resolve(__dirname, '../../dist/node/src/cli/main.js');
const describeBuilt = existsSync(BIN) ? describe : describe.skip;

describeBuilt('the built ssj binary (dist/node, from npm run build:node)', () => {
  it('validates the sample with exit 0 and a broken workbook with exit 1', () => {
    const ok = spawnSync(process.execPath, [BIN, 'validate', sample], { encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [BIN, 'validate', broken, '--json'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).ok).toBe(false);
  });
});

test('ssj validate lists the plan task ids a newcomer can pass to ssj draw --task', async () => {
  const io = capture();
  expect(await run(['validate', sample], io)).toBe(0);
  const text = io.all();
  expect(text).toContain('ssj draw --task');
  expect(text).toMatch(/^ {2}联033 {2}\S/mu);
  const json = capture();
  await run(['validate', sample, '--json'], json);
  expect(JSON.parse(json.stdout.join('')).tasks.map((t: { taskId: string }) => t.taskId)).toContain('联033');
});
