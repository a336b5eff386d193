/**
 * Which occurrence an orphan comes back over when the inserted text holds its quote more
 * than once: the stored context counts to its very first character and up to the very
 * first character of the insertion, and a tie goes to the first occurrence.
 */
import * as assert from 'assert';
import { followEdits, type LiveSpan, type TextChange } from '../../src/core/anchoring/followEdits';

const ins = (offset: number, insertText: string): TextChange => ({ offset, deleteLength: 0, insertText });

/** Where the orphan comes back, relative to the insertion; -1 when it stays an orphan. */
function revivedAt(orphan: LiveSpan, inserted: string, unit?: 'utf16' | 'codePoint'): number {
  const [out] = followEdits([orphan], [ins(orphan.start, inserted)], unit ? { unit } : undefined);
  if (out!.orphaned === true) return -1;
  const size = unit === 'utf16' ? orphan.text.length : Array.from(orphan.text).length;
  assert.strictEqual(out!.end - out!.start, size, 'revived over the whole quote');
  return out!.start - orphan.start;
}

/** Brute force: the first occurrence with the longest agreement of its neighbours with before/after. */
function expectedSite(quote: string, before: string, after: string, inserted: string): number {
  let best = -1;
  let bestScore = -1;
  for (let at = inserted.indexOf(quote); at >= 0; at = inserted.indexOf(quote, at + 1)) {
    let score = 0;
    while (score < before.length && score < at && inserted[at - 1 - score] === before[before.length - 1 - score]) score++;
    let ahead = 0;
    const end = at + quote.length;
    while (ahead < after.length && end + ahead < inserted.length && inserted[end + ahead] === after[ahead]) ahead++;
    if (score + ahead > bestScore) {
      bestScore = score + ahead;
      best = at;
    }
  }
  return best;
}

describe('revival among several occurrences', () => {
  const orphan: LiveSpan = { id: 'w', start: 7, end: 7, orphaned: true, text: 'الوزير', before: 'قال ', after: ' إن' };

  it('counts context that reaches the first character of the insertion (a tie goes to the first)', () => {
    // Both copies are preceded by all of "قال "; the first one's reaches back to the
    // insertion's first character. Neither is followed by " إن".
    const inserted = 'قال الوزير، قال الوزير';
    assert.strictEqual(revivedAt(orphan, inserted), 4);
  });

  it("counts the stored context's first character (a tie goes to the first)", () => {
    // The first copy has all of "قال " (4) before it and nothing of " إن" after;
    // the second has "ال " (3) before and " " (1) after: 4 each.
    const inserted = '، قال الوزير، مال الوزير ب';
    assert.strictEqual(revivedAt(orphan, inserted), 6);
    // One more matching character after the second copy makes it win.
    assert.strictEqual(revivedAt(orphan, '، قال الوزير، مال الوزير إ'), '، قال الوزير، مال '.length);
  });

  it('prefers a later copy only when its neighbours agree strictly longer', () => {
    assert.strictEqual(revivedAt(orphan, 'الوزير، قال الوزير'), '، قال '.length + 6);
    assert.strictEqual(revivedAt(orphan, 'ال الوزير، قال الوزير'), '، قال '.length + 9);
    assert.strictEqual(revivedAt(orphan, 'قال الوزير، ال الوزير ب'), 4);
    assert.strictEqual(revivedAt(orphan, 'قال الوزير، ال الوزير إ'), 'قال الوزير، ال '.length);
  });

  it('agrees with a brute-force choice on many small insertions', () => {
    // Insertions built from pieces of the quote and its context, so partial agreements,
    // ties and agreements that run to either edge of the insertion all occur.
    const pieces = ['الوزير', 'قال ', 'ال ', ' إن', ' ', 'إ', '،', 'ق', 'مال '];
    let seed = 20261130;
    const next = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 8;
    };
    let several = 0;
    for (let run = 0; run < 3000; run++) {
      let inserted = '';
      const count = 1 + (next() % 7);
      for (let p = 0; p < count; p++) inserted += pieces[next() % pieces.length];
      const want = expectedSite(orphan.text, orphan.before, orphan.after, inserted);
      if (inserted.indexOf(orphan.text) !== inserted.lastIndexOf(orphan.text)) several++;
      // Everything here is in the Basic Multilingual Plane: both units give the same offset.
      assert.strictEqual(revivedAt(orphan, inserted), want, JSON.stringify(inserted));
      assert.strictEqual(revivedAt(orphan, inserted, 'utf16'), want, JSON.stringify(inserted));
    }
    assert.ok(several > 200, `only ${several} insertions with several copies`);
  });
});
