/**
 * The q-gram index of the new text and the look-up built on it: word-initial q-grams only,
 * every occurrence found wherever it is, frequent q-grams not voting, and candidates checked
 * against the text and scored by context.
 */
import * as assert from 'assert';
import { lookUp, occurrencesIn } from '../../src/core/anchoring/candidates';
import { isWordStart, Q, QGramIndex } from '../../src/core/anchoring/qgramIndex';
import type { SpanItem } from '../../src/core/anchoring/spanFinder';

const TEXT = 'قال المتحدث إن الوفد يصل الأحد. ونفى المتحدث أي مشاركة. وأكد المتحدث أن الوفد يغادر الخميس';

function item(quote: string, before = '', after = ''): SpanItem {
  return { index: 0, quote, before, after, oldStart: 0, oldEnd: quote.length, state: 'pending', newStart: 0, newEnd: 0, score: 0 };
}

function all(text: string, q: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) out.push(at);
  return out;
}

describe('q-gram index', () => {
  it('knows word starts: the text start, after a space, tab or line break, not a space itself', () => {
    const s = 'ab cd\nef\tgh  ij\rkl';
    const starts = [...s].map((_, i) => i).filter((i) => isWordStart(s, i));
    assert.deepStrictEqual(starts, [0, 3, 6, 9, 13, 16]);
  });

  it('finds every word-initial occurrence of a q-gram, in order, and no other position', () => {
    const index = new QGramIndex(TEXT);
    const at = TEXT.indexOf('المتحدث');
    const hits = [...index.hits(TEXT, at)];
    assert.deepStrictEqual(hits.filter((h) => TEXT.startsWith(TEXT.slice(at, at + Q), h)), all(TEXT, 'المتحدث'));
    for (const h of hits) assert.ok(isWordStart(TEXT, h), `${h} starts a word`);
  });

  it('indexes every word start of a longer text, last full q-gram included, none past the end', () => {
    const text = 'وفي الأثناء قال المتحدث باسم الوزارة إن المحادثات ستستمر حتى نهاية المفاوضات';
    const index = new QGramIndex(text);
    for (let i = 0; i + Q <= text.length; i++) {
      if (isWordStart(text, i)) assert.ok(index.hits(text, i).includes(i), `q-gram at ${i}`);
    }
    const last = text.lastIndexOf(' ') + 1;
    assert.ok(last + Q <= text.length);
    assert.ok(index.hits(text, last).includes(last));
    assert.strictEqual(new QGramIndex('قصير').hits('قصير جدا', 0).length, 0, 'a text shorter than Q has no q-gram');
  });
});

describe('look-up', () => {
  const index = new QGramIndex(TEXT);
  const m2 = all(TEXT, 'المتحدث')[2]!;

  it('finds a quote by its context wherever it is, the copy that fits first', () => {
    const it = item('المتحدث', 'مشاركة. وأكد ', ' أن الوفد يغادر');
    const { exact, regions } = lookUp(it, index);
    assert.strictEqual(exact[0]!.start, m2);
    assert.strictEqual(exact[0]!.end, m2 + 'المتحدث'.length);
    assert.strictEqual(exact[0]!.context, 1);
    assert.ok(regions.some((r) => Math.abs(r - m2) <= 24), `regions ${regions}`);
    for (let i = 1; i < exact.length; i++) assert.ok(exact[i]!.context <= exact[i - 1]!.context);
  });

  it('finds nothing for a needle none of whose word-initial q-grams occur', () => {
    assert.deepStrictEqual(lookUp(item('برشلونة', 'في ملعب ', ' الإسباني'), index), { exact: [], regions: [] });
  });

  it('lets no q-gram found more than 48 times vote', () => {
    const text = Array.from({ length: 60 }, () => 'الرئيس قال').join(' ') + ' الرئيس قال الوزير';
    const big = new QGramIndex(text);
    assert.deepStrictEqual(lookUp(item('الرئيس', ' ', ' قال'), big).regions, []);
    // Only the rare q-gram across its last two words votes, and finds it.
    const found = lookUp(item('الوزير', 'الرئيس قال ', ''), big);
    assert.deepStrictEqual(found.exact.map((c) => c.start), [text.lastIndexOf('الوزير')]);
    assert.strictEqual(found.regions.length, 1);
  });

  it('lists exact occurrences within a window, both ends included, with their context', () => {
    const it = item('الوفد', 'إن ', ' يصل');
    const [first, second] = all(TEXT, 'الوفد') as [number, number];
    assert.deepStrictEqual(occurrencesIn(it, TEXT, 0, TEXT.length).map((c) => c.start), [first, second]);
    assert.deepStrictEqual(occurrencesIn(it, TEXT, first, first).map((c) => c.start), [first]);
    assert.deepStrictEqual(occurrencesIn(it, TEXT, first + 1, second - 1), []);
    assert.deepStrictEqual(occurrencesIn(it, TEXT, second, second + 100).map((c) => c.start), [second]);
    const [c1, c2] = occurrencesIn(it, TEXT, 0, TEXT.length);
    assert.strictEqual(c1!.context, 1);
    assert.ok(c2!.context < 1);
    assert.deepStrictEqual(occurrencesIn(it, TEXT, 50, 10), [], 'an empty window');
    assert.deepStrictEqual(occurrencesIn(item(''), TEXT, 5, 9).map((c) => [c.start, c.end]), [[5, 5]], 'an empty quote sits at the window start');
  });
});
