// The validate use case behind `ssj validate`: which sheets it reads, how problems are ordered, the counts.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { error, warning } from '../../src/core/messages/problem';
import { SHEETS } from '../../src/core/schema';
import { createTemplate } from '../../src/usecases/init';
import { sortProblems, validateWorkbook } from '../../src/usecases/validate';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile, XlsxFileReader } from '../../src/workbook/xlsx-file';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ssj-validate-uc-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sampleBook(): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.create();
  await createTemplate(book, { sample: true });
  return book;
}

describe('validateWorkbook', () => {
  it('reads a registry sheet whose name has other white space (as the parser accepts it)', async () => {
    const file = path.join(dir, 'renamed.xlsx');
    await saveXlsxFile(await sampleBook(), file);
    const wb = new Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet(SHEETS.objects)!.name = '检查对象　名录库';
    await wb.xlsx.writeFile(file);

    const report = await validateWorkbook(new XlsxFileReader(file), undefined, { today: '2024-06-01' });
    expect(report.errors).toBe(0);
    expect(report.counts.objects).toBeGreaterThan(100);
  });

  it('gives the same report through the streaming reader and the in-memory adapter', async () => {
    const book = await sampleBook();
    const file = path.join(dir, 'same.xlsx');
    await saveXlsxFile(book, file);
    const options = { today: '2024-06-01' };
    const streamed = await validateWorkbook(new XlsxFileReader(file), undefined, options);
    const inMemory = await validateWorkbook(book, undefined, options);
    expect(streamed).toEqual(inMemory);
  });

  it('counts inspectors available on a date: on duty, and 执法人员 only with a valid certificate', async () => {
    const book = await sampleBook();
    const early = await validateWorkbook(book, undefined, { today: '2024-01-01' });
    const late = await validateWorkbook(book, undefined, { today: '2099-01-01' });
    expect(early.counts.inspectors).toBe(late.counts.inspectors);
    expect(early.counts.eligibleInspectors).toBeGreaterThan(late.counts.eligibleInspectors);
    expect(early.counts.eligibleInspectors).toBeLessThanOrEqual(early.counts.inspectors);
  });

  it('reports progress while reading', async () => {
    const book = await sampleBook();
    const seen: string[] = [];
    await validateWorkbook(book, (_done, _total, label) => seen.push(label ?? ''));
    expect(seen).toContain(SHEETS.objects);
  });
});

describe('sortProblems', () => {
  it('orders workbook-wide problems first, then by sheet in workbook order, row, column; ties keep their order', () => {
    const problems = [
      error('a', '计划 B3', '计划', 'B3'),
      warning('b', '对象 A10', '对象', 'A10'),
      error('c', '对象 B2', '对象', 'B2'),
      error('d', '工作簿', undefined, undefined),
      error('e', '不在工作簿中的表', '缺失表'),
      error('f', '对象 A2', '对象', 'A2'),
      error('g', '计划 整表', '计划'),
      warning('h', '对象 A2 第二条', '对象', 'A2'),
      error('i', '对象 AA1', '对象', 'AA1'),
    ];
    expect(sortProblems(problems, ['计划', '对象']).map((p) => p.code)).toEqual(['d', 'g', 'a', 'i', 'f', 'h', 'c', 'b', 'e']);
  });
});
