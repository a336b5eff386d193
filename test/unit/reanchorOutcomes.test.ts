/** What re-anchoring reports for each span: kept, moved, fuzzy or orphaned, and its options. */
import * as assert from 'assert';
import { reanchor } from '../../src/core/anchoring/reanchor';
import type { Annotation } from '../../src/core/model/annotation';
import { spanContext } from '../../src/core/text/context';
import { seedArticle } from './support/fixtures';

const ARTICLE = seedArticle();

function annotate(quote: string): Annotation {
  const start = ARTICLE.indexOf(quote);
  const c = spanContext(ARTICLE, start, start + quote.length);
  return { id: `a${start}`, type: 'actor', start, end: start + quote.length, text: c.text, before: c.before, after: c.after, attrs: {}, links: {} };
}

describe('re-anchoring outcomes', () => {
  it('reports an orphan whose quote is back at its old offsets as moved, no longer orphaned', () => {
    // A hand-edited sidecar can mark a span orphaned and keep its offsets.
    const span = { ...annotate('يحيى رسول'), orphaned: true };
    for (const options of [{}, { oldText: ARTICLE }]) {
      const [r] = reanchor([span], ARTICLE, options);
      assert.strictEqual(r!.outcome, 'moved');
      assert.deepStrictEqual([r!.annotation.start, r!.annotation.end], [span.start, span.end]);
      assert.ok(!('orphaned' in r!.annotation));
    }
  });

  it('accepts a threshold of exactly 1 (exact quotes only) and refuses 0, more than 1 and NaN', () => {
    const span = annotate('يحيى رسول');
    const edited = ARTICLE.replace('يحيى رسول', 'يحيا رسول');
    assert.strictEqual(reanchor([span], edited, { fuzzyThreshold: 1 })[0]!.outcome, 'orphaned');
    assert.strictEqual(reanchor([span], edited, { fuzzyThreshold: 0.8 })[0]!.outcome, 'fuzzy');
    for (const bad of [0, -0.5, 1.01, Number.NaN]) {
      assert.throws(() => reanchor([span], edited, { fuzzyThreshold: bad }), (e: Error) => e instanceof RangeError && e.message === `fuzzyThreshold must be in (0, 1], got ${bad}`);
    }
  });

  it('places spans given in any order, including two on the same quote', () => {
    const a = annotate('لويد أوستن');
    const b = annotate('يحيى رسول');
    const twin = { ...b, id: 'twin' };
    const newText = 'عاجل: ' + ARTICLE;
    const results = reanchor([a, twin, b], newText, { oldText: ARTICLE });
    assert.deepStrictEqual(results.map((r) => [r.annotation.id, r.outcome, r.annotation.start]), [
      [a.id, 'moved', a.start + 6], ['twin', 'moved', b.start + 6], [b.id, 'moved', b.start + 6],
    ]);
  });
});
