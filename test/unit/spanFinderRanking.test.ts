/**
 * How SpanFinder.fuzzy ranks and bounds what it finds: the rank is the sum it documents,
 * distance counts only up to the scale, ties keep the earlier match, a threshold or least
 * context reached exactly is enough, and a quote that allows no error is left to the exact
 * search. For long quotes, the far end is looked for only within the errors allowed of where
 * the quote's length puts it, so a copy of that end elsewhere in the text is never taken.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SpanFinder, type SpanItem } from '../../src/core/anchoring/spanFinder';
import { adjacency, contextSimilarity, quoteSimilarity } from '../../src/core/anchoring/similarity';

function item(quote: string, before = '', after = ''): SpanItem {
  return { index: 0, quote, before, after, oldStart: 0, oldEnd: quote.length, state: 'pending', newStart: 0, newEnd: 0, score: 0 };
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe('span finder, ranking of approximate matches', () => {
  // The same misspelt word three times, far enough apart for distance to matter.
  const TEXT = 'أعلن الناطق باسم الوزارة أن الوفد وصل. ثم قال الناطق باسم الشرطة إن الطريق مغلق. وختم الناطق باسم البلدية';
  const QUOTE = 'الناطك باسم'; // one letter off every occurrence of «الناطق باسم»
  const at = (n: number) => {
    let p = -1;
    for (let i = 0; i <= n; i++) p = TEXT.indexOf('الناطق باسم', p + 1);
    return p;
  };
  const finder = new SpanFinder(TEXT);

  it('ranks by quote similarity, context, half the adjacency, less the weighted distance', () => {
    const q = item(QUOTE, 'ثم قال ', ' الشرطة');
    const expected = at(1) - 30;
    const hit = finder.fuzzy(q, 0, TEXT.length, expected, 100, 0.8)!;
    assert.deepStrictEqual([hit.start, hit.end], [at(1), at(1) + 11]);
    const similarity = quoteSimilarity(QUOTE, TEXT.slice(hit.start, hit.end));
    const context = contextSimilarity(TEXT, hit.start, hit.end, q.before, q.after);
    const snug = adjacency(TEXT, hit.start, hit.end, q.before, q.after);
    assert.ok(close(hit.similarity, similarity) && close(hit.context, context));
    assert.ok(close(hit.rank, similarity + context + 0.5 * snug - 0.2 * (30 / 100)), `rank ${hit.rank}`);
  });

  it('takes the occurrence nearest the expected place when the context cannot tell', () => {
    for (const n of [0, 1, 2]) {
      const hit = finder.fuzzy(item(QUOTE), 0, TEXT.length, at(n) + 2, 40, 0.8)!;
      assert.strictEqual(hit.start, at(n), `occurrence ${n}`);
    }
  });

  it('counts distance only up to the scale', () => {
    const hit = finder.fuzzy(item(QUOTE), at(2), TEXT.length, 0, 10, 0.8)!;
    assert.strictEqual(hit.start, at(2));
    const bare = hit.similarity + hit.context + 0.5 * adjacency(TEXT, hit.start, hit.end, '', '');
    assert.ok(close(hit.rank, bare - 0.2), `rank ${hit.rank}`);
  });

  it('keeps the earlier of two matches equally near and equally in context', () => {
    const text = 'قال نعن ثم نعن قال';
    const first = text.indexOf('نعن');
    const second = text.lastIndexOf('نعن');
    const hit = new SpanFinder(text).fuzzy(item('نعم'), 0, text.length, (first + second) / 2, 100, 0.6)!;
    assert.strictEqual(hit.start, first);
    assert.ok(second > first + 3);
  });

  it('accepts a match whose context is exactly the least asked for', () => {
    const q = item(QUOTE, 'ثم قال ', ' الشرطة');
    const free = finder.fuzzy(q, 0, TEXT.length, at(1), 100, 0.8)!;
    assert.ok(free.context > 0 && free.context <= 1);
    const bound = finder.fuzzy(q, 0, TEXT.length, at(1), 100, 0.8, free.context)!;
    assert.deepStrictEqual([bound.start, bound.end], [free.start, free.end]);
  });

  it('leaves a quote that allows no error to the exact search, even where it occurs', () => {
    // Five letters at 0.85 allow no error: fuzzy finds nothing, exact finds it.
    const text = 'قال إن الوفد يصل الأحد';
    assert.strictEqual(new SpanFinder(text).fuzzy(item('الوفد'), 0, text.length, 0, 50, 0.85), undefined);
    assert.ok(new SpanFinder(text).exact(item('الوفد'), 0, text.length, 0, 50));
  });
});

describe('span finder, the far end of a long quote', () => {
  const OLD = fs.readFileSync(path.join(__dirname, '../../../test/fixtures/seed-article.ar.txt'), 'utf8');
  const P = OLD.indexOf('بغداد - قال');
  const LEN = 300;
  const QUOTE = OLD.slice(P, P + LEN);
  const HEAD = QUOTE.slice(0, 32);
  const TAIL = QUOTE.slice(LEN - 32);
  const long = () => ({ ...item(QUOTE, OLD.slice(P - 32, P), OLD.slice(P + LEN, P + LEN + 32)), oldStart: P, oldEnd: P + LEN });
  /** The old text with a typo `back` characters before the quote's end (inside its last 32). */
  const tailTypo = (text: string, quoteAt: number, back = 5) => {
    const at = quoteAt + LEN - back;
    return text.slice(0, at) + (text[at] === 'ث' ? 'ذ' : 'ث') + text.slice(at + 1);
  };

  it('is found at its full length from the head when the tail was edited', () => {
    const text = tailTypo(OLD, P);
    const hit = new SpanFinder(text).fuzzy(long(), 0, text.length, P, 1000, 0.95)!;
    assert.deepStrictEqual([hit.start, hit.end], [P, P + LEN]);
  });

  it('ignores a copy of its tail earlier in the text, out of the errors\u2019 reach', () => {
    // The intact tail is pasted before the quote; the quote's own tail has a typo.
    const lead = OLD.slice(0, 10) + TAIL + OLD.slice(10);
    const text = tailTypo(lead, P + 32);
    const hit = new SpanFinder(text).fuzzy(long(), 0, text.length, P + 32, 1000, 0.95)!;
    assert.deepStrictEqual([hit.start, hit.end], [P + 32, P + 32 + LEN]);
  });

  it('ignores a copy of its tail later in the text, out of the errors\u2019 reach', () => {
    const text = tailTypo(OLD, P) + '\n' + TAIL;
    const hit = new SpanFinder(text).fuzzy(long(), 0, text.length, P, 1000, 0.95)!;
    assert.deepStrictEqual([hit.start, hit.end], [P, P + LEN]);
  });

  it('ignores a copy of its head out of reach when only the tail is intact', () => {
    const at = P + 5;
    const edited = OLD.slice(0, at) + (OLD[at] === 'ث' ? 'ذ' : 'ث') + OLD.slice(at + 1);
    const text = HEAD + '\n' + edited;
    const start = P + HEAD.length + 1;
    const hit = new SpanFinder(text).fuzzy(long(), 0, text.length, start, 1000, 0.95)!;
    assert.deepStrictEqual([hit.start, hit.end], [start, start + LEN]);
  });

  it('accepts a long match exactly at the threshold, and its least context exactly', () => {
    const text = tailTypo(OLD, P, 150);
    const free = new SpanFinder(text).fuzzy(long(), 0, text.length, P, 1000, 0.9)!;
    assert.ok(free.similarity < 1);
    const bound = new SpanFinder(text).fuzzy(long(), 0, text.length, P, 1000, free.similarity, free.context)!;
    assert.deepStrictEqual([bound.start, bound.end, bound.similarity], [free.start, free.end, free.similarity]);
  });
});
