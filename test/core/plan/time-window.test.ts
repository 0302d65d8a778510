import { parseTimeWindow } from '../../../src/core/plan/time-window';
import { isoToSerial } from '../../../src/core/dates';

describe('抽查时间 → first and last day', () => {
  test.each([
    ['2024年6月至10月', '2024-06-01', '2024-10-31'],
    ['2024年3月至9月', '2024-03-01', '2024-09-30'],
    ['2024年6月至2024年10月', '2024-06-01', '2024-10-31'],
    ['2024.6-2024.10', '2024-06-01', '2024-10-31'],
    ['2024-06-01至2024-10-31', '2024-06-01', '2024-10-31'],
    ['2024年\n6月至\n10 月', '2024-06-01', '2024-10-31'],
    ['2024年\n3月至\n9月', '2024-03-01', '2024-09-30'],
    ['２０２４年６月至１０月', '2024-06-01', '2024-10-31'],
    ['2024年6月1日至2024年6月15日', '2024-06-01', '2024-06-15'],
    ['2024/6/1~2024/10/31', '2024-06-01', '2024-10-31'],
    ['2024.6-10', '2024-06-01', '2024-10-31'],
    ['2024年2月至2月', '2024-02-01', '2024-02-29'],
    ['2024年11月至3月', '2024-11-01', '2025-03-31'],
    ['2024年6月', '2024-06-01', '2024-06-30'],
    ['2024年', '2024-01-01', '2024-12-31'],
    ['2024-06-01', '2024-06-01', '2024-06-01'],
    ['自2024年6月到10月底', '2024-06-01', '2024-10-31'],
  ])('%j', (text, start, end) => {
    expect(parseTimeWindow(text)).toEqual({ start, end });
  });

  test('two Excel dates (a header merged over start and end columns)', () => {
    expect(parseTimeWindow(isoToSerial('2024-06-01'), isoToSerial('2024-10-31'))).toEqual({ start: '2024-06-01', end: '2024-10-31' });
    expect(parseTimeWindow('2024年6月', '2024年10月')).toEqual({ start: '2024-06-01', end: '2024-10-31' });
  });

  test('one Excel date is a one-day window; a blank second cell is ignored', () => {
    expect(parseTimeWindow(isoToSerial('2024-06-05'), '')).toEqual({ start: '2024-06-05', end: '2024-06-05' });
    expect(parseTimeWindow('2024年6月至10月', null)).toEqual({ start: '2024-06-01', end: '2024-10-31' });
  });

  test.each([
    ['6月至10月'],
    ['2024年13月'],
    ['2024年10月至2024年6月'],
    ['2024年2月30日'],
    ['明年上半年'],
    ['2024'],
    [''],
  ])('%j is unreadable', (text) => {
    expect(parseTimeWindow(text)).toBeNull();
  });

  test('an end before the start between two dates is unreadable', () => {
    expect(parseTimeWindow(isoToSerial('2024-10-31'), isoToSerial('2024-06-01'))).toBeNull();
    expect(parseTimeWindow(null)).toBeNull();
  });
});
