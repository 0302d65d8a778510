// Utf8Lines writes the bytes the draw hashes (SPEC §3.6 lines) without building the joined string:
// they must be exactly TextEncoder's bytes of lines.join("\n") with fields joined by "\t".
import fc from 'fast-check';
import { sha256OfBytes, Utf8Lines } from '../../../src/core/hash';
import { sha256 } from './helpers';

const unit = fc.constantFrom(
  'A', 'z', '0', '-', ' ', '~', '\u007f', '\u0080', 'é', '中', '未', 'Ａ', '\uffff', '\ue000',
  '\t', '\n', '\u0001', '\u001f', '\ud83d', '\ude00', '😀', '\ud800', '\udfff',
);
const field = fc.string({ unit, maxLength: 8 });
const lineArb = fc.record({ first: field, rest: fc.array(field, { maxLength: 3 }) });

function written(lines: Array<{ first: string; rest: string[] }>): Uint8Array {
  const out = new Utf8Lines();
  for (const { first, rest } of lines) {
    out.startLine(first);
    for (const text of rest) out.appendField(text);
  }
  return out.bytes();
}

const joined = (lines: Array<{ first: string; rest: string[] }>): string =>
  lines.map(({ first, rest }) => [first, ...rest].join('\t')).join('\n');

describe('Utf8Lines', () => {
  test('writes TextEncoder\'s bytes of the joined text, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 20 }), (lines) => {
        expect(Buffer.from(written(lines))).toEqual(Buffer.from(new TextEncoder().encode(joined(lines))));
      }),
      { numRuns: 2000 },
    );
  });

  test('grows past its first buffer: 200,000 lines hash as their joined text does', async () => {
    const lines: string[] = [];
    const out = new Utf8Lines();
    for (let i = 0; i < 200_000; i++) {
      const id = `91130${String((i * 7919) % 10_000_000).padStart(12, '0')}${i % 3 === 0 ? '中' : 'X'}`;
      lines.push(`${id}\t未分级`);
      out.startLine(id);
      out.appendField('未分级');
    }
    expect(await sha256OfBytes(out.bytes())).toBe(sha256(lines.join('\n')));
  });

  test('no lines give the empty text', async () => {
    expect(new Utf8Lines().bytes().length).toBe(0);
    expect(await sha256OfBytes(new Utf8Lines().bytes())).toBe(sha256(''));
  });
});
