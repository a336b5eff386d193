/**
 * The placement without the old text (placeByOrder.ts), step by step on short Arabic news
 * sentences whose every span's true new place is known: which step placed a span (`via`),
 * the exact offsets in the original new text (diacritics and letter forms included), the
 * quote similarity of what was taken, and where an orphan sits (where its neighbours put it).
 */
import * as assert from 'assert';
import { placeByOrder } from '../../src/core/anchoring/placeByOrder';
import { placeSpans } from '../../src/core/anchoring/reanchor';
import { SpanFinder, type SpanItem } from '../../src/core/anchoring/spanFinder';
import type { Annotation } from '../../src/core/model/annotation';
import { spanContext } from '../../src/core/text/context';
import { seedArticle } from './support/fixtures';
import { annotate, spanItem as item } from './support/quoteSpans';

const NEWS = 'قال وزير الخارجية السعودي إن المحادثات مع الجانب الإيراني ستستأنف الأسبوع المقبل في العاصمة العمانية مسقط بحضور وفود من عدة دول خليجية.';

/** Each item's state, step, offsets and the text it covers in `newText`. */
function summary(items: readonly SpanItem[], newText: string): [string, string | undefined, number, number, string][] {
  return items.map((i) => [i.state, i.via, i.newStart, i.newEnd, newText.slice(i.newStart, i.newEnd)]);
}

describe('placeByOrder', () => {
  describe('anchors', () => {
    it('places spans of unique quotes exactly after text was added before them', () => {
      const newText = 'أفادت مصادر أن ' + NEWS;
      const quotes = ['وزير الخارجية', 'المحادثات', 'مسقط'];
      const items = placeSpans(quotes.map((q) => annotate(NEWS, q)), newText);
      assert.deepStrictEqual(
        summary(items, newText),
        quotes.map((q) => ['placed', 'anchor', newText.indexOf(q), newText.indexOf(q) + q.length, q]),
      );
      assert.deepStrictEqual(items.map((i) => i.score), [1, 1, 1]);
    });

    it('maps a quote found under other letter forms back to the original text, with its similarity', () => {
      // ي → ى and إ → ا normalise away: the quote is found exactly in the normalised text.
      const newText = 'أفادت مصادر أن ' + NEWS.replace('الجانب الإيراني', 'الجانب الايرانى');
      const items = placeSpans([annotate(NEWS, 'وزير الخارجية'), annotate(NEWS, 'الجانب الإيراني ستستأنف'), annotate(NEWS, 'مسقط')], newText);
      const want = 'الجانب الايرانى ستستأنف';
      const at = newText.indexOf(want);
      assert.deepStrictEqual(summary(items, newText)[1], ['placed', 'anchor', at, at + want.length, want]);
      // Two letters of 23 differ: 1 - 2/23.
      assert.ok(Math.abs(items[1]!.score - (1 - 2 / 23)) < 1e-9, `${items[1]!.score}`);
      assert.strictEqual(items[2]!.newStart, newText.indexOf('مسقط'));
    });

    it('covers diacritics the new text added inside and after a quote', () => {
      const newText = 'تحديث: ' + NEWS.replace('العاصمة العمانية', 'العاصمةِ العُمانيةِ');
      const items = placeSpans([annotate(NEWS, 'قال'), annotate(NEWS, 'العاصمة العمانية'), annotate(NEWS, 'خليجية')], newText);
      const want = 'العاصمةِ العُمانيةِ';
      const at = newText.indexOf(want);
      assert.deepStrictEqual(summary(items, newText)[1]!.slice(0, 5), ['placed', 'anchor', at, at + want.length, want]);
      assert.ok(items[1]!.score < 1 && items[1]!.score > 0.8, `${items[1]!.score}`);
      assert.strictEqual(items[2]!.newStart, newText.indexOf('خليجية'));
    });
  });

  describe('orphans', () => {
    it('orphans a replaced quote where the drift of the span before it puts it', () => {
      const newText = 'أفادت مصادر أن ' + NEWS.replace('الجانب الإيراني', 'الطرف الآخر');
      const items = placeSpans([annotate(NEWS, 'وزير الخارجية'), annotate(NEWS, 'الجانب الإيراني'), annotate(NEWS, 'مسقط')], newText);
      const at = newText.indexOf('الطرف الآخر');
      assert.deepStrictEqual(summary(items, newText)[1], ['orphaned', 'not found', at, at, '']);
      assert.strictEqual(items[1]!.score, 0);
    });

    it('maps an orphan back to the original text when diacritics before it were dropped for matching', () => {
      const newText = 'أفادتْ مصادرُ أنَّ ' + NEWS.replace('الجانب الإيراني', 'الطرف الآخر');
      const items = placeSpans([annotate(NEWS, 'وزير الخارجية'), annotate(NEWS, 'الجانب الإيراني'), annotate(NEWS, 'مسقط')], newText);
      const at = newText.indexOf('الطرف الآخر');
      assert.deepStrictEqual(summary(items, newText).map((s) => s.slice(0, 3)), [
        ['placed', 'anchor', newText.indexOf('وزير')],
        ['orphaned', 'not found', at],
        ['placed', 'anchor', newText.indexOf('مسقط')],
      ]);
    });

    it('orphans a first span by the drift of the span after it', () => {
      const newText = 'مقدمة طويلة جدا ' + NEWS.replace('قال', 'ذكر');
      const items = placeSpans([annotate(NEWS, 'قال'), annotate(NEWS, 'المحادثات')], newText);
      assert.deepStrictEqual(summary(items, newText), [
        ['orphaned', 'not found', newText.indexOf('ذكر'), newText.indexOf('ذكر'), ''],
        ['placed', 'anchor', newText.indexOf('المحادثات'), newText.indexOf('المحادثات') + 9, 'المحادثات'],
      ]);
    });

    it('orphans a lone span where it was, within the new text', () => {
      const near = placeSpans([annotate(NEWS, 'وزير الخارجية')], 'لا شيء هنا بعد التعديل');
      assert.deepStrictEqual(summary(near, 'لا شيء هنا بعد التعديل'), [['orphaned', 'not found', 4, 4, '']]);
      const short = 'خبر قصير';
      const far = placeSpans([annotate(NEWS, 'مسقط')], short);
      assert.deepStrictEqual(summary(far, short), [['orphaned', 'not found', short.length, short.length, '']]);
      assert.deepStrictEqual(summary(placeSpans([annotate(NEWS, 'مسقط')], ''), ''), [['orphaned', 'not found', 0, 0, '']]);
    });

    it('never places a span with an empty quote: there is nothing to find', () => {
      const at = NEWS.indexOf('المحادثات');
      const c = spanContext(NEWS, at, at);
      const point: Annotation = { id: 'p', type: 'claim', start: at, end: at, text: '', before: c.before, after: c.after, attrs: {}, links: {} };
      const newText = 'عاجل: ' + NEWS;
      assert.deepStrictEqual(summary(placeSpans([point], newText), newText), [['orphaned', 'not found', at, at, '']]);
    });

    it('never puts an orphan before the start of the text when the text before it was deleted', () => {
      const newText = NEWS.slice(NEWS.indexOf('المحادثات'));
      const items = placeSpans([annotate(NEWS, 'وزير الخارجية'), annotate(NEWS, 'المحادثات')], newText);
      assert.deepStrictEqual(summary(items, newText), [
        ['orphaned', 'not found', 0, 0, ''],
        // Its context before is gone: not an anchor, but the only copy near where it was.
        ['placed', 'near a neighbour', 0, 9, 'المحادثات'],
      ]);
    });
  });

  describe('spans the alignment already placed', () => {
    it('leaves a trusted span as it was and places the others by their own look-up when its drift disagrees', () => {
      const newText = 'تمهيد ' + NEWS;
      const items = [item(0, NEWS, 'وزير الخارجية', 100), item(1, NEWS, 'المحادثات')];
      placeByOrder(items, new SpanFinder(newText), 0.75);
      assert.deepStrictEqual(
        items.map((i) => [i.state, i.via, i.newStart, i.newEnd, i.score]),
        [
          ['placed', 'diff', 100, 113, 1],
          ['placed', 'look-up', newText.indexOf('المحادثات'), newText.indexOf('المحادثات') + 9, 1],
        ],
      );
    });

    it('orphans a span by the drift of a trusted neighbour placed in text with diacritics', () => {
      // The trusted span's offsets are in the original new text: the orphan's place is worked
      // out in the normalised text and mapped back, diacritics before and inside included.
      const newText = 'أفادتْ مصادرُ أنَّ ' + NEWS.replace('وزير الخارجية', 'وزيرُ الخارجيةِ').replace('الجانب الإيراني', 'الطرف الآخر');
      const minister = newText.indexOf('وزيرُ');
      const items = [item(0, NEWS, 'وزير الخارجية', minister), item(1, NEWS, 'الجانب الإيراني')];
      items[0]!.newEnd = minister + 'وزيرُ الخارجيةِ'.length;
      placeByOrder(items, new SpanFinder(newText), 0.75);
      const at = newText.indexOf('الطرف');
      assert.deepStrictEqual(summary(items, newText), [
        ['placed', 'diff', minister, minister + 15, 'وزيرُ الخارجيةِ'],
        ['orphaned', 'not found', at, at, ''],
      ]);
    });

    it('leaves orphaned items alone', () => {
      const newText = 'تمهيد ' + NEWS;
      const gone = { ...item(0, NEWS, 'وزير الخارجية'), state: 'orphaned' as const, via: 'diff', newStart: 3, newEnd: 3 };
      const items = [gone, item(1, NEWS, 'المحادثات')];
      placeByOrder(items, new SpanFinder(newText), 0.75);
      assert.deepStrictEqual([items[0]!.state, items[0]!.via, items[0]!.newStart, items[0]!.newEnd], ['orphaned', 'diff', 3, 3]);
      assert.strictEqual(items[1]!.newStart, newText.indexOf('المحادثات'));
    });
  });

  describe('repeated words', () => {
    const REPEATED = 'اجتمع الوزير مع الوفد ثم اجتمع الوزير مع السفير ثم اجتمع الوزير مع الصحفيين في المساء';

    it('places each copy of a repeated word by its context and neighbours', () => {
      const newText = 'عاجل: ' + REPEATED;
      for (const n of [0, 1, 2]) {
        const spans = [annotate(REPEATED, 'الوزير', n), annotate(REPEATED, 'السفير')].sort((a, b) => a.start - b.start);
        const items = placeSpans(spans, newText);
        items.forEach((it, i) => {
          assert.strictEqual(it.state, 'placed', `copy ${n}`);
          assert.strictEqual(it.newStart, spans[i]!.start + 6, `copy ${n}, span ${i} (${it.via})`);
        });
      }
    });
  });

  describe('quotes the normalisation empties or ends with', () => {
    const DASHED = 'اللجنة العسكرية الأميركية ـ العراقية العليا المشكلة بين البلدين';

    it('places a tatweel quote as written beside a single neighbour, before or after it', () => {
      const newText = 'عاجل: ' + DASHED;
      const dash = newText.indexOf('ـ');
      const first = placeSpans([annotate(DASHED, 'ـ'), annotate(DASHED, 'العليا')], newText);
      assert.deepStrictEqual(summary(first, newText)[0], ['placed', 'between neighbours, as written', dash, dash + 1, 'ـ']);
      assert.strictEqual(first[0]!.score, 1);
      const last = placeSpans([annotate(DASHED, 'الأميركية'), annotate(DASHED, 'ـ')], newText);
      assert.deepStrictEqual(summary(last, newText)[1], ['placed', 'between neighbours, as written', dash, dash + 1, 'ـ']);
    });

    it('orphans a tatweel quote replaced by a hyphen where its neighbour puts it, and a lone one within the text', () => {
      const newText = 'عاجل: ' + DASHED.replace(' ـ ', ' - ');
      const items = placeSpans([annotate(DASHED, 'الأميركية'), annotate(DASHED, 'ـ'), annotate(DASHED, 'العليا')], newText);
      const at = newText.indexOf('-');
      assert.deepStrictEqual(summary(items, newText), [
        ['placed', 'anchor', newText.indexOf('الأميركية'), newText.indexOf('الأميركية') + 9, 'الأميركية'],
        ['orphaned', 'not found', at, at, ''],
        ['placed', 'anchor', newText.indexOf('العليا'), newText.indexOf('العليا') + 6, 'العليا'],
      ]);
      const other = 'نص آخر تماما بلا شيء';
      assert.deepStrictEqual(summary(placeSpans([annotate(DASHED, 'ـ')], other), other), [['orphaned', 'not found', other.length, other.length, '']]);
      const longer = 'نص آخر تماما بلا أي علامة من علامات الربط بين الكلمات';
      const k = DASHED.indexOf('ـ');
      assert.deepStrictEqual(summary(placeSpans([annotate(DASHED, 'ـ')], longer), longer), [['orphaned', 'not found', k, k, '']]);
    });

    it('keeps the tatweel that starts or ends a quote, and leaves out one the new text lost', () => {
      const dated = 'التاريخ 1436 هـ الموافق 2015 م ـ واس';
      const newText = 'بغداد: ' + dated;
      const items = placeSpans([annotate(dated, '1436 هـ'), annotate(dated, 'ـ واس')], newText);
      assert.deepStrictEqual(summary(items, newText), [
        ['placed', 'anchor', 15, 22, '1436 هـ'],
        ['placed', 'anchor', 38, 43, 'ـ واس'],
      ]);
      const lost = 'بغداد: ' + dated.replace('1436 هـ', '1436 ه');
      const [r] = placeSpans([annotate(dated, '1436 هـ')], lost);
      assert.deepStrictEqual(summary([r!], lost), [['placed', 'anchor', 15, 21, '1436 ه']]);
      assert.ok(Math.abs(r!.score - 6 / 7) < 1e-9, `${r!.score}`);
    });
  });

  describe('paragraphs', () => {
    it('follows a span whose paragraph moved below the next one, and the span before the line break', () => {
      const p1 = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية';
      const p2 = 'وفي سياق منفصل قالت الشرطة إنها اعتقلت ثلاثة أشخاص بتهمة التهريب عبر الحدود';
      const p3 = 'من جهة أخرى ارتفعت أسعار النفط في الأسواق العالمية بنسبة طفيفة';
      const oldText = [p1, p2, p3].join('\n');
      const newText = [p1, p3, p2].join('\n');
      const items = placeSpans([annotate(oldText, 'الريفية'), annotate(oldText, 'وفي سياق')], newText);
      assert.deepStrictEqual(
        summary(items, newText).map((s) => s.slice(2)),
        [
          [newText.indexOf('الريفية'), newText.indexOf('الريفية') + 7, 'الريفية'],
          [newText.indexOf('وفي سياق'), newText.indexOf('وفي سياق') + 8, 'وفي سياق'],
        ],
      );
    });
  });

  describe('approximate quotes', () => {
    it('takes an edited quote near where its neighbours put it when its context was edited too', () => {
      const newText = NEWS.replace('السعودي إن المحادثات مع الجانب', 'الذي أكد أمس أن المحادثة التي جرت بين الطرفين');
      const items = placeSpans(['وزير الخارجية', 'المحادثات', 'مسقط'].map((q) => annotate(NEWS, q)), newText);
      const at = newText.indexOf('المحادثة');
      assert.deepStrictEqual(summary(items, newText)[1], ['placed', 'near a neighbour, fuzzy', at, at + 8, 'المحادثة']);
      // One letter of nine replaced, one dropped: 1 - 2/9.
      assert.ok(Math.abs(items[1]!.score - 7 / 9) < 1e-9, `${items[1]!.score}`);
      assert.deepStrictEqual([items[0]!.newStart, items[2]!.newStart], [newText.indexOf('وزير الخارجية'), newText.indexOf('مسقط')]);
      assert.strictEqual(items[2]!.via, 'beside a neighbour');
    });

    it('finds a lone edited quote whose sentence moved to the end of a long article by its own look-up', () => {
      const article = seedArticle();
      const sentence = 'وفي 25 يناير/ كانون الثاني الماضي، أعلن وزير الدفاع الأميركي لويد أوستن، أن اجتماعات مجموعة العمل التابعة';
      const at = article.indexOf(sentence);
      assert.ok(at > 0);
      const rest = article.slice(0, at) + article.slice(at + sentence.length);
      const exact = rest + '\n' + sentence + '\n';
      const [kept] = placeSpans([annotate(article, 'وزير الدفاع الأميركي')], exact);
      assert.deepStrictEqual(summary([kept!], exact), [['placed', 'anchor', exact.lastIndexOf('وزير'), exact.lastIndexOf('وزير') + 20, 'وزير الدفاع الأميركي']]);
      const edited = rest + '\n' + sentence.replace('الأميركي', 'الامريكي') + '\n';
      const [r] = placeSpans([annotate(article, 'وزير الدفاع الأميركي')], edited);
      const want = edited.lastIndexOf('وزير');
      assert.deepStrictEqual(summary([r!], edited), [['placed', 'look-up, fuzzy', want, want + 20, 'وزير الدفاع الامريكي']]);
      assert.ok(Math.abs(r!.score - 0.85) < 1e-9, `${r!.score}`);
    });

    it('orphans a lone quote, exact or edited, whose sentence now exists twice far from where it was', () => {
      const article = seedArticle();
      const sentence = 'وفي 25 يناير/ كانون الثاني الماضي، أعلن وزير الدفاع الأميركي لويد أوستن، أن اجتماعات مجموعة العمل التابعة';
      const at = article.indexOf(sentence);
      const rest = article.slice(0, at) + article.slice(at + sentence.length);
      const cut = rest.indexOf('\n', 1500);
      const span = annotate(article, 'وزير الدفاع الأميركي');
      for (const copy of [sentence, sentence.replace('الأميركي', 'الامريكي')]) {
        const newText = `${copy}\n${rest.slice(0, cut)}\n${copy}${rest.slice(cut)}`;
        assert.deepStrictEqual(summary(placeSpans([span], newText), newText), [['orphaned', 'not found', span.start, span.start, '']], copy);
      }
    });
  });

  describe('between two neighbours that agree', () => {
    const QUOTES = ['وزير الخارجية', 'الأسبوع المقبل', 'دول خليجية'];
    const REWRITTEN = NEWS.replace('الجانب الإيراني ستستأنف الأسبوع المقبل في العاصمة العمانية مسقط', 'طهران ربما تنطلق خلال الأسبوع المقبل برعاية سلطنة عمان');
    const COPY = 'وستستأنف المحادثات الأسبوع المقبل في العاصمة العمانية مسقط.';

    it('takes a quote whose context was rewritten, between its neighbours', () => {
      const items = placeSpans(QUOTES.map((q) => annotate(NEWS, q)), REWRITTEN);
      const at = REWRITTEN.indexOf('الأسبوع المقبل');
      assert.deepStrictEqual(summary(items, REWRITTEN)[1], ['placed', 'between neighbours', at, at + 14, 'الأسبوع المقبل']);
      assert.deepStrictEqual([items[0]!.newStart, items[2]!.newStart], [REWRITTEN.indexOf('وزير'), REWRITTEN.indexOf('دول خليجية')]);
    });

    it('prefers the copy between its neighbours to a copy outside them whose context fits better', () => {
      for (const newText of [`${REWRITTEN} ${COPY}`, `${COPY} ${REWRITTEN}`]) {
        const items = placeSpans(QUOTES.map((q) => annotate(NEWS, q)), newText);
        const base = newText.indexOf(REWRITTEN);
        const at = base + REWRITTEN.indexOf('الأسبوع المقبل');
        assert.deepStrictEqual(summary(items, newText)[1], ['placed', 'between neighbours', at, at + 14, 'الأسبوع المقبل']);
        assert.deepStrictEqual([items[0]!.newStart, items[2]!.newStart], [base + 4, base + REWRITTEN.indexOf('دول خليجية')]);
      }
    });
  });
});
