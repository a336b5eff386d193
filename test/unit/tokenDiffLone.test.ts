/**
 * The last two steps of the word-level diff (tokenDiff.ts), on token ids built by hand:
 * a common word the gap diff paired across two rewritten sentences is dropped unless a sure
 * match stands within three tokens on the same shift, and a moved sentence without a word of
 * its own (every word found elsewhere too) is still found when it is six words or more long.
 */
import * as assert from 'assert';
import { checkedPairing as match } from './support/tokenPairing';

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

/** The common word: it also ends both texts, so it is unique in neither and only a gap diff pairs it in the middle. */
const C = 1;
const HEAD = [100, 101, 102];
const TAIL = [103, 104, 105, C];

/**
 * Old: HEAD, `k` deleted words, C, `l` deleted words, TAIL. New: HEAD, `k2` inserted words, C,
 * `l2` inserted words, TAIL. Returns where the middle C went (-1: dropped).
 */
function lone(k: number, k2: number, l: number, l2: number): number {
  const a = [...HEAD, ...range(200, 200 + k), C, ...range(300, 300 + l), ...TAIL];
  const b = [...HEAD, ...range(400, 400 + k2), C, ...range(500, 500 + l2), ...TAIL];
  const got = match(a, b);
  // The unique blocks around it always stay.
  for (let i = 0; i < 3; i++) assert.strictEqual(got[i], i);
  for (let t = 1; t <= TAIL.length; t++) assert.strictEqual(got[a.length - t], b.length - t);
  return got[HEAD.length + k]!;
}

describe('diffTokens drops lone gap matches', () => {
  it('drops a common word paired across two rewritten sentences', () => {
    assert.strictEqual(lone(5, 5, 5, 5), -1);
    assert.strictEqual(lone(4, 6, 4, 7), -1);
  });

  it('keeps it within three tokens of a sure match on a shift at most three apart', () => {
    // After the head: 2 deleted words, so the head's last word is 3 tokens before it.
    assert.strictEqual(lone(2, 5, 5, 5), 3 + 5);
    assert.strictEqual(lone(2, 0, 5, 5), 3);
    assert.strictEqual(lone(0, 3, 5, 5), 3 + 3);
    assert.strictEqual(lone(1, 4, 5, 5), 3 + 4);
    // Before the tail: 2 deleted words after it, 5 inserted in the new text.
    assert.strictEqual(lone(5, 5, 2, 5), 3 + 5);
    assert.strictEqual(lone(5, 5, 2, 0), 3 + 5);
    assert.strictEqual(lone(5, 5, 0, 3), 3 + 5);
  });

  it('drops it when the sure match is four tokens away or the shift differs by four', () => {
    assert.strictEqual(lone(3, 3, 5, 5), -1);
    assert.strictEqual(lone(2, 6, 5, 5), -1);
    assert.strictEqual(lone(1, 5, 5, 5), -1);
    assert.strictEqual(lone(5, 5, 3, 3), -1);
    assert.strictEqual(lone(5, 5, 2, 6), -1);
    assert.strictEqual(lone(5, 5, 0, 4), -1);
  });

  it('does not let two lone matches vouch for each other, but keeps a pair of matches', () => {
    const D = 2;
    // Old and new: HEAD, five changed words, C, one changed word, D, five changed words, TAIL + D.
    const a = [...HEAD, ...range(200, 205), C, 210, D, ...range(220, 225), ...TAIL, D];
    const b = [...HEAD, ...range(400, 405), C, 410, D, ...range(420, 425), ...TAIL, D];
    const got = match(a, b);
    assert.strictEqual(got[8], -1);
    assert.strictEqual(got[10], -1);
    // Side by side in both texts they make a run of two and stay, and vouch for a third nearby.
    const a2 = [...HEAD, ...range(200, 205), C, D, 210, 3, ...range(220, 225), ...TAIL, D, 3];
    const b2 = [...HEAD, ...range(400, 405), C, D, 410, 3, ...range(420, 425), ...TAIL, D, 3];
    const got2 = match(a2, b2);
    assert.deepStrictEqual(got2.slice(8, 12), [8, 9, -1, 11]);
  });

  it('never drops a word unique in both texts, however alone', () => {
    const a = [...HEAD, ...range(200, 210), 7, ...range(300, 310), ...TAIL];
    const b = [...HEAD, ...range(400, 410), 7, ...range(500, 510), ...TAIL];
    assert.strictEqual(match(a, b)[13], 13);
  });
});

describe('diffTokens finds moved text without a word of its own', () => {
  const P1 = range(100, 110);
  const P2 = range(110, 120);
  const P3 = range(120, 130);
  /** The sentence's words again, reversed after a unique marker, so that no three of them recur in order. */
  const trailer = (s: number[]): number[] => [99, ...[...s].reverse()];

  it('finds a moved sentence of six words or more, not one of five', () => {
    for (const len of [5, 6, 9]) {
      const s = range(1, 1 + len);
      const a = [...P1, ...s, ...P2, ...P3, ...trailer(s)];
      const b = [...P1, ...P2, ...s, ...P3, ...trailer(s)];
      const got = match(a, b);
      const expected = len >= 6 ? range(20, 20 + len) : new Array<number>(len).fill(-1);
      assert.deepStrictEqual(got.slice(10, 10 + len), expected, `${len} words`);
      assert.deepStrictEqual(got.slice(0, 10), range(0, 10));
      assert.deepStrictEqual(got.slice(10 + len), range(10, 20).concat(range(20 + len, b.length)));
    }
  });

  it('leaves a sentence that went to two places alone', () => {
    const s = range(1, 9);
    const a = [...P1, ...s, ...P2, ...P3, ...trailer(s)];
    const b = [...P1, ...P2, ...s, ...P3, ...s, ...trailer(s)];
    const got = match(a, b);
    assert.deepStrictEqual(got.slice(10, 18), new Array<number>(8).fill(-1));
  });

  it('finds the two halves of one unmatched run that went to two places', () => {
    // Eight words and seven: the larger vote goes first (two equal votes side by side would be a tie).
    const s1 = range(1, 9);
    const s2 = range(11, 18);
    const P4 = range(130, 140);
    const a = [...P1, ...s1, ...s2, ...P2, ...P3, ...P4, ...trailer([...s1, ...s2])];
    const b = [...P1, ...P2, ...s1, ...P3, ...s2, ...P4, ...trailer([...s1, ...s2])];
    const got = match(a, b);
    assert.deepStrictEqual(got.slice(10, 18), range(20, 28));
    assert.deepStrictEqual(got.slice(18, 25), range(38, 45));
  });
});
