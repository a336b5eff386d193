/**
 * followEdits, change by change: insertions, deletions and replacements at and around a span,
 * orphans as points, revival on Undo, regrowth of a cut edge, change lists in VS Code's order,
 * and nested, overlapping and unsorted spans.
 */
import * as assert from 'assert';
import { followEdits, LiveSpan, TextChange } from '../../src/core/anchoring/followEdits';
import { applyChanges, del, DIGITS, ins, one, rep, slice, tag, where } from './support/editScripts';

describe('followEdits', () => {
  describe('insertions at and around a span', () => {
    const span = tag(DIGITS, 's', 3, 6); // "345"

    it('shifts the span right when text is typed exactly at its start (the text goes before)', () => {
      const moved = one(span, [ins(3, 'ab')]);
      assert.deepStrictEqual(where(moved), [5, 8, false]);
      assert.strictEqual(slice(applyChanges(DIGITS, [ins(3, 'ab')]), 5, 8), '345');
    });

    it('leaves the span unchanged (the same object) when text is typed exactly at its end', () => {
      assert.strictEqual(one(span, [ins(6, 'ab')]), span);
    });

    it('grows the span when text is typed strictly inside', () => {
      assert.deepStrictEqual(where(one(span, [ins(4, 'ab')])), [3, 8, false]);
      assert.deepStrictEqual(where(one(span, [ins(5, 'x')])), [3, 7, false]);
    });

    it('shifts for insertions before and ignores insertions after', () => {
      assert.deepStrictEqual(where(one(span, [ins(0, 'abcd')])), [7, 10, false]);
      assert.strictEqual(one(span, [ins(9, 'x')]), span);
      assert.strictEqual(one(span, [ins(10, 'x')]), span);
    });

    it('does not touch text, before or after of a moved span', () => {
      const moved = one(span, [ins(4, 'ab')]);
      assert.strictEqual(moved.text, '345');
      assert.strictEqual(moved.before, '012');
      assert.strictEqual(moved.after, '6789');
      assert.notStrictEqual(moved, span);
      assert.strictEqual(span.start, 3, 'the input span is not mutated');
      assert.strictEqual(span.end, 6);
    });
  });

  describe('deletions', () => {
    const span = tag(DIGITS, 's', 3, 6); // "345"

    it('shifts for a deletion before, also one ending exactly at the start', () => {
      assert.deepStrictEqual(where(one(span, [del(0, 2)])), [1, 4, false]);
      assert.deepStrictEqual(where(one(span, [del(1, 2)])), [1, 4, false]);
    });

    it('ignores a deletion after, also one starting exactly at the end', () => {
      assert.strictEqual(one(span, [del(6, 2)]), span);
      assert.strictEqual(one(span, [del(8, 2)]), span);
    });

    it('shrinks a span the deletion overlaps at its start, its end or inside', () => {
      const cases: [TextChange, number, number, string][] = [
        [del(2, 2), 2, 4, '45'],
        [del(5, 3), 3, 5, '34'],
        [del(4, 1), 3, 5, '35'],
        [del(3, 2), 3, 4, '5'],
        [del(4, 2), 3, 4, '3'],
      ];
      for (const [change, s, e, quote] of cases) {
        const moved = one(span, [change]);
        assert.deepStrictEqual(where(moved), [s, e, false], JSON.stringify(change));
        assert.strictEqual(slice(applyChanges(DIGITS, [change]), s, e), quote);
      }
    });

    it('orphans a span whose text is deleted exactly, at the deletion offset, keeping its quote', () => {
      const moved = one(span, [del(3, 3)]);
      assert.deepStrictEqual(where(moved), [3, 3, true]);
      assert.strictEqual(moved.text, '345');
      assert.strictEqual(moved.before, '012');
      assert.strictEqual(moved.after, '6789');
    });

    it('orphans a span inside a larger deletion, at the deletion offset', () => {
      assert.deepStrictEqual(where(one(span, [del(1, 8)])), [1, 1, true]);
      assert.deepStrictEqual(where(one(span, [del(0, 10)])), [0, 0, true]);
    });

    it('orphans a span whose characters go in several changes of one event', () => {
      assert.deepStrictEqual(where(one(span, [del(5, 1), del(3, 2)])), [3, 3, true]);
    });
  });

  describe('replacements', () => {
    const span = tag(DIGITS, 's', 3, 6); // "345"

    it('grows or shrinks by a replacement strictly inside', () => {
      const change = rep(4, 1, 'xyz');
      assert.deepStrictEqual(where(one(span, [change])), [3, 8, false]);
      assert.strictEqual(slice(applyChanges(DIGITS, [change]), 3, 8), '3xyz5');
      assert.deepStrictEqual(where(one(span, [rep(4, 1, '')])), [3, 5, false]);
    });

    it('keeps the surviving part of a replacement over the start; the new text stays outside', () => {
      const change = rep(2, 2, 'xy');
      const moved = one(span, [change]);
      assert.deepStrictEqual(where(moved), [4, 6, false]);
      assert.strictEqual(slice(applyChanges(DIGITS, [change]), 4, 6), '45');
    });

    it('keeps the surviving part of a replacement over the end; the new text stays outside', () => {
      const change = rep(5, 3, 'xy');
      assert.deepStrictEqual(where(one(span, [change])), [3, 5, false]);
      assert.strictEqual(slice(applyChanges(DIGITS, [change]), 3, 5), '34');
    });

    it('orphans a span replaced whole by other text; the orphan sits after the new text', () => {
      assert.deepStrictEqual(where(one(span, [rep(3, 3, 'abc')])), [6, 6, true]);
      assert.deepStrictEqual(where(one(span, [rep(1, 8, 'ab')])), [3, 3, true]);
    });

    it('keeps a span replaced by text that contains its quote (the same object when nothing moved)', () => {
      assert.strictEqual(one(span, [rep(3, 3, '345')]), span);
      const doc = applyChanges(DIGITS, [rep(1, 8, 'ab345cd')]);
      const moved = one(span, [rep(1, 8, 'ab345cd')]);
      assert.deepStrictEqual(where(moved), [3, 6, false]);
      assert.strictEqual(slice(doc, 3, 6), '345');
    });
  });

  describe('orphans (empty points)', () => {
    const orphan: LiveSpan = { id: 'o', start: 4, end: 4, orphaned: true, text: 'gone', before: 'b', after: 'a' };

    it('shifts right with an insertion exactly at its position', () => {
      const moved = one(orphan, [ins(4, 'xy')]);
      assert.deepStrictEqual(where(moved), [6, 6, true]);
      assert.strictEqual(moved.text, 'gone');
    });

    it('shifts for edits before, ignores edits after, and moves to a deletion containing it', () => {
      assert.deepStrictEqual(where(one(orphan, [ins(1, 'xy')])), [6, 6, true]);
      assert.strictEqual(one(orphan, [ins(5, 'xy')]), orphan);
      assert.strictEqual(one(orphan, [del(4, 3)]), orphan);
      assert.deepStrictEqual(where(one(orphan, [del(1, 3)])), [1, 1, true]);
      assert.deepStrictEqual(where(one(orphan, [del(2, 5)])), [2, 2, true]);
    });

    it('moves an empty non-orphaned span like a point and never orphans or revives it', () => {
      const point: LiveSpan = { id: 'p', start: 4, end: 4, text: '', before: '', after: '' };
      assert.deepStrictEqual(where(one(point, [ins(4, 'x')])), [5, 5, false]);
      assert.deepStrictEqual(where(one(point, [del(2, 5)])), [2, 2, false]);
      assert.strictEqual(one(point, [del(2, 5)]).orphaned, undefined);
    });

    it('treats an orphan as a point at its start', () => {
      const odd: LiveSpan = { ...orphan, end: 7 };
      assert.strictEqual(one(odd, [ins(5, 'x')]), odd);
      assert.deepStrictEqual(where(one(odd, [ins(2, 'x')])), [5, 5, true]);
    });
  });

  describe('revival', () => {
    const doc = 'قال الرئيس إن المحادثات متقدمة حول انهاء الوجود';
    const start = doc.indexOf('المحادثات');
    const word = tag(doc, 'w', start, start + 'المحادثات'.length);

    it('gives back the original span when a deleted tagged word is re-inserted at the same place (Undo)', () => {
      const deletion = del(word.start, word.end - word.start);
      const orphan = one(word, [deletion]);
      assert.strictEqual(orphan.orphaned, true);
      const undo = ins(word.start, 'المحادثات');
      const back = one(orphan, [undo]);
      assert.deepStrictEqual(back, word);
      assert.ok(!('orphaned' in back), 'a revived span has no orphaned key');
      assert.strictEqual(applyChanges(applyChanges(doc, [deletion]), [undo]), doc);
    });

    it('gives back every span inside a deleted passage when the passage is re-inserted', () => {
      const from = doc.indexOf('إن');
      const to = doc.indexOf('انهاء');
      const spans = [
        tag(doc, 'a', doc.indexOf('الرئيس'), doc.indexOf('الرئيس') + 6),
        word,
        tag(doc, 'outer', from, to - 1),
        tag(doc, 'inner', start, start + 3),
        tag(doc, 'inner2', start + 3, start + 9),
        tag(doc, 'hul', doc.indexOf('حول'), doc.indexOf('حول') + 3),
      ];
      const deleted = slice(doc, from, to);
      const gone = followEdits(spans, [del(from, to - from)]);
      assert.deepStrictEqual(
        gone.map((s) => s.orphaned === true),
        [false, true, true, true, true, true],
      );
      const back = followEdits(gone, [ins(from, deleted)]);
      assert.deepStrictEqual(back, spans);
    });

    it('revives Undo of a replacement: the replaced text comes back over the new text', () => {
      const typed = rep(word.start, word.end - word.start, 'الحوارات');
      const orphan = one(word, [typed]);
      assert.strictEqual(orphan.orphaned, true);
      const undo = rep(word.start, 'الحوارات'.length, 'المحادثات');
      assert.deepStrictEqual(one(orphan, [undo]), word);
    });

    it('chooses among several occurrences the one whose neighbours match the stored context', () => {
      const text = 'و محادثات أخرى ثم محادثات متقدمة حول ثم محادثات';
      const s = text.indexOf('محادثات متقدمة');
      const span = tag(text, 'm', s, s + 'محادثات'.length);
      const orphan = one(span, [del(0, text.length)]);
      assert.deepStrictEqual(where(orphan), [0, 0, true]);
      assert.deepStrictEqual(one(orphan, [ins(0, text)]), span);
      const first = text.indexOf('محادثات');
      const noContext = { ...orphan, before: '', after: '' };
      assert.strictEqual(one(noContext, [ins(0, text)]).start, first, 'the first occurrence on a tie');
    });

    it('does not revive when the inserted text lacks the quote or lands elsewhere', () => {
      const orphan = one(word, [del(word.start, word.end - word.start)]);
      assert.deepStrictEqual(where(one(orphan, [ins(word.start, 'المحادث')])), [word.start + 7, word.start + 7, true]);
      assert.deepStrictEqual(where(one(orphan, [ins(word.start + 1, 'المحادثات')])), [word.start, word.start, true]);
      assert.deepStrictEqual(where(one(orphan, [ins(word.start - 1, 'المحادثات')])), [word.start + 9, word.start + 9, true]);
    });

    it('does not revive an orphan with an empty quote', () => {
      const orphan: LiveSpan = { id: 'e', start: 2, end: 2, orphaned: true, text: '', before: '', after: '' };
      assert.deepStrictEqual(where(one(orphan, [ins(2, 'abc')])), [5, 5, true]);
    });
  });

  describe('regrowth of a cut edge', () => {
    const doc = 'the President Biden said so';
    const span = tag(doc, 'pb', 4, 19); // "President Biden"

    it('takes back its end when Undo re-inserts what a deletion cut off the end', () => {
      const from = doc.indexOf('Biden');
      const cut = del(from, 'Biden said'.length);
      const shrunk = one(span, [cut]);
      assert.deepStrictEqual(where(shrunk), [4, 14, false]);
      assert.deepStrictEqual(one(shrunk, [ins(from, 'Biden said')]), span);
    });

    it('takes back its start when Undo of a typed-over selection re-inserts what was cut off the start', () => {
      const typed = rep(0, 'the President'.length, 'x');
      const shrunk = one(span, [typed]);
      assert.deepStrictEqual(where(shrunk), [1, 7, false]);
      const undo = rep(0, 1, 'the President');
      assert.strictEqual(applyChanges(applyChanges(doc, [typed]), [undo]), doc);
      assert.deepStrictEqual(one(shrunk, [undo]), span);
    });

    it('does not grow a span that is as long as its quote, nor on text that does not match', () => {
      assert.strictEqual(one(span, [ins(19, ' Jr')]), span);
      const shrunk = one(span, [del(14, 5)]);
      assert.deepStrictEqual(where(one(shrunk, [ins(14, 'Bidem')])), [4, 14, false]);
      assert.deepStrictEqual(where(one(shrunk, [ins(14, 'Bide')])), [4, 14, false]);
      assert.deepStrictEqual(where(one(shrunk, [ins(4, 'Biden')])), [9, 19, false]);
    });
  });

  describe('change lists', () => {
    const span = tag(DIGITS, 's', 3, 6);

    it('applies changes in sequence: each offset is in the text left by the previous ones', () => {
      const changes = [ins(0, 'ab'), ins(5, 'X')];
      const moved = one(span, changes);
      assert.deepStrictEqual(where(moved), [6, 9, false]);
      assert.strictEqual(slice(applyChanges(DIGITS, changes), 6, 9), '345');
    });

    it('handles a multi-cursor event listed from the end of the text backwards, as VS Code sends it', () => {
      const changes = [ins(9, 'x'), ins(4, 'y'), ins(1, 'z')];
      const moved = one(span, changes);
      assert.deepStrictEqual(where(moved), [4, 8, false]);
      assert.strictEqual(slice(applyChanges(DIGITS, changes), 4, 8), '3y45');
    });

    it('gives the same result for one event as for its changes one at a time', () => {
      const changes = [rep(2, 2, 'abc'), del(0, 1), ins(7, 'Q')];
      const atOnce = followEdits([span], changes);
      let stepwise: LiveSpan[] = [span];
      for (const c of changes) stepwise = followEdits(stepwise, [c]);
      assert.deepStrictEqual(atOnce, stepwise);
    });

    it('returns a copy of the array for an empty change list', () => {
      const spans = [span];
      const out = followEdits(spans, []);
      assert.notStrictEqual(out, spans);
      assert.strictEqual(out[0], span);
    });
  });

  describe('nested, overlapping and unsorted spans', () => {
    const spans = [
      tag(DIGITS, 'outer', 1, 9),
      tag(DIGITS, 'inner', 3, 6),
      tag(DIGITS, 'left', 2, 5),
      tag(DIGITS, 'right', 4, 8),
    ];

    it('moves each span by its own boundaries', () => {
      const out = followEdits(spans, [ins(3, 'ab')]);
      assert.deepStrictEqual(out.map(where), [
        [1, 11, false],
        [5, 8, false],
        [2, 7, false],
        [6, 10, false],
      ]);
    });

    it('orphans only the spans whose every character went, and revives them on Undo', () => {
      const out = followEdits(spans, [del(3, 3)]);
      assert.deepStrictEqual(out.map(where), [
        [1, 6, false],
        [3, 3, true],
        [2, 3, false],
        [3, 5, false],
      ]);
      const back = followEdits(out, [ins(3, '345')]);
      assert.deepStrictEqual(back, spans, 'Undo restores all four, the cut edges by regrowth');
    });

    it('keeps the input order and length of unsorted spans and returns untouched ones as the same objects', () => {
      const unsorted = [spans[3]!, tag(DIGITS, 'late', 8, 10), spans[0]!, tag(DIGITS, 'early', 0, 1), spans[1]!];
      const out = followEdits(unsorted, [ins(7, 'x')]);
      assert.deepStrictEqual(out.map((s) => s.id), ['right', 'late', 'outer', 'early', 'inner']);
      assert.deepStrictEqual(out.map(where), [
        [4, 9, false],
        [9, 11, false],
        [1, 10, false],
        [0, 1, false],
        [3, 6, false],
      ]);
      assert.strictEqual(out[3], unsorted[3]);
      assert.strictEqual(out[4], unsorted[4]);
    });
  });
});
