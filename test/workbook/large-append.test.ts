// More rows than V8 passes as arguments to one call (~120,000): `Math.max(...rows)` made ssj draw crash at
// 200,000 objects (issue 16). The in-place writer appends 300,000 rows, and void and verify answer on a
// 抽查结果 of that size, on real .xlsx bytes; narrow rows keep it to seconds. (The min/max over a voided
// draw's result rows is src/core/arrays.ts's, tested at this size in test/lint.)
import { readFileSync, writeFileSync } from 'fs';
import { drawTask, verifyWorkbook, voidDraw } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { applyInPlace } from '../../src/workbook/xlsx-append';
import { XlsxAppendingFile, XlsxFileReader } from '../../src/workbook/xlsx-file';
import { worksheetParts, XlsxPackage } from '../../src/workbook/xlsx-package';
import { smallBookFiles } from '../fixtures/small-book-files';
import { drawRequest } from '../usecases/helpers';

const ROWS = 300_000;
const books = smallBookFiles('ssj-large-append-');

function tailOf(bytes: Uint8Array, sheet: string): string {
  const pkg = XlsxPackage.open(bytes);
  return pkg.tail(worksheetParts(pkg).get(sheet.toLowerCase())!, 4096).text;
}

test('the in-place writer appends 300,000 rows to a narrow sheet, its table growing over them', async () => {
  const book = XlsxWorkbook.create();
  await book.apply([{ kind: 'createTableSheet', spec: { name: '名单', columns: [{ header: '编号', format: 'text' }] } }]);
  const rows = Array.from({ length: ROWS }, (_, i) => [`X${i + 1}`]);
  const bytes = await applyInPlace(await book.toBuffer(), [{ kind: 'appendRows', sheet: '名单', rows, formats: ['text'] }]);
  expect(tailOf(bytes, '名单')).toContain(`<row r="${ROWS + 1}"><c r="A${ROWS + 1}" s="1" t="inlineStr"><is><t>X${ROWS}</t></is></c></row>`);
  const pkg = XlsxPackage.open(bytes);
  const table = pkg.parts().find((part) => /^xl\/tables\/.+\.xml$/.test(part))!;
  expect(pkg.text(table)).toContain(`ref="A1:A${ROWS + 1}"`);
}, 60_000);

test('void and verify answer on a 抽查结果 of 300,000 rows: the rows added after the draw are named, nothing crashes', async () => {
  const file = books.copy('large-results.xlsx');
  const drawing = await XlsxAppendingFile.open(file);
  expect((await drawTask(drawing, drawRequest())).ok).toBe(true);
  await drawing.save(file);
  // Rows naming the draw, its task, a 序号 and an object: 300,010 rows of 联033-1 where the log holds 10.
  const extra = Array.from({ length: ROWS }, (_, i) => ['联033-1', '联033', null, 1000 + i, `X${i}`]);
  const formats = ['text', 'text', 'text', 'integer', 'text'] as const;
  writeFileSync(file, await applyInPlace(readFileSync(file), [{ kind: 'appendRows', sheet: SHEETS.results, rows: extra, formats: [...formats] }]));

  const voiding = await XlsxAppendingFile.open(file);
  const voided = await voidDraw(voiding, { drawId: '联033-1', operator: '张三', reason: '测试大表', now: () => new Date('2024-06-03T02:00:00Z') });
  expect(voided.ok).toBe(false);
  expect(voided.problems.find((p) => p.code === 'draw.results-altered')?.message).toContain(`${ROWS + 10} 行`);

  const report = await verifyWorkbook(new XlsxFileReader(file));
  expect(report.ok).toBe(false);
  const problems = [...report.problems, ...report.lines.flatMap((line) => line.problems)];
  expect(problems.some((p) => p.sheet === SHEETS.results && p.severity === 'error')).toBe(true);
}, 180_000);
