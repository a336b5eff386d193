/**
 * placeByDiff.ts: how a span's edges are carried into the new text, and when a touched span
 * is given up (orphaned) rather than left for the order-based placement. Edges inside a word
 * that gained or lost a tatweel map through the word's normalised letters; a space before or
 * after a span that became a line break is a change; a span starting on a mark is placed by
 * its surviving edges; the similarity threshold is inclusive; a stretch of 24 unpaired words
 * or a line nothing was paired in leaves a span pending, 23 words or a line with one paired
 * word (even the first word of the text) orphans it.
 */
import * as assert from 'assert';
import { placeByDiff } from '../../src/core/anchoring/placeByDiff';
import { SpanFinder, type SpanItem } from '../../src/core/anchoring/spanFinder';
import { quoteSimilarity } from '../../src/core/anchoring/similarity';
import { LONG, P1, P2, P3, P4, REWRITE, spanMap } from './support/placeByDiffCase';
import { annotate as annotation, pendingItem } from './support/quoteSpans';

const TEXT = [P1, P2, P3].join('\n');

/** placeByDiff alone on one span (Arabic without astral characters): [state, via, newStart, newEnd], and the item. */
function place(oldText: string, newText: string, quote: string, threshold = 0.75): [[string, string | undefined, number, number], SpanItem] {
  const a = annotation(oldText, quote);
  const item = pendingItem(a);
  placeByDiff([item], [a], oldText, new SpanFinder(newText), threshold);
  return [[item.state, item.via, item.newStart, item.newEnd], item];
}

describe('placeByDiff: span edges inside changed words and beside changed spaces', () => {
  it('maps an edge inside a word that gained a tatweel to its letters, leaving the tatweel out', () => {
    const oldText = 'قال إن الدول الأعضاء اجتمعت';
    const newText = `عاجل: ${oldText.replace('الدول', 'الـدول')}`;
    const map = spanMap(oldText, newText);
    const o = oldText.indexOf('الدول');
    const n = newText.indexOf('الـدول');
    // "ال" ends before the tatweel; "دول" starts after it; the whole word takes it in.
    assert.deepStrictEqual(map.intact(o, o + 2), { start: n, end: n + 2 });
    assert.deepStrictEqual(map.intact(o + 2, o + 5), { start: n + 3, end: n + 6 });
    assert.deepStrictEqual(map.intact(o, o + 5), { start: n, end: n + 6 });
  });

  it('maps a span of a tatweel alone while the tatweel is there, and not once it is gone', () => {
    const oldText = 'قال إن الـدول الأعضاء اجتمعت';
    const at = oldText.indexOf('ـ');
    const kept = spanMap(oldText, `عاجل: ${oldText}`);
    assert.deepStrictEqual(kept.intact(at, at + 1), { start: at + 6, end: at + 7 });
    const lost = spanMap(oldText, `عاجل: ${oldText.replace('الـدول', 'الدول')}`);
    assert.strictEqual(lost.intact(at, at + 1), undefined);
  });

  it('maps no empty span, not even one between a tatweel and the mark on it', () => {
    const oldText = 'قال إن الـَدول الأعضاء اجتمعت';
    const map = spanMap(oldText, `عاجل: ${oldText}`);
    for (let p = 0; p <= oldText.length; p++) assert.strictEqual(map.intact(p, p), undefined, `at ${p}`);
  });

  it('counts a space at a span edge that became a line break as a change', () => {
    const oldText = `${P1} ${P2}`;
    const map = spanMap(oldText, `${P1}\n${P2}`);
    const at = oldText.indexOf(P2);
    assert.strictEqual(map.intact(at - 1, at + 4), undefined);
    assert.strictEqual(map.intact(at - 6, at), undefined);
    assert.deepStrictEqual(map.intact(at - 6, at - 1), { start: at - 6, end: at - 1 });
    assert.deepStrictEqual(map.intact(at, at + 4), { start: at, end: at + 4 });
  });
});

describe('placeByDiff: placing a touched span by its surviving edges', () => {
  it('places a span that starts on a mark by its edges, from the letter the mark sits on', () => {
    const oldText = 'قال إنّ المتحدثَ باسم الشرطة لم يعلّق.';
    const newText = `عاجل: ${oldText}`;
    const shadda = oldText.indexOf('\u0651');
    const quote = oldText.slice(shadda, shadda + 1 + ' المتحدثَ'.length);
    const [r, item] = place(oldText, newText, quote);
    const start = newText.indexOf('إنّ') + 1;
    assert.deepStrictEqual(r, ['placed', 'diff edges', start, start + 1 + quote.length]);
    assert.strictEqual(item.score, quoteSimilarity(quote, newText.slice(start, start + 1 + quote.length)));
  });

  it('places by its edges a span inside one word that starts on a mark, from the letter the mark sits on', () => {
    const oldText = 'قال إن المُتحدث باسم الشرطة لم يعلق.';
    const newText = `عاجل: ${oldText}`;
    const damma = oldText.indexOf('\u064F');
    const quote = oldText.slice(damma, oldText.indexOf(' باسم'));
    const [r, item] = place(oldText, newText, quote);
    const start = newText.indexOf('مُتحدث');
    assert.deepStrictEqual(r, ['placed', 'diff edges', start, start + 1 + quote.length]);
    assert.strictEqual(item.score, quoteSimilarity(quote, 'مُتحدث'));
  });

  it('places by its edges a span at the very start of the text whose inner word changed', () => {
    const quote = 'أعلنت وزارة الصحة اليوم';
    const [r, item] = place(TEXT, TEXT.replace('وزارة الصحة', 'وزارة الصحه'), quote);
    assert.deepStrictEqual(r, ['placed', 'diff edges', 0, quote.length]);
    assert.strictEqual(item.score, quoteSimilarity(quote, 'أعلنت وزارة الصحه اليوم'));
  });

  it('places by its edges a span whose similarity is exactly the threshold', () => {
    const quote = 'المتحدث باسم الشرطة إن';
    const newText = TEXT.replace('باسم الشرطة', 'باسم الشرطه');
    const similarity = quoteSimilarity(quote, 'المتحدث باسم الشرطه إن');
    const [r, item] = place(TEXT, newText, quote, similarity);
    const at = newText.indexOf('المتحدث');
    assert.deepStrictEqual(r, ['placed', 'diff edges', at, at + quote.length]);
    assert.strictEqual(item.score, similarity);
  });
});

describe('placeByDiff: orphaned, or left pending for the order-based placement', () => {
  /** A span in a stretch of `words` words rewritten between P1 and P4, on a line with paired words. */
  function rewritten(words: number): [[string, string | undefined, number, number], string] {
    const was = LONG.split(' ').slice(0, words).join(' ');
    const now = REWRITE.split(' ').slice(0, words).join(' ');
    const newText = [`${P1} ${now} ${P4}`, P3].join('\n');
    return [place([`${P1} ${was} ${P4}`, P3].join('\n'), newText, 'الأسبوع المقبل')[0], newText];
  }

  it('orphans a span in a rewritten stretch of 22 or 23 words, where its text was', () => {
    for (const words of [22, 23]) {
      const [r, newText] = rewritten(words);
      const at = newText.indexOf(P4) - 1 - REWRITE.split(' ').slice(0, words).join(' ').length + LONG.indexOf('الأسبوع');
      assert.deepStrictEqual(r, ['orphaned', 'diff', at, at], `${words} words`);
    }
  });

  it('leaves a span in a rewritten stretch of 24 words pending', () => {
    assert.deepStrictEqual(rewritten(24)[0], ['pending', undefined, 0, 0]);
  });

  it('orphans the first words of a line whose other words survived', () => {
    const newText = TEXT.replace('وقال المتحدث', 'وأوضح مدير');
    const at = P1.length + 1;
    assert.deepStrictEqual(place(TEXT, newText, 'وقال المتحدث')[0], ['orphaned', 'diff', at, at]);
  });

  it('orphans a span across a line break when the line it ends on kept its words', () => {
    const first = REWRITE.split(' ').slice(0, 14).join(' ');
    const newText = [first, P2.replace('وقال', 'وأوضح'), P3].join('\n');
    assert.deepStrictEqual(place(TEXT, newText, 'سرير.\nوقال')[0], ['orphaned', 'diff', 0, 0]);
  });

  it('orphans a span of a line whose only surviving word is the first of the text', () => {
    const newText = [`أعلنت ${REWRITE.split(' ').slice(0, 14).join(' ')}`, P2, P3].join('\n');
    const at = P1.indexOf('مستشفى');
    assert.deepStrictEqual(place(TEXT, newText, 'مستشفى جديد')[0], ['orphaned', 'diff', at, at]);
  });

  it('leaves pending the last words of the text replaced by a much longer ending', () => {
    const ending = [REWRITE, REWRITE, REWRITE].join(' ');
    assert.deepStrictEqual(place(TEXT, TEXT.replace('خفض الإنتاج.', ending), 'خفض الإنتاج.')[0], ['pending', undefined, 0, 0]);
  });

  it('leaves pending the first word of the text replaced by a much longer beginning', () => {
    const beginning = [REWRITE, REWRITE, REWRITE].join(' ');
    assert.deepStrictEqual(place(TEXT, TEXT.replace('أعلنت وزارة', beginning), 'أعلنت')[0], ['pending', undefined, 0, 0]);
  });
});
