/**
 * Long quotes (over LONG_QUOTE) are matched approximately by their two ends: on the seed
 * article, a quote of 300 characters is found after a typo, an insertion or a deletion inside
 * it, at the exact boundaries the edit gives, and not past the window or the text's ends.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LONG_QUOTE, SpanFinder, type SpanItem } from '../../src/core/anchoring/spanFinder';

const OLD = fs.readFileSync(path.join(__dirname, '../../../test/fixtures/seed-article.ar.txt'), 'utf8');
const P = OLD.indexOf('بغداد - قال');
const LEN = 300;
const QUOTE = OLD.slice(P, P + LEN);

function item(quote = QUOTE, before = OLD.slice(P - 32, P), after = OLD.slice(P + LEN, P + LEN + 32)): SpanItem {
  return { index: 0, quote, before, after, oldStart: P, oldEnd: P + LEN, state: 'pending', newStart: 0, newEnd: 0, score: 0 };
}

/** The old text with `count` characters at `at` replaced by `by`. */
const edit = (at: number, count: number, by: string) => OLD.slice(0, at) + by + OLD.slice(at + count);
/** A different Arabic letter than the one at `at`. */
const other = (at: number) => (OLD[at] === 'ث' ? 'ذ' : 'ث');
const typo = (at: number) => edit(at, 1, other(at));

const span = (text: string, threshold: number, lo = 0, hi = text.length, expected = P) => {
  const hit = new SpanFinder(text).fuzzy(item(), lo, hi, expected, 1000, threshold);
  return hit && [hit.start, hit.end];
};

describe('span finder, long quotes', () => {
  it('the quote is long, and unique in the seed article', () => {
    assert.ok(P > 32 && QUOTE.length > LONG_QUOTE);
    assert.strictEqual(OLD.indexOf(QUOTE, P + 1), -1);
  });

  it('finds the quote unchanged, with similarity 1 and full context', () => {
    const hit = new SpanFinder(OLD).fuzzy(item(), 0, OLD.length, P, 1000, 0.9)!;
    assert.deepStrictEqual([hit.start, hit.end, hit.similarity, hit.context], [P, P + LEN, 1, 1]);
    assert.ok(Math.abs(hit.rank - 2.5) < 1e-9, `rank ${hit.rank}`);
  });

  it('finds it after a typo in its middle, near its head, or near its tail', () => {
    for (const at of [P + 150, P + 5, P + LEN - 5]) {
      const hit = new SpanFinder(typo(at)).fuzzy(item(), 0, OLD.length, P, 1000, 0.95)!;
      assert.deepStrictEqual([hit.start, hit.end], [P, P + LEN], `typo at ${at - P}`);
      assert.ok(hit.similarity < 1 && hit.similarity >= 0.95);
    }
  });

  it('stretches to an insertion and shrinks to a deletion inside it', () => {
    assert.deepStrictEqual(span(edit(P + 150, 0, 'زززز'), 0.95), [P, P + LEN + 4]);
    assert.deepStrictEqual(span(edit(P + 150, 4, ''), 0.95), [P, P + LEN - 4]);
  });

  it('reaches for the far end only as far as the errors allowed', () => {
    // 0.97 allows 9 errors: a 12-letter insertion leaves the tail out of reach.
    const text = edit(P + 150, 0, 'زززززززززززز');
    assert.strictEqual(span(text, 0.97), undefined);
    assert.deepStrictEqual(span(text, 0.9), [P, P + LEN + 12]);
  });

  it('finds nothing when both ends were edited', () => {
    const text = typo(P + 5).slice(0, P + LEN - 5) + other(P + LEN - 5) + OLD.slice(P + LEN - 4);
    assert.strictEqual(span(text, 0.9), undefined);
  });

  it('finds nothing when the text is cut inside the quote, at either end', () => {
    assert.strictEqual(span(OLD.slice(0, P + LEN - 10), 0.9), undefined);
    const late = OLD.slice(P + 10);
    const hit = new SpanFinder(late).fuzzy(item(), 0, late.length, 0, 1000, 0.9);
    assert.strictEqual(hit, undefined);
  });

  it('finds the head only where it starts by hi plus the errors allowed', () => {
    const text = typo(P + LEN - 5); // only the head is intact
    const errors = Math.floor(LEN * 0.05);
    assert.deepStrictEqual(span(text, 0.95, 0, P - errors), [P, P + LEN]);
    assert.strictEqual(span(text, 0.95, 0, P - errors - 1), undefined);
    assert.strictEqual(span(text, 0.95, P + 1), undefined);
  });

  it('finds the tail only where the quote could end from the window', () => {
    const text = typo(P + 5); // only the tail is intact
    const errors = Math.floor(LEN * 0.05);
    assert.deepStrictEqual(span(text, 0.95, 0, P - 32 - errors), [P, P + LEN]);
    assert.strictEqual(span(text, 0.95, 0, P - 33 - errors), undefined);
    assert.deepStrictEqual(span(text, 0.95, P + LEN - 32), [P, P + LEN]);
    assert.strictEqual(span(text, 0.95, P + LEN - 31), undefined);
  });

  describe('a text holding the quote twice', () => {
    const SEP = '\nوفي خبر آخر:\n';
    const twice = OLD + SEP + OLD;
    const P2 = OLD.length + SEP.length + P;

    it('takes the occurrence nearer the expected place', () => {
      assert.deepStrictEqual(span(twice, 0.9, 0, twice.length, P), [P, P + LEN]);
      assert.deepStrictEqual(span(twice, 0.9, 0, twice.length, P2), [P2, P2 + LEN]);
      assert.deepStrictEqual(span(twice, 0.9, 0, twice.length, P2 - 100), [P2, P2 + LEN]);
    });

    it('ranks by distance only up to the scale', () => {
      const finder = new SpanFinder(twice);
      const hit = finder.fuzzy(item(), 0, twice.length, P2, 100, 0.9)!;
      assert.strictEqual(hit.start, P2);
      const far = finder.fuzzy(item(), OLD.length, twice.length, P, 100, 0.9)!;
      assert.strictEqual(far.start, P2);
      assert.ok(Math.abs(far.rank - (2.5 - 0.2)) < 1e-9, `rank ${far.rank}`);
      const near = finder.fuzzy(item(), OLD.length, twice.length, P2 - 50, 100, 0.9)!;
      assert.ok(Math.abs(near.rank - (2.5 - 0.1)) < 1e-9, `rank ${near.rank}`);
    });

    it('takes an occurrence with a typo when its context agrees and the other does not', () => {
      const text = OLD + SEP + typo(P + 150);
      const own = item(QUOTE, text.slice(P2 - 32, P2), text.slice(P2 + LEN, P2 + LEN + 32));
      const edited = text.slice(0, P - 40) + 'ثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثث' + text.slice(P);
      const hit = new SpanFinder(edited).fuzzy(own, 0, edited.length, P, 1000, 0.9, 0.5)!;
      assert.deepStrictEqual([hit.start, hit.end], [P2, P2 + LEN]);
    });
  });
});
