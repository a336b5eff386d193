/**
 * The q-gram index of the new text and the look-up built on it: word-initial q-grams only,
 * every occurrence found wherever it is, frequent q-grams not voting, and candidates checked
 * against the text and scored by context.
 */
import * as assert from 'assert';
import { lookUp, occurrencesIn } from '../../src/core/anchoring/candidates';
import { isWordStart, Q, QGramIndex } from '../../src/core/anchoring/qgramIndex';
import type { SpanItem } from '../../src/core/anchoring/spanFinder';
import { newsText } from '../corpus/newsCorpus';
import { seededRandom } from '../corpus/random';

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

/** Whitespace as the index means it: what separates words in a plain-text article. */
const WHITE = new Set([' ', '\n', '\t', '\r']);

/** Word starts of `text` that have a full q-gram, found by brute force. */
function wordStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + Q <= text.length; i++) {
    if (!WHITE.has(text.charAt(i)) && (i === 0 || WHITE.has(text.charAt(i - 1)))) out.push(i);
  }
  return out;
}

describe('q-gram index against brute force', () => {
  it('takes any pair of whitespace characters as one gap: a word starts after the last of them', () => {
    const kinds = [' ', '\n', '\t', '\r', 'ب', '،'];
    for (const a of kinds) {
      for (const b of kinds) {
        const s = `ق${a}${b}ل`;
        const want = [0];
        if (WHITE.has(a) && !WHITE.has(b)) want.push(2);
        if (WHITE.has(b)) want.push(3);
        const got = [0, 1, 2, 3].filter((i) => isWordStart(s, i));
        assert.deepStrictEqual(got, want, JSON.stringify(s));
      }
    }
  });

  const rnd = seededRandom(7);
  const words = ['قال', 'المتحدث', 'الخارجية', 'في', 'إن', 'الوفد', 'المفاوضات', '2026', '(الأحد)'];
  const gaps = [' ', ' ', '  ', '\n', '\r\n', ' \t', '\n\n'];
  const texts = [
    // A separator line of one repeated character opens the text; the last word ends exactly Q after its start.
    '========\nقال المتحدث باسم وزارة الخارجية',
    'الخارجية',
    ...Array.from({ length: 30 }, () => {
      const n = 3 + Math.floor(rnd() * 30);
      return Array.from({ length: n }, (_, i) => (i > 0 ? gaps[Math.floor(rnd() * gaps.length)]! : '') + words[Math.floor(rnd() * words.length)]!).join('');
    }),
  ];

  it('gives, for every q-gram of a text, each word start holding it, in ascending order and only once', () => {
    for (const text of texts) {
      const index = new QGramIndex(text);
      const starts = wordStarts(text);
      for (let p = 0; p + Q <= text.length; p++) {
        const hits = [...index.hits(text, p)];
        for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]! < hits[i]!, `ascending hits of ${p} in ${JSON.stringify(text)}`);
        for (const h of hits) assert.ok(starts.includes(h), `${h} is a word start with a full q-gram`);
        const want = starts.filter((h) => text.startsWith(text.slice(p, p + Q), h));
        assert.deepStrictEqual(hits.filter((h) => text.startsWith(text.slice(p, p + Q), h)), want, `${p} in ${JSON.stringify(text)}`);
      }
      // Places too near the end for a whole q-gram hold nothing of the index.
      for (let p = Math.max(0, text.length - Q + 1); p < text.length; p++) {
        for (const h of index.hits(text, p)) assert.ok(h + Q <= text.length, `${h} past the end`);
      }
    }
  });

  it('mixes few q-grams in one bucket, for small indexes and large ones', () => {
    // A short article: no needle, made up or real, gets more than a handful of leads.
    const small = new QGramIndex(texts[5]!);
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي ';
    let most = 0;
    for (let k = 0; k < 20000; k++) {
      let needle = '';
      for (let c = 0; c < Q; c++) needle += letters.charAt(Math.floor(rnd() * letters.length));
      most = Math.max(most, small.hits(needle, 0).length);
    }
    assert.ok(most <= 6, `at most ${most} leads for a made-up needle`);
    // Real news, tens of thousands of word starts: a lookup brings under two false leads on average.
    const text = newsText(150_000, 'dev');
    const big = new QGramIndex(text);
    const starts = wordStarts(text);
    assert.ok(starts.length > 20000, `${starts.length} word starts`);
    let wrong = 0;
    for (const p of starts) {
      const gram = text.slice(p, p + Q);
      for (const h of big.hits(text, p)) if (!text.startsWith(gram, h)) wrong++;
    }
    assert.ok(wrong / starts.length < 2, `${(wrong / starts.length).toFixed(2)} false leads per lookup`);
  });
});
