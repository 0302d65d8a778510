import { parseRatio } from '../../../src/core/plan/ratio';

describe('抽查比例 → basis points', () => {
  test.each([
    ['不低于10%', 1000],
    ['10%', 1000],
    ['10 %', 1000],
    ['0.1', 1000],
    ['不低于 5%', 500],
    ['不低\n于\n10%', 1000],
    ['不低\n于5%', 500],
    ['１０％', 1000],
    ['不低于１０％', 1000],
    ['100%', 10000],
    ['0.3%', 30],
    ['12.5%', 1250],
    ['5‰', 50],
    ['不少于20%', 2000],
    ['1', 10000],
  ])('%j is %d bp', (text, bp) => {
    expect(parseRatio(text)).toBe(bp);
  });

  test('minimums round up: a fractional basis point becomes the next whole one', () => {
    expect(parseRatio('不低于 0.125%')).toBe(13);
    expect(parseRatio('0.00001')).toBe(1);
  });

  test('a number cell is a fraction (Excel stores 10% as 0.1), read without float error', () => {
    expect(parseRatio(0.1)).toBe(1000);
    expect(parseRatio(0.07)).toBe(700);
    expect(parseRatio(0.003)).toBe(30);
    expect(parseRatio(1)).toBe(10000);
  });

  test.each([['十个百分点'], ['10'], ['abc'], ['不低于'], ['%'], ['10%%'], [''], ['-5%']])('%j is unreadable', (text) => {
    expect(parseRatio(text)).toBeNull();
  });

  test('a bare number above 1 is refused rather than guessed', () => {
    expect(parseRatio(10)).toBeNull();
    expect(parseRatio(null)).toBeNull();
    expect(parseRatio(true)).toBeNull();
  });
});
