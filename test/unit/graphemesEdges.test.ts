import * as assert from 'assert';
import * as fc from 'fast-check';
import { clusterEnd, clusterStart } from '../../src/core/text/graphemes';

/** Every grapheme-cluster boundary of `text`, by segmenting all of it at once. */
function boundaries(text: string): Set<number> {
  const out = new Set<number>([text.length]);
  for (const { index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) out.add(index);
  return out;
}

/** Both edges of every position of `text` agree with a segmentation of the whole text. */
function assertEdgesAgree(text: string): void {
  const bounds = boundaries(text);
  for (let i = 0; i <= text.length; i++) {
    let start = i;
    while (!bounds.has(start)) start--;
    let end = i;
    while (!bounds.has(end)) end++;
    const where = `${JSON.stringify(text)} at ${i}`;
    assert.strictEqual(clusterStart(text, i), start, `start ${where}`);
    assert.strictEqual(clusterEnd(text, i), end, `end ${where}`);
  }
}

// Pieces of text a source may hold: Arabic letters bare and with marks, Latin, digits,
// emoji with and without modifiers, flags, ZWJ families, a tag-sequence flag, a keycap,
// joiners inside Arabic words, line breaks and white space. (CR LF is left out: the edges
// treat a position between CR and LF as a boundary, which an editor never offers.)
const PIECES = [
  'ق', 'ال', 'دّ', 'شَّ', 'لً', 'ـً', 'a', 'é', 'e\u0301', '7', '٣',
  '😀', '👍🏽', '🇮🇶', '🇸🇦', '👨‍👩‍👧', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '1️⃣', 'ل\u200Dا', '\u200D', '\u0651',
  // ZWNJ inside a word, and the Arabic signs that attach to the number after them.
  'ل\u200Cا', '\u200C', '\u0600١٢', '\u06DD٣', '\u08E2',
  ' ', ' ', '\n', '\t', '.', '«',
  // Astral characters whose surrogates sit at the edges of their ranges: U+10000 (high D800,
  // low DC00), U+1F400 🐀 (low DC00), U+20BFF (low DFFF), U+10FFFD (high DBFF).
  '\u{10000}', '🐀', '\u{20BFF}', '\u{10FFFD}',
];

describe('grapheme cluster edges agree with a full segmentation', () => {
  it('around marks, emoji, flags, joiners and line breaks in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        // A stray mark right after white space is kept as a unit of its own (the edges never
        // reach back across a space), where a segmenter would join it to the space.
        fc.pre(!/\s[\p{M}\u200C\u200D]/u.test(text));
        assertEdgesAgree(text);
      }),
      { numRuns: 400 },
    );
  });

  it('for marks and joiners at the very start or end of the text', () => {
    for (const text of ['\u0651', '\u0651ق', 'ق\u0651', '\u200D', '\u200Dق', 'ق\u200D', '🏽', '🏽ق', '🇮', '🇮🇶🇸', '👍🏽']) {
      assertEdgesAgree(text);
    }
  });

  it('when a lone surrogate stands next to a mark or an emoji', () => {
    for (const text of ['\ud83d\u0651', '\ude00\u0651', 'ق\ude00\u0651', '\ud83d😀', '😀\ude00', '\ud83d🏽', 'a\udffd', '\ud83c\ud83c\udffd']) {
      assertEdgesAgree(text);
    }
  });

  it('for a long word of marked letters, however far the position is from the last space', () => {
    // The search for a starting boundary goes back at most a window of characters; a long
    // run without white space must still give the same edges.
    const word = 'بِسْمِ'.repeat(20);
    assertEdgesAgree(`قال ${word} ثم`);
    assertEdgesAgree(word);
  });

  it('for a flag after a long run without spaces', () => {
    const text = `${'ق'.repeat(70)}🇮🇶`;
    assertEdgesAgree(text);
    assertEdgesAgree(`${'ق'.repeat(70)}👍🏽ق`);
  });
});

describe('grapheme cluster edges from a fresh start', () => {
  it('segment by grapheme on the first call of a process', () => {
    // The module makes its segmenter on first use and keeps it; a fresh load of the module
    // checks that first use, whatever ran before.
    const path = require.resolve('../../src/core/text/graphemes');
    delete require.cache[path];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fresh = require(path) as { clusterEnd: typeof clusterEnd; clusterStart: typeof clusterStart };
    const t = 'الدّولً ثم';
    const lam = t.indexOf('لً');
    assert.strictEqual(fresh.clusterEnd(t, lam + 1), lam + 2);
    assert.strictEqual(fresh.clusterStart(t, lam + 1), lam);
  });
});

describe('grapheme cluster edges of clusters longer than the window', () => {
  it('keep a letter with a long run of stacked marks when the position is near its start', () => {
    const text = `ق${'\u0651'.repeat(100)} ب`;
    assert.strictEqual(clusterStart(text, 5), 0);
    assert.strictEqual(clusterStart(text, 1), 0);
    assert.strictEqual(clusterEnd(text, 1) > 1, true, 'an edge after the base letter moves past its marks');
  });

  it('move an edge back at most 64 units inside a run of marks longer than that (zalgo text)', () => {
    const text = `ق${'\u0651'.repeat(300)} ب`;
    for (const i of [100, 150, 200]) {
      const s = clusterStart(text, i);
      assert.ok(s < i && s >= i - 64, `start ${s} for ${i}`);
    }
  });

  it('never move a position past the end or before the start of the text', () => {
    const text = `ق${'\u0651'.repeat(200)}`;
    for (const i of [0, 1, 64, 65, 100, 150, 199, 200, 201]) {
      const s = clusterStart(text, i);
      const e = clusterEnd(text, i);
      assert.ok(s >= 0 && s <= i, `start ${s} for ${i}`);
      assert.ok(e >= i && e <= text.length, `end ${e} for ${i}`);
    }
  });
});
