/**
 * The placement without the old text (placeByOrder.ts), step 3: a span its look-up could not
 * anchor is looked for between the placed spans before and after it. When both neighbours
 * agree (same drift) and are close enough, only between them, near the place their drift
 * interpolates; otherwise in windows around where each neighbour puts it. On the seed
 * article (a real news page, with sentences printed twice) and real news filler.
 */
import * as assert from 'assert';
import { placeSpans } from '../../src/core/anchoring/reanchor';
import type { SpanItem } from '../../src/core/anchoring/spanFinder';
import { normalizeForMatching } from '../../src/core/text/normalize';
import { newsText } from '../corpus/newsCorpus';
import { seedArticle } from './support/fixtures';
import { annotate } from './support/quoteSpans';

const ARTICLE = seedArticle();
const FIRST = 'استئناف المباحثات';
const LAST = 'مطالبات في';

type Row = [string, string | undefined, number, number, string];

function summary(items: readonly SpanItem[], newText: string): Row[] {
  return items.map((i) => [i.state, i.via, i.newStart, i.newEnd, newText.slice(i.newStart, i.newEnd)]);
}

/** The three spans FIRST, `middle` (its `nth` copy) and LAST of the article, placed in `newText`. */
function placeThree(newText: string, middle: string, nth = 0): SpanItem[] {
  return placeSpans([annotate(ARTICLE, FIRST), annotate(ARTICLE, middle, nth), annotate(ARTICLE, LAST)], newText);
}

/** `text` with the `nth` occurrence of `word` replaced by `by`. */
function replaceNth(text: string, word: string, nth: number, by: string): string {
  const at = annotate(text, word, nth).start;
  return text.slice(0, at) + by + text.slice(at + word.length);
}

const INTRO = 'مقدمة قصيرة\n';

describe('placeByOrder: between placed neighbours', () => {
  it('the quotes around which the cases are built occur once in the article', () => {
    for (const q of [FIRST, LAST, 'نقلته وكالة']) assert.strictEqual(ARTICLE.split(q).length, 2, q);
    assert.ok(ARTICLE.indexOf(LAST) - ARTICLE.indexOf(FIRST) > 1500);
  });

  describe('two agreeing neighbours', () => {
    it('takes an edited quote approximately at the place the neighbours interpolate, far from both', () => {
      const newText = INTRO + ARTICLE.replace('نقلته وكالة', 'نقلته وكالت');
      const items = placeThree(newText, 'نقلته وكالة');
      const at = newText.indexOf('نقلته');
      const shift = INTRO.length;
      assert.deepStrictEqual(summary(items, newText), [
        ['placed', 'anchor', ARTICLE.indexOf(FIRST) + shift, ARTICLE.indexOf(FIRST) + shift + FIRST.length, FIRST],
        ['placed', 'between neighbours, fuzzy', at, at + 11, 'نقلته وكالت'],
        ['placed', 'anchor', ARTICLE.indexOf(LAST) + shift, ARTICLE.indexOf(LAST) + shift + LAST.length, LAST],
      ]);
      // One letter of eleven replaced.
      assert.ok(Math.abs(items[1]!.score - 10 / 11) < 1e-9, `${items[1]!.score}`);
    });

    it('interpolates by old offsets when text was added between the neighbours, before the span', () => {
      // 20 characters inserted after FIRST: the span's drift is that of LAST, 20 more than
      // FIRST's (more would cost FIRST its place in the chain of anchors).
      const added = ' ' + newsText(20, 'dev').replace(/\s+/g, ' ').slice(0, 19);
      const cut = ARTICLE.indexOf(FIRST) + FIRST.length;
      const newText = INTRO + ARTICLE.slice(0, cut) + added + ARTICLE.slice(cut).replace('نقلته وكالة', 'نقلته وكالت');
      const items = placeThree(newText, 'نقلته وكالة');
      const at = newText.indexOf('نقلته وكالت');
      assert.deepStrictEqual(summary(items, newText)[1], ['placed', 'between neighbours, fuzzy', at, at + 11, 'نقلته وكالت']);
    });

    it('orphans a one-word quote edited away, though copies of the word remain between the neighbours', () => {
      // Each word also occurs elsewhere between FIRST and LAST, in another sentence: an exact
      // copy is no edited quote, and its context is not the span's.
      for (const [word, nth] of [['المسلحة', 0], ['العراقية', 1], ['الدولي', 0], ['اللجنة', 0], ['العسكري', 0], ['بغداد', 0]] as const) {
        const old = annotate(ARTICLE, word, nth);
        const newText = INTRO + replaceNth(ARTICLE, word, nth, 'كذلك');
        const items = placeThree(newText, word, nth);
        const at = old.start + INTRO.length;
        assert.deepStrictEqual(summary(items, newText)[1], ['orphaned', 'not found', at, at, ''], word);
        assert.strictEqual(newText.slice(at, at + 4), 'كذلك', word);
      }
    });

    it('follows a word edited in one copy of a sentence printed twice to the other copy, when its context there is sure', () => {
      // The sentence `لتقدير الموقف العسكري ومستوى الخطر والبيئة العملياتية` recurs about 830
      // characters on: too far from the neighbours' drift to be between them, but its
      // look-up finds the copy with the very same context.
      const newText = INTRO + replaceNth(ARTICLE, 'والبيئة', 0, 'كذلك');
      const items = placeThree(newText, 'والبيئة', 0);
      const copy = newText.indexOf('والبيئة');
      assert.ok(copy - (ARTICLE.indexOf('والبيئة') + INTRO.length) > 800);
      assert.deepStrictEqual(summary(items, newText)[1], ['placed', 'look-up', copy, copy + 7, 'والبيئة']);
    });
  });

  describe('how much context a quote needs between agreeing neighbours', () => {
    const NEWS = 'قال وزير الخارجية السعودي إن المحادثات مع الجانب الإيراني ستستأنف الأسبوع المقبل في العاصمة العمانية مسقط بحضور وفود من عدة دول خليجية.';
    // The sentence around `الأسبوع المقبل` rewritten: little of the span's context is left.
    const REWRITTEN = NEWS.replace('مع الجانب الإيراني ستستأنف الأسبوع المقبل في العاصمة العمانية مسقط', 'ربما تنطلق خلال الأسبوع المقبل برعاية سلطنة عمان');
    const place = (newText: string, middle: string): Row[] => summary(placeSpans(['وزير الخارجية', middle, 'دول خليجية'].map((q) => annotate(NEWS, q)), newText), newText);

    it('takes a quote of two words that is the only one between them, with a third of its context', () => {
      const at = REWRITTEN.indexOf('الأسبوع المقبل');
      assert.deepStrictEqual(place(REWRITTEN, 'الأسبوع المقبل')[1], ['placed', 'between neighbours', at, at + 14, 'الأسبوع المقبل']);
      const other = NEWS.replace('الجانب الإيراني ستستأنف الأسبوع المقبل في العاصمة العمانية مسقط بحضور', 'طهران ربما تنطلق خلال الأسبوع المقبل برعاية سلطنة عمان وسط');
      const there = other.indexOf('الأسبوع المقبل');
      assert.deepStrictEqual(place(other, 'الأسبوع المقبل')[1], ['placed', 'between neighbours', there, there + 14, 'الأسبوع المقبل']);
    });

    it('orphans it when a copy of the quote precedes it there: with two, that much context is not enough', () => {
      const twice = REWRITTEN.replace('السعودي إن', 'السعودي الأسبوع المقبل إن');
      const rows = place(twice, 'الأسبوع المقبل');
      assert.deepStrictEqual(rows.map((r) => r[1]), ['anchor', 'not found', 'anchor']);
      assert.strictEqual(rows[1]![0], 'orphaned');
    });

    it('orphans a one-word quote with that little context, though the word is there', () => {
      const rows = place(REWRITTEN, 'المقبل');
      assert.deepStrictEqual(rows.map((r) => r[1]), ['anchor', 'not found', 'anchor']);
      assert.strictEqual(REWRITTEN.split('المقبل').length, 2);
    });
  });

  describe('neighbours too far apart to bound the search', () => {
    // FIRST, real news, then the article on from FIRST: LAST is `gap` characters after FIRST
    // in the normalised old text and in the new, where only the middle quote was edited (one letter).
    // Already normalised, so that distances are the same in the text matched (normalised).
    const filler = normalizeForMatching(newsText(40_000, 'dev').replace(/\s+/g, ' ')).text;
    const QUOTE = 'نقلته وكالة';
    const EDITED = 'نقلته وكالت';

    function spread(gap: number): string {
      const cut = ARTICLE.indexOf(FIRST) + FIRST.length;
      const have = normalizeForMatching(ARTICLE.slice(ARTICLE.indexOf(FIRST), ARTICLE.indexOf(LAST))).text.length;
      return ARTICLE.slice(0, cut) + ' ' + filler.slice(0, gap - have - 1) + ARTICLE.slice(cut);
    }

    function placeSpread(gap: number): [SpanItem[], string] {
      const oldText = spread(gap);
      const norm = normalizeForMatching(oldText).text;
      const n = (q: string): number => norm.indexOf(normalizeForMatching(q).text);
      assert.strictEqual(n(LAST) - n(FIRST), gap);
      const newText = INTRO + oldText.replace(QUOTE, EDITED);
      return [placeSpans([FIRST, QUOTE, LAST].map((q) => annotate(oldText, q)), newText), newText];
    }

    it('searches between agreeing neighbours 16,384 characters apart', () => {
      const [items, newText] = placeSpread(16_384);
      const at = newText.indexOf(EDITED);
      assert.deepStrictEqual(summary(items, newText).map((r) => r[1]), ['anchor', 'between neighbours, fuzzy', 'anchor']);
      assert.deepStrictEqual(summary(items, newText)[1], ['placed', 'between neighbours, fuzzy', at, at + 11, EDITED]);
    });

    it('searches near each neighbour instead once they are one character further apart', () => {
      const [items, newText] = placeSpread(16_385);
      const at = newText.indexOf(EDITED);
      assert.deepStrictEqual(summary(items, newText).map((r) => r[1]), ['anchor', 'near a neighbour, fuzzy', 'anchor']);
      assert.deepStrictEqual(summary(items, newText)[1], ['placed', 'near a neighbour, fuzzy', at, at + 11, EDITED]);
    });
  });
});
