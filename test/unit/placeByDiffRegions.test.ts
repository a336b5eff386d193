/**
 * placeByDiff.ts: where a span an edit touched is searched for. The diff's surviving
 * neighbours and the span's own surviving words each say where its start should be; the
 * search window runs between those estimates, widened by a slide of the quote's length plus
 * two (at most 32). These tests record the windows the finder is asked to search and pin
 * them, with the outcome: a deleted word's neighbours at the start and end of the text, a
 * neighbour exactly 64 words away (the reach) or one word beyond it, neighbours too far
 * apart to trust, and a span found by its own surviving word alone.
 */
import * as assert from 'assert';
import { placeByDiff } from '../../src/core/anchoring/placeByDiff';
import { SpanFinder, type Hit, type SpanItem } from '../../src/core/anchoring/spanFinder';
import type { Annotation } from '../../src/core/model/annotation';
import { LONG, P1, P2, P3, P4, REWRITE } from './support/placeByDiffCase';
import { annotate as annotation, pendingItem } from './support/quoteSpans';

/** 66 words no other sentence here uses: a passage deleted beside a span. */
const DELETED = [
  LONG,
  REWRITE,
  'وأكد مصدر مطلع أن المفاوضات ستستأنف بعد عطلة العيد مباشرة',
]
  .join(' ')
  .split(' ');

/** A finder that remembers every window it was asked to search: [kind, lo, hi, expected, scale]. */
class RecordingFinder extends SpanFinder {
  readonly windows: [string, number, number, number, number][] = [];

  override exact(item: SpanItem, lo: number, hi: number, expected: number, scale: number, minContext?: number): Hit | undefined {
    this.windows.push(['exact', lo, hi, expected, scale]);
    return super.exact(item, lo, hi, expected, scale, minContext);
  }

  override fuzzy(item: SpanItem, lo: number, hi: number, expected: number, scale: number, threshold: number, minContext?: number): Hit | undefined {
    this.windows.push(['fuzzy', lo, hi, expected, scale]);
    return super.fuzzy(item, lo, hi, expected, scale, threshold, minContext);
  }
}

interface Outcome {
  item: SpanItem;
  windows: [string, number, number, number, number][];
}

/** placeByDiff alone on one span (Arabic without astral characters, so code points are UTF-16 units). */
function place(oldText: string, newText: string, quote: string, threshold = 0.75): Outcome {
  const a = annotation(oldText, quote);
  const item = pendingItem(a);
  const finder = new RecordingFinder(newText);
  placeByDiff([item], [a], oldText, finder, threshold);
  return { item, windows: finder.windows };
}

/**
 * The windows an exact then an approximate search get when the estimates run from `lo` to
 * `hi`: widened by the slide either side, ranked by distance from `lo` over the region's width.
 */
function searched(lo: number, hi: number, quote: string, approximate = true): [string, number, number, number, number][] {
  const slide = Math.min(32, quote.length + 2);
  const scale = Math.max(slide, hi - lo);
  const exact: [string, number, number, number, number] = ['exact', lo - slide, hi + slide, lo, scale];
  return approximate ? [exact, ['fuzzy', lo - slide, hi + slide, lo, scale]] : [exact];
}

function outcome(o: Outcome): [string, string | undefined, number, number] {
  return [o.item.state, o.item.via, o.item.newStart, o.item.newEnd];
}

describe('placeByDiff: the region a touched span is searched in', () => {
  const text = [P1, P2, P3].join('\n');

  it('searches a deleted phrase from where it would end at its right neighbour to where it would start at its left one', () => {
    const quote = 'التحقيق في الحادث';
    const newText = text.replace(`${quote} `, '');
    const o = place(text, newText, quote);
    // Left neighbour "إن" is followed by one space; right neighbour "ما" was preceded by one.
    const byLeft = newText.indexOf('ما زال');
    const byRight = byLeft - 1 - quote.length;
    assert.deepStrictEqual(o.windows, searched(byRight, byLeft, quote));
    assert.deepStrictEqual(outcome(o), ['orphaned', 'diff', byLeft, byLeft]);
  });

  it('slides a long quote\'s window by 32 at most', () => {
    const quote = 'التحقيق في الحادث ما زال جاريا حتى';
    const newText = text.replace(`${quote} `, '');
    const o = place(text, newText, quote);
    const byLeft = newText.indexOf('الآن.');
    const byRight = byLeft - 1 - quote.length;
    assert.ok(quote.length + 2 > 32);
    assert.deepStrictEqual(o.windows, searched(byRight, byLeft, quote));
    assert.deepStrictEqual(o.windows[0]!.slice(1, 3), [byRight - 32, byLeft + 32]);
  });

  it('takes the first word of the text as a left neighbour when the second word is deleted', () => {
    const newText = text.replace('وزارة ', '');
    const o = place(text, newText, 'وزارة');
    // By "أعلنت" (new token 0): after it and its space; by "الصحة": its start less a space and the quote.
    const byLeft = 'أعلنت '.length;
    assert.deepStrictEqual(o.windows, searched(byLeft - 1 - 'وزارة'.length, byLeft, 'وزارة'));
    assert.deepStrictEqual(outcome(o), ['orphaned', 'diff', byLeft, byLeft]);
  });

  it('counts the start of the text as the left neighbour of a deleted first word, replaced by others', () => {
    const newText = text.replace('أعلنت ', 'قالت مصادر ');
    const o = place(text, newText, 'أعلنت');
    const byRight = newText.indexOf('وزارة') - 1 - 'أعلنت'.length;
    assert.ok(byRight > 0);
    assert.deepStrictEqual(o.windows, searched(0, byRight, 'أعلنت'));
    assert.deepStrictEqual(outcome(o), ['orphaned', 'diff', 0, 0]);
  });

  it('takes the word that became the first of the text as the right neighbour of a deleted first word', () => {
    const o = place(text, text.replace('أعلنت ', ''), 'أعلنت');
    assert.deepStrictEqual(o.windows, searched(-1 - 'أعلنت'.length, 0, 'أعلنت'));
    assert.deepStrictEqual(outcome(o), ['orphaned', 'diff', 0, 0]);
  });

  it('walks past every deleted word to the start of the text', () => {
    const o = place(text, text.replace('أعلنت وزارة ', ''), 'وزارة');
    assert.deepStrictEqual(o.windows, searched(-1 - 'وزارة'.length, 0, 'وزارة'));
    assert.deepStrictEqual(outcome(o), ['orphaned', 'diff', 0, 0]);
  });

  it('counts the end of the text as the right neighbour of deleted last words', () => {
    const quote = 'خفض الإنتاج.';
    assert.ok(text.endsWith(quote));
    const newText = text.replace(` ${quote}`, '');
    const o = place(text, newText, quote);
    const byLeft = newText.length + 1;
    assert.deepStrictEqual(o.windows, searched(newText.length - quote.length, byLeft, quote));
    assert.deepStrictEqual(outcome(o), ['orphaned', 'diff', newText.length, newText.length]);
  });
});

describe('placeByDiff: neighbours within reach, and estimates that disagree', () => {
  const rest = [P4, P3].join('\n');

  it('reaches a left neighbour 64 deleted words away, and searches from there to the span\'s own word', () => {
    const deleted = DELETED.slice(0, 64).join(' ');
    const oldText = `${P1} ${deleted} قال الوزير ${rest}`;
    const newText = `${P1} قال الوزبر ${rest}`;
    const o = place(oldText, newText, 'قال الوزير');
    const at = newText.indexOf('قال');
    // P1's period is 64 words back: by it the span would start after the deleted words.
    assert.deepStrictEqual(o.windows, searched(at, at + 1 + deleted.length, 'قال الوزير'));
    assert.deepStrictEqual(outcome(o), ['placed', 'diff search', at, at + 'قال الوزير'.length]);
    assert.strictEqual(o.item.score, 0.9);
  });

  it('reaches a right neighbour 64 deleted words away', () => {
    const deleted = DELETED.slice(0, 64).join(' ');
    const oldText = `${P1} قال الوزير ${deleted} ${rest}`;
    const newText = `${P1} قال الوزبر ${rest}`;
    const o = place(oldText, newText, 'قال الوزير');
    const at = newText.indexOf('قال');
    // By "ودعت", the span would end the deleted words and a space before it.
    const byRight = newText.indexOf('ودعت') - 1 - deleted.length - 1 - 'قال الوزير'.length;
    assert.deepStrictEqual(o.windows, searched(byRight, at, 'قال الوزير'));
    assert.deepStrictEqual(outcome(o), ['placed', 'diff search', at, at + 'قال الوزير'.length]);
  });

  it('gives up a neighbour 65 or more deleted words away on either side, and places a span by its own surviving word', () => {
    const deleted = DELETED.join(' ');
    assert.ok(DELETED.length > 64);
    const oldText = `${P1} ${deleted} قال الرئيس ${deleted} ${rest}`;
    const newText = `${P1} أكد الرئيس ${rest}`;
    const o = place(oldText, newText, 'قال الرئيس', 0.6);
    const at = newText.indexOf('أكد');
    assert.deepStrictEqual(o.windows, searched(at, at, 'قال الرئيس'));
    assert.deepStrictEqual(outcome(o), ['placed', 'diff search', at, at + 'أكد الرئيس'.length]);
    assert.strictEqual(o.item.score, 0.7);
  });

  it('places a span by its own surviving word at the offset it had from the span start', () => {
    const deleted = DELETED.join(' ');
    const oldText = `${P1} ${deleted} قال الرئيس الفرنسي ${deleted} ${rest}`;
    const newText = `${P1} أكد الرئيس الفرنسي ${rest}`;
    const o = place(oldText, newText, 'قال الرئيس الفرنسي', 0.6);
    const at = newText.indexOf('أكد');
    assert.deepStrictEqual(o.windows, searched(at, at, 'قال الرئيس الفرنسي'));
    assert.deepStrictEqual(outcome(o), ['placed', 'diff search', at, at + 'أكد الرئيس الفرنسي'.length]);
  });

  it('leaves pending a span whose neighbours and own words all went, when nothing says where', () => {
    const deleted = DELETED.join(' ');
    const oldText = `${P1} ${deleted} قال الرئيس ${deleted} ${rest}`;
    const newText = `${P1} أكد الوزير ${rest}`;
    const o = place(oldText, newText, 'قال الرئيس', 0.6);
    assert.deepStrictEqual(o.windows, []);
    assert.deepStrictEqual(outcome(o), ['pending', undefined, 0, 0]);
  });
});

describe('placeByDiff: matches beside the region, and words the diff gave to other old words', () => {
  const text = [P1, P2, P3].join('\n');

  it('takes an exact match just before the region, as far as the slide, when its context is the old one', () => {
    // Two words swapped: "جاريا" is the one the diff left unpaired, now before "ما زال".
    const newText = [P1, P2.replace('ما زال جاريا', 'جاريا ما زال'), P3].join('\n');
    const o = place(text, newText, 'جاريا');
    const at = newText.indexOf('جاريا');
    const slide = 'جاريا'.length + 2;
    // By "زال" it would start after it, on "حتى"; by "حتى" its length and a space before: the
    // match is a slide before both.
    const hi = newText.indexOf('حتى');
    const lo = hi - 1 - 'جاريا'.length;
    assert.strictEqual(at, lo - slide);
    assert.deepStrictEqual(o.windows, searched(lo, hi, 'جاريا', false));
    assert.deepStrictEqual(outcome(o), ['placed', 'diff search', at, at + 'جاريا'.length]);
    assert.strictEqual(o.item.score, 1);
  });

  it('never places a deleted word on the same word the diff paired with an earlier one', () => {
    const oldText = ['قال إن في ذلك في البيان عبرة', P3].join('\n');
    const newText = ['قال إن في ذلك البيان عبرة', P3].join('\n');
    const a = second(oldText, 'في');
    const o = placeItem(oldText, newText, a);
    const at = newText.indexOf('البيان');
    // The first "في" is in the window (and its context close enough), but it is the old first "في".
    assert.strictEqual(o.windows[0]![1], at - 1 - 2 - 4);
    assert.deepStrictEqual(outcome(o), ['orphaned', 'diff', at, at]);
  });

  it('never places a deleted word on the first word of the text when the diff paired it with the old first word', () => {
    const oldText = ['في ذلك في البيان عبرة', P3].join('\n');
    const newText = ['في ذلك البيان عبرة', P3].join('\n');
    const o = placeItem(oldText, newText, second(oldText, 'في'));
    const at = newText.indexOf('البيان');
    assert.strictEqual(o.windows[0]![1], 0);
    assert.deepStrictEqual(outcome(o), ['orphaned', 'diff', at, at]);
  });

  it('does not place by its edges a span that a moved passage now sits inside', () => {
    // "ودعت الأمم المتحدة" moved from the end of the last line into the span: its words are the old ones.
    const moved = 'ودعت الأمم المتحدة';
    const oldText = [P1, P2, `${P3} ${moved}`].join('\n');
    const newText = [P1, P2.replace('باسم الشرطة', `باسم ${moved} الشرطة`), P3].join('\n');
    const o = place(oldText, newText, 'المتحدث باسم الشرطة إن', 0.1);
    const at = newText.indexOf('المتحدث');
    assert.deepStrictEqual(outcome(o), ['orphaned', 'diff', at, at]);
  });
});

/** An annotation of the second occurrence of `quote`. */
const second = (text: string, quote: string): Annotation => annotation(text, quote, 1);

function placeItem(oldText: string, newText: string, a: Annotation): Outcome {
  const item = pendingItem(a);
  const finder = new RecordingFinder(newText);
  placeByDiff([item], [a], oldText, finder, 0.75);
  return { item, windows: finder.windows };
}

describe('placeByDiff: neighbours far from the span, and own words that moved far', () => {
  const LONG = DELETED.slice(0, 28).join(' ');
  const REWRITE = DELETED.slice(28, 56).join(' ');
  /** 2,543 characters of unchanged lines. */
  const BIG = Array.from({ length: 8 }, () => `${LONG}.\n${REWRITE}.`).join('\n');

  it('takes the word that became the first of the text as the right neighbour, not the changed word after it', () => {
    const text = [P1, P2, P3].join('\n');
    const o = place(text, text.replace('أعلنت وزارة الصحة', 'وزارة الصحية العامة'), 'أعلنت');
    assert.deepStrictEqual(o.windows, searched(-1 - 'أعلنت'.length, 0, 'أعلنت'));
    assert.deepStrictEqual(outcome(o), ['orphaned', 'diff', 0, 0]);
  });

  it('checks a lone right neighbour against the text before it only when there is a left one too', () => {
    const deleted = DELETED.join(' ');
    const oldText = [BIG, `${P1} ${deleted} قال الوزير ${P4}`, P3].join('\n');
    const newText = [BIG, `${P1} صرح المسؤول ${P4}`, P3].join('\n');
    const o = place(oldText, newText, 'قال الوزير');
    const byRight = newText.indexOf(P4) - 1 - 'قال الوزير'.length;
    assert.deepStrictEqual(o.windows, searched(byRight, byRight, 'قال الوزير'));
    assert.deepStrictEqual(outcome(o), ['pending', undefined, 0, 0]);
  });

  it('checks a lone left neighbour against the text after it only when there is a right one too', () => {
    const deleted = DELETED.join(' ');
    const oldText = [`${P1} قال الوزير ${deleted} ${P4}`, BIG].join('\n');
    const newText = [`${P1} صرح المسؤول ${P4}`, BIG].join('\n');
    const o = place(oldText, newText, 'قال الوزير');
    const byLeft = P1.length + 1;
    assert.deepStrictEqual(o.windows, searched(byLeft, byLeft, 'قال الوزير'));
    assert.deepStrictEqual(outcome(o), ['pending', undefined, 0, 0]);
  });

  it('trusts the first word of the text and the word after a replaced second one while the new text between is at most twice the old and 256 more', () => {
    const text = [P1, P2, P3].join('\n');
    // Old gap: "وزارة" and the spaces either side; new gap: the filler and the same spaces.
    const limit = 2 * ('وزارة'.length + 2) + 256 - 2;
    const filler = BIG.replace(/\n/g, ' ');
    const within = text.replace('وزارة', filler.slice(0, limit).trim().padEnd(limit, 'ـ'));
    const o = place(text, within, 'وزارة');
    assert.deepStrictEqual(outcome(o).slice(0, 3), ['orphaned', 'diff', 'أعلنت '.length]);
    const beyond = text.replace('وزارة', filler.slice(0, limit + 1).trim().padEnd(limit + 1, 'ـ'));
    assert.deepStrictEqual(outcome(place(text, beyond, 'وزارة')), ['pending', undefined, 0, 0]);
  });

  it('searches where most of a span\'s own words went when they moved more than 2,048 characters from its neighbours', () => {
    const was = 'وشارك في الاجتماع ممثلون عن منظمات دولية ومحلية عديدة';
    const now = was.replace('عديدة', 'كثيرة');
    const oldText = [`${P1} ${was}`, P2, BIG, P3, P4].join('\n');
    const newText = [P1, P2, BIG, `${P3} ${now}`, P4].join('\n');
    const o = place(oldText, newText, was);
    const at = newText.indexOf(now);
    assert.ok(at - P1.length > 2048);
    assert.deepStrictEqual(o.windows, searched(at, at, was));
    assert.deepStrictEqual(outcome(o), ['placed', 'diff search', at, at + now.length]);
  });

  it('lets the estimate most own words share win over the last one when they disagree', () => {
    const was = 'وشارك في الاجتماع ممثلون عن منظمات دولية ومحلية عديدة';
    const now = was.replace('عديدة', 'كثيرة');
    const oldText = [`${P1} ${was}`, P2, BIG, P3, P4].join('\n');
    const newText = [P1, P2, BIG, `${P3} ${now}`, P4].join('\n');
    // The span runs on to the first word of the next line, which stayed where it was.
    const o = place(oldText, newText, `${was}\nوقال`);
    const at = newText.indexOf(now);
    assert.deepStrictEqual(o.windows, searched(at, at, `${was}\nوقال`));
    assert.deepStrictEqual(outcome(o), ['orphaned', 'diff', P1.length + 1, P1.length + 1]);
  });
});
