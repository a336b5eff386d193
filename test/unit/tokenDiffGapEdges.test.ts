/**
 * The word-level diff (tokenDiff.ts) at the edges of its gaps: a common word kept between
 * replaced words (kept when a sure match stands beside it, dropped when it stands alone),
 * text before the first and after the last paragraph when paragraphs swap, and a gap of
 * repeated words deep inside a long text, which must be diffed as fully as one at its start.
 * Token ids are built by hand (0 plays "في", small ids common words, 9+ words found once).
 */
import * as assert from 'assert';
import { checkedPairing as match } from './support/tokenPairing';
import { seededRandom } from '../corpus/random';

describe('diffTokens at the edges of gaps', () => {
  it('keeps a common word between replaced words when the first word of the text anchors it', () => {
    // "الرياض: قال في بيان" → "الرياض: أكد في تصريح": "في" two words after the sure
    // "الرياض" (old 0, new 0) at the same distance stays paired. The text goes on, after
    // more replaced words, with "20 21 22 في", so "في" is not a word found once: only the
    // gap diff pairs it.
    assert.deepStrictEqual(match([9, 7, 0, 8, 13, 14, 20, 21, 22, 0], [9, 6, 0, 5, 15, 16, 20, 21, 22, 0]), [0, -1, 2, -1, -1, -1, 6, 7, 8, 9]);
  });

  it('keeps a common word whose sure neighbour follows it directly', () => {
    // "قال في الرياض ..." → "أكد في الرياض ...": "في" right before the unique word.
    assert.deepStrictEqual(match([7, 0, 9, 8, 10, 11, 20, 21, 0], [6, 0, 9, 12, 13, 14, 20, 21, 0]), [-1, 1, 2, -1, -1, -1, 6, 7, 8]);
  });

  it('drops a lone common word at the very start of the text like anywhere else', () => {
    // The opening sentence is rewritten and shares only "في" (new position 0); the word
    // after the unique 9 keeps its pair, vouched for by 9.
    assert.deepStrictEqual(match([5, 0, 5, 5, 5, 9, 0, 5], [0, 6, 6, 9, 0, 6]), [-1, -1, -1, -1, -1, 3, 4, -1]);
  });

  it('keeps the closing words in place when the two paragraphs before them swap', () => {
    // [10 11 12][20 21 22] x y x y → [20 21 22][10 11 12] x y x y
    assert.deepStrictEqual(match([10, 11, 12, 20, 21, 22, 1, 2, 1, 2], [20, 21, 22, 10, 11, 12, 1, 2, 1, 2]), [3, 4, 5, 0, 1, 2, 6, 7, 8, 9]);
  });

  it('keeps the opening words in place when the two paragraphs after them swap', () => {
    assert.deepStrictEqual(match([1, 2, 1, 2, 10, 11, 12, 20, 21, 22], [1, 2, 1, 2, 20, 21, 22, 10, 11, 12]), [0, 1, 2, 3, 7, 8, 9, 4, 5, 6]);
  });

  it('anchors a gap on a word found once on each side of it, ahead of a longer run of common words', () => {
    // Gap "في x x x" → "x x x في" before the block "في 20 21": "في" occurs once in each
    // side of the gap (the block's own "في" does not count), so it is the gap's anchor, as
    // in a patience diff, and the x's crossing it are left unpaired.
    assert.deepStrictEqual(match([9, 0, 1, 1, 1, 0, 20, 21], [9, 1, 1, 1, 0, 0, 20, 21]), [0, 4, -1, -1, -1, 5, 6, 7]);
  });

  it('diffs a gap of repeated words after 100,000 tokens exactly as at the start of a text', () => {
    // The work limit of a gap diff depends on the gap's size, not on where it lies.
    const rnd = seededRandom(0x6a9);
    const gapA = Array.from({ length: 100 }, () => Math.floor(rnd() * 2));
    const gapB = Array.from({ length: 100 }, () => Math.floor(rnd() * 2));
    const start = match([100, ...gapA, 101], [100, ...gapB, 101]).slice(1, -1).map((j) => (j < 0 ? j : j - 1));
    const lead = Array.from({ length: 100_000 }, (_, k) => 1000 + k);
    const deep = match([...lead, ...gapA, 101], [...lead, ...gapB, 101]).slice(lead.length, -1).map((j) => (j < 0 ? j : j - lead.length));
    assert.ok(start.filter((j) => j >= 0).length >= 70, 'most of the gap is paired');
    assert.deepStrictEqual(deep, start);
  });
});
