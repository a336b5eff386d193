import * as assert from 'assert';
import fc from 'fast-check';
import { clusterEnd, clusterStart, normalizeForMatching } from '../../src/core/text/normalize';
import { newsArticles } from '../corpus/newsCorpus';

const fold = (s: string, tehMarbuta = false) => normalizeForMatching(s, { tehMarbuta }).text;

/** The original text a normalised match of `query` in `text` covers (first match). */
function matchIn(text: string, query: string): string | undefined {
  const n = normalizeForMatching(text);
  const q = fold(query);
  const at = n.text.indexOf(q);
  if (at < 0) return undefined;
  const r = n.originalRange(at, at + q.length);
  return text.slice(r.start, r.end);
}

describe('normalisation for matching', () => {
  it('folds alef forms, alef maksura, hamza on any carrier and keheh', () => {
    assert.strictEqual(fold('أإآٱ'), 'اااا');
    assert.strictEqual(fold('مصطفى'), 'مصطفي');
    assert.strictEqual(fold('مسؤول'), 'مسءول');
    assert.strictEqual(fold('مسئول'), 'مسءول');
    assert.strictEqual(fold('شؤون'), fold('شئون'));
    assert.strictEqual(fold('کتاب'), 'كتاب');
    assert.strictEqual(fold('ی'), 'ي');
  });

  it('folds teh marbuta only when asked', () => {
    assert.strictEqual(fold('مدينة'), 'مدينة');
    assert.strictEqual(fold('مدينة', true), 'مدينه');
  });

  it('removes diacritics, Quranic marks, tatweel and invisible format characters', () => {
    assert.strictEqual(fold('الدَّوْلَةُ'), 'الدولة');
    assert.strictEqual(fold('كتابٌ ورسالةً'), 'كتاب ورسالة');
    assert.strictEqual(fold('هٰذا'), 'هذا');
    assert.strictEqual(fold('الرحيمِۖ'), 'الرحيم');
    // The honorific ligature is a presentation form: it reads as the words it stands for.
    assert.strictEqual(fold('صلى ﷺ'), 'صلي صلي الله عليه وسلم');
    assert.strictEqual(fold('مـــصـر'), 'مصر');
    assert.strictEqual(fold('\u200fبغداد\u200e\u061c\u200d\u200c\ufeff\u2067x\u2069'), 'بغدادx');
  });

  it('maps digits of the three scripts and Arabic punctuation to ASCII', () => {
    assert.strictEqual(fold('٠١٢٣٤٥٦٧٨٩'), '0123456789');
    assert.strictEqual(fold('۰۱۲۳۴۵۶۷۸۹'), '0123456789');
    assert.strictEqual(fold('نعم، لا؛ لماذا؟ ٥٠٪ ٣٫٥ ١٬٠٠٠'), 'نعم, لا; لماذا? 50% 3.5 1,000');
    assert.strictEqual(fold('a\u00a0b\u202fc'), 'a b c');
  });

  it('folds presentation forms through their decomposition, then the rules', () => {
    // ﺃ (alef with hamza above, isolated form) → أ → ا; ﻻ (lam-alef ligature) → لا.
    assert.strictEqual(fold('ﺃﻻ'), 'الا');
    assert.strictEqual(fold('ﷲ'), 'الله');
    // Isolated harakat forms are marks with nothing to match.
    assert.strictEqual(fold('ب\ufe70\ufe72'), 'ب');
  });

  it('leaves other text alone, astral characters included', () => {
    const other = 'Hello, world! 😀 🇮🇶 𝟐𝟎𝟐𝟒 é';
    assert.strictEqual(fold(other), other);
    assert.strictEqual(fold(''), '');
  });

  it('maps every normalised unit back to the original character it came from', () => {
    const text = 'قَالَ ﻻ 😀٢';
    const n = normalizeForMatching(text);
    assert.strictEqual(n.text, 'قال لا 😀2');
    assert.deepStrictEqual([...n.toOriginal], [0, 2, 3, 5, 6, 6, 7, 8, 9, 10]);
    assert.strictEqual(n.originalLength, text.length);
  });

  it('covers the diacritics on the last letter of a match (a span never splits a letter from its marks)', () => {
    assert.strictEqual(matchIn('قال إن الدّولً الكبرى', 'الدول'), 'الدّولً');
    assert.strictEqual(matchIn('وأعلنَ الرئيسُ أمس', 'اعلن'), 'أعلنَ');
    assert.strictEqual(matchIn('عام ٢٠٢٤م', '2024'), '٢٠٢٤');
    // A dropped tatweel or direction mark after the match is not taken in.
    assert.strictEqual(matchIn('مصرـ\u200f اليوم', 'مصر'), 'مصر');
  });

  it('maps empty ranges to a position, the end included', () => {
    const n = normalizeForMatching('أبَ');
    assert.deepStrictEqual(n.originalRange(1, 1), { start: 1, end: 1 });
    assert.deepStrictEqual(n.originalRange(2, 2), { start: 3, end: 3 });
    assert.deepStrictEqual(n.originalRange(2, 1), { start: 3, end: 3 });
  });

  it('keeps lone surrogates and expands a text of presentation forms past its first guess of size', () => {
    const lone = 'a\ud800b';
    assert.strictEqual(fold(lone), lone);
    const ligatures = 'ﷺﷲ'.repeat(50);
    const n = normalizeForMatching(ligatures);
    assert.ok(n.text.length > ligatures.length);
    assert.strictEqual(n.toOriginal.length, n.text.length);
    assert.strictEqual(n.toOriginal[n.text.length - 1], ligatures.length - 1);
  });

  it('property: a match maps back to original text whose normalisation equals the query', function () {
    this.timeout(60_000);
    const articles = newsArticles('dev');
    const churn = (s: string, rnd: number[]): string => {
      // Orthographic churn on a real paragraph: marks, alef forms, tatweel, digits, commas.
      let out = '';
      let k = 0;
      for (const ch of s) {
        const r = rnd[k++ % rnd.length]!;
        if (ch === 'ا' && r < 0.3) out += 'أ';
        else if (/[٠-٩]/.test(ch) && r < 0.5) out += String.fromCharCode(ch.charCodeAt(0) - 0x0660 + 0x30);
        else if (/[0-9]/.test(ch) && r < 0.5) out += String.fromCharCode(ch.charCodeAt(0) - 0x30 + 0x0660);
        else if (ch === '،' && r < 0.5) out += ',';
        else if (/[ب-ي]/.test(ch) && r < 0.1) out += ch + 'ّ';
        else if (/[ب-ي]/.test(ch) && r < 0.15) out += ch + 'ـ';
        else out += ch;
      }
      return out;
    };
    fc.assert(
      fc.property(
        fc.nat(articles.length - 1),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.nat(10_000),
        fc.integer({ min: 1, max: 60 }),
        (a, rnd, from, length) => {
          const text = churn(articles[a]!.content.slice(0, 1500), rnd);
          const n = normalizeForMatching(text);
          const s = Math.min(from, Math.max(0, n.text.length - 1));
          const e = Math.min(n.text.length, s + length);
          // Only ranges starting and ending on whole original characters: not inside a
          // surrogate pair or a ligature's expansion.
          const whole = (i: number) => i === 0 || i === n.text.length || n.toOriginal[i] !== n.toOriginal[i - 1];
          fc.pre(whole(s) && whole(e) && !/[\ud800-\udbff]/.test(n.text[e - 1] ?? ''));
          const query = n.text.slice(s, e);
          const r = n.originalRange(s, e);
          assert.strictEqual(fold(text.slice(r.start, r.end)), query);
          assert.strictEqual(clusterEnd(text, r.end), r.end, 'the range ends on a cluster boundary');
          assert.strictEqual(clusterStart(text, r.start), r.start, 'the range starts on a cluster boundary');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('grapheme cluster edges', () => {
  it('moves an edge past the marks of an Arabic letter, and back to its base', () => {
    const t = 'الدّولً ثم';
    const lam = t.indexOf('لً');
    assert.strictEqual(clusterEnd(t, lam + 1), lam + 2);
    assert.strictEqual(clusterStart(t, lam + 1), lam);
    // Shadda then fatha on one letter: two marks, one cluster.
    const u = 'شدَّ';
    assert.strictEqual(clusterEnd(u, 2), 4);
    assert.strictEqual(clusterStart(u, 3), 1);
  });

  it('keeps emoji with their modifiers, flags and ZWJ sequences whole', () => {
    const t = 'a 👍🏽 🇮🇶 👨‍👩‍👧 b';
    const thumb = t.indexOf('👍');
    assert.strictEqual(clusterEnd(t, thumb + 2), thumb + 4);
    assert.strictEqual(clusterStart(t, thumb + 2), thumb);
    const flag = t.indexOf('🇮🇶');
    assert.strictEqual(clusterEnd(t, flag + 2), flag + 4);
    assert.strictEqual(clusterStart(t, flag + 1), flag);
    const family = t.indexOf('👨');
    assert.strictEqual(clusterEnd(t, family + 3), family + '👨‍👩‍👧'.length);
  });

  it('leaves boundaries where they are, text ends included', () => {
    const t = 'قال  😀';
    for (let i = 0; i <= 5; i++) {
      assert.strictEqual(clusterEnd(t, i), i);
      assert.strictEqual(clusterStart(t, i), i);
    }
    assert.strictEqual(clusterEnd(t, t.length), t.length);
    assert.strictEqual(clusterStart('', 0), 0);
  });
});
