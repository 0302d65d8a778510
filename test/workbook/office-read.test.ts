import { UserFacingError } from '../../src/core/messages/problem';
import { OfficeWorkbook } from '../../src/workbook/office';
import { BUDGET, MB, describeOnHosts, expectSameRows, heavyTest, officeOn, registryRows, syncAllowance } from './office-fixtures';

const OBJECTS = '检查对象名录库';

describeOnHosts('OfficeWorkbook.readSheets', (host) => {
  test('reads 100 rows × 10 columns from A1 in one probe and one read, empty cells as null', async () => {
    const { fake, workbook } = officeOn();
    const rows = registryRows(100);
    fake.addSheet(OBJECTS, rows);
    const result = await workbook.readSheets([OBJECTS]);
    expect(result.get(OBJECTS)).toEqual(rows);
    expect(result.get(OBJECTS)?.[1][0]).toBe('000001');
    expect(fake.syncs).toBe(2);
    expect(fake.largestResponse).toBeLessThanOrEqual(BUDGET);
  });

  heavyTest(host)('reads 100,000 rows × 10 columns exactly, within 2 syncs per 10,000 rows and 4 MB a response', async () => {
    const { fake, workbook } = officeOn();
    const rows = registryRows(100_000);
    fake.addSheet(OBJECTS, rows);
    const result = await workbook.readSheets([OBJECTS]);
    expectSameRows(result.get(OBJECTS), rows);
    expect(fake.syncs).toBeLessThanOrEqual(syncAllowance(1, 100_000));
    expect(fake.rejectedSyncs).toBe(0);
    expect(fake.largestResponse).toBeLessThanOrEqual(BUDGET);
    console.log(
      `read 100,000 × 10: ${fake.syncs} syncs, largest response ${(fake.largestResponse / MB).toFixed(2)} MB`,
    );
  });

  test('several small sheets are read in the same sync', async () => {
    const { fake, workbook } = officeOn();
    fake.addSheet('甲', registryRows(50));
    fake.addSheet('乙', registryRows(60));
    fake.addSheet('丙', registryRows(70));
    const result = await workbook.readSheets(['甲', '乙', '丙']);
    expect([...result.keys()]).toEqual(['甲', '乙', '丙']);
    expect(result.get('丙')).toHaveLength(71);
    expect(fake.syncs).toBe(2);
  });

  test('a used range that starts at C3 comes back padded from A1', async () => {
    const { fake, workbook } = officeOn();
    fake.addSheet('部门名录').put([['部门名称', '别名'], ['交通运输局', '交通局']], 2, 2);
    const values = (await workbook.readSheets(['部门名录'])).get('部门名录');
    expect(values).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, '部门名称', '别名'],
      [null, null, '交通运输局', '交通局'],
    ]);
  });

  test('a missing sheet is absent from the result and an empty sheet reads as no rows', async () => {
    const { fake, workbook } = officeOn();
    fake.addSheet('回避关系');
    const result = await workbook.readSheets(['回避关系', '节假日']);
    expect(result.get('回避关系')).toEqual([]);
    expect(result.has('节假日')).toBe(false);
    expect(fake.syncs).toBe(1);
  });

  test('a host that refuses calls chained on a missing worksheet still gets an answer', async () => {
    const { fake, workbook } = officeOn({ nullChaining: 'throw' });
    fake.addSheet(OBJECTS, registryRows(10));
    const result = await workbook.readSheets([OBJECTS, '节假日']);
    expect(result.get(OBJECTS)).toEqual(registryRows(10));
    expect(result.has('节假日')).toBe(false);
    expect(fake.syncs).toBe(4); // refused probe, existence, bounds, values
  });

  test('a response over the host limit is read again in smaller slices', async () => {
    const { fake, workbook } = officeOn({ payloadLimit: 1 * MB });
    const rows = registryRows(20_000);
    fake.addSheet(OBJECTS, rows);
    const result = await workbook.readSheets([OBJECTS]);
    expectSameRows(result.get(OBJECTS), rows);
    expect(fake.rejectedSyncs).toBeGreaterThan(0);
    expect(fake.largestResponse).toBeLessThanOrEqual(1 * MB);
  });

  test('progress counts rows up to the total', async () => {
    const { fake, workbook } = officeOn();
    fake.addSheet(OBJECTS, registryRows(30_000));
    const calls: Array<[number, number]> = [];
    await workbook.readSheets([OBJECTS], (done, total) => calls.push([done, total]));
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.at(-1)).toEqual([30_001, 30_001]);
    expect(calls.every(([done, total], i) => done <= total && (i === 0 || done > calls[i - 1][0]))).toBe(true);
  });

  test('lists sheet names in workbook order', async () => {
    const { fake, workbook } = officeOn();
    fake.addSheet('说明');
    fake.addSheet(OBJECTS);
    expect(await workbook.listSheets()).toEqual(['说明', OBJECTS]);
  });

  test('without Office.js the module loads and a call says so in Chinese', async () => {
    const workbook = new OfficeWorkbook();
    const failure = await workbook.listSheets().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as UserFacingError).problems[0].code).toBe('office.not-loaded');
  });
});
