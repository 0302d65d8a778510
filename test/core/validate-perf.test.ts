// Scale: 100,000 objects and 2,000 inspectors. The goal is validation well under ~0.6 s (a quarter
// of ExcelJS's streaming load of such a file); the bound below is loose because the test machine is shared.
import { parseWorkbook } from '../../src/core/validate';
import { withCheckChar } from '../../src/core/credit-code';
import { isoToSerial } from '../../src/core/dates';
import { validSheets } from './fixtures/workbook';

const OBJECT_COUNT = 100_000;
const INSPECTOR_COUNT = 2_000;
const TYPES = ['企业', '个体工商户', '农民专业合作社', '工程项目', '其他'];
const GRADES = ['A', 'B', 'C', 'D', ''];

export function bigSheets(): ReturnType<typeof validSheets> {
  const sheets = validSheets();
  const objects = sheets.get('检查对象名录库')!;
  for (let i = 0; i < OBJECT_COUNT; i++) {
    const type = TYPES[i % 5];
    const serial = String(i).padStart(9, '0');
    const id = i % 5 < 3 ? withCheckChar(`9${1 + (i % 3)}130534${serial}`) : `GC-${serial}`;
    objects.push([id, `清河县第${i}号经营主体有限公司`, type, '道路货运', '城关镇', '运输管理站', GRADES[i % 5], i % 50 === 0 ? '注销' : '存续',
      i % 2 ? '道路运输经营主体' : '在建地方道路大中修工程、其他']);
  }
  const inspectors = sheets.get('执法检查人员名录库')!;
  for (let i = 0; i < INSPECTOR_COUNT; i++) {
    inspectors.push([`P${String(i).padStart(5, '0')}`, `执法员${i}`, i % 2 ? '交通运输局' : '市场监管局', '运输管理站', '执法人员',
      `1305340${i}`, isoToSerial('2026-12-31'), '道路运输', i % 10 ? '在岗' : '休假', i % 100 ? '' : String(objects[i + 20][0]), '']);
  }
  // Through JSON, as strings come out of a parser: flat, not the concatenations built above.
  return new Map(JSON.parse(JSON.stringify([...sheets])));
}

if (typeof test === "function") test('parses 100,000 objects and 2,000 inspectors quickly and without noise', () => {
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
