// freshCopies feeds the draw its 对象编号 (stratify, snapshot replay): the copies must be the very
// same strings, whatever they hold, or a draw would change.
import fc from 'fast-check';
import { freshCopies } from '../../src/core/text';

const unit = fc.constantFrom('A', '0', '"', '\\', '\t', '\n', '\u0000', '\u007f', 'é', '中', '\ud83d', '\ude00', '😀', '\ud800', '\udfff', '\u2028');

describe('freshCopies', () => {
  test('returns the same strings, lone surrogates, quotes and control characters included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 12 }), { maxLength: 20 }), (values) => {
        const copies = freshCopies(values);
        expect(copies).not.toBe(values);
        expect(copies).toEqual(values);
        copies.forEach((copy, i) => expect(copy === values[i]).toBe(true));
      }),
      { numRuns: 2000 },
    );
  });
});
