/**
 * SpanFinder.exact at the limits of its window: an inverted window, ties between equally
 * good occurrences, and a window of one word repeated more often than it looks at.
 */
import * as assert from 'assert';
import { SpanFinder, type SpanItem } from '../../src/core/anchoring/spanFinder';

function item(quote: string, before = '', after = ''): SpanItem {
  return { index: 0, quote, before, after, oldStart: 0, oldEnd: quote.length, state: 'pending', newStart: 0, newEnd: 0, score: 0 };
}

describe('span finder, exact search at the window limits', () => {
  it('places nothing, not even an empty quote, in an inverted window', () => {
    const finder = new SpanFinder('قال المتحدث إن الوفد يصل الأحد');
    assert.strictEqual(finder.exact(item(''), 10, 5, 7, 10), undefined);
    assert.strictEqual(finder.exact(item('الوفد'), 20, 10, 15, 10), undefined);
  });

  it('keeps the earlier of two occurrences equally near and equally in context', () => {
    const text = 'نعم ، نعم';
    const hit = new SpanFinder(text).exact(item('نعم'), 0, text.length, 3, 10)!;
    assert.deepStrictEqual([hit.start, hit.end, hit.among], [0, 3, 2]);
  });

  it('looks at no more than 400 occurrences of a word repeated 500 times', () => {
    const text = 'نعم '.repeat(500);
    const hit = new SpanFinder(text).exact(item('نعم', 'نعم ', ' نعم'), 0, text.length, text.length, 10_000)!;
    assert.strictEqual(hit.among, 400);
    assert.strictEqual(hit.start, 399 * 4, 'the nearest of the first 400');
  });
});
