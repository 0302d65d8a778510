// `ssj status` and `ssj publish` on the results fixture, as a clerk would run them on a real .xlsx;
// the public export read back with ExcelJS (every cell of every sheet against the registry's personal
// data) and converted to PDF by LibreOffice when it is installed.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { INSPECTOR_COLUMNS, RESULT_COLUMNS, SHEETS } from '../../src/core/schema';
import { publicExportTexts } from '../../src/core/messages/results';
import { capture } from '../fixtures/cli-capture';
import { FIXTURE_AS_OF, FIXTURE_ENTRIES, resultsFixture } from '../fixtures/results-fixture';

let dir: string;
let book: string;
let unfilled: string;
let fixture: Awaited<ReturnType<typeof resultsFixture>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ssj-results-'));
  fixture = await resultsFixture();
  book = path.join(dir, 'book.xlsx');
  writeFileSync(book, fixture.bytes);
  unfilled = path.join(dir, 'unfilled.xlsx');
  writeFileSync(unfilled, (await resultsFixture(false)).bytes);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ssj(...argv: string[]) {
  const io = capture();
  const code = await run(argv, io.io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

async function workbookOf(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('ssj status', () => {
  test('lists the overdue, near and open-loop items with their cells and exits 1 when something is overdue', async () => {
    const { code, out } = await ssj('status', book, '--date', FIXTURE_AS_OF);
    expect(code).toBe(1);
    expect(out).toContain('联033');
    expect(out).toContain(`[公示逾期] 抽查结果!Q${fixture.rows[3]}`);
    expect(out).toContain('公示期限 2024-07-09 已过 4 个工作日');
    expect(out).toContain(`[公示临近] 抽查结果!Q${fixture.rows[5]}`);
    expect(out).toContain(`[未闭环] 抽查结果!N${fixture.rows[2]}`);
    expect(out).toContain('已检查 6，发现问题 3，未闭环 1，待公示 3（临近 1，逾期 1），已公示 3');
  });

  test('exits 0 when nothing is overdue; --json gives the same figures', async () => {
    const { code, out } = await ssj('status', book, '--date', '2024-07-05', '--task', '联033', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.ok).toBe(true);
    expect(json.tasks[0]).toMatchObject({ taskId: '联033', inspected: 6, overdue: 0, near: 1 });
    expect(json.reportDeadlines).toEqual([]);
    // 2024-06-18: the monthly report is due on the 20th, said beside the results.
    const june = await ssj('status', book, '--date', '2024-06-18', '--json');
    expect(JSON.parse(june.out).reportDeadlines.join('')).toContain('6月20日截止');
  });

  test('a task of the plan not drawn yet is named in the message, not said as if the workbook had no draw', async () => {
    const { code, out } = await ssj('status', book, '--task', '联034');
    expect(code).toBe(0);
    expect(out).toContain('任务 联034 还没有有效的抽取');
  });

  test('--date D counts only the 检查日期 and 公示日期 on or before D', async () => {
    const { out } = await ssj('status', book, '--date', '2024-06-21', '--task', '联033');
    expect(out).toContain('已检查 5，发现问题 2，');
    expect(out).toContain('已公示 1');
  });

  test('an unknown task or an unreadable file exits 2 with a Chinese message', async () => {
    const unknown = await ssj('status', book, '--task', '联999');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('联999');
    const missing = await ssj('status', path.join(dir, 'none.xlsx'));
    expect(missing.code).toBe(2);
  });
});

describe('ssj validate reports the clerk’s entries that break the rules, with their cells', () => {
  test('a value outside the choices and a 公示日期 before 检查日期', async () => {
    const wb = await workbookOf(book);
    const sheet = wb.getWorksheet(SHEETS.results)!;
    const col = (header: string) => RESULT_COLUMNS.findIndex((c) => c.header === header) + 1;
    const [first, second] = fixture.rows;
    sheet.getCell(first, col('检查结果')).value = '合格';
    sheet.getCell(second, col('公示日期')).value = new Date('2024-06-01');
    const edited = path.join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const { code, out } = await ssj('validate', edited);
    expect(code).toBe(1);
    expect(out).toContain(`抽查结果!M${first}: 检查结果“合格”不在可选项中`);
    expect(out).toContain(`抽查结果!Q${second}: 公示日期 2024-06-01 早于检查日期 2024-06-06`);
    // Only the clerk's entries are wrong: the closing line does not say the draw is blocked.
    expect(out).toContain('共 2 个错误');
    expect(out).toContain('错误都在抽查结果的填写中：不影响抽取');
    expect(out).not.toContain('再进行抽取');
    const status = await ssj('status', edited, '--date', '2024-07-05');
    expect(status.code).toBe(1);
    expect(status.out).toContain(`抽查结果!M${first}`);
  });
});

describe('ssj publish', () => {
  test('wrong entries are named at their cells; a row whose 检查日期 or 检查结果 is wrong is left out, exit 1', async () => {
    const wb = await workbookOf(book);
    const sheet = wb.getWorksheet(SHEETS.results)!;
    const col = (header: string) => RESULT_COLUMNS.findIndex((c) => c.header === header) + 1;
    const [first, second, third, fourth] = fixture.rows;
    sheet.getCell(first, col('检查结果')).value = '合格'; // not a choice
    sheet.getCell(second, col('检查日期')).value = new Date('2024-06-01'); // before the draw (06-03)
    sheet.getCell(third, col('公示日期')).value = new Date('2024-06-01'); // before its 检查日期 06-07
    sheet.getCell(fourth, col('检查日期')).value = new Date('2099-01-05'); // after the task and in the future
    const edited = path.join(dir, 'wrong-entries.xlsx');
    await wb.xlsx.writeFile(edited);
    const out = path.join(dir, '公示-wrong.xlsx');
    const { code, out: printed } = await ssj('publish', edited, '--task', '联033', '--out', out);
    expect(code).toBe(1);
    expect(printed).toContain(`抽查结果!M${first}: 检查结果“合格”不在可选项中`);
    expect(printed).toContain(`抽查结果!L${second}: 检查日期 2024-06-01 早于抽取`);
    expect(printed).toContain(`抽查结果!Q${third}: 公示日期 2024-06-01 早于检查日期 2024-06-07`);
    expect(printed).toContain(`抽查结果!L${fourth}: 检查日期 2099-01-05 晚于任务 联033 的抽查时间`);
    expect(printed).toContain(`抽查结果!L${fourth}: 检查日期 2099-01-05 晚于今天`);
    for (const row of [first, second, fourth]) expect(printed).toContain(`抽查结果!M${row}: `);
    expect(printed).toContain('检查结果 3 行');
    expect(printed).toContain('另有 3 行');
    const names = (await workbookOf(out)).worksheets[0].getColumn(5).values.map(String);
    const source = (await workbookOf(edited)).getWorksheet(SHEETS.results)!;
    const nameCol = RESULT_COLUMNS.findIndex((c) => c.header === '对象名称') + 1;
    for (const row of [first, second, fourth]) expect(names).not.toContain(source.getCell(row, nameCol).text);
    expect(names).toContain(source.getCell(third, nameCol).text);

    const json = JSON.parse((await ssj('publish', edited, '--task', '联033', '--out', out, '--force', '--json')).out);
    expect(json).toMatchObject({ ok: false, rows: 3, leftOut: [first, second, fourth] });
    expect(json.problems.map((p: { cell: string }) => p.cell)).toEqual(expect.arrayContaining([`M${first}`, `L${second}`, `Q${third}`, `L${fourth}`]));
  });

  test('writes only the inspected rows and no personal data; ends with the draw and its 本条哈希', async () => {
    const out = path.join(dir, '公示-联033.xlsx');
    const { code, out: printed } = await ssj('publish', book, '--task', '联033', '--out', out);
    expect(code).toBe(0);
    expect(printed).toContain('检查结果 6 行');

    const source = await workbookOf(book);
    const personal: string[] = [];
    const inspectors = source.getWorksheet(SHEETS.inspectors)!;
    const at = (header: string) => INSPECTOR_COLUMNS.findIndex((c) => c.header === header) + 1;
    inspectors.eachRow((row, n) => {
      if (n === 1) return;
      for (const header of ['人员编号', '姓名', '联系电话', '执法证号']) {
        const text = row.getCell(at(header)).text.trim();
        if (text) personal.push(text);
      }
    });
    expect(personal.length).toBeGreaterThan(20);
    const notes = FIXTURE_ENTRIES.map((e) => e[6]).filter((v): v is string => typeof v === 'string');

    const published = await workbookOf(out);
    const texts: string[] = [];
    published.eachSheet((sheet) => sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell((cell) => texts.push(cell.text))));
    const leaks = texts.filter((text) => personal.some((p) => text.includes(p)) || notes.some((n) => text.includes(n)));
    expect(leaks).toEqual([]);

    const sheet = published.worksheets[0];
    expect(published.worksheets).toHaveLength(1);
    expect(sheet.getCell('A1').text).toContain('联033');
    expect(sheet.getRow(3).values).toEqual([undefined, ...publicExportTexts.headers]);
    // Exactly the inspected rows: their 对象编号 in sheet order.
    const results = source.getWorksheet(SHEETS.results)!;
    const idCol = RESULT_COLUMNS.findIndex((c) => c.header === '对象编号') + 1;
    const inspectedIds = fixture.rows.map((r) => results.getCell(r, idCol).text);
    const exported: string[] = [];
    for (let r = 4; sheet.getCell(r, 1).text !== ''; r++) exported.push(sheet.getCell(r, 6).text);
    expect(exported).toEqual(inspectedIds);
    expect(sheet.getCell(4, 7).text).toBe('2024-06-05');
    // The attempts: 联033-1 with the 本条哈希 of its log row.
    const log = source.getWorksheet(SHEETS.log)!;
    const hash = log.getRow(2).getCell(20).text;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const drawRow = texts.indexOf('联033-1');
    expect(drawRow).toBeGreaterThan(0);
    expect(texts).toContain(hash);
    expect(texts.some((t) => t.includes('删除后重抽'))).toBe(true);
    // Print-ready: A4 landscape, the header row repeated, page numbers.
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe('3:3');
    expect(sheet.headerFooter.oddFooter).toContain('&P');
    expect(sheet.getColumn(5).width).toBe(30);
  });

  test('the export opens in LibreOffice Calc (converted to PDF)', () => {
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
    if (!soffice) {
      console.log('未安装 LibreOffice（soffice），跳过公示文件转 PDF 的检查：apt-get install -y libreoffice-calc');
      return;
    }
    const out = path.join(dir, '公示-联033.xlsx');
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    const converted = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], { timeout: 120_000 });
    const pdf = path.join(dir, '公示-联033.pdf');
    expect(existsSync(pdf)).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 landscape: 842 × 595 points.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(bytes.toString('latin1'));
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]);
    expect(converted.status).toBe(0);
  }, 150_000);

  test('bad input: unknown task, nothing inspected yet, --out that exists, the workbook open in Excel — nothing written', async () => {
    const target = path.join(dir, 'x.xlsx');
    const unknown = await ssj('publish', book, '--task', '联999', '--out', target);
    expect([unknown.code, existsSync(target)]).toEqual([2, false]);
    expect(unknown.err).toContain('联999');

    const nothing = await ssj('publish', unfilled, '--task', '联033', '--out', target);
    expect([nothing.code, existsSync(target)]).toEqual([2, false]);
    expect(nothing.err).toContain('都还没有完成检查');

    writeFileSync(target, 'mine');
    const exists = await ssj('publish', book, '--task', '联033', '--out', target);
    expect(exists.code).toBe(2);
    expect(exists.err).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('mine');
    expect((await ssj('publish', book, '--task', '联033', '--out', target, '--force')).code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');

    const owner = path.join(dir, '~$book.xlsx');
    writeFileSync(owner, '');
    const open = await ssj('publish', book, '--task', '联033', '--out', path.join(dir, 'y.xlsx'));
    rmSync(owner);
    expect(open.code).toBe(2);
    expect(open.err).toContain('正在 Excel');
    expect(existsSync(path.join(dir, 'y.xlsx'))).toBe(false);
  });
});
