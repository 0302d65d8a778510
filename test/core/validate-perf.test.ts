// Scale: 100,000 objects and 2,000 inspectors parse without a problem or a stack overflow. Speed is
// the bench's to measure (npm run bench prints validate beside ExcelJS's streaming read), not a test's:
// a time bound here failed on a loaded machine without telling anything about the code.
import { parseWorkbook } from '../../src/core/validate';
import { bigSheets, OBJECT_COUNT, INSPECTOR_COUNT } from './fixtures/big';
import { validSheets } from './fixtures/workbook';

test('parses 100,000 objects and 2,000 inspectors without noise', () => {
  const sheets = bigSheets();
  parseWorkbook(validSheets()); // warm up the code paths
  const started = performance.now();
  const { data, problems } = parseWorkbook(sheets);
  const elapsed = performance.now() - started;
  console.log(`parseWorkbook: ${OBJECT_COUNT} objects, ${INSPECTOR_COUNT} inspectors in ${elapsed.toFixed(0)} ms`);
  expect(problems).toEqual([]);
  expect(data.objects).toHaveLength(OBJECT_COUNT + 10);
  expect(data.inspectors).toHaveLength(INSPECTOR_COUNT + 8);
});
