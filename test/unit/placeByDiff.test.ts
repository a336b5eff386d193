/**
 * placeByDiff.ts directly: SpanMap.intact checked against a reference over every span of
 * short real sentences (unchanged text, text shifted by an insertion, a word replaced,
 * orthographic churn inside a word), and placeByDiff's outcomes for touched spans (placed
 * by their surviving edges, found where their text went, orphaned where it was, or left
 * pending for the order-based placement) with exact offsets.
 */
import * as assert from 'assert';
import { placeByDiff } from '../../src/core/anchoring/placeByDiff';
import { SpanFinder, type SpanItem } from '../../src/core/anchoring/spanFinder';
import type { Annotation } from '../../src/core/model/annotation';
import { LONG, P1, P2, P3, P4, REWRITE, spanMap } from './support/placeByDiffCase';
import { annotate as annotation, pendingItem } from './support/quoteSpans';

const X = 'وأضاف أن الحكومة ستدرس الأمر خلال الأسبوع المقبل';

/** Word and punctuation tokens of a text without marks, as [start, end) (the reference's own cut). */
function tokensOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Old tokens overlapping [s, e). */
function touched(tokens: [number, number][], s: number, e: number): number[] {
  const out: number[] = [];
  tokens.forEach(([ts, te], k) => {
    if (te > s && ts < e) out.push(k);
  });
  return out;
}

describe('placeByDiff: SpanMap.intact against a reference, every span', () => {
  it('maps every span of an unchanged text onto itself, and a span of spaces nowhere', () => {
    const text = [P1, P2].join('\n');
    const map = spanMap(text, text);
    const tokens = tokensOf(text);
    for (let s = 0; s < text.length; s++) {
      for (let e = s; e <= text.length; e++) {
        const got = map.intact(s, e);
        const expected = e > s && touched(tokens, s, e).length > 0 ? { start: s, end: e } : undefined;
        assert.deepStrictEqual(got, expected, `[${s}, ${e}) "${text.slice(s, e)}"`);
      }
    }
  });

  it('shifts every span by the text inserted before it', () => {
    const oldText = [P3, P4].join('\n');
    const prefix = 'عاجل: ';
    const newText = prefix + oldText;
    const map = spanMap(oldText, newText);
    const tokens = tokensOf(oldText);
    for (let s = 0; s < oldText.length; s++) {
      for (let e = s + 1; e <= oldText.length; e++) {
        const expected = touched(tokens, s, e).length > 0 ? { start: s + prefix.length, end: e + prefix.length } : undefined;
        assert.deepStrictEqual(map.intact(s, e), expected, `[${s}, ${e}) "${oldText.slice(s, e)}"`);
      }
    }
  });

  it('maps no span that touches a replaced word, and shifts those after it by the change in length', () => {
    const oldText = P2;
    const newText = P2.replace('الشرطة', 'الأمن العام');
    const delta = 'الأمن العام'.length - 'الشرطة'.length;
    const map = spanMap(oldText, newText);
    const tokens = tokensOf(oldText);
    const at = oldText.indexOf('الشرطة');
    const replaced = tokens.findIndex(([ts]) => ts === at);
    for (let s = 0; s < oldText.length; s++) {
      for (let e = s + 1; e <= oldText.length; e++) {
        const hit = touched(tokens, s, e);
        let expected: { start: number; end: number } | undefined;
        if (hit.length > 0 && !hit.includes(replaced)) expected = s > at ? { start: s + delta, end: e + delta } : { start: s, end: e };
        assert.deepStrictEqual(map.intact(s, e), expected, `[${s}, ${e}) "${oldText.slice(s, e)}"`);
      }
    }
  });

  it('needs the space or punctuation at a span edge to be there unchanged', () => {
    const oldText = `${P1} ${P2}`;
    const newText = `${P1}${P2}`;
    const map = spanMap(oldText, newText);
    const at = oldText.indexOf(P2);
    // The space before P2 is gone: a span starting on it has no new start.
    assert.strictEqual(map.intact(at - 1, at + 4), undefined);
    assert.deepStrictEqual(map.intact(at, at + 4), { start: at - 1, end: at + 3 });
    // The span ending on the space after the period lost its trailing space.
    assert.strictEqual(map.intact(at - 6, at), undefined);
    assert.deepStrictEqual(map.intact(at - 6, at - 1), { start: at - 6, end: at - 1 });
  });

  it('maps an edge inside a word through its normalised form when the word gained marks', () => {
    const oldText = `${P2} ودعت الدول الأعضاء إلى الاجتماع. ${P3}`;
    const newText = `${P2} ودعت الدّولً الأعضاء إلى الاجتماع. ${P3}`;
    const map = spanMap(oldText, newText);
    const o = oldText.indexOf('الدول');
    const n = newText.indexOf('الدّولً');
    // Start inside: after "ال", the new start is before "د" too.
    assert.deepStrictEqual(map.intact(o + 2, o + 5), { start: n + 2, end: n + 7 });
    // End inside after "الد": the shadda on "د" goes with it.
    assert.deepStrictEqual(map.intact(o, o + 3), { start: n, end: n + 4 });
    // End inside after "الدو": the shadda is inside, the tanwin on "ل" is not.
    assert.deepStrictEqual(map.intact(o + 1, o + 4), { start: n + 1, end: n + 5 });
    // Start after "الدو": the new start is "ل".
    assert.deepStrictEqual(map.intact(o + 4, o + 5), { start: n + 5, end: n + 7 });
    // Whole word and the word before: ends after the marks.
    assert.deepStrictEqual(map.intact(o - 5, o + 5), { start: n - 5, end: n + 7 });
  });

  it('never ends a mapped span between a letter and its marks, and maps none that starts on a mark', () => {
    const oldText = 'قال إنّ المتحدثَ باسم الشرطة لم يعلّق.';
    const newText = `عاجل: ${oldText}`;
    const map = spanMap(oldText, newText);
    const shadda = oldText.indexOf('\u0651');
    const fatha = oldText.indexOf('\u064E');
    assert.deepStrictEqual(map.intact(shadda - 1, shadda), { start: shadda + 5, end: shadda + 7 });
    assert.deepStrictEqual(map.intact(shadda - 2, shadda), { start: shadda + 4, end: shadda + 7 });
    assert.deepStrictEqual(map.intact(4, fatha), { start: 10, end: fatha + 7 });
    assert.strictEqual(map.intact(shadda, shadda + 3), undefined);
    assert.strictEqual(map.intact(fatha, fatha + 2), undefined);
  });

  it('counts a run of spaces as one space, but a space that appeared or vanished as a change', () => {
    const oldText = `${P1}\nوقال المتحدث باسم  الشرطة ، إن التحقيق مستمر.`;
    const newText = `${P1}\nوقال المتحدث باسم الشرطة، إن التحقيق مستمر.`;
    const map = spanMap(oldText, newText);
    const o = oldText.indexOf('باسم');
    const n = newText.indexOf('باسم');
    assert.deepStrictEqual(map.intact(o, o + 'باسم  الشرطة'.length), { start: n, end: n + 'باسم الشرطة'.length });
    assert.strictEqual(map.intact(o, o + 'باسم  الشرطة ، إن'.length), undefined);
  });
});

/** placeByDiff alone (no order-based placement after it) on Arabic text without astral characters. */
function runDiff(oldText: string, newText: string, annotations: Annotation[], threshold = 0.75): SpanItem[] {
  const items = annotations.map(pendingItem);
  placeByDiff(items, annotations, oldText, new SpanFinder(newText), threshold);
  return items;
}

describe('placeByDiff: the outcome of each span', () => {
  it('places an untouched span exactly with similarity 1, via the diff', () => {
    const oldText = [P1, P2, P3].join('\n');
    const newText = [P1.replace('اليوم', 'أمس'), P2, P3].join('\n');
    const [r] = runDiff(oldText, newText, [annotation(oldText, 'أسعار النفط')]);
    const at = newText.indexOf('أسعار النفط');
    assert.deepStrictEqual([r!.state, r!.via, r!.newStart, r!.newEnd, r!.score], ['placed', 'diff', at, at + 11, 1]);
  });

  it('skips orphaned annotations and those whose quote no longer matches the old text', () => {
    const oldText = [P1, P2].join('\n');
    const orphan = { ...annotation(oldText, 'وزارة الصحة'), orphaned: true };
    const stale = { ...annotation(oldText, 'المتحدث'), text: 'الناطق' };
    const items = runDiff(oldText, oldText, [orphan, stale]);
    for (const r of items) assert.deepStrictEqual([r.state, r.via, r.newStart, r.newEnd], ['pending', undefined, 0, 0]);
  });

  it('places a span whose inner word changed by its surviving first and last words', () => {
    const oldText = [P1, P2, P3].join('\n');
    const newText = [P1, P2.replace('باسم الشرطة', 'باسم الشرطه'), P3].join('\n');
    const [r] = runDiff(oldText, newText, [annotation(oldText, 'المتحدث باسم الشرطة إن')]);
    const at = newText.indexOf('المتحدث');
    assert.strictEqual(r!.via, 'diff edges');
    assert.deepStrictEqual([r!.state, r!.newStart, r!.newEnd], ['placed', at, at + 'المتحدث باسم الشرطه إن'.length]);
    assert.ok(r!.score < 1 && r!.score >= 0.75, String(r!.score));
  });

  it('does not place by edges a span whose inside was rewritten beyond the threshold', () => {
    const oldText = [P1, P2, P3].join('\n');
    const newText = [P1, P2.replace('باسم الشرطة', 'الرسمي لمديرية الأمن العام في المنطقة'), P3].join('\n');
    const [r] = runDiff(oldText, newText, [annotation(oldText, 'المتحدث باسم الشرطة إن')]);
    assert.notStrictEqual(r!.via, 'diff edges');
    assert.strictEqual(r!.state, 'orphaned');
    assert.strictEqual(r!.via, 'diff');
  });

  it('orphans a deleted quote at the place its text was', () => {
    const oldText = [P1, P2, P3].join('\n');
    const newText = [P1, P2.replace('التحقيق في الحادث ', ''), P3].join('\n');
    const [r] = runDiff(oldText, newText, [annotation(oldText, 'التحقيق في الحادث')]);
    const at = newText.indexOf('ما زال');
    assert.deepStrictEqual([r!.state, r!.via, r!.newStart, r!.newEnd], ['orphaned', 'diff', at, at]);
  });

  it('orphans a deleted quote at the start of the text at 0, and at the end of the text at its end', () => {
    const oldText = [P1, P2].join('\n');
    const first = runDiff(oldText, oldText.replace('أعلنت وزارة الصحة ', ''), [annotation(oldText, 'أعلنت وزارة الصحة')]);
    assert.deepStrictEqual([first[0]!.state, first[0]!.newStart, first[0]!.newEnd], ['orphaned', 0, 0]);
    const newText = oldText.replace(' حتى الآن.', '');
    const last = runDiff(oldText, newText, [annotation(oldText, 'حتى الآن.')]);
    assert.deepStrictEqual([last[0]!.state, last[0]!.newStart, last[0]!.newEnd], ['orphaned', newText.length, newText.length]);
  });

  it('finds a touched one-word quote approximately inside where its text went', () => {
    const oldText = [P1, P2, P3].join('\n');
    const newText = [P1, P2.replace('الشرطة', 'الشرطه'), P3].join('\n');
    const [r] = runDiff(oldText, newText, [annotation(oldText, 'الشرطة')]);
    const at = newText.indexOf('الشرطه');
    assert.deepStrictEqual([r!.state, r!.via, r!.newStart, r!.newEnd], ['placed', 'diff search', at, at + 6]);
    assert.strictEqual(r!.score, 5 / 6);
  });

  it('orphans a quote a word was inserted into, at its start, rather than take a weaker match', () => {
    const oldText = [P1, P2, P3].join('\n');
    const newText = [P1, P2.replace('المتحدث باسم', 'المتحدث الرسمي باسم'), P3].join('\n');
    const [r] = runDiff(oldText, newText, [annotation(oldText, 'المتحدث باسم الشرطة')]);
    const at = newText.indexOf('المتحدث');
    assert.deepStrictEqual([r!.state, r!.via, r!.newStart, r!.newEnd], ['orphaned', 'diff', at, at]);
  });

  it('leaves a span of a whole rewritten line pending for the order-based placement', () => {
    const oldText = [P1, P2, P3].join('\n');
    const newText = [P1, 'نص مختلف تماما لا علاقة له بما كان هنا من قبل', P3].join('\n');
    const [r] = runDiff(oldText, newText, [annotation(oldText, 'التحقيق في الحادث')]);
    assert.deepStrictEqual([r!.state, r!.via], ['pending', undefined]);
  });

  it('leaves a span between neighbours that went to different places (a move boundary) pending', () => {
    // The sentence after P1 is deleted while P1 and P2 swap: P1's last word and P2's first one
    // say nothing about where the sentence between them went.
    const oldText = [`${P1} ${X}`, P2, P3].join('\n');
    const newText = [P2, P1, P3].join('\n');
    const [r] = runDiff(oldText, newText, [annotation(oldText, 'ستدرس الأمر')]);
    assert.deepStrictEqual([r!.state, r!.via], ['pending', undefined]);
  });

  it('never takes for a deleted word the same word next to it that the diff paired with another', () => {
    const oldText = ['قال إن في ذلك في البيان عبرة', P3].join('\n');
    const newText = ['قال إن ذلك في البيان عبرة', P3].join('\n');
    const [r] = runDiff(oldText, newText, [annotation(oldText, 'في')]);
    assert.deepStrictEqual([r!.state, r!.via, r!.newStart], ['orphaned', 'diff', 'قال إن '.length]);
  });

  it('orphans a span of a short rewritten stretch, and leaves one of a long stretch pending', () => {
    const short = LONG.split(' ').slice(0, 20).join(' ');
    const shortNew = REWRITE.split(' ').slice(0, 20).join(' ');
    const oldShort = [`${P1} ${short} ${P4}`, P3].join('\n');
    const newShort = [`${P1} ${shortNew} ${P4}`, P3].join('\n');
    const [rs] = runDiff(oldShort, newShort, [annotation(oldShort, 'الأسبوع المقبل')]);
    assert.deepStrictEqual([rs!.state, rs!.via, rs!.newStart], ['orphaned', 'diff', newShort.indexOf(shortNew) + short.indexOf('الأسبوع المقبل')]);
    const oldLong = [`${P1} ${LONG} ${P4}`, P3].join('\n');
    const newLong = [`${P1} ${REWRITE} ${P4}`, P3].join('\n');
    const [rl] = runDiff(oldLong, newLong, [annotation(oldLong, 'الأسبوع المقبل')]);
    assert.deepStrictEqual([rl!.state, rl!.via], ['pending', undefined]);
  });

  it('bounds a span by its surviving edges only when they did not move apart by more than twice its words and eight', () => {
    // "المتحدث … إن" spans 4 tokens (3 apart): edges 3 + 11 apart still bound it, 3 + 12 not.
    const inserted = ['الرسمي', 'لمديرية', 'الأمن', 'العام', 'بالمنطقة', 'الشرقية', 'للمملكة', 'العربية', 'السعودية', 'الملازم', 'أول', 'ناصر'];
    const oldText = [P1, P2, P3].join('\n');
    const quote = 'المتحدث باسم الشرطة إن';
    const near = [P1, P2.replace('باسم الشرطة', `باسم ${inserted.slice(0, 11).join(' ')} الشرطة`), P3].join('\n');
    const [rn] = runDiff(oldText, near, [annotation(oldText, quote)], 0.1);
    const at = near.indexOf('المتحدث');
    assert.deepStrictEqual([rn!.state, rn!.via, rn!.newStart, rn!.newEnd], ['placed', 'diff edges', at, near.indexOf('الشرطة إن') + 9]);
    const far = [P1, P2.replace('باسم الشرطة', `باسم ${inserted.join(' ')} الشرطة`), P3].join('\n');
    const [rf] = runDiff(oldText, far, [annotation(oldText, quote)], 0.1);
    assert.strictEqual(rf!.via, 'diff search');
    assert.strictEqual(rf!.newStart, at);
  });

  it('trusts the neighbours of a deleted sentence only while the new text between them is at most twice the old and 256 more', () => {
    const oldText = [`${P1} ${X} ${P4}`, P3].join('\n');
    // The old gap between P1's period and P4 is X and its two spaces; the new one a rewrite and two spaces.
    const limit = 2 * (X.length + 2) + 256 - 2;
    const filler = [REWRITE, REWRITE, REWRITE].join(' ');
    const within = [`${P1} ${filler.slice(0, limit)} ${P4}`, P3].join('\n');
    const [rw] = runDiff(oldText, within, [annotation(oldText, 'ستدرس الأمر')]);
    assert.deepStrictEqual([rw!.state, rw!.via, rw!.newStart], ['orphaned', 'diff', P1.length + 1 + X.indexOf('ستدرس')]);
    const beyond = [`${P1} ${filler.slice(0, limit + 1)} ${P4}`, P3].join('\n');
    const [rb] = runDiff(oldText, beyond, [annotation(oldText, 'ستدرس الأمر')]);
    assert.deepStrictEqual([rb!.state, rb!.via], ['pending', undefined]);
  });
});
