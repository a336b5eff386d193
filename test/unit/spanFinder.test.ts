/**
 * The bounded searches re-anchoring is built from, on a short Arabic news text where every
 * position is known: exact occurrences in a window ranked by context and distance, an
 * approximate search with a similarity threshold.
 */
import * as assert from 'assert';
import { SpanFinder, type SpanItem } from '../../src/core/anchoring/spanFinder';

const TEXT = 'قال المتحدث إن الوفد يصل الأحد. ونفى المتحدث أي مشاركة. وأكد المتحدث أن الوفد يغادر الخميس';

function item(quote: string, before = '', after = ''): SpanItem {
  return { index: 0, quote, before, after, oldStart: 0, oldEnd: quote.length, state: 'pending', newStart: 0, newEnd: 0, score: 0 };
}

const nth = (q: string, n: number) => {
  let at = -1;
  for (let i = 0; i <= n; i++) at = TEXT.indexOf(q, at + 1);
  return at;
};

describe('span finder', () => {
  const finder = new SpanFinder(TEXT);
  const [m0, m1, m2] = [nth('المتحدث', 0), nth('المتحدث', 1), nth('المتحدث', 2)];

  describe('exact', () => {
    it('takes the occurrence whose context agrees, wherever the expected place is', () => {
      const it2 = item('المتحدث', TEXT.slice(m2 - 5, m2), TEXT.slice(m2 + 7, m2 + 12));
      const hit = finder.exact(it2, 0, TEXT.length, m0, 100)!;
      assert.deepStrictEqual([hit.start, hit.end, hit.context, hit.similarity, hit.among], [m2, m2 + 7, 1, 1, 3]);
      assert.ok(Math.abs(hit.rank - (1 - 0.2 * Math.min(1, (m2 - m0) / 100))) < 1e-9);
    });

    it('prefers the nearer of two occurrences with equal context', () => {
      const plain = item('المتحدث');
      assert.strictEqual(finder.exact(plain, 0, TEXT.length, m1 + 3, 50)!.start, m1);
      assert.strictEqual(finder.exact(plain, 0, TEXT.length, m2 - 3, 50)!.start, m2);
    });

    it('looks only at starts within [lo, hi], both ends included', () => {
      const plain = item('المتحدث');
      assert.strictEqual(finder.exact(plain, m1, m1, m1, 10)!.start, m1);
      assert.strictEqual(finder.exact(plain, m1 + 1, m2 - 1, m1, 10), undefined);
      assert.strictEqual(finder.exact(plain, m2, TEXT.length + 50, m2, 10)!.start, m2);
      assert.strictEqual(finder.exact(plain, m1, m1, m1, 10)!.among, 1);
    });

    it('finds a quote that ends the text, and nothing when the window is empty', () => {
      const last = item('الخميس');
      assert.strictEqual(finder.exact(last, 0, TEXT.length, 0, 10)!.end, TEXT.length);
      assert.strictEqual(finder.exact(last, TEXT.length - 3, TEXT.length, 0, 10), undefined);
    });

    it('drops occurrences whose context is below the least asked for', () => {
      const wrong = item('المتحدث', 'ثثثثث', 'ثثثثث');
      assert.strictEqual(finder.exact(wrong, 0, TEXT.length, 0, 10, 0.5), undefined);
      const right = item('المتحدث', TEXT.slice(m1 - 5, m1), TEXT.slice(m1 + 7, m1 + 12));
      assert.strictEqual(finder.exact(right, 0, TEXT.length, 0, 10, 1)!.start, m1);
    });

    it('places an empty quote at the expected offset, kept inside the window', () => {
      assert.deepStrictEqual(finder.exact(item(''), 10, 20, 15, 10), { start: 15, end: 15, context: 1, similarity: 1, rank: 1 });
      assert.strictEqual(finder.exact(item(''), 10, 20, 3, 10)!.start, 10);
      assert.strictEqual(finder.exact(item(''), 10, 20, 30, 10)!.start, 20);
    });
  });

  describe('fuzzy', () => {
    const at = TEXT.indexOf('يغادر الخميس');

    it('finds a quote with a typo, with its similarity, at the boundaries its context gives', () => {
      const typo = item('يغادز الخميس', TEXT.slice(at - 6, at), '');
      const hit = finder.fuzzy(typo, 0, TEXT.length, at, 50, 0.75)!;
      assert.deepStrictEqual([hit.start, hit.end], [at, TEXT.length]);
      assert.ok(Math.abs(hit.similarity - (1 - 1 / 12)) < 1e-9);
    });

    it('accepts a match exactly at the threshold and refuses one below it', () => {
      const typo = item('يغادز الخميس', TEXT.slice(at - 6, at), '');
      assert.ok(finder.fuzzy(typo, 0, TEXT.length, at, 50, 1 - 1 / 12));
      const two = item('يغادز الخميث', TEXT.slice(at - 6, at), '');
      assert.strictEqual(finder.fuzzy(two, 0, TEXT.length, at, 50, 0.9), undefined);
      assert.ok(finder.fuzzy(two, 0, TEXT.length, at, 50, 0.8));
    });

    it('allows no error in a quote too short for the threshold', () => {
      assert.strictEqual(finder.fuzzy(item('الوفز'), 0, TEXT.length, 0, 50, 0.85), undefined);
      assert.ok(finder.fuzzy(item('الوفز'), 0, TEXT.length, 0, 50, 0.8), 'one error in five letters at 0.8');
      assert.strictEqual(finder.fuzzy(item(''), 0, TEXT.length, 0, 50, 0.5), undefined);
    });

    it('searches only from lo to hi plus the quote', () => {
      const typo = item('يغادز الخميس');
      assert.strictEqual(finder.fuzzy(typo, 0, at - 20, 0, 50, 0.75), undefined);
      assert.ok(finder.fuzzy(typo, at - 2, at - 1, at, 50, 0.75));
      assert.strictEqual(finder.fuzzy(typo, TEXT.length + 5, TEXT.length + 9, 0, 50, 0.75), undefined);
    });

    it('finds a quote with a typo at the very start of the text', () => {
      const first = item('قاك المتحدث', '', TEXT.slice(11, 16));
      const hit = finder.fuzzy(first, 0, 10, 0, 50, 0.75)!;
      assert.deepStrictEqual([hit.start, hit.end], [0, 11]);
    });

    it('drops matches whose context is below the least asked for', () => {
      const typo = item('يغادز الخميس', 'ثثثثثث', '');
      assert.strictEqual(finder.fuzzy(typo, 0, TEXT.length, at, 50, 0.75, 0.9), undefined);
    });
  });
});
