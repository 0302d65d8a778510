// `ssj init`: the template workbook, checked by reading the written .xlsx back with ExcelJS.
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Workbook, type Worksheet } from 'exceljs';
import { run } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/output';
import { ANNEX1, ANNEX2, PLAN_HEADER_ROW, planLayout } from '../../src/core/layouts';
import { PLAN_COLUMNS, SHEETS, TABLE_SHEETS, type ColumnDef } from '../../src/core/schema';
import { columnLetter } from '../../src/core/text';
import { tablesOf } from '../../src/workbook/xlsx-write';
import { validationAt } from '../workbook/xlsx-helpers';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

async function load(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function merges(ws: Worksheet): string[] {
  return [...(ws.model as unknown as { merges: string[] }).merges].sort();
}

/** Drop-downs on every enumerated column below the header, nothing on the others; formats by column. */
function expectColumnsFormatted(ws: Worksheet, columns: readonly ColumnDef[], headerRow: number): void {
  columns.forEach((column, i) => {
    const below = validationAt(ws, `${columnLetter(i)}${headerRow + 1}`);
    if (column.choices) expect({ column: column.header, formulae: below?.formulae }).toEqual({ column: column.header, formulae: [`"${column.choices.join(',')}"`] });
    else expect({ column: column.header, validation: below }).toEqual({ column: column.header, validation: undefined });
    const numFmt = ws.getCell(`${columnLetter(i)}${headerRow + 50}`).numFmt;
    const expected = { text: '@', date: 'yyyy-mm-dd', integer: '0' }[column.format as string];
    if (expected) expect({ column: column.header, numFmt }).toEqual({ column: column.header, numFmt: expected });
  });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ssj-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ssj init', () => {
  let wb: Workbook;
  beforeAll(async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ssj-init-once-')), 'template.xlsx');
    const io = capture();
    expect(await run(['init', out], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('已生成');
    wb = await load(out);
  });

  it('writes every sheet of SPEC §2 in template order', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([SHEETS.plan, ...TABLE_SHEETS.map((s) => s.name), SHEETS.annex1, SHEETS.annex2]);
  });

  it.each(TABLE_SHEETS.map((s) => [s.name, s] as const))('%s: header row as a table, drop-downs, formats, frozen header', (name, sheet) => {
    const ws = wb.getWorksheet(name)!;
    expect(ws.getRow(1).values).toEqual([undefined, ...sheet.columns.map((c) => c.header)]);
    expect(Object.values(tablesOf(ws))[0].table).toMatchObject({ headerRow: true, tableRef: `A1:${columnLetter(sheet.columns.length - 1)}2` });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expectColumnsFormatted(ws, sheet.columns, 1);
    expect(ws.state).toBe(name === SHEETS.snapshot ? 'hidden' : 'visible');
  });

  it('年度抽查计划 has the Annex 3 layout: merged title, header row frozen and filtered, drop-downs below', () => {
    const ws = wb.getWorksheet(SHEETS.plan)!;
    expect(merges(ws)).toEqual([...planLayout().merges].sort());
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getRow(PLAN_HEADER_ROW).values).toEqual([undefined, ...PLAN_COLUMNS.map((c) => c.header)]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: PLAN_HEADER_ROW });
    expect(ws.autoFilter).toBe(`A${PLAN_HEADER_ROW}:${columnLetter(PLAN_COLUMNS.length - 1)}${PLAN_HEADER_ROW}`);
    expectColumnsFormatted(ws, PLAN_COLUMNS, PLAN_HEADER_ROW);
  });

  it.each([
    [SHEETS.annex1, ANNEX1.spec],
    [SHEETS.annex2, ANNEX2.spec],
  ] as const)('%s is drawn from its layout: every cell, merge and width', (name, spec) => {
    const ws = wb.getWorksheet(name)!;
    expect(merges(ws)).toEqual([...spec.merges].sort());
    for (const cell of spec.cells) expect({ at: cell.address, value: ws.getCell(cell.address).value }).toEqual({ at: cell.address, value: cell.value });
    spec.columnWidths?.forEach((width, i) => expect(ws.getColumn(i + 1).width).toBe(width));
    const answer = spec.cells.find((c) => c.style === 'answer')!;
    expect(ws.getCell(answer.address).border.top).toEqual({ style: 'thin' });
  });
});

describe('ssj init on an existing file', () => {
  it('refuses to overwrite without --force, in Chinese, leaving the file as it was', async () => {
    const file = path.join(dir, 'book.xlsx');
    writeFileSync(file, 'clerk data');
    const io = capture();
    expect(await run(['init', file], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/已存在.*--force/);
    expect(readFileSync(file, 'utf8')).toBe('clerk data');
  });

  it('overwrites with --force', async () => {
    const file = path.join(dir, 'book.xlsx');
    writeFileSync(file, 'clerk data');
    expect(await run(['init', file, '--force'], capture())).toBe(0);
    expect((await load(file)).worksheets).toHaveLength(TABLE_SHEETS.length + 3);
  });

  it('explains usage errors with exit code 2', async () => {
    const io = capture();
    expect(await run(['init'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('请指定工作簿文件');
    expect(await run(['init', 'a.xlsx', '--sampel'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('未知参数“--sampel”');
  });
});

describe('ssj init --sample', () => {
  it('fills the sample data, keeps IDs as text, and validates with no errors', async () => {
    const file = path.join(dir, 'sample.xlsx');
    expect(await run(['init', file, '--sample'], capture())).toBe(0);
    const wb = await load(file);
    const objects = wb.getWorksheet(SHEETS.objects)!;
    expect(objects.rowCount).toBeGreaterThan(10);
    expect(typeof objects.getCell('A2').value).toBe('string');
    expect(Object.values(tablesOf(objects))[0].table.tableRef).toBe(`A1:I${objects.rowCount}`);
    expect(wb.getWorksheet(SHEETS.plan)!.getCell(`C${PLAN_HEADER_ROW + 1}`).value).toEqual(expect.any(String));

    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    const io = capture();
    const code = await run(['validate', file, '--json'], io);
    const report = JSON.parse(io.stdout.join('\n'));
    expect(report.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    expect(report.counts.objects).toBe(objects.rowCount - 1);
    expect(report.counts.tasks).toBeGreaterThan(0);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });
});
