import * as assert from 'assert';
import * as fc from 'fast-check';
import { buildReanchorCase, score, SEED_ARTICLE, seedWords } from '../corpus/arabicCorpus';
import { type AnchorResult, reanchor, type ReanchorOptions } from '../../src/core/anchoring/reanchor';
import type { Annotation } from '../../src/core/model/annotation';
import { spanContext } from '../../src/core/text/context';
import { normalizeForMatching } from '../../src/core/text/normalize';
import { codePointLength, sliceCodePoints } from '../../src/core/text/offsets';

/** Code point offset of the `nth` occurrence of `quote` in `text`. */
function cpAt(text: string, quote: string, nth = 0): number {
  let at = -1;
  for (let n = 0; n <= nth; n++) {
    at = text.indexOf(quote, at + 1);
    assert.ok(at >= 0, `"${quote}" occurs ${nth + 1} times`);
  }
  return codePointLength(text.slice(0, at));
}

let counter = 0;
/** An annotation over `text[start:end)` (code points), context included. */
function annotate(text: string, start: number, end: number): Annotation {
  const { text: quote, before, after } = spanContext(text, start, end);
  return {
    id: `t${counter++}`, type: 'claim', start, end, text: quote, before, after,
    attrs: { stance: 'neutral' }, links: {}, created: '2024-02-11T00:00:00Z', modified: '2024-02-11T00:00:00Z',
  };
}

/** An annotation over the `nth` occurrence of `quote`. */
function annotateQuote(text: string, quote: string, nth = 0): Annotation {
  const start = cpAt(text, quote, nth);
  return annotate(text, start, start + codePointLength(quote));
}

/** Every placed result quotes the new text exactly, and carries fresh context. */
function assertConsistent(results: readonly AnchorResult<Annotation>[], newText: string): void {
  for (const r of results) {
    const a = r.annotation;
    if (r.outcome === 'orphaned') {
      assert.strictEqual(a.orphaned, true);
      assert.strictEqual(a.start, a.end);
      continue;
    }
    assert.strictEqual(a.orphaned, undefined, 'a placed annotation is not marked orphaned');
    assert.strictEqual(sliceCodePoints(newText, a.start, a.end), a.text);
    const fresh = spanContext(newText, a.start, a.end);
    assert.strictEqual(a.before, fresh.before);
    assert.strictEqual(a.after, fresh.after);
  }
}

const MODES: [string, (oldText: string) => ReanchorOptions][] = [
  ['without the old text', () => ({})],
  ['with the old text', (oldText) => ({ oldText })],
];

const PARAGRAPHS = SEED_ARTICLE.split('\n').filter((p) => p.length > 120);
const QUOTES = ['اللجنة العسكرية العراقية العليا', 'قوات التحالف الدولي', 'لويد أوستن', 'حزب الله العراقي', 'قطاع غزة', 'الولايات المتحدة'];

for (const [mode, withOld] of MODES) {
  describe(`reanchor ${mode}`, () => {
    it('keeps every span of an unchanged text, as new objects with the same fields', () => {
      const spans = QUOTES.map((q) => annotateQuote(SEED_ARTICLE, q));
      const results = reanchor(spans, SEED_ARTICLE, withOld(SEED_ARTICLE));
      assert.deepStrictEqual(results.map((r) => r.outcome), spans.map(() => 'kept'));
      results.forEach((r, i) => {
        assert.notStrictEqual(r.annotation, spans[i]);
        assert.deepStrictEqual(r.annotation, spans[i]);
        assert.deepStrictEqual(r.previous, { start: spans[i]!.start, end: spans[i]!.end });
        assert.strictEqual(r.score, undefined);
      });
    });

    it('moves spans by exactly the length of text inserted before them', () => {
      const spans = QUOTES.map((q) => annotateQuote(SEED_ARTICLE, q));
      const prefix = 'عاجل: تحديث الخبر بعد ساعة من نشره.\n';
      const newText = prefix + SEED_ARTICLE;
      const results = reanchor(spans, newText, withOld(SEED_ARTICLE));
      results.forEach((r, i) => {
        assert.strictEqual(r.outcome, 'moved');
        assert.strictEqual(r.annotation.start, spans[i]!.start + codePointLength(prefix));
        assert.strictEqual(r.annotation.end, spans[i]!.end + codePointLength(prefix));
      });
      assertConsistent(results, newText);
    });

    it('follows spans into paragraphs that swapped places', () => {
      const [p1, p2] = [PARAGRAPHS[1]!, PARAGRAPHS[4]!];
      const quote1 = p1.split(' ').slice(3, 6).join(' ');
      const quote2 = p2.split(' ').slice(5, 7).join(' ');
      const spans = [annotateQuote(SEED_ARTICLE, quote1), annotateQuote(SEED_ARTICLE, quote2)];
      const newText = SEED_ARTICLE.replace(p1, '\u0000').replace(p2, p1).replace('\u0000', p2);
      assert.notStrictEqual(newText, SEED_ARTICLE);
      const results = reanchor(spans, newText, withOld(SEED_ARTICLE));
      assert.deepStrictEqual(results.map((r) => r.outcome), ['moved', 'moved']);
      const shift1 = cpAt(newText, p1) - cpAt(SEED_ARTICLE, p1);
      const shift2 = cpAt(newText, p2) - cpAt(SEED_ARTICLE, p2);
      assert.strictEqual(results[0]!.annotation.start, spans[0]!.start + shift1);
      assert.strictEqual(results[1]!.annotation.start, spans[1]!.start + shift2);
      assertConsistent(results, newText);
    });

    it('orphans a span whose words were deleted, keeping it with its quote and context', () => {
      const sentence = 'وقال "طالما لم يعكر صفو المحادثات شيء، فإن الاجتماعات ستتواتر بصورة دورية لإتمام أعمال اللجنة بالسرعة الممكنة".\n';
      const quote = 'طالما لم يعكر صفو المحادثات';
      assert.ok(SEED_ARTICLE.includes(sentence));
      const gone = annotateQuote(SEED_ARTICLE, quote);
      const stays = annotateQuote(SEED_ARTICLE, 'يحيى رسول');
      const newText = SEED_ARTICLE.replace(sentence, '');
      const results = reanchor([gone, stays], newText, withOld(SEED_ARTICLE));
      assert.strictEqual(results.length, 2);
      const orphan = results[0]!;
      assert.strictEqual(orphan.outcome, 'orphaned');
      assert.strictEqual(orphan.annotation.orphaned, true);
      assert.strictEqual(orphan.annotation.text, quote);
      assert.strictEqual(orphan.annotation.before, gone.before);
      assert.strictEqual(orphan.annotation.after, gone.after);
      assert.strictEqual(orphan.annotation.id, gone.id);
      assert.deepStrictEqual(orphan.annotation.attrs, gone.attrs);
      // Where the sentence was, give or take its own length.
      const cut = cpAt(SEED_ARTICLE, sentence);
      assert.ok(Math.abs(orphan.annotation.start - cut) <= codePointLength(sentence), `orphan at ${orphan.annotation.start}, cut at ${cut}`);
      assert.strictEqual(results[1]!.outcome, 'kept');
      assertConsistent(results, newText);
    });

    it('tells two occurrences of the same quote apart by their context', () => {
      // Text inserted at the top is exactly as long as the gap between the two "المتحدث", so
      // the first one now sits at the span's old offset: only the context says it is not the span.
      const a = 'قال المتحدث إن المحادثات مستمرة.';
      const b = 'ونفى المتحدث أي مشاركة في الهجمات على القواعد.';
      const oldText = `${a} ${b}\n`;
      const span = annotateQuote(oldText, 'المتحدث', 1);
      const gap = cpAt(oldText, 'المتحدث', 1) - cpAt(oldText, 'المتحدث', 0);
      const prefix = 'بغداد - ' + 'ا'.repeat(gap - 'بغداد - '.length - 1) + ' ';
      assert.strictEqual(codePointLength(prefix), gap);
      const newText = prefix + oldText;
      assert.strictEqual(sliceCodePoints(newText, span.start, span.end), span.text, 'the wrong one sits at the old offset');
      const results = reanchor([span], newText, withOld(oldText));
      assert.strictEqual(results[0]!.outcome, 'moved');
      assert.strictEqual(results[0]!.annotation.start, cpAt(newText, 'المتحدث', 1));
      assertConsistent(results, newText);
    });

    it('places a span on the right one of many identical words near its old place', () => {
      // "في" occurs every few words; a word inserted before it shifts it onto another "في".
      const oldText = PARAGRAPHS.slice(0, 6).join('\n');
      const spans = [0, 2, 5, 8].map((n) => annotateQuote(oldText, 'في', n));
      const cut = cpAt(oldText, 'في', 0);
      const chars = [...oldText];
      const newText = [...chars.slice(0, cut), 'يوم الأحد ', ...chars.slice(cut)].join('');
      const results = reanchor(spans, newText, withOld(oldText));
      results.forEach((r, i) => {
        assert.strictEqual(r.outcome, 'moved');
        assert.strictEqual(r.annotation.start, spans[i]!.start + codePointLength('يوم الأحد '));
      });
    });

    it('matches a quote with a typo approximately, with its similarity', () => {
      const quote = 'اللجنة العسكرية العراقية العليا';
      const span = annotateQuote(SEED_ARTICLE, quote);
      const typo = 'اللجنة العسكرية العراقيه العليا'; // ة → ه
      const newText = SEED_ARTICLE.replace(quote, typo);
      const results = reanchor([span], newText, withOld(SEED_ARTICLE));
      const r = results[0]!;
      assert.strictEqual(r.outcome, 'fuzzy');
      assert.strictEqual(r.annotation.text, typo);
      assert.strictEqual(r.annotation.start, span.start);
      assert.strictEqual(r.annotation.end, span.end);
      assert.ok(Math.abs(r.score! - (1 - 1 / quote.length)) < 1e-9, `score ${r.score}`);
      assertConsistent(results, newText);
    });

    it('orphans a quote changed beyond the threshold', () => {
      const quote = 'اللجنة العسكرية العراقية العليا';
      const span = annotateQuote(SEED_ARTICLE, quote);
      const rewritten = 'الهيئة الأمنية المشتركة العليا';
      const newText = SEED_ARTICLE.replace(quote, rewritten);
      assert.strictEqual(reanchor([span], newText, withOld(SEED_ARTICLE))[0]!.outcome, 'orphaned');
      // A single typo passes the default threshold but not a stricter one.
      const typo = SEED_ARTICLE.replace(quote, 'اللجنة العسكرية العراقيه العليا');
      assert.strictEqual(reanchor([span], typo, withOld(SEED_ARTICLE))[0]!.outcome, 'fuzzy');
      assert.strictEqual(reanchor([span], typo, { ...withOld(SEED_ARTICLE), fuzzyThreshold: 0.99 })[0]!.outcome, 'orphaned');
    });

    it('counts offsets in code points across emoji', () => {
      const spans = QUOTES.map((q) => annotateQuote(SEED_ARTICLE, q));
      const prefix = '📌🇮🇶 عاجل 😊 ';
      assert.strictEqual(codePointLength(prefix), 11);
      assert.strictEqual(prefix.length, 15);
      const newText = prefix + SEED_ARTICLE.replace('قال يحيى', 'قال 😊 يحيى');
      const results = reanchor(spans, newText, withOld(SEED_ARTICLE));
      const second = cpAt(SEED_ARTICLE, 'قال يحيى');
      results.forEach((r, i) => {
        assert.strictEqual(r.outcome, 'moved');
        const shift = 11 + (spans[i]!.start > second ? 2 : 0);
        assert.strictEqual(r.annotation.start, spans[i]!.start + shift);
      });
      assertConsistent(results, newText);
    });

    it('tries orphans again and brings back one whose text reappeared', () => {
      const quote = 'طالما لم يعكر صفو المحادثات';
      const span = annotateQuote(SEED_ARTICLE, quote);
      const orphan: Annotation = { ...span, start: 40, end: 40, orphaned: true };
      const results = reanchor([orphan], SEED_ARTICLE, withOld(SEED_ARTICLE.slice(0, 40)));
      const r = results[0]!;
      assert.strictEqual(r.outcome, 'moved');
      assert.strictEqual(r.annotation.start, span.start);
      assert.strictEqual(r.annotation.end, span.end);
      assert.strictEqual('orphaned' in r.annotation, false);
      assert.deepStrictEqual(r.previous, { start: 40, end: 40 });
      // Still absent: orphaned again, quote kept.
      const absent = reanchor([orphan], SEED_ARTICLE.replace(quote, ''), withOld(SEED_ARTICLE))[0]!;
      assert.strictEqual(absent.outcome, 'orphaned');
      assert.strictEqual(absent.annotation.text, quote);
    });

    it('returns results in the order of the input, whatever that order', () => {
      const spans = QUOTES.map((q) => annotateQuote(SEED_ARTICLE, q)).reverse();
      const newText = 'مقدمة قصيرة. ' + SEED_ARTICLE;
      const results = reanchor(spans, newText, withOld(SEED_ARTICLE));
      results.forEach((r, i) => {
        assert.strictEqual(r.annotation.id, spans[i]!.id);
        assert.strictEqual(r.annotation.text, spans[i]!.text);
      });
    });

    it('re-anchors realistic recombined news after scattered edits almost perfectly', () => {
      const c = buildReanchorCase({ seed: 7, length: 60_000, spans: 400, deletedSpans: 5, typoSpans: 5, movedParagraphs: 2 });
      const results = reanchor(c.annotations, c.newText, withOld(c.oldText));
      const s = score(c, results);
      assert.strictEqual(s.broken, 0);
      assert.ok(s.correct / s.total >= 0.99, `${s.correct} of ${s.total} correct`);
      assert.ok(s.outcomes.fuzzy >= 4, 'the typos are found approximately');
      assert.ok(s.outcomes.orphaned >= 5, 'the deleted spans are orphaned');
      assertConsistent(results, c.newText);
    });

    it('brings every span back to its true place after small edits elsewhere (property)', () => {
      // Content words occur once each, with short function words (which recur) between them,
      // so every span has one true place; inserted words never occur in the text, so they
      // cannot create a second copy of a quote either.
      const small = ['في', 'من', 'على', 'إن'];
      // "Once each" holds for the words the diff compares: والعراق، and والعراق are one word to it
      // (its tokens drop punctuation and fold spelling), and deleting one beside the other is
      // ambiguous: either copy may be the one that went.
      const byToken = new Map<string, string>();
      for (const w of seedWords()) {
        const key = normalizeForMatching(w).text.replace(/[^\p{L}\p{N}]/gu, '');
        if (!byToken.has(key)) byToken.set(key, w);
      }
      const content = [...byToken.values()].filter((w) => w.length >= 3 && !small.includes(w));
      const fresh = ['تجريبي', 'إضافة', 'مستجد', 'طارئ', '😊', '📌'].filter((w) => !content.includes(w));
      // A function word never comes back within two slots: deleting the one word between two
      // equal function words ("على بناء على" → "على على") would make them indistinguishable
      // by context, and only the old text could tell which one the span was.
      const text = fc
        .tuple(fc.uniqueArray(fc.constantFrom(...content, '🇮🇶'), { minLength: 6, maxLength: 40 }), fc.array(fc.nat(small.length * 2 - 1), { minLength: 40, maxLength: 40 }))
        .map(([words, gaps]) => {
          const recent: string[] = [];
          return words.flatMap((w, i) => {
            if (gaps[i]! >= small.length) return [w];
            const choices = small.filter((f) => !recent.includes(f));
            const f = choices[gaps[i]! % choices.length]!;
            recent.push(f);
            if (recent.length > 2) recent.shift();
            return [w, f];
          });
        });
      const spans = fc.array(fc.record({ at: fc.nat(), len: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 5 });
      const edits = fc.array(fc.record({ at: fc.nat(), insert: fc.boolean(), word: fc.constantFrom(...fresh) }), { minLength: 1, maxLength: 4 });
      fc.assert(
        fc.property(text, spans, edits, (tokens, rawSpans, rawEdits) => {
          const ids = tokens.map((_, i) => i);
          const ranges = rawSpans.map((s) => {
            const first = s.at % tokens.length;
            return [first, Math.min(tokens.length - 1, first + s.len - 1)] as const;
          });
          const locked = new Set(ranges.flatMap(([a, b]) => ids.slice(a, b + 1)));
          const inside = new Set(ranges.flatMap(([a, b]) => ids.slice(a + 1, b + 1)));
          let next = tokens.length;
          let edited = ids.map((id) => ({ id, word: tokens[id]! }));
          for (const e of rawEdits) {
            const k = e.at % (edited.length + 1);
            if (e.insert) {
              if (k < edited.length && inside.has(edited[k]!.id)) continue;
              edited.splice(k, 0, { id: next++, word: e.word });
            } else if (k < edited.length && !locked.has(edited[k]!.id)) {
              edited = edited.filter((_, i) => i !== k);
            }
          }
          const layout = (list: { id: number; word: string }[]): { text: string; at: Map<number, number> } => {
            const at = new Map<number, number>();
            let offset = 0;
            for (const t of list) {
              at.set(t.id, offset);
              offset += codePointLength(t.word) + 1;
            }
            return { text: list.map((t) => t.word).join(' '), at };
          };
          const before = layout(ids.map((id) => ({ id, word: tokens[id]! })));
          const after = layout(edited);
          const annotations = ranges.map(([a, b]) => annotate(before.text, before.at.get(a)!, before.at.get(b)! + codePointLength(tokens[b]!)));
          const results = reanchor(annotations, after.text, withOld(before.text));
          results.forEach((r, i) => {
            const [a, b] = ranges[i]!;
            assert.strictEqual(r.outcome === 'kept' || r.outcome === 'moved', true, `span ${i}: ${r.outcome}`);
            assert.strictEqual(r.annotation.text, annotations[i]!.text);
            assert.strictEqual(r.annotation.start, after.at.get(a), `span ${i} "${r.annotation.text}" start`);
            assert.strictEqual(r.annotation.end, after.at.get(b)! + codePointLength(tokens[b]!));
          });
        }),
        { numRuns: 300 },
      );
    });
  });
}

describe('reanchor with the old text decides what context cannot', () => {
  it('tells two equal words apart once the word between them is deleted', () => {
    const oldText = `${PARAGRAPHS[0]}\nمرات) على بناء على والتي حركة في اجتماعات على متقدم الأنباء\n${PARAGRAPHS[1]}`;
    const span = annotateQuote(oldText, 'على', 1); // the second "على"
    const newText = oldText.replace('على بناء على', 'على على');
    const r = reanchor([span], newText, { oldText })[0]!;
    assert.strictEqual(r.outcome, 'moved');
    assert.strictEqual(r.annotation.start, span.start - codePointLength('بناء '));
  });

  it('orphans a deleted quote even though a copy of it and its context survives elsewhere', () => {
    const paragraph = PARAGRAPHS[2]!;
    const oldText = `${paragraph}\n${PARAGRAPHS[3]}\n${paragraph}`;
    const quote = paragraph.split(' ').slice(4, 7).join(' ');
    const span = annotateQuote(oldText, quote, 0);
    const newText = oldText.replace(quote + ' ', '');
    assert.strictEqual(reanchor([span], newText, { oldText })[0]!.outcome, 'orphaned');
  });
});

describe('reanchor options', () => {
  it('rejects a threshold outside (0, 1]', () => {
    assert.throws(() => reanchor([], 'نص', { fuzzyThreshold: 0 }), RangeError);
    assert.throws(() => reanchor([], 'نص', { fuzzyThreshold: 1.5 }), RangeError);
  });

  it('orphans everything on an empty text, at offset 0', () => {
    const spans = QUOTES.map((q) => annotateQuote(SEED_ARTICLE, q));
    for (const r of reanchor(spans, '')) {
      assert.strictEqual(r.outcome, 'orphaned');
      assert.strictEqual(r.annotation.start, 0);
    }
  });
});
