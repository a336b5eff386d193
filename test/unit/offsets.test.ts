import * as assert from 'assert';
import * as fc from 'fast-check';
import { CodePointIndex, codePointLength, sliceCodePoints, stripBom } from '../../src/core/text/offsets';
import { seedArticle } from './support/fixtures';

describe('code point offsets', () => {
  it('coincide with UTF-16 offsets in Arabic text with combining marks and CRLF', () => {
    const text = 'قالَ المتحدثُ\r\nإنّ الاجتماعات';
    const index = CodePointIndex.of(text);
    assert.strictEqual(index.length, text.length);
    assert.ok(index.isBmpOnly);
    for (let i = 0; i <= text.length; i++) {
      assert.strictEqual(index.toUtf16(i), i);
      assert.strictEqual(index.fromUtf16(i), i);
    }
  });

  it('count an emoji as one code point and two UTF-16 units', () => {
    const text = 'أ😀ب🇮🇶ج';
    const index = CodePointIndex.of(text);
    // أ 😀 ب 🇮 🇶 ج: a flag is two regional-indicator code points.
    assert.strictEqual(index.length, 6);
    assert.strictEqual(index.utf16Length, 9);
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6].map((cp) => index.toUtf16(cp)), [0, 1, 3, 4, 6, 8, 9]);
    assert.strictEqual(index.fromUtf16(3), 2);
    assert.strictEqual(sliceCodePoints(text, 2, 3), 'ب');
    assert.strictEqual(sliceCodePoints(text, 1, 2), '😀');
  });

  it('round down a UTF-16 offset that falls inside a surrogate pair', () => {
    const index = CodePointIndex.of('a😀b');
    assert.strictEqual(index.fromUtf16(2), 1);
    assert.strictEqual(index.fromUtf16(3), 2);
  });

  it('clamp offsets outside the text', () => {
    const index = CodePointIndex.of('ab😀');
    assert.strictEqual(index.toUtf16(-3), 0);
    assert.strictEqual(index.toUtf16(99), 4);
    assert.strictEqual(index.fromUtf16(99), 3);
  });

  it('strip a BOM, which offsets never count', () => {
    assert.strictEqual(stripBom('\ufeffنص'), 'نص');
    assert.strictEqual(stripBom('نص'), 'نص');
  });

  it('agree with Array.from (Python slicing) on the seed article and on random text', () => {
    const seed = seedArticle();
    assert.strictEqual(CodePointIndex.of(seed).length, Array.from(seed).length);
    const char = fc.constantFrom('ا', 'ب', 'ّ', 'َ', '\r', '\n', ' ', '😀', '👍🏽', 'a', '\u200f', '𝕏');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }).map((a) => a.join('')), fc.nat(), fc.nat(), (text, x, y) => {
        const cps = Array.from(text);
        const index = CodePointIndex.of(text);
        assert.strictEqual(index.length, cps.length);
        assert.strictEqual(codePointLength(text), cps.length);
        const s = Math.min(x, y) % (cps.length + 1);
        const e = Math.max(s, Math.max(x, y) % (cps.length + 1));
        assert.strictEqual(sliceCodePoints(text, s, e, index), cps.slice(s, e).join(''));
        const u = index.toUtf16(s);
        assert.strictEqual(index.fromUtf16(u), s);
        assert.strictEqual(text.slice(0, u), cps.slice(0, s).join(''));
      }),
    );
  });
});
