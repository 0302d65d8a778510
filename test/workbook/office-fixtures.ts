// Shared inputs of the Office adapter tests: registries of any size and an adapter wired to the fake.
import type { CellValue } from '../../src/core/text';
import { OfficeWorkbook, type OfficeWorkbookOptions } from '../../src/workbook/office';
import { FakeExcel, HOSTS, SUPPORTED_HOSTS, type FakeExcelOptions, type FakeHostProfile } from '../fakes/excel-fake';

export const MB = 1024 * 1024;
export const BUDGET = 4 * MB;

export const REGISTRY_HEADER = [
  '对象编号',
  '统一社会信用代码',
  '对象名称',
  '对象类型',
  '行业类别',
  '所属区域',
  '信用风险等级',
  '经营状态',
  '登记日期',
  '分类标签',
];
const TYPES = ['企业', '个体工商户', '农民专业合作社', '工程项目', '其他'];
const GRADES = ['A', 'B', 'C', 'D', null];

/** Header plus `count` rows × 10 columns: zero-padded IDs, 18-digit codes, Chinese text, serial dates, blanks. */
export function registryRows(count: number): CellValue[][] {
  const rows: CellValue[][] = [REGISTRY_HEADER];
  for (let i = 0; i < count; i++) {
    rows.push([
      String(i + 1).padStart(6, '0'),
      `91130${String(i).padStart(13, '0')}`,
      `清河县第${i + 1}号运输有限公司`,
      TYPES[i % 5],
      i % 7 === 0 ? null : '道路运输',
      '清河县',
      GRADES[i % 5],
      '存续',
      44927 + (i % 700),
      i % 3 === 0 ? '危险货物,客运' : null,
    ]);
  }
  return rows;
}

/** The host officeOn simulates: set per block by describeOnHosts; Microsoft 365 desktop otherwise. */
export const hostUnderTest: { current: FakeHostProfile } = { current: HOSTS.m365 };

/** The block once per supported host (Office 2019 … Microsoft 365, the web), officeOn simulating it. */
export function describeOnHosts(title: string, body: (host: FakeHostProfile) => void): void {
  describe.each(SUPPORTED_HOSTS.map((host) => [host.id, host] as const))(`${title}, on %s`, (_id, host) => {
    beforeAll(() => {
      hostUnderTest.current = host;
    });
    afterAll(() => {
      hostUnderTest.current = HOSTS.m365;
    });
    body(host);
  });
}

/** Tests of 100,000 rows run on the two ends only (Office 2019 and Microsoft 365), to keep the suite quick. */
export function heavyTest(host: FakeHostProfile): typeof test | typeof test.skip {
  return host.id === HOSTS.office2019.id || host.id === HOSTS.m365.id ? test : test.skip;
}

/** The adapter on a fake Excel; the adapter asks the fake's host which requirement sets it has. */
export function officeOn(
  fakeOptions: FakeExcelOptions = {},
  options: OfficeWorkbookOptions = {},
): { fake: FakeExcel; workbook: OfficeWorkbook } {
  const fake = new FakeExcel({ host: hostUnderTest.current, ...fakeOptions });
  return { fake, workbook: new OfficeWorkbook(fake.run, { supports: fake.supports, ...options }) };
}

/** At most 2 syncs per 10,000 rows, plus a constant under 10 (issue 4). */
export function syncAllowance(constant: number, rows: number): number {
  return constant + 2 * Math.ceil(rows / 10_000);
}

/** Cell-by-cell equality (strict, null ≠ undefined) that stays fast on a million cells. */
export function expectSameRows(actual: readonly CellValue[][] | undefined, expected: readonly CellValue[][]): void {
  expect(actual).toBeDefined();
  expect(actual!.length).toBe(expected.length);
  const differs = (a: readonly CellValue[] | undefined, b: readonly CellValue[]) =>
    !a || a.length !== b.length || b.some((value, col) => a[col] !== value);
  const row = expected.findIndex((values, index) => differs(actual![index], values));
  if (row >= 0) expect({ row, values: actual![row] }).toEqual({ row, values: expected[row] });
}
