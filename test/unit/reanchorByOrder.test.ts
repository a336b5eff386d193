/**
 * Re-anchoring without the old text, where spans are placed by their order: a paragraph
 * deleted or inserted (the drift jumps), a paragraph moved with its spans, a lone quote
 * moved far. Every span's true new place is known from how the text was built, so each
 * result is checked exactly.
 */
import * as assert from 'assert';
import { reanchor } from '../../src/core/anchoring/reanchor';
import type { Annotation } from '../../src/core/model/annotation';
import { spanContext } from '../../src/core/text/context';
import { seedArticle } from './support/fixtures';

const ARTICLE = seedArticle(); // Arabic only: UTF-16 offsets are code points
const PARAGRAPHS = ARTICLE.split('\n');

/** Spans over every `step`-th word (of 4+ letters) of `text`, with their context. */
function tagWords(text: string, step: number): Annotation[] {
  const out: Annotation[] = [];
  let n = 0;
  for (const m of text.matchAll(/[\u0621-\u064a]{4,}/g)) {
    if (n++ % step !== 0) continue;
    const start = m.index;
    const end = start + m[0].length;
    const c = spanContext(text, start, end);
    out.push({ id: `w${start}`, type: 'actor', start, end, text: c.text, before: c.before, after: c.after, attrs: {}, links: {} });
  }
  return out;
}

/** Where each span's text went when `oldText` became `newText` by replacing `oldPart` (at `at`) with `newPart`. */
function truth(span: Annotation, at: number, oldPart: string, newPart: string): number {
  if (span.end <= at) return span.start;
  if (span.start >= at + oldPart.length) return span.start + newPart.length - oldPart.length;
  return -1;
}

describe('re-anchoring by order', () => {
  it('finds every span again after a long paragraph before them is deleted', () => {
    const gone = PARAGRAPHS.reduce((a, b) => (b.length > a.length ? b : a));
    const at = ARTICLE.indexOf(gone);
    const newText = ARTICLE.slice(0, at) + ARTICLE.slice(at + gone.length);
    const spans = tagWords(ARTICLE, 3);
    const results = reanchor(spans, newText);
    results.forEach((r, i) => {
      const want = truth(spans[i]!, at, gone, '');
      // A common word of the deleted paragraph may be taken where the same word sits in
      // much the same context; it must then quote the text exactly.
      if (want < 0 && r.outcome !== 'orphaned') assert.strictEqual(newText.slice(r.annotation.start, r.annotation.end), spans[i]!.text);
      else if (want >= 0) assert.deepStrictEqual([r.outcome === 'orphaned', r.annotation.start], [false, want], `${spans[i]!.text} at ${spans[i]!.start}`);
    });
    const orphans = results.filter((r) => r.outcome === 'orphaned').length;
    const inside = spans.filter((s) => truth(s, at, gone, '') < 0).length;
    assert.ok(orphans >= inside * 0.75, `${orphans} of the ${inside} spans of the deleted paragraph orphaned`);
  });

  it('finds every span again after a long paragraph is inserted before them', () => {
    const added = PARAGRAPHS.find((p) => p.length > 300)!.split('').reverse().join('') + '\n';
    const at = ARTICLE.indexOf('\n', 400) + 1;
    const newText = ARTICLE.slice(0, at) + added + ARTICLE.slice(at);
    const spans = tagWords(ARTICLE, 4);
    const results = reanchor(spans, newText);
    results.forEach((r, i) => {
      assert.strictEqual(r.outcome === 'kept' || r.outcome === 'moved', true, r.outcome);
      assert.strictEqual(r.annotation.start, truth(spans[i]!, at, '', added), spans[i]!.text);
    });
  });

  it('follows the spans of a paragraph moved to the end of the article', () => {
    const moved = PARAGRAPHS.findIndex((p, i) => i > 2 && p.length > 250);
    const order = [...PARAGRAPHS];
    const [p] = order.splice(moved, 1);
    order.push(p!);
    const newText = order.join('\n');
    const oldAt = ARTICLE.indexOf(p!);
    const newAt = newText.indexOf(p!);
    const spans = tagWords(ARTICLE, 3);
    const results = reanchor(spans, newText);
    let inMoved = 0;
    results.forEach((r, i) => {
      const s = spans[i]!;
      assert.notStrictEqual(r.outcome, 'orphaned', s.text);
      if (s.start >= oldAt && s.end <= oldAt + p!.length) {
        inMoved++;
        assert.strictEqual(r.annotation.start, s.start - oldAt + newAt, s.text);
      } else {
        assert.strictEqual(newText.slice(r.annotation.start, r.annotation.end), s.text);
      }
    });
    assert.ok(inMoved >= 5, `${inMoved} spans in the moved paragraph`);
  });

  it('finds a lone quote whose sentence was moved far away, by its quote and context', () => {
    const sentence = 'وفي 25 يناير/ كانون الثاني الماضي، أعلن وزير الدفاع الأميركي لويد أوستن، أن اجتماعات مجموعة العمل التابعة';
    const at = ARTICLE.indexOf(sentence);
    assert.ok(at > 0);
    const quote = 'وزير الدفاع الأميركي';
    const start = ARTICLE.indexOf(quote);
    const c = spanContext(ARTICLE, start, start + quote.length);
    const span: Annotation = { id: 's', type: 'actor', start, end: start + quote.length, text: quote, before: c.before, after: c.after, attrs: {}, links: {} };
    const newText = ARTICLE.slice(0, at) + ARTICLE.slice(at + sentence.length) + '\n' + sentence + '\n';
    const [r] = reanchor([span], newText);
    assert.strictEqual(r!.outcome, 'moved');
    assert.strictEqual(r!.annotation.start, newText.lastIndexOf(quote));
  });

  it('keeps the spans around a deleted paragraph in place and orphans the rest inside the text', () => {
    const gone = PARAGRAPHS.find((p, i) => i > 3 && p.length > 150 && p.length < 400)!;
    const at = ARTICLE.indexOf(gone);
    const newText = ARTICLE.slice(0, at) + ARTICLE.slice(at + gone.length);
    const spans = tagWords(ARTICLE, 2);
    const results = reanchor(spans, newText);
    results.forEach((r, i) => {
      const want = truth(spans[i]!, at, gone, '');
      if (want >= 0) assert.strictEqual(r.annotation.start, want, spans[i]!.text);
      else if (r.outcome === 'orphaned') assert.ok(r.annotation.start >= 0 && r.annotation.start <= newText.length);
      else assert.strictEqual(newText.slice(r.annotation.start, r.annotation.end), spans[i]!.text);
    });
  });
});
