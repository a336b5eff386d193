/**
 * Code point offsets at the edges of the surrogate ranges: the characters just outside
 * them are single units, a pair is one code point only when a high surrogate is followed
 * by a low one, and lone surrogates (which an editor buffer can hold) count as one each.
 * `Array.from` is the reference: it splits a string into code points the same way.
 */
import * as assert from 'assert';
import { CodePointIndex, codePointLength } from '../../src/core/text/offsets';

const CASES: [string, string][] = [
  ['just below the surrogates', 'قال \ud7ff ب'],
  ['just above them', 'قال \ue000 ب'],
  ['the lowest astral character', 'أ\ud800\udc00ب'],
  ['the highest astral character', 'أ\udbff\udfffب'],
  ['a high surrogate before a letter', 'أ\ud800ب'],
  ['a high surrogate at the end', 'أب\udbff'],
  ['a low surrogate alone', 'أ\udc00ب'],
  ['a low then a high surrogate', 'أ\udfff\ud800ب'],
  ['a high surrogate before the start of a pair', 'أ\udbff\udbff\udfffب'],
  ['two emoji and a flag', 'خبر 📰 عاجل 🇮🇶 اليوم 😀'],
];

describe('code point offsets at the surrogate edges', () => {
  for (const [name, text] of CASES) {
    it(`agree with Array.from for ${name}`, () => {
      const points = Array.from(text);
      const index = CodePointIndex.of(text);
      assert.strictEqual(codePointLength(text), points.length);
      assert.strictEqual(index.length, points.length);
      assert.strictEqual(index.isBmpOnly, points.length === text.length);
      let u = 0;
      points.forEach((p, cp) => {
        assert.strictEqual(index.toUtf16(cp), u, `toUtf16(${cp})`);
        assert.strictEqual(index.fromUtf16(u), cp, `fromUtf16(${u})`);
        if (p.length === 2) assert.strictEqual(index.fromUtf16(u + 1), cp, 'inside a pair rounds down');
        u += p.length;
      });
      assert.strictEqual(index.toUtf16(points.length), text.length);
      assert.strictEqual(index.fromUtf16(text.length), points.length);
    });
  }

  it('clamps offsets outside the text', () => {
    const text = 'أ😀ب';
    const index = CodePointIndex.of(text);
    assert.deepStrictEqual([index.toUtf16(-2), index.toUtf16(3), index.toUtf16(9)], [0, 4, 4]);
    assert.deepStrictEqual([index.fromUtf16(-2), index.fromUtf16(4), index.fromUtf16(9)], [0, 3, 3]);
  });
});
