/**
 * Regrowth (a span taking back what Undo re-inserts at its edge) counted in code points,
 * where the quote's missing piece has to be cut out of a UTF-16 string: characters at the
 * very ends of the surrogate ranges, lone surrogates from a broken paste, and a stale
 * quote that is longer in UTF-16 units than the span but shorter in code points.
 * A wrong count splits an emoji from its other half, or leaves a letter outside its span.
 */
import * as assert from 'assert';
import { followEdits, type LiveSpan, type TextChange } from '../../src/core/anchoring/followEdits';

const del = (offset: number, deleteLength: number): TextChange => ({ offset, deleteLength, insertText: '' });
const ins = (offset: number, insertText: string): TextChange => ({ offset, deleteLength: 0, insertText });
const where = (s: LiveSpan) => [s.start, s.end, s.orphaned === true];
const points = (s: string) => Array.from(s);

/** The span over `quote` at offset 2 (code points), as tagged and refreshed. */
function tagged(quote: string): LiveSpan {
  return { id: 'q', start: 2, end: 2 + points(quote).length, text: quote, before: 'في', after: '' };
}

/** Deletes the first `m` code points of the span, then Undo puts them back: the span must be whole again. */
function cutAndUndoAtStart(quote: string, m: number): void {
  const span = tagged(quote);
  const cut = followEdits([span], [del(2, m)]);
  assert.deepStrictEqual(where(cut[0]!), [2, span.end - m, false], `cut ${JSON.stringify(quote)}`);
  const back = followEdits(cut, [ins(2, points(quote).slice(0, m).join(''))]);
  assert.deepStrictEqual(where(back[0]!), where(span), `Undo at the start of ${JSON.stringify(quote)}`);
}

/** Deletes the last `m` code points of the span, then Undo puts them back. */
function cutAndUndoAtEnd(quote: string, m: number): void {
  const span = tagged(quote);
  const cut = followEdits([span], [del(span.end - m, m)]);
  assert.deepStrictEqual(where(cut[0]!), [2, span.end - m, false], `cut ${JSON.stringify(quote)}`);
  const back = followEdits(cut, [ins(span.end - m, points(quote).slice(-m).join(''))]);
  assert.deepStrictEqual(where(back[0]!), where(span), `Undo at the end of ${JSON.stringify(quote)}`);
}

describe('regrowth across surrogate pairs (code points)', () => {
  // Each character sits at one end of the high (D800-DBFF) or low (DC00-DFFF) range.
  const edges = [
    { name: 'U+10000 LINEAR B SYLLABLE A (high D800)', ch: '\u{10000}' },
    { name: 'U+10FFFD, last private use character (high DBFF)', ch: '\u{10FFFD}' },
    { name: 'U+1F400 RAT (low DC00)', ch: '\u{1F400}' },
    { name: 'U+1F3FF skin tone modifier (low DFFF)', ch: '\u{1F3FF}' },
  ];
  for (const { name, ch } of edges) {
    it(`takes back ${name} cut off either edge of a span on Undo`, () => {
      assert.strictEqual(ch.length, 2);
      cutAndUndoAtStart(`${ch} بغداد`, 1);
      cutAndUndoAtEnd(`بغداد ${ch}`, 1);
      // Two of them with a letter between: the count must step over both pairs.
      cutAndUndoAtStart(`${ch}ب${ch} نص`, 3);
      cutAndUndoAtEnd(`نص ${ch}ب${ch}`, 3);
    });

    it(`does not take back half of ${name}`, () => {
      // Undo that brings back a different astral character leaves it outside the span.
      const span = tagged(`${ch} بغداد`);
      const cut = followEdits([span], [del(2, 1)]);
      const other = followEdits(cut, [ins(2, '😀')]);
      assert.deepStrictEqual(where(other[0]!), [3, span.end, false]);
    });
  }

  // A pasted text cut through an emoji keeps a lone half; each half counts as one code point.
  const lone = [
    { name: 'an Arabic letter before a lone low surrogate', quote: 'ب\uDC00ل نص' },
    { name: 'a letter above the surrogates (U+FEFB) before a lone low surrogate', quote: '\uFEFB\uDC00ب نص' },
    { name: 'a lone high surrogate before an Arabic letter', quote: '\uD83Dب نص' },
    { name: 'a lone high surrogate before a letter above the surrogates (U+FEFB)', quote: '\uD83D\uFEFB نص' },
  ];
  for (const { name, quote } of lone) {
    it(`counts ${name} as two code points when it takes back the first one`, () => {
      const cps = points(quote);
      assert.strictEqual(cps.length, quote.length, 'no surrogate pair in the quote');
      cutAndUndoAtStart(quote, 1);
      cutAndUndoAtStart(quote, 2);
      // The same characters at the end of a span, read backwards.
      const reversed = cps.slice().reverse().join('');
      assert.strictEqual(points(reversed).length, reversed.length);
      cutAndUndoAtEnd(reversed, 1);
      cutAndUndoAtEnd(reversed, 2);
    });
  }

  it('counts a lone low surrogate after a pair as its own code point at the end of a span', () => {
    cutAndUndoAtEnd('نص 😀\uDC00', 1);
    cutAndUndoAtEnd('نص 😀\uDC00', 2);
    cutAndUndoAtStart('\uD83D😀 نص', 1);
    cutAndUndoAtStart('\uD83D😀 نص', 2);
  });
});

describe('regrowth with a stale quote longer in UTF-16 than in code points', () => {
  // "خبر 📌📌" is 6 code points but 8 UTF-16 units. A letter typed inside before the quote
  // is refreshed makes the span 7 code points: one more than its quote, though the quote
  // is longer in UTF-16 units. Nothing is missing, so text typed at either edge stays outside.
  const quote = 'خبر 📌📌';
  const span: LiveSpan = { id: 'p', start: 0, end: 6, text: quote, before: '', after: ' عاجل' };
  const [grown] = followEdits([span], [ins(2, 'ا')]);

  it('grew by the letter typed inside', () => {
    assert.deepStrictEqual(where(grown!), [0, 7, false]);
    assert.strictEqual(grown!.text, quote);
  });

  it('shifts right, keeping its length, when text is typed at its start', () => {
    for (const typed of ['ـ', '📌', 'x📌']) {
      const [out] = followEdits([grown!], [ins(0, typed)]);
      const n = points(typed).length;
      assert.deepStrictEqual(where(out!), [n, 7 + n, false], JSON.stringify(typed));
    }
  });

  it('stays as it is when text is typed at its end', () => {
    for (const typed of ['!', '📌', ' عاجل']) {
      const [out] = followEdits([grown!], [ins(7, typed)]);
      assert.strictEqual(out, grown, JSON.stringify(typed));
    }
  });

  it('behaves the same when the span is two code points longer than its quote', () => {
    const [twice] = followEdits([grown!], [ins(3, 'و')]);
    assert.deepStrictEqual(where(twice!), [0, 8, false]);
    assert.deepStrictEqual(where(followEdits([twice!], [ins(0, 'ب')])[0]!), [1, 9, false]);
    assert.strictEqual(followEdits([twice!], [ins(8, 'ب')])[0], twice);
  });
});
