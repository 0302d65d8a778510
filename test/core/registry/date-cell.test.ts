import { parseDateCell, isoToSerial } from '../../../src/core/dates';

describe('parseDateCell', () => {
  test.each([
    ['2025-12-31'], ['2025/12/31'], ['2025.12.31'], ['2025年12月31日'], ['２０２５年１２月３１日'], [' 2025-12-31 '],
    ['20251231'], ['2025-12-31 00:00:00'], ['2025 年 12 月 31 日'],
  ])('%j is 2025-12-31', (text) => {
    expect(parseDateCell(text)).toBe('2025-12-31');
  });

  test('Excel serial numbers, with or without a time of day', () => {
    expect(parseDateCell(isoToSerial('2025-12-31'))).toBe('2025-12-31');
    expect(parseDateCell(isoToSerial('2025-12-31') + 0.75)).toBe('2025-12-31');
  });

  test('an 8-digit number is read as YYYYMMDD', () => {
    expect(parseDateCell(20251231)).toBe('2025-12-31');
  });

  test.each([['2025-02-30'], ['2025-13-01'], ['长期'], [''], ['12/31/2025'], ['2025']])('%j is unreadable', (text) => {
    expect(parseDateCell(text)).toBeNull();
  });

  test('non-dates are unreadable', () => {
    expect(parseDateCell(null)).toBeNull();
    expect(parseDateCell(true)).toBeNull();
    expect(parseDateCell(0)).toBeNull();
    expect(parseDateCell(-3)).toBeNull();
    expect(parseDateCell(99999999)).toBeNull();
  });
});
