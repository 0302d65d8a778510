// Workbooks other programs wrote (issue 13): one last saved by openpyxl (absolute part paths such as
// Target="/xl/tables/table1.xml", inline strings) is read, drawn on and verified; a registry name holding
// Excel's escape `_x000B_` reads the same to draw and verify (no false warning); and a drawn workbook
// saved again by LibreOffice Calc still verifies. Each skips, saying so, when its program is missing.
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { drawTask, validateWorkbook, verifyWorkbook } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { XlsxAppendingFile, XlsxFileReader, openXlsxFile } from '../../src/workbook/xlsx-file';
import { ZipPackage } from '../../src/workbook/zip-package';
import { smallBookFiles } from '../fixtures/small-book-files';
import { drawRequest } from '../usecases/helpers';

const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((candidate) => existsSync(candidate));

const books = smallBookFiles('ssj-other-programs-');

async function drawOn(file: string, minute: number): Promise<void> {
  const book = await XlsxAppendingFile.open(file);
  const report = await drawTask(book, drawRequest({ now: () => new Date(Date.parse('2024-06-03T01:30:00Z') + minute * 60_000) }));
  expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  await book.save(file);
}

async function verifiedClean(file: string): Promise<void> {
  const report = await verifyWorkbook(new XlsxFileReader(file));
  const all = [...report.problems, ...report.lines.flatMap((line) => line.problems)];
  expect(all.filter((p) => p.code !== 'verify.unannounced')).toEqual([]);
  expect(report.ok).toBe(true);
}

/** Loads and saves the file with openpyxl; `python` runs on the loaded workbook `wb` first. */
function saveWithOpenpyxl(file: string, python = ''): void {
  const script = `import openpyxl, sys\nwb = openpyxl.load_workbook(sys.argv[1])\n${python}\nwb.save(sys.argv[1])\n`;
  execFileSync(PYTHON, ['-c', script, file], { stdio: 'pipe' });
}

function absoluteTargets(file: string): string[] {
  const zip = ZipPackage.open(readFileSync(file));
  return zip.entries.filter((e) => e.name.endsWith('.rels')).flatMap((e) => [...zip.text(e.name).matchAll(/Target="(\/[^"]+)"/g)].map((m) => m[1]));
}

const describeOpenpyxl = hasOpenpyxl ? describe : describe.skip;
if (!hasOpenpyxl) console.log('openpyxl tests skipped: /usr/bin/python3 with openpyxl is not installed');

describeOpenpyxl('a workbook last saved by openpyxl', () => {
  test('with absolute part paths (/xl/tables/…) is read, drawn on again and verified', async () => {
    const file = books.copy('openpyxl.xlsx');
    await drawOn(file, 1);
    saveWithOpenpyxl(file);
    expect(absoluteTargets(file)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/xl\/tables\/table\d+\.xml$/)]));
    expect((await validateWorkbook(new XlsxFileReader(file))).errors).toBe(0);
    // The full model (ExcelJS alone fails on absolute table paths) reads it too.
    const full = await openXlsxFile(file);
    expect((await full.listSheets())).toContain(SHEETS.log);
    await verifiedClean(file);
    await drawOn(file, 2);
    await verifiedClean(file);
    const log = (await new XlsxFileReader(file).readSheets([SHEETS.log])).get(SHEETS.log)!;
    expect(log.filter((row) => row.some((cell) => cell !== null))).toHaveLength(3);
  });

  test('a registry name holding Excel\'s escape _x000B_ inline (openpyxl) reads the same to draw and verify', async () => {
    const file = books.copy('escape.xlsx');
    saveWithOpenpyxl(file, [
      `ws = wb['${SHEETS.objects}']`,
      'for row in ws.iter_rows(min_row=2):',
      '    if row[1].value: row[1].value = row[1].value + "_x000B_分店"',
    ].join('\n'));
    await escapedNamesDrawnAndVerified(file);
  });
});

/** Draws on `file`, whose object names end in `_x000B_分店`; the names in 抽查结果 read the same, verify is clean. */
async function escapedNamesDrawnAndVerified(file: string): Promise<void> {
  {
    await drawOn(file, 1);
    const results = (await new XlsxFileReader(file).readSheets([SHEETS.results])).get(SHEETS.results)!;
    const names = results.slice(1).map((row) => String(row[5]));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.endsWith('_x000B_分店'))).toBe(true);
    await verifiedClean(file);
  }
}

test('a registry name holding Excel\'s escape _x000B_ in shared strings (as Excel writes it) reads the same to draw and verify', async () => {
  const file = books.copy('escape-shared.xlsx');
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet(SHEETS.objects)!.eachRow((row, number) => {
    if (number > 1 && row.getCell(2).value) row.getCell(2).value = `${String(row.getCell(2).value)}_x000B_分店`;
  });
  await wb.xlsx.writeFile(file);
  expect(ZipPackage.open(readFileSync(file)).text('xl/sharedStrings.xml')).toContain('_x000B_分店');
  await escapedNamesDrawnAndVerified(file);
});

const describeSoffice = soffice ? describe : describe.skip;
if (!soffice) console.log('LibreOffice round-trip test skipped: soffice is not installed');

describeSoffice('LibreOffice Calc', () => {
  test('a drawn workbook saved again by LibreOffice still verifies, and can be drawn on again', async () => {
    const file = books.copy('drawn.xlsx');
    await drawOn(file, 1);
    const out = mkdtempSync(path.join(os.tmpdir(), 'ssj-lo-'));
    const profile = mkdtempSync(path.join(os.tmpdir(), 'ssj-lo-profile-'));
    execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, file], { stdio: 'pipe', timeout: 120_000 });
    const saved = path.join(out, readdirSync(out).find((name) => name.endsWith('.xlsx'))!);
    await verifiedClean(saved);
    const again = path.join(out, 'again.xlsx');
    copyFileSync(saved, again);
    await drawOn(again, 2);
    await verifiedClean(again);
    writeFileSync(path.join(out, 'done'), '');
  }, 180_000);
});
