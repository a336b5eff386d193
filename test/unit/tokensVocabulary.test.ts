/**
 * The diff's token vocabulary (anchoring/tokens.ts): which characters make words, which
 * separate them, and that interning gives equal ids exactly to equal tokens, also past the
 * size where its table grows.
 */
import * as assert from 'assert';
import { isWordChar, TokenVocabulary } from '../../src/core/anchoring/tokens';

describe('anchoring token vocabulary', () => {
  it('counts ASCII letters, digits and underscore as word characters, at the ranges\' ends', () => {
    for (const ch of '09AZaz_') assert.strictEqual(isWordChar(ch.charCodeAt(0)), true, ch);
    for (const ch of '/:@[`{ -.') assert.strictEqual(isWordChar(ch.charCodeAt(0)), false, ch);
  });

  it('counts the whole Arabic block as word characters except its punctuation', () => {
    // U+0600 (number sign) is no letter for Unicode but belongs to the number it precedes.
    for (const c of [0x0600, 0x0627, 0x064e, 0x0660, 0x06f0, 0x06ff]) assert.strictEqual(isWordChar(c), true, c.toString(16));
    for (const ch of '،؛؟٪٫٬۔؍؞') assert.strictEqual(isWordChar(ch.charCodeAt(0)), false, ch);
  });

  it('never counts a lone surrogate as a word character', () => {
    for (const c of [0xd800, 0xd83d, 0xdbff, 0xdc00, 0xdfff]) assert.strictEqual(isWordChar(c), false, c.toString(16));
  });

  it('separates words by tabs and other whitespace, not by control characters', () => {
    const v = new TokenVocabulary();
    assert.strictEqual(v.tokenize('قال\tالمتحدث\u000bأمس').count, 3);
    assert.strictEqual(v.tokenize('قال\u0001أمس').count, 3);
    assert.strictEqual(v.tokenize('قال\u0008أمس').count, 3);
  });

  it('keeps an astral character whole, whatever its surrogates', () => {
    const v = new TokenVocabulary();
    for (const s of ['\u{10000}', '\u{1F600}', '\u{10FC00}']) {
      const t = v.tokenize(`قال ${s} أمس`);
      assert.strictEqual(t.count, 3, s);
      assert.deepStrictEqual([t.start[1], t.end[1]], [4, 6], s);
    }
    const lone = v.tokenize('قال \ud83d');
    assert.deepStrictEqual([lone.count, lone.nEnd[1], lone.end[1]], [2, 5, 5]);
  });

  it('trims its arrays to the token count and marks a line break before the first token', () => {
    const t = new TokenVocabulary().tokenize('\nقال المتحدث\nأمس');
    assert.strictEqual(t.count, 3);
    for (const a of [t.ids, t.nStart, t.nEnd, t.start, t.end, t.lineStart]) assert.strictEqual(a.length, 3);
    assert.deepStrictEqual(Array.from(t.lineStart), [1, 0, 1]);
  });

  it('gives equal ids exactly to equal tokens past 70,000 distinct ones', () => {
    const v = new TokenVocabulary();
    // Same-length words that differ in their letters: only their characters tell them apart.
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const words: string[] = [];
    for (let i = 0; words.length < 70_000; i++) {
      let w = '';
      for (let n = i, k = 0; k < 4; k++, n = Math.floor(n / letters.length)) w += letters[n % letters.length];
      words.push(w);
    }
    const first = v.tokenize(words.join(' '));
    assert.strictEqual(v.size, words.length);
    assert.strictEqual(new Set(first.ids).size, words.length);
    const again = v.tokenize(words.slice().reverse().join(' '));
    assert.strictEqual(v.size, words.length);
    assert.deepStrictEqual(Array.from(again.ids).reverse(), Array.from(first.ids));
  });

  it('separates words by every kind of white space: line and paragraph separators, CR, form feed, ideographic and typographic spaces', () => {
    const v = new TokenVocabulary();
    const seps = ['\u2028', '\u2029', '\r', '\f', '\u3000', '\u2000', '\u200a'];
    const t = v.tokenize(['أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح'].map((w, k) => w + (seps[k] ?? '')).join(''));
    assert.strictEqual(t.count, 8);
  });

  it('counts letters beyond the Arabic block and below the surrogates\u2019 range as word characters', () => {
    // A fullwidth Latin letter and an Arabic presentation form, both above U+DFFF.
    for (const c of [0xff21, 0xfef5, 0xfb50]) assert.strictEqual(isWordChar(c), true, c.toString(16));
  });

  it('keeps a lone low surrogate apart from the letter after it', () => {
    const t = new TokenVocabulary().tokenize('قال \udc00x');
    assert.strictEqual(t.count, 3);
    assert.deepStrictEqual([t.nStart[1], t.nEnd[1], t.nStart[2]], [4, 5, 5]);
  });

  it('tells apart two words whose hashes are equal, and a word from a longer one that shares its table slot', () => {
    // Found by search: equal 32-bit hashes for two five-letter words, and a three-letter
    // word whose hash agrees in its low 16 bits (the table's first slot) with a four-letter
    // word that begins with it.
    const v = new TokenVocabulary();
    const t = v.tokenize('اتغدو ادجبذ ادعو ادع اتغدو ادع');
    assert.strictEqual(v.size, 4);
    assert.deepStrictEqual(Array.from(t.ids), [0, 1, 2, 3, 0, 3]);
  });

  it('ends each word of an expanded ligature at the ligature\u2019s end, and the last word past the marks that close the text', () => {
    // ﷺ normalises to four words, all cut from the one character at offset 4.
    const t = new TokenVocabulary().tokenize('قال ﷺ');
    assert.strictEqual(t.count, 5);
    assert.deepStrictEqual([Array.from(t.start.slice(1)), Array.from(t.end.slice(1))], [[4, 4, 4, 4], [5, 5, 5, 5]]);
    const marked = new TokenVocabulary().tokenize('قالَ');
    assert.deepStrictEqual([marked.count, marked.nEnd[0], marked.end[0]], [1, 3, 4]);
  });
});
