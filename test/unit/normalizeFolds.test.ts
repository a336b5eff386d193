import * as assert from 'assert';
import * as fc from 'fast-check';
import { normalizeForMatching } from '../../src/core/text/normalize';

type Normalize = typeof normalizeForMatching;

/**
 * normalizeForMatching from a fresh load of its module. The module builds its fold table on
 * first use and keeps it for the process; the tests of the table's rules build it afresh, so
 * they check the table itself whatever ran before them (a mutation tool that switches code at
 * run time, too, then sees the table built with its change).
 */
function freshNormalize(): Normalize {
  const path = require.resolve('../../src/core/text/normalize');
  delete require.cache[path];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path) as { normalizeForMatching: Normalize }).normalizeForMatching;
}

let normalize: Normalize = normalizeForMatching;
const fold = (s: string, tehMarbuta = false) => normalize(s, { tehMarbuta }).text;
const fresh = (body: () => void) => () => {
  normalize = freshNormalize();
  body();
};
const chars = (...codes: number[]) => String.fromCharCode(...codes);
const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('normalisation folds every listed spelling variant, and nothing next to it', () => {
  it('folds hamza carriers, alef maksura, Farsi yeh and keheh', fresh(() => {
    assert.strictEqual(fold(chars(0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673)), 'اااااا');
    assert.strictEqual(fold('ىی'), 'يي');
    assert.strictEqual(fold('ؤئ'), 'ءء');
    assert.strictEqual(fold('ک'), 'ك');
  }));

  it('folds teh marbuta only when asked', fresh(() => {
    assert.strictEqual(fold('مدينة'), 'مدينة');
    assert.strictEqual(fold('مدينة', true), 'مدينه');
  }));

  it('reads all ten digits of both Arabic-Indic sets as ASCII digits', fresh(() => {
    assert.strictEqual(fold('٠١٢٣٤٥٦٧٨٩'), '0123456789');
    assert.strictEqual(fold('۰۱۲۳۴۵۶۷۸۹'), '0123456789');
    // The letters right after each digit block are letters, not digits.
    assert.strictEqual(fold(chars(0x066a, 0x06fa)), '%ۺ');
  }));

  it('reads Arabic punctuation and no-break spaces as their Latin counterparts', fresh(() => {
    assert.strictEqual(fold('،٬؛؟٪٫۔'), ',,;?%..');
    assert.strictEqual(fold('a\u00a0b\u202fc'), 'a b c');
  }));

  it('drops every diacritic, Quranic mark, tatweel and invisible format character', fresh(() => {
    const dropped = [
      ...span(0x0610, 0x061a), ...span(0x064b, 0x065f), 0x0670,
      ...span(0x06d6, 0x06dc), ...span(0x06df, 0x06e4), 0x06e7, 0x06e8, ...span(0x06ea, 0x06ed),
      0x0640, 0x061c, ...span(0x200b, 0x200f), ...span(0x202a, 0x202e), ...span(0x2066, 0x2069), 0xfeff,
    ];
    for (const c of dropped) assert.strictEqual(fold(`ب${chars(c)}ت`), 'بت', c.toString(16));
  }));

  it('keeps the characters just outside each dropped block', fresh(() => {
    for (const c of [0x060f, 0x0669, 0x06d5, 0x06dd, 0x06de, 0x06e5, 0x06e6, 0x06e9, 0x06ee, 0x200a, 0x2010, 0x2029, 0x2065, 0x206a]) {
      assert.strictEqual(fold(`ب${chars(c)}ت`).length, 3, c.toString(16));
    }
  }));
});

describe('normalisation of presentation forms from old PDFs', () => {
  it('reads isolated and ligature forms as the letters they show, folded', fresh(() => {
    // Alef with hamza (isolated form), lam-alef, lam-alef with hamza, the Allah ligature.
    assert.strictEqual(fold('\ufe83'), 'ا');
    assert.strictEqual(fold('\ufefb\ufef7'), 'لالا');
    assert.strictEqual(fold('\ufdf2'), 'الله');
    assert.strictEqual(fold('\ufb50'), 'ا');
    assert.strictEqual(fold('\ufdfc'), 'ريال');
  }));

  it('drops an isolated haraka form, which has nothing to match', fresh(() => {
    assert.strictEqual(fold('ب\ufe70\ufe76ت'), 'بت');
  }));

  it('keeps a presentation form that has no decomposition', fresh(() => {
    assert.strictEqual(fold('\ufdfd'), '\ufdfd');
  }));

  it('maps every letter of a ligature back to the ligature', fresh(() => {
    const text = 'قال \ufdfa ثم';
    const n = normalize(text);
    assert.strictEqual(n.text, 'قال صلي الله عليه وسلم ثم');
    const at = text.indexOf('\ufdfa');
    const start = n.text.indexOf('صلي');
    for (let k = start; k < start + 18; k++) assert.strictEqual(n.toOriginal[k], at);
    assert.deepStrictEqual(n.originalRange(start + 4, start + 8), { start: at, end: at + 1 });
    assert.strictEqual(n.toOriginal[start + 18], at + 1);
  }));

  it('gives the same result for a text of many ligatures as for each character alone', fresh(() => {
    // Expansions make the folded text longer than the original: the buffers must grow.
    const pieces = fc.constantFrom('\ufdfa', '\ufdf2', '\ufefb', 'ب', 'ً', ' ', '٣', '😀', '\ufe70');
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const n = normalize(text);
        let expected = '';
        const origins: number[] = [];
        for (let i = 0; i < text.length; i++) {
          const one = normalize(text[i]!).text;
          expected += one;
          for (let k = 0; k < one.length; k++) origins.push(i);
        }
        assert.strictEqual(n.text, expected);
        assert.deepStrictEqual(Array.from(n.toOriginal), origins);
        assert.strictEqual(n.originalLength, text.length);
      }),
      { numRuns: 150 },
    );
  }));

  it('folds a text longer than one decoding chunk whole', fresh(() => {
    const text = 'أ'.repeat(20_000) + 'ى';
    const n = normalize(text);
    assert.strictEqual(n.text, 'ا'.repeat(20_000) + 'ي');
    assert.strictEqual(n.toOriginal.length, 20_001);
  }));
});

describe('original ranges behind normalised ranges', () => {
  const text = 'قالَ الوزيرُ 😀';
  const n = normalizeForMatching(text);

  it('places an empty range where its position falls, or at the end of the original', () => {
    assert.deepStrictEqual(n.originalRange(2, 2), { start: 2, end: 2 });
    assert.deepStrictEqual(n.originalRange(4, 4), { start: 5, end: 5 });
    assert.deepStrictEqual(n.originalRange(5, 3), { start: 6, end: 6 });
    assert.deepStrictEqual(n.originalRange(n.text.length, n.text.length), { start: text.length, end: text.length });
  });

  it('ends a range on a letter before the next letter, after its own marks', () => {
    assert.deepStrictEqual(n.originalRange(0, 2), { start: 0, end: 2 });
    assert.deepStrictEqual(n.originalRange(0, 3), { start: 0, end: 4 });
    const wazir = n.text.indexOf('الوزير');
    assert.deepStrictEqual(n.originalRange(wazir, wazir + 6), { start: 5, end: 12 });
  });

  it('takes an emoji whole, and stops at the end of a text ending in a lone high surrogate', () => {
    const e = n.text.indexOf('😀');
    assert.deepStrictEqual(n.originalRange(e, e + 1), { start: text.indexOf('😀'), end: text.length });
    assert.deepStrictEqual(n.originalRange(e, e + 2), { start: text.indexOf('😀'), end: text.length });
    const cut = normalizeForMatching('ab\ud83d');
    assert.deepStrictEqual(cut.originalRange(1, 3), { start: 1, end: 3 });
  });
});
