/**
 * The placement without the old text (placeByOrder.ts) at its edges: spans the alignment
 * already placed stay trusted anchors even where they sit beside a copy of their own quote,
 * spans placed or orphaned before are never re-placed, quotes the normalisation empties (a
 * tatweel used as a dash) are looked for only between close enough neighbours, and a tatweel
 * that opens a quote is taken only when the new text still has it.
 */
import * as assert from 'assert';
import { placeByOrder } from '../../src/core/anchoring/placeByOrder';
import { placeSpans } from '../../src/core/anchoring/reanchor';
import { SpanFinder, type SpanItem } from '../../src/core/anchoring/spanFinder';
import { newsText } from '../corpus/newsCorpus';
import { annotate, spanItem as item } from './support/quoteSpans';

const NEWS = 'قال وزير الخارجية السعودي إن المحادثات مع الجانب الإيراني ستستأنف الأسبوع المقبل في العاصمة العمانية مسقط بحضور وفود من عدة دول خليجية.';
const DASHED = 'أعلنت اللجنة العسكرية الأميركية ـ العراقية العليا اجتماعها';
const DATED = 'التاريخ 1436 هـ الموافق 2015 م ـ واس';

type Row = [string, string | undefined, number, number, string, number];

/** State, step, offsets, covered text and score of each item. */
function summary(items: readonly SpanItem[], newText: string): Row[] {
  return items.map((i) => [i.state, i.via, i.newStart, i.newEnd, newText.slice(i.newStart, i.newEnd), i.score]);
}

function run(items: SpanItem[], newText: string): Row[] {
  placeByOrder(items, new SpanFinder(newText), 0.75);
  return summary(items, newText);
}

describe('placeByOrder: trusted spans, dropped characters', () => {
  describe('spans the alignment placed', () => {
    it('keeps a trusted span beside a copy of its quote as the anchor that places an orphan before it', () => {
      // `مسقط مسقط`: a span the order placed there would be a coin toss and go back to pending;
      // one the alignment placed is not, so the orphan before it follows its drift (6 added
      // before, 4 lost in the replacement), not its own old offset.
      const newText = 'تمهيد ' + NEWS.replace('مسقط', 'مسقط مسقط').replace('الجانب الإيراني', 'الطرف الآخر');
      const items = [item(0, NEWS, 'الجانب الإيراني'), item(1, NEWS, 'مسقط', newText.indexOf('مسقط'))];
      const at = NEWS.indexOf('الجانب') + 2;
      assert.deepStrictEqual(run(items, newText), [
        ['orphaned', 'not found', at, at, '', 0],
        ['placed', 'diff', newText.indexOf('مسقط'), newText.indexOf('مسقط') + 4, 'مسقط', 1],
      ]);
    });

    it('chains the spans after a trusted span at its place as anchors', () => {
      const newText = 'تمهيد ' + NEWS;
      const items = [item(0, NEWS, 'وزير الخارجية', 10), item(1, NEWS, 'المحادثات'), item(2, NEWS, 'مسقط')];
      assert.deepStrictEqual(run(items, newText), [
        ['placed', 'diff', 10, 23, 'وزير الخارجية', 1],
        ['placed', 'anchor', 35, 44, 'المحادثات', 1],
        ['placed', 'anchor', 107, 111, 'مسقط', 1],
      ]);
    });

    it('anchors a lone span, whose context was edited, by the trusted span before or after it', () => {
      // On its own the span's context is not sure enough to anchor it; with the trusted span
      // agreeing, the two make a run.
      const newText = 'تمهيد ' + NEWS.replace('السعودي إن المحادثات مع', 'السعودي أن المحادثات بين');
      const at = newText.indexOf('المحادثات');
      const after = [item(0, NEWS, 'وزير الخارجية', newText.indexOf('وزير')), item(1, NEWS, 'المحادثات')];
      assert.deepStrictEqual(run(after, newText)[1], ['placed', 'anchor', at, at + 9, 'المحادثات', 1]);
      const before = [item(0, NEWS, 'المحادثات'), item(1, NEWS, 'دول خليجية', newText.indexOf('دول خليجية'))];
      assert.deepStrictEqual(run(before, newText)[0], ['placed', 'anchor', at, at + 9, 'المحادثات', 1]);
    });

    it('keeps a trusted span where the alignment put it, and anchors two spans that agree with each other but not with it', () => {
      const newText = 'تمهيد ' + NEWS;
      const before = [item(0, NEWS, 'وزير الخارجية', 100), item(1, NEWS, 'المحادثات'), item(2, NEWS, 'مسقط')];
      assert.deepStrictEqual(run(before, newText), [
        ['placed', 'diff', 100, 113, 'عمانية مسقط ب', 1],
        ['placed', 'anchor', 35, 44, 'المحادثات', 1],
        ['placed', 'anchor', 107, 111, 'مسقط', 1],
      ]);
      const after = [item(0, NEWS, 'المحادثات'), item(1, NEWS, 'مسقط'), item(2, NEWS, 'دول خليجية', 20)];
      assert.deepStrictEqual(run(after, newText), [
        ['placed', 'anchor', 35, 44, 'المحادثات', 1],
        ['placed', 'anchor', 107, 111, 'مسقط', 1],
        ['placed', 'diff', 20, 30, 'جية السعود', 1],
      ]);
    });

    it('never looks again for a trusted or an orphaned tatweel quote', () => {
      const newText = 'عاجل: ' + DASHED;
      const dash = newText.indexOf('ـ');
      const gone: SpanItem = { ...item(1, DASHED, 'ـ'), state: 'orphaned', via: 'diff', newStart: 2, newEnd: 2 };
      const items = [item(0, DASHED, 'ـ', dash), gone];
      assert.deepStrictEqual(run(items, newText), [
        ['placed', 'diff', dash, dash + 1, 'ـ', 1],
        ['orphaned', 'diff', 2, 2, '', 0],
      ]);
    });

    it('orphans a span after a trusted point at the very end of the text at the end', () => {
      // The point's place is the text's length: its offset in the normalised text is that
      // text's length too, and the orphan after it is clamped there.
      const newText = 'تمهيد ' + NEWS.slice(0, NEWS.indexOf(' بحضور'));
      const end = NEWS.indexOf(' بحضور');
      const point: SpanItem = { index: 0, quote: '', before: '', after: '', oldStart: end, oldEnd: end, state: 'placed', newStart: newText.length, newEnd: newText.length, score: 1, via: 'diff' };
      const items = [point, item(1, NEWS, 'دول خليجية')];
      assert.deepStrictEqual(run(items, newText), [
        ['placed', 'diff', newText.length, newText.length, '', 1],
        ['orphaned', 'not found', newText.length, newText.length, '', 0],
      ]);
    });
  });

  describe('a tatweel quote between neighbours too far apart', () => {
    // Real news text without tatweels around the passage, so the only tatweel is the span's.
    const filler = newsText(40_000, 'dev').replace(/ـ/g, '');
    const head = filler.slice(0, 10_000);
    const P = head.length + DASHED.indexOf('اللجنة');
    const dash = head.length + DASHED.indexOf('ـ');

    /** The passage after 10,000 characters, followed by text up to `gap` characters after the neighbour's place. */
    function textWithGap(gap: number): string {
      const body = head + DASHED;
      return body + filler.slice(10_000, 10_000 + P + gap - body.length);
    }

    it('is found as written when the neighbour before it is 16,384 characters from the end of the text', () => {
      const newText = textWithGap(16_384);
      assert.strictEqual(newText.length - P, 16_384);
      const items = [item(0, DASHED, 'اللجنة', P), item(1, DASHED, 'ـ')];
      assert.deepStrictEqual(run(items, newText)[1], ['placed', 'between neighbours, as written', dash, dash + 1, 'ـ', 1]);
    });

    it('is orphaned where the neighbour puts it when one more character lies beyond', () => {
      const newText = textWithGap(16_385);
      const items = [item(0, DASHED, 'اللجنة', P), item(1, DASHED, 'ـ')];
      assert.deepStrictEqual(run(items, newText)[1], ['orphaned', 'not found', dash, dash, '', 0]);
    });
  });

  describe('tatweels at the edges of a quote', () => {
    it('leaves out an opening tatweel the new text replaced by a hyphen', () => {
      const newText = 'بغداد: ' + DATED.replace('م ـ واس', 'م - واس');
      const items = placeSpans([annotate(DATED, '1436 هـ'), annotate(DATED, 'ـ واس')], newText);
      const at = newText.indexOf(' واس');
      assert.deepStrictEqual(summary(items, newText).map((r) => r.slice(0, 5)), [
        ['placed', 'anchor', 15, 22, '1436 هـ'],
        ['placed', 'anchor', at, at + 4, ' واس'],
      ]);
    });

    it('takes an opening tatweel the new text moved against the word before', () => {
      const newText = 'بغداد: ' + DATED.replace('م ـ واس', 'مـ واس');
      const items = placeSpans([annotate(DATED, '1436 هـ'), annotate(DATED, 'ـ واس')], newText);
      const at = newText.indexOf('ـ واس');
      assert.deepStrictEqual(summary(items, newText)[1]!.slice(0, 5), ['placed', 'anchor', at, at + 5, 'ـ واس']);
      assert.strictEqual(items[1]!.score, 1);
    });

    it('orphans a quote that opens with a tatweel as an empty range, after the tatweel left in its place', () => {
      // The orphan sits on the first character the normalisation keeps, after the surviving
      // tatweel, and stays empty, with no quote similarity.
      const newText = 'بغداد: ' + DATED.replace('م ـ واس', 'م ـ الخبر');
      const items = placeSpans([annotate(DATED, 'الموافق'), annotate(DATED, 'ـ واس')], newText);
      const dash = newText.indexOf('ـ', newText.indexOf('م ـ'));
      assert.deepStrictEqual(summary(items, newText)[1], ['orphaned', 'not found', dash + 1, dash + 1, '', 0]);
    });
  });
});
