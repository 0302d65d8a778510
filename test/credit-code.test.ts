import { creditCodeFault, withCheckChar, creditCodeCheckChar } from '../src/core/credit-code';

test('accepts published 统一社会信用代码 with a correct check character', () => {
  // Codes printed on public business licences.
  expect(creditCodeFault('91350100M000100Y43')).toBeNull();
  expect(creditCodeFault('91110000600037341L')).toBeNull();
});

test('rejects a wrong check character, a wrong length and letters outside the alphabet', () => {
  expect(creditCodeFault('91350100M000100Y44')).toBe('checkDigit');
  expect(creditCodeFault('91350100M000100Y4')).toBe('length');
  expect(creditCodeFault('91350100M000100I43')).toBe('characters');
});

test('completes a prefix with its check character', () => {
  const code = withCheckChar('91130534MA0ABCDE1');
  expect(code).toHaveLength(18);
  expect(creditCodeFault(code)).toBeNull();
  expect(creditCodeCheckChar('9113053OMA0ABCDE1')).toBeNull();
});
