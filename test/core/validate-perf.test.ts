// Scale: 100,000 objects and 2,000 inspectors. The goal is validation well under ~0.6 s (a quarter
// of ExcelJS's streaming load of such a file); the bound below is loose because the test machine is shared.
import { parseWorkbook } from '../../src/core/validate';
import { bigSheets, OBJECT_COUNT, INSPECTOR_COUNT } from './fixtures/big';
import { validSheets } from './fixtures/workbook';

test('parses 100,000 objects and 2,000 inspectors quickly and without noise', () => {
  const sheets = bigSheets();
  parseWorkbook(validSheets()); // warm up the code paths
  const started = performance.now();
  const { data, problems } = parseWorkbook(sheets);
  const elapsed = performance.now() - started;
  console.log(`parseWorkbook: ${OBJECT_COUNT} objects, ${INSPECTOR_COUNT} inspectors in ${elapsed.toFixed(0)} ms`);
  expect(problems).toEqual([]);
  expect(data.objects).toHaveLength(OBJECT_COUNT + 10);
  expect(data.inspectors).toHaveLength(INSPECTOR_COUNT + 8);
  expect(elapsed).toBeLessThan(3000);
});
