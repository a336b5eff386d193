// Line numbers and folding for the corpus views: what "line N" shows for a file that is not
// open, and what a filter query is compared with.
import * as assert from 'assert';
import { fold } from '../../src/core/corpus/fold';
import { linesOf } from '../../src/core/corpus/lines';

describe('line numbers of code point offsets, at the edges', () => {
  it('gives every offset its line whatever the order, repeats included', () => {
    const text = 'سطر\nثان\nثالث';
    assert.deepStrictEqual(linesOf(text, [8, 0, 4, 3, 4, 7, 12]), [2, 0, 1, 0, 1, 1, 2]);
  });

  it('puts an offset at or past the end on the last line, a trailing break opening a new one', () => {
    assert.deepStrictEqual(linesOf('أ\nب\n', [3, 4, 99]), [1, 2, 2]);
    assert.deepStrictEqual(linesOf('أ\r', [2]), [1], 'a CR at the very end ends its line');
    assert.deepStrictEqual(linesOf('', [0, 5]), [0, 0]);
    assert.deepStrictEqual(linesOf('abc', []), []);
  });

  it('counts an emoji as one code point before and after a line break', () => {
    const text = '😀😀\n😀x\ny';
    assert.deepStrictEqual(linesOf(text, [1, 2, 3, 4, 5, 6]), [0, 0, 1, 1, 1, 2]);
  });

  it('counts any astral character as one code point, and a BMP character above the surrogates as one', () => {
    // U+10000 and U+10FFFD: surrogates at the ends of their ranges; U+FDFA: above them.
    assert.deepStrictEqual(linesOf('\u{10000}\n\u{10FFFD}\nﷺ\nx', [2, 4, 6]), [1, 2, 3]);
  });

  it('counts a line separator as no break (only LF and CR start lines)', () => {
    assert.deepStrictEqual(linesOf('a\u2028b\u0085c', [4]), [0]);
  });
});

describe('folding for the corpus views', () => {
  it('drops diacritics, folds teh marbuta, collapses and trims white space, and ignores Latin case', () => {
    // ة is folded to ه as the actor matcher folds it, so the Actors view groups what suggestions match.
    assert.strictEqual(fold('  الدّولةُ \n\t ترفض  '), 'الدوله ترفض');
    assert.strictEqual(fold('الدولة'), fold('الدوله'));
    assert.strictEqual(fold('Lloyd  AUSTIN'), 'lloyd austin');
    assert.strictEqual(fold(' \u00a0 '), '');
  });
});
