// SPEC §3.8: seed material nobody can grind. The same digits however written give one seed; a
// character that could make look-alike digits differ is refused, named by its code point.
import {
  drawingInstant, isCanonicalNumbers, parseSource, publicNumbersMaterial, seedFromMaterial, sourceText, witnessDigits,
} from '../../../src/core/draw/material';
import { UserFacingError } from '../../../src/core/messages/problem';
import { sha256 } from './helpers';

function refusal(run: () => unknown): UserFacingError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(UserFacingError);
    return e as UserFacingError;
  }
  throw new Error('not refused');
}

const DIGITS = '31792046558190234417';
const VARIANTS = [
  '3179 2046 5581 9023 4417',
  '3179-2046-5581-9023-4417',
  '3179,2046,5581,9023,4417',
  '3179、2046、5581、9023、4417。',
  '(3179) 2046; 5581: 9023. 4417/',
  '３１７９　２０４６　５５８１　９０２３　４４１７',
  '3179\t2046\n5581\r\n9023\u000b4417\u000c',
  ' 31792046558190234417 ',
  '3179－2046，5581；9023：4417', // full-width separators fold to ASCII under NFKC
];

describe('SPEC §3.8 witness digits', () => {
  test.each(VARIANTS)('punctuation and white-space variant %j gives the same material', (typed) => {
    expect(witnessDigits(typed)).toBe(DIGITS);
  });

  test('so every variant gives the same seed', async () => {
    const seeds = await Promise.all(VARIANTS.map((v) => seedFromMaterial('联033', 1, witnessDigits(v))));
    expect(new Set(seeds).size).toBe(1);
    expect(seeds[0]).toBe(sha256(JSON.stringify(['ssj-seed/2', '联033', 1, DIGITS])));
    expect(seeds[0]).toBe(sha256(`["ssj-seed/2","联033",1,"${DIGITS}"]`));
  });

  test.each([
    ['a zero-width space', '3179\u200b2046 5581 9023 4417', 'U+200B', 5],
    ['a right-to-left override', '\u202e3179 2046 5581 9023 4417', 'U+202E', 1],
    ['a byte order mark inside', '3179 2046\ufeff5581 9023 4417', 'U+FEFF', 10],
    ['a letter', '3179 2046 5581 9023 4417 O', 'U+004F', 26],
    ['an Arabic-Indic digit ٣', '3179 2046 5581 9023 441٣', 'U+0663', 24],
    ['a full-width letter', '3179 2046 5581 9023 4417 Ａ', 'U+FF21', 26],
    ['a control character', '3179 2046 5581\u0001 9023 4417', 'U+0001', 15],
    ['a left-to-right mark', '3179 2046 5581 9023 4417\u200e', 'U+200E', 25],
    ['a plus sign', '+3179 2046 5581 9023 4417', 'U+002B', 1],
  ])('%s is refused, naming its code point and position', (_, typed, code, position) => {
    const failure = refusal(() => witnessDigits(typed));
    expect(failure.problems).toHaveLength(1);
    expect(failure.problems[0].code).toBe('draw.material-character');
    expect(failure.problems[0].message).toContain(`第 ${position} 个字符是 ${code}`);
  });

  test('fewer than 20 digits are refused; separators do not count', () => {
    const failure = refusal(() => witnessDigits('3179-2046-5581-9023-441'));
    expect(failure.problems[0].message).toContain('至少需要 20 位数字，当前只有 19 位');
  });
});

describe('SPEC §3.8 public numbers', () => {
  const KL8 = { count: 20, width: 2 };
  const SORTED = '05 12 17 23 31 38 40 44 47 52 55 58 61 63 66 69 71 74 77 80';
  const DRAW_ORDER = '80 05 77 12 74 17 71 23 69 31 66 38 63 40 61 44 58 47 55 52';

  test('numbers in draw order or sorted give the same material: sorted, zero-padded, concatenated', () => {
    const material = SORTED.replace(/ /g, '');
    expect(publicNumbersMaterial(SORTED, KL8)).toBe(material);
    expect(publicNumbersMaterial(DRAW_ORDER, KL8)).toBe(material);
    expect(publicNumbersMaterial(DRAW_ORDER.replace(/ /g, ','), KL8)).toBe(material);
    expect(publicNumbersMaterial(SORTED.replace(/ /g, ''), KL8)).toBe(material);
    expect(publicNumbersMaterial(DRAW_ORDER.replace(/0(\d)/g, '$1'), KL8)).toBe(material);
    expect(isCanonicalNumbers(material, KL8)).toBe(true);
    expect(isCanonicalNumbers(DRAW_ORDER.replace(/ /g, ''), KL8)).toBe(false);
  });

  test('a drawing may repeat a number (3×1)', () => {
    expect(publicNumbersMaterial('7 3 3', { count: 3, width: 1 })).toBe('337');
    expect(publicNumbersMaterial('733', { count: 3, width: 1 })).toBe('337');
  });

  test('the wrong count, a number wider than the form, or a foreign character is refused', () => {
    expect(refusal(() => publicNumbersMaterial('05 12 17', KL8)).problems[0].code).toBe('draw.numbers-count');
    expect(refusal(() => publicNumbersMaterial(`${SORTED} 81`, KL8)).problems[0].code).toBe('draw.numbers-count');
    expect(refusal(() => publicNumbersMaterial('5 123', { count: 2, width: 2 })).problems[0].code).toBe('draw.number-too-wide');
    const hidden = refusal(() => publicNumbersMaterial(`05\u200b12 17`, { count: 3, width: 2 }));
    expect(hidden.problems[0].message).toContain('第 3 个字符是 U+200B');
  });
});

describe('SPEC §3.8 公告 source 名称|期号|开奖时间|count×width', () => {
  test('is read into its fixed form', () => {
    const source = parseSource(' 中国福利彩票快乐8 | 2024150 | 2024-6-5 21:30 | 20x2 ');
    expect(source).toEqual({ name: '中国福利彩票快乐8', issue: '2024150', time: '2024-06-05 21:30', count: 20, width: 2 });
    expect(sourceText(source)).toBe('中国福利彩票快乐8|2024150|2024-06-05 21:30|20×2');
    expect(sourceText(parseSource(sourceText(source)))).toBe(sourceText(source));
  });

  test('开奖时间 is China time (UTC+08:00)', () => {
    expect(drawingInstant('2024-06-05 21:30')!.toISOString()).toBe('2024-06-05T13:30:00.000Z');
    expect(drawingInstant('2024-02-30 21:30')).toBeNull();
    expect(drawingInstant('2024-06-05 24:00')).toBeNull();
  });

  test.each([
    ['three parts', '快乐8|2024150|2024-06-05 21:30', 'announce.source-shape'],
    ['no issue', '快乐8||2024-06-05 21:30|20×2', 'announce.source-empty'],
    ['a bad time', '快乐8|2024150|6月5日|20×2', 'announce.source-time'],
    ['a bad form', '快乐8|2024150|2024-06-05 21:30|二十个', 'announce.source-form'],
    ['a hidden character', '快乐\u200b8|2024150|2024-06-05 21:30|20×2', 'announce.source-invisible'],
  ])('%s is refused', (_, text, code) => {
    expect(refusal(() => parseSource(text)).problems[0].code).toBe(code);
  });
});
