import { parseGradeRatios } from '../../../src/core/plan/grade-ratios';

describe('信用分级比例', () => {
  test('reads grade:ratio pairs joined by semicolons', () => {
    expect(parseGradeRatios('A:5%;B:10%;C:30%;D:100%')).toEqual({ A: 500, B: 1000, C: 3000, D: 10000 });
  });

  test('accepts full-width colons, semicolons and letters, spaces and line breaks', () => {
    expect(parseGradeRatios('Ａ：5％；Ｂ：10％')).toEqual({ A: 500, B: 1000 });
    expect(parseGradeRatios('A : 5 %\nC: 不低于30%')).toEqual({ A: 500, C: 3000 });
    expect(parseGradeRatios('a级:0.05, d=1')).toEqual({ A: 500, D: 10000 });
  });

  test.each([
    ['E:5%'],
    ['未分级:5%'],
    ['A:5%;A:10%'],
    ['A:五成'],
    ['A5%'],
    ['A:150%'],
    [''],
  ])('%j is unreadable', (text) => {
    expect(parseGradeRatios(text)).toBeNull();
  });
});
