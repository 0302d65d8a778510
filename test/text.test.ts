import { headerKey, splitList, columnLetter, cellAddress, parseAddress, normalizeText } from '../src/core/text';
import { serialToIso, isoToSerial } from '../src/core/dates';

test('headers match after NFKC with all white space removed', () => {
  expect(headerKey('抽查计\n划编号')).toBe('抽查计划编号');
  expect(headerKey(' 对象　编号 ')).toBe('对象编号');
});

test('list cells split on every separator the spec names', () => {
  expect(splitList('a,b，c;d；e、f\ng\r\nh')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  expect(splitList('  ')).toEqual([]);
});

test('full-width letters and digits normalise to ASCII', () => {
  expect(normalizeText('９１１３０５Ａ')).toBe('911305A');
});

test('addresses round-trip through column letters', () => {
  expect(columnLetter(0)).toBe('A');
  expect(columnLetter(25)).toBe('Z');
  expect(columnLetter(26)).toBe('AA');
  expect(cellAddress(16, 0)).toBe('A17');
  expect(parseAddress('AB12')).toEqual({ row: 11, col: 27 });
});

test('Excel serial dates map to ISO dates', () => {
  expect(serialToIso(45292)).toBe('2024-01-01');
  expect(isoToSerial('2024-10-31')).toBe(45596);
  expect(serialToIso(45596.75)).toBe('2024-10-31');
});
