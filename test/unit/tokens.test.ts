import * as assert from 'assert';
import * as fc from 'fast-check';
import { sentences, tokenize, type Token } from '../../src/core/text/tokens';
import { seedArticle } from './support/fixtures';

const texts = (text: string, cuts: number[] = []) => tokenize(text, cuts).map((t) => t.text);

/** Code point offset of `needle` in `text`. */
const cpAt = (text: string, needle: string) => Array.from(text.slice(0, text.indexOf(needle))).length;

describe('tokens for the token-based formats', () => {
  it('splits a number from the letters written against it', () => {
    assert.deepStrictEqual(texts('عام 1445هـ و2024م'), ['عام', '1445', 'هـ', 'و', '2024', 'م']);
  });

  it('keeps punctuation and quotes as tokens of their own', () => {
    assert.deepStrictEqual(texts('الرسمية «واع».'), ['الرسمية', '«', 'واع', '»', '.']);
    assert.deepStrictEqual(texts('قال: نعم، لا؛ لماذا؟ (هنا)'), ['قال', ':', 'نعم', '،', 'لا', '؛', 'لماذا', '؟', '(', 'هنا', ')']);
  });

  it('splits a range and a date into their parts', () => {
    assert.deepStrictEqual(texts('في 7-8 أغسطس'), ['في', '7', '-', '8', 'أغسطس']);
    assert.deepStrictEqual(texts('11 فبراير/شباط 2024'), ['11', 'فبراير', '/', 'شباط', '2024']);
  });

  it('keeps a number with its decimal and thousands separators', () => {
    assert.deepStrictEqual(texts('3.5 و1,000 و٣٫٥'), ['3.5', 'و', '1,000', 'و', '٣٫٥']);
  });

  it('keeps a clitic with its word unless a span boundary falls inside', () => {
    const text = 'في وبغداد اليوم';
    assert.deepStrictEqual(texts(text), ['في', 'وبغداد', 'اليوم']);
    const at = cpAt(text, 'بغداد');
    const tokens = tokenize(text, [at, at + 5]);
    assert.deepStrictEqual(tokens.map((t) => [t.text, t.start, t.end]), [['في', 0, 2], ['و', 3, 4], ['بغداد', 4, 9], ['اليوم', 10, 15]]);
  });

  it('keeps diacritics with their letters, also when a cut falls before a mark', () => {
    const text = 'الاجتماعاتُ إنّ';
    assert.deepStrictEqual(texts(text), ['الاجتماعاتُ', 'إنّ']);
    // A cut between ت and its damma moves past the damma.
    const cut = Array.from('الاجتماعات').length;
    assert.deepStrictEqual(texts(text, [cut]), ['الاجتماعاتُ', 'إنّ']);
    assert.deepStrictEqual(texts(text, [cut - 1]), ['الاجتماعا', 'تُ', 'إنّ']);
  });

  it('keeps ZWNJ and ZWJ inside the word they join', () => {
    assert.deepStrictEqual(texts('می\u200cخواهم نه'), ['می\u200cخواهم', 'نه']);
    assert.deepStrictEqual(texts('ل\u200dا نعم'), ['ل\u200dا', 'نعم']);
  });

  it('reads Latin words, contractions and URLs', () => {
    assert.deepStrictEqual(texts("Lloyd Austin's statement"), ['Lloyd', "Austin's", 'statement']);
    assert.deepStrictEqual(texts('انظر https://example.com/a?b=1&c=٢. ثم www.ina.iq،'), ['انظر', 'https://example.com/a?b=1&c=٢', '.', 'ثم', 'www.ina.iq', '،']);
  });

  it('counts offsets in code points, with an emoji as one token', () => {
    const text = 'قال 😀 👨‍👩‍👧 اليوم';
    const tokens = tokenize(text);
    assert.deepStrictEqual(tokens.map((t) => t.text), ['قال', '😀', '👨‍👩‍👧', 'اليوم']);
    assert.deepStrictEqual(tokens.map((t) => t.start), [0, 4, 6, 12]);
  });

  it('takes no white space of any kind into a token', () => {
    assert.deepStrictEqual(texts('أ\u00a0ب\r\nج\tد\u2003هـ'), ['أ', 'ب', 'ج', 'د', 'هـ']);
  });

  describe('sentences', () => {
    const split = (text: string, spans: { start: number; end: number }[] = []) =>
      sentences(text, tokenize(text), spans).map((s) => s.map((t) => t.text).join(' '));

    it('end after . ! ? ؟ ۔ when white space follows, and at line breaks', () => {
      assert.deepStrictEqual(split('قال ذلك. ثم مضى! هل عاد؟ نعم\r\nسطر آخر'), ['قال ذلك .', 'ثم مضى !', 'هل عاد ؟', 'نعم', 'سطر آخر']);
    });

    it('keep a closing quote with the sentence it closes, and a decimal point inside', () => {
      assert.deepStrictEqual(split('قال «انتهى.» ثم 3.5 مرات.'), ['قال « انتهى . »', 'ثم 3.5 مرات .']);
    });

    it('never end inside an exported span', () => {
      const text = 'قال ذلك. ثم مضى';
      const span = { start: cpAt(text, 'ذلك'), end: cpAt(text, 'مضى') };
      assert.deepStrictEqual(split(text, [span]), ['قال ذلك . ثم مضى']);
    });
  });

  it('splits the seed article without losing a character', () => {
    const text = seedArticle();
    checkCover(text, tokenize(text));
  });

  it('never overlaps, covers every non-space character once, and keeps marks with their base (property)', () => {
    const alphabet = ['ب', 'غ', 'د', 'ا', 'ل', 'ـ', '\u064e', '\u0651', '\u0670', '1', '٢', '.', '،', '«', '»', '-', '/', ' ', '\n', '\r\n', '\u00a0', '😀', '👍🏽', '\u200c', '\u200d', 'a', 'Z', "'", '?', '؟', 'http://x.y/z '];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(80), { maxLength: 6 }), (t, rawCuts) => {
        const length = Array.from(t).length;
        const cuts = rawCuts.map((c) => c % (length + 1));
        const tokens = tokenize(t, cuts);
        checkCover(t, tokens);
        for (const group of sentences(t, tokens)) assert.ok(group.length > 0);
        assert.strictEqual(sentences(t, tokens).flat().length, tokens.length);
      }),
      { numRuns: 400, seed: 8 },
    );
  });
});

/** The invariants every tokenisation keeps. */
function checkCover(text: string, tokens: readonly Token[]): void {
  const chars = Array.from(text);
  const covered = new Array<number>(chars.length).fill(0);
  let prevEnd = 0;
  for (const t of tokens) {
    assert.ok(t.start >= prevEnd && t.end > t.start, `token ${JSON.stringify(t)} overlaps or is empty`);
    assert.strictEqual(chars.slice(t.start, t.end).join(''), t.text);
    for (let i = t.start; i < t.end; i++) covered[i]!++;
    // A combining mark never starts a token unless it sits on white space (or starts the text).
    if (/\p{M}/u.test(chars[t.start]!) && t.start > 0) assert.ok(/\s/u.test(chars[t.start - 1]!), `mark split from its base at ${t.start}`);
    prevEnd = t.end;
  }
  chars.forEach((c, i) => assert.strictEqual(covered[i], /\s/u.test(c) ? 0 : 1, `character ${i} (${JSON.stringify(c)})`));
}
