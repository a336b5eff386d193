/**
 * Re-anchoring decides by context, not by the quote alone: a copy of the quote in an
 * unrelated sentence is not the span, the context after a quote counts as much as the one
 * before it, and an old text the span's offsets do not describe is not trusted.
 */
import * as assert from 'assert';
import { reanchor } from '../../src/core/anchoring/reanchor';
import { codePointLength } from '../../src/core/text/offsets';
import { seedArticle } from './support/fixtures';
import { annotate } from './support/quoteSpans';

describe('re-anchoring by context', () => {
  it('orphans a deleted quote rather than take a nearby copy in an unrelated sentence', () => {
    const head = 'بغداد - أعلنت الحكومة العراقية، مساء الأحد، عن جولة جديدة. ';
    const said = 'وقال المتحدث باسم وزارة الدفاع إن الوفد الأميركي يصل الأحد لاستئناف المحادثات العسكرية. ';
    const other = 'وفي شأن آخر، ارتفعت أسعار النفط في الأسواق العالمية اليوم. ';
    const copy = 'ولم يعلق الوفد الأميركي على ذلك. ';
    const oldText = `${head}${said}${other}\n`;
    // The sentence is gone; the same two words now sit some thirty characters from the old place.
    const newText = `${head}${other}${copy}\n`;
    const span = annotate(oldText, 'الوفد الأميركي');
    assert.ok(Math.abs(newText.indexOf('الوفد الأميركي') - span.start) < 64, 'the copy is near the old place');
    for (const options of [{}, { oldText }]) {
      const [r] = reanchor([span], newText, options);
      assert.strictEqual(r!.outcome, 'orphaned', JSON.stringify(options).slice(0, 20));
      assert.strictEqual(r!.annotation.text, 'الوفد الأميركي');
    }
  });

  it('tells two copies with the same context before them apart by the context after them', () => {
    // The same 35 characters precede both copies; the nearer one to the span's old offset is
    // the wrong one, only what follows the quote says which is the span.
    const lead = 'وأضاف المتحدث باسم وزارة الدفاع إن ';
    const oldText = `بغداد - ${lead}الوفد الأميركي يصل الأحد. ${lead}الوفد الأميركي يغادر بعد أسبوعين من المحادثات.\n`;
    const span = annotate(oldText, 'الوفد الأميركي', 1);
    const first = annotate(oldText, 'الوفد الأميركي', 0);
    const gap = span.start - first.start;
    const newText = 'ع'.repeat(gap - 1) + ' ' + oldText;
    assert.strictEqual(newText.slice(span.start, span.end), span.text, 'the wrong copy sits at the old offset');
    for (const options of [{}, { oldText }]) {
      const [r] = reanchor([span], newText, options);
      assert.strictEqual(r!.outcome, 'moved');
      assert.deepStrictEqual([r!.annotation.start, r!.annotation.end], [span.start + gap, span.end + gap]);
      assert.strictEqual(r!.annotation.after, span.after);
    }
  });

  it('does not map spans through an old text their offsets do not describe', () => {
    // The sidecar was written on the article; the "previous text" handed in is a later
    // version with a headline added, so the spans' offsets do not quote it.
    const article = seedArticle();
    const previous = 'تحديث: ' + article;
    const current = previous.replace('يحيى رسول', 'اللواء يحيى رسول');
    const spans = [annotate(article, 'قطاع غزة'), annotate(article, 'لويد أوستن')];
    const results = reanchor(spans, current, { oldText: previous });
    results.forEach((r, i) => {
      const quote = spans[i]!.text;
      assert.strictEqual(r.outcome, 'moved');
      assert.strictEqual(r.annotation.text, quote);
      assert.strictEqual(r.annotation.start, codePointLength(current.slice(0, current.indexOf(quote))));
    });
  });
});
