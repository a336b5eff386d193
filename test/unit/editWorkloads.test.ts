/**
 * The re-anchoring workloads of issue 9 (test/corpus/editWorkloads.ts) are only as good as
 * their truth: these check it independently of any re-anchoring, on small workloads.
 */
import * as assert from 'assert';
import {
  buildEditWorkload, churnWorkload, duplicationWorkload, movedParagraphsWorkload, scoreWorkload, wordEditWorkload,
  type EditWorkload, type WorkloadOptions,
} from '../corpus/editWorkloads';
import { churnWord } from '../corpus/orthographicChurn';
import { seededRandom } from '../corpus/random';
import { normalizeForMatching } from '../../src/core/text/normalize';
import { CodePointIndex } from '../../src/core/text/offsets';

const SMALL: WorkloadOptions = { codePoints: 80_000, spans: 800 };

/** `text[start:end)` in code points. */
function slicer(text: string): (start: number, end: number) => string {
  const index = CodePointIndex.of(text);
  return (start, end) => text.slice(index.toUtf16(start), index.toUtf16(end));
}

function isMark(c: string | undefined): boolean {
  return c !== undefined && /\p{M}/u.test(c);
}

/**
 * The test's own folding of the churns the generator applies: marks and tatweel dropped, alef
 * forms to bare alef, alef maqsura to yeh, digits to ASCII, Arabic comma to Latin.
 */
function fold(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/gu, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/،/gu, ',');
}

/** Every annotation quotes the old text at its offsets, with its context around it. */
function assertAnnotationsQuoteOldText(w: EditWorkload): void {
  const old = slicer(w.oldText);
  for (const a of w.annotations) {
    assert.strictEqual(old(a.start, a.end), a.text, a.id);
    assert.strictEqual(old(Math.max(0, a.start - [...a.before].length), a.start), a.before, a.id);
    assert.ok(a.text.trim() === a.text && a.text.length > 0, `${a.id}: whole words, no edge space`);
  }
}

describe('edit workloads for re-anchoring', () => {
  const families: [string, (o: WorkloadOptions) => EditWorkload][] = [
    ['words edited 20 %', (o) => wordEditWorkload(0.2, o)],
    ['paragraphs moved 30 %', (o) => movedParagraphsWorkload(0.3, o)],
    ['duplicated sentences', (o) => duplicationWorkload(o)],
  ];

  for (const [name, build] of families) {
    it(`${name}: every untouched span's quote is at its truth in the new text, on both halves of the sample`, () => {
      for (const split of ['dev', 'heldout'] as const) {
        const w = build({ ...SMALL, split, seed: 7 });
        assert.strictEqual(w.annotations.length, SMALL.spans);
        assertAnnotationsQuoteOldText(w);
        const slice = slicer(w.newText);
        let checked = 0;
        w.annotations.forEach((a, k) => {
          const t = w.truth[k];
          if (w.touched[k] || !t) return;
          assert.strictEqual(slice(t.start, t.end), a.text, `${a.id} at ${t.start}`);
          checked++;
        });
        assert.ok(checked > SMALL.spans! / 2, `${checked} spans checked`);
      }
    });
  }

  it('marks as touched the spans whose inside an edit changed, and not those edited next to', () => {
    const w = wordEditWorkload(0.2, { ...SMALL, seed: 3 });
    const slice = slicer(w.newText);
    let touched = 0;
    let changed = 0;
    w.annotations.forEach((a, k) => {
      if (!w.touched[k]) return;
      touched++;
      const t = w.truth[k]!;
      if (slice(t.start, t.end) !== a.text) changed++;
    });
    // At 20 % about a third of spans have an edit inside; a replacement word may equal the old one.
    assert.ok(touched > 0.2 * w.annotations.length && touched < 0.6 * w.annotations.length, `${touched} touched`);
    assert.ok(changed >= 0.9 * touched, `${changed} of ${touched} touched spans read differently`);
    // Untouched spans next to an insertion or deletion: their quote survived exactly (checked
    // above), and there are many of them, so "next to" is not counted as touching.
    const oldSlice = slicer(w.oldText);
    const newSlice = slicer(w.newText);
    let editedNextTo = 0;
    w.annotations.forEach((a, k) => {
      const t = w.truth[k];
      if (w.touched[k] || !t) return;
      const oldAround = oldSlice(Math.max(0, a.start - 1 - 12), a.end + 1 + 12);
      const newAround = newSlice(Math.max(0, t.start - 1 - 12), t.end + 1 + 12);
      if (oldAround !== newAround) editedNextTo++;
    });
    assert.ok(editedNextTo > 50, `${editedNextTo} untouched spans with an edit next to them`);
  });

  it('keeps words apart: the new text has the old words, less the deleted, plus the inserted', () => {
    const w = wordEditWorkload(0.2, { ...SMALL, seed: 6 });
    const words = (text: string) => text.split(/\s+/u).filter((x) => x.length > 0).length;
    assert.strictEqual(words(w.oldText), w.stats.words);
    assert.strictEqual(words(w.newText), w.stats.words - w.stats.deleted + w.stats.inserted);
  });

  it('gives spans whose words were all deleted a null truth and scores them (not touched)', () => {
    const w = wordEditWorkload(0.2, { ...SMALL, seed: 5 });
    const deleted = w.truth.flatMap((t, k) => (t === null ? [k] : []));
    assert.ok(deleted.length > 0);
    assert.strictEqual(deleted.length, w.stats.deletedSpans);
    for (const k of deleted) assert.strictEqual(w.touched[k], false);
  });

  it('orthographic churn: truth covers the churned form of the same words, marks on the last letter included', () => {
    for (const split of ['dev', 'heldout'] as const) {
      const w = churnWorkload(0.2, { ...SMALL, split, seed: 11 });
      assertAnnotationsQuoteOldText(w);
      assert.ok(w.touched.every((t) => !t), 'churn touches nothing');
      const slice = slicer(w.newText);
      let different = 0;
      let markedEnd = 0;
      w.annotations.forEach((a, k) => {
        const t = w.truth[k]!;
        const now = slice(t.start, t.end);
        assert.strictEqual(fold(now), fold(a.text), a.id);
        // The core's normaliser folds every churn too, so the target is reachable.
        assert.strictEqual(normalizeForMatching(now).text, normalizeForMatching(a.text).text, a.id);
        assert.ok(!isMark(now[0]), `${a.id} starts on a letter`);
        assert.ok(!isMark(slice(t.end, t.end + 1)), `${a.id} does not leave a mark of its last letter outside`);
        if (now !== a.text) different++;
        if (isMark(now[now.length - 1]) && !isMark(a.text[a.text.length - 1])) markedEnd++;
      });
      assert.ok(different > 0.2 * w.annotations.length, `${different} spans churned`);
      assert.ok(markedEnd > 10, `${markedEnd} spans with marks added on their last letter`);
    }
  });

  it('churns every kind the issue lists', () => {
    const rnd = seededRandom(1);
    const kinds = new Set<string>();
    for (const word of ['الدولة', 'إلى', 'أكبر', 'مستشفى', '2015', '١٤٣٦', 'قال،', 'المملكـة', 'كَتَبَ']) {
      for (let i = 0; i < 40; i++) {
        const c = churnWord(word, rnd);
        assert.ok(c && c.text !== word && fold(c.text) === fold(word), `${word} → ${c?.text}`);
        kinds.add(c.kind);
      }
    }
    assert.deepStrictEqual([...kinds].sort(), ['addMarks', 'alef', 'comma', 'digits', 'dropMarks', 'tatweel', 'yeh']);
  });

  it('moves paragraphs, keeps them blank-line separated and single-line', () => {
    const w = movedParagraphsWorkload(0.3, { ...SMALL, seed: 2 });
    const oldParas = w.oldText.split('\n\n');
    const newParas = w.newText.split('\n\n');
    for (const p of [...oldParas, ...newParas]) assert.ok(p.length > 0 && !p.includes('\n'));
    assert.ok(w.stats.movedParagraphs >= Math.floor(0.3 * oldParas.length) - 1);
    // Paragraphs far from their old place: many spans' truth is far from their old offset.
    const far = w.annotations.filter((a, k) => w.truth[k] && Math.abs(w.truth[k]!.start - a.start) > 2000).length;
    assert.ok(far > 0.1 * w.annotations.length, `${far} spans moved far`);
  });

  it('has spans as researchers make them: nested, overlapping, single frequent words, on duplicated sentences', () => {
    const w = duplicationWorkload({ ...SMALL, seed: 4 });
    const a = w.annotations;
    let nested = 0;
    let overlapping = 0;
    for (let i = 0; i < a.length; i++) {
      for (let j = i + 1; j < a.length && a[j]!.start < a[i]!.end; j++) {
        if (a[j]!.end <= a[i]!.end) nested++;
        else overlapping++;
      }
    }
    assert.ok(nested > 20 && overlapping > 20, `${nested} nested, ${overlapping} overlapping`);
    const count = (q: string): number => w.oldText.split(q).length - 1;
    const frequent = a.filter((x) => !x.text.includes(' ') && count(x.text) > 50).length;
    assert.ok(frequent > 20, `${frequent} single frequent words`);
    const onCopies = a.filter((x) => x.text.split(' ').length >= 4 && count(x.text) >= 50).length;
    assert.ok(onCopies > 20, `${onCopies} spans of 4+ words on a sentence with 50 copies`);
    assert.strictEqual(w.stats.duplicatedCopies, 1000);
  });

  it('is deterministic per seed and varies with it', () => {
    const a = buildEditWorkload({ ...SMALL, seed: 9, wordEditRate: 0.1, movedParagraphs: 0.1, churnRate: 0.1 });
    const b = buildEditWorkload({ ...SMALL, seed: 9, wordEditRate: 0.1, movedParagraphs: 0.1, churnRate: 0.1 });
    const c = buildEditWorkload({ ...SMALL, seed: 10, wordEditRate: 0.1, movedParagraphs: 0.1, churnRate: 0.1 });
    assert.deepStrictEqual(a, b);
    assert.notStrictEqual(a.oldText, c.oldText);
    assert.notDeepStrictEqual(a.truth, c.truth);
  });
});

describe('scoring a re-anchoring against a workload', () => {
  const workload = {
    truth: [{ start: 0, end: 4 }, { start: 10, end: 12 }, null, null, { start: 20, end: 25 }, { start: 30, end: 31 }],
    touched: [false, false, false, false, true, false],
  };
  const placed = (start: number, end: number) => ({ outcome: 'moved', annotation: { start, end } });
  const orphan = (at: number) => ({ outcome: 'orphaned', annotation: { start: at, end: at } });

  it('counts exact placements right, others wrong, needless orphans apart, touched spans not at all', () => {
    const s = scoreWorkload(workload, [placed(0, 4), placed(10, 13), orphan(50), placed(7, 9), orphan(20), orphan(30)]);
    assert.deepStrictEqual(
      { total: s.total, touched: s.touched, scored: s.scored, correct: s.correct, wrong: s.wrong, orphaned: s.orphaned },
      { total: 6, touched: 1, scored: 5, correct: 2, wrong: 2, orphaned: 1 },
    );
    assert.strictEqual(s.correctPercent, 40);
    assert.strictEqual(s.wrongPercent, 40);
  });

  it('refuses results that do not match the annotations one for one', () => {
    assert.throws(() => scoreWorkload(workload, [placed(0, 4)]), RangeError);
  });
});
