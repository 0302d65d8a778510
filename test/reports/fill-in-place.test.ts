// SPEC §5 "fill in place" through `ssj report` on real .xlsx files: only the answer cells change; every
// other cell keeps its value and style, every merge stays; a missing label writes nothing at all.
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Workbook, type Worksheet } from 'exceljs';
import { run } from '../../src/cli/main';
import { ANNEX1, ANNEX2, type ReportLayout } from '../../src/core/layouts';
import type { LayoutSheetSpec } from '../../src/core/sheet-specs';
import { cellAddress, parseAddress } from '../../src/core/text';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import type { WorkbookChange } from '../../src/workbook/port';
import { capture } from '../fixtures/cli-capture';
import { reportBookChanges } from './report-book';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'ssj-report-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeBook(name: string, layouts: LayoutSheetSpec[]): Promise<string> {
  const book = XlsxWorkbook.create();
  const extra: WorkbookChange[] = layouts.map((spec) => ({ kind: 'createLayoutSheet', spec }));
  await book.apply([...reportBookChanges(), ...extra]);
  const file = path.join(dir, name);
  writeFileSync(file, await book.toBuffer());
  return file;
}

interface CellState {
  value: unknown;
  style: string;
}

/** Every cell of the sheet's used area and a margin, with its value and style, and the sheet's merges. */
function snapshot(ws: Worksheet): { cells: Map<string, CellState>; merges: string[]; widths: unknown[] } {
  const cells = new Map<string, CellState>();
  for (let r = 1; r <= 25; r++) {
    for (let c = 1; c <= 10; c++) {
      const cell = ws.getCell(r, c);
      cells.set(cellAddress(r - 1, c - 1), { value: cell.value, style: JSON.stringify(cell.style ?? {}) });
    }
  }
  const merges = [...((ws.model as unknown as { merges: string[] }).merges ?? [])].sort();
  const widths = (ws.columns ?? []).map((col) => col.width);
  return { cells, merges, widths };
}

async function load(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function report(file: string, ...more: string[]) {
  const io = capture();
  const code = await run(['report', file, '--date', '2024-06-30', '--unit', '清河县交通运输局', '--json', ...more], io.io);
  return { code, json: JSON.parse(io.out.join('\n')), text: io.text() };
}

/** Fills `file`, then checks both annexes: answers where expected, everything else as before. */
async function expectFilledInPlace(file: string, expectedAnswers: (sheet: string) => Readonly<Record<string, string>>) {
  const before = await load(file);
  const snaps = new Map(['附件1', '附件2'].map((name) => [name, snapshot(before.getWorksheet(name)!)]));
  const { code, json } = await report(file);
  expect(code).toBe(0);
  const after = await load(file);
  for (const [name, old] of snaps) {
    const now = snapshot(after.getWorksheet(name)!);
    const answers = new Map<string, string>(
      (json.cells as Array<{ sheet: string; address: string; key: string }>).filter((c) => c.sheet === name).map((c) => [c.address, c.key]),
    );
    // An answer merged over several cells (单位名称 B3:C3) is one answer: its other cells show its value.
    for (const range of old.merges) {
      const [master, end] = range.split(':');
      if (!answers.has(master)) continue;
      const a = parseAddress(master), b = parseAddress(end);
      for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) answers.set(cellAddress(r, c), answers.get(master)!);
    }
    // Answers stand where the labels say, not where the drawn layout put them.
    const expected = expectedAnswers(name);
    const written = new Map((json.cells as Array<{ sheet: string; address: string; key: string }>).filter((c) => c.sheet === name).map((c) => [c.key, c.address]));
    for (const [key, address] of Object.entries(expected)) expect([name, key, written.get(key)]).toEqual([name, key, address]);
    expect(now.merges).toEqual(old.merges);
    expect(now.widths).toEqual(old.widths);
    let unchanged = 0;
    for (const [address, state] of old.cells) {
      if (answers.has(address)) continue;
      expect([name, address, now.cells.get(address)]).toEqual([name, address, state]);
      unchanged++;
    }
    expect(unchanged).toBeGreaterThan(60);
  }
  return { json, after };
}

const shift = (address: string, fromRow: number, by: number) => {
  const { row, col } = parseAddress(address);
  return row + 1 >= fromRow ? cellAddress(row + by, col) : address;
};

/** The layout with `by` blank rows inserted before Excel row `fromRow`, merges and heights moved along. */
function withBlankRows(spec: LayoutSheetSpec, fromRow: number, by: number): LayoutSheetSpec {
  return {
    ...spec,
    cells: spec.cells.map((cell) => ({ ...cell, address: shift(cell.address, fromRow, by) })),
    merges: spec.merges.map((range) => range.split(':').map((a) => shift(a, fromRow, by)).join(':')),
    rowHeights: undefined,
    columnWidths: spec.columnWidths?.map((w, i) => (i === 1 ? w + 10 : w)),
  };
}

/** Two statistic rows swapped by the clerk: their labels trade places, the answers must follow. */
function withRowsSwapped(spec: LayoutSheetSpec, a: string, b: string): LayoutSheetSpec {
  const value = (address: string) => spec.cells.find((c) => c.address === address)!.value;
  const [va, vb] = [value(a), value(b)];
  return { ...spec, cells: spec.cells.map((c) => (c.address === a ? { ...c, value: vb } : c.address === b ? { ...c, value: va } : c)) };
}

function answersOf(layout: ReportLayout, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, layout.answers[key]]));
}

describe('ssj report fills 附件1 and 附件2 in place (SPEC §5)', () => {
  test('the layout as ssj init draws it: answers at the drawn answer cells, all else unchanged', async () => {
    const file = await writeBook('init.xlsx', [ANNEX1.spec, ANNEX2.spec]);
    const { after } = await expectFilledInPlace(file, (sheet) =>
      sheet === '附件1' ? answersOf(ANNEX1, ['all.total.count', 'market.joint.problems', 'unit', 'filledOn']) : answersOf(ANNEX2, ['meetings', 'system', 'unit']));
    expect(after.getWorksheet('附件1')!.getCell(ANNEX1.answers['all.total.count']).value).toBe(4);
    expect(after.getWorksheet('报表图表')!.getCell('C7').value).toBe(2);
  });

  test('rows moved, blank rows added and a column widened: answers follow their labels', async () => {
    // 附件1: two blank rows above the table, 部门内部 and 部门联合 of the first group swapped;
    // 附件2: a blank row before section 二.
    const annex1 = withRowsSwapped(withBlankRows(ANNEX1.spec, 4, 2), 'C9', 'C10');
    const annex2 = withBlankRows(ANNEX2.spec, 8, 1);
    const file = await writeBook('moved.xlsx', [annex1, annex2]);
    const { after } = await expectFilledInPlace(file, (sheet): Record<string, string> =>
      sheet === '附件1'
        ? { 'all.total.count': 'D8', 'all.joint.count': 'D9', 'all.internal.count': 'D10', 'other.all.drawn': 'E16', unit: 'B3' }
        : { meetings: 'E5', 'draw.documents': 'E10', system: 'E15' });
    const ws = after.getWorksheet('附件1')!;
    expect([ws.getCell('C9').value, ws.getCell('D9').value]).toEqual(['部门联合', 2]);
    expect([ws.getCell('C10').value, ws.getCell('D10').value]).toEqual(['部门内部', 2]);
    expect(ws.getCell('E10').value).toBe(3);
  });

  test('a label missing from an edited layout is named and nothing is written', async () => {
    const spec = { ...ANNEX1.spec, cells: ANNEX1.spec.cells.filter((c) => c.address !== 'C13') };
    const file = await writeBook('missing.xlsx', [spec, ANNEX2.spec]);
    const bytes = readFileSync(file);
    const { code, json } = await report(file);
    expect(code).toBe(1);
    expect(json.problems).toEqual([expect.objectContaining({ code: 'report.labelsMissing', sheet: '附件1', message: expect.stringContaining('“部门联合”') })]);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a workbook without 附件1 and 附件2 gets them in the plan\'s layout, then filled', async () => {
    const file = await writeBook('bare.xlsx', []);
    const { code, json, text } = await report(file);
    expect(code).toBe(0);
    expect(json.created).toEqual(['附件1', '附件2', '报表图表']);
    expect(text).toContain('已按方案格式新建');
    const wb = await load(file);
    const ws = wb.getWorksheet('附件1')!;
    expect(ws.getCell('A1').value).toBe(ANNEX1.spec.cells[0].value);
    expect(ws.getCell(ANNEX1.answers['all.joint.drawn']).value).toBe(5);
  });

  test('filling twice gives the same workbook values (answers rewritten, nothing appended)', async () => {
    const file = await writeBook('twice.xlsx', [ANNEX1.spec, ANNEX2.spec]);
    await report(file);
    const first = snapshot((await load(file)).getWorksheet('附件1')!);
    await report(file);
    const second = snapshot((await load(file)).getWorksheet('附件1')!);
    expect([...second.cells]).toEqual([...first.cells]);
  });

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
  (soffice ? test : test.skip)('the filled workbook opens in LibreOffice Calc (headless), answers intact', async () => {
    const file = await writeBook('calc.xlsx', [ANNEX1.spec, ANNEX2.spec]);
    expect((await report(file)).code).toBe(0);
    // The second fill writes the cells in place (the first created 报表图表): Calc must read that too.
    expect((await report(file)).code).toBe(0);
    const out = path.join(dir, 'calc-out');
    execFileSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`,
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, file],
    { stdio: 'pipe', timeout: 120_000 });
    const csv = readFileSync(path.join(out, 'calc-附件1.csv'), 'utf8');
    expect(csv).toContain('部门联合,2,5,3,2');
  }, 180_000);
  if (!soffice) console.log('LibreOffice (soffice) is not installed: the Calc check is skipped');
});
