/**
 * The word-level diff (tokenDiff.ts) on token ids built by hand, so that which tokens are
 * unique, where blocks start and which ones moved is exact. Checked against what the edit
 * was: every word that survived is paired with its own copy, every deleted or inserted word
 * is left alone, and a rare word that merely turns up elsewhere is not taken for a move.
 */
import * as assert from 'assert';
import { checkedPairing } from './support/tokenPairing';
import { seededRandom } from '../corpus/random';

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

/** Old token positions paired with new ones (-1 where unpaired); `lineA`/`lineB` list the tokens a line starts at. */
function match(a: number[], b: number[], lineA?: number[], lineB?: number[]): number[] {
  const starts = (xs: number[], at: number[] | undefined) => at && xs.map((_, k) => (at.includes(k) ? 1 : 0));
  return checkedPairing(a, b, starts(a, lineA), starts(b, lineB));
}

/** What each old token should map to: its copy's position in `b`, or -1 when b has none. */
function copies(a: number[], b: number[]): number[] {
  return a.map((x) => b.indexOf(x));
}

describe('diffTokens on edits of distinct words', () => {
  it('maps every kept word to its copy through random deletions, insertions and moves of 3+ words', () => {
    const rnd = seededRandom(0x7d1ff);
    for (let round = 0; round < 40; round++) {
      const n = 20 + Math.floor(rnd() * 60);
      const a = range(0, n);
      // Cut the old text into pieces of 3 to 8 words; drop some, shuffle some, insert new words.
      const pieces: number[][] = [];
      for (let s = 0; s < n; ) {
        const len = Math.min(n - s, 3 + Math.floor(rnd() * 6));
        pieces.push(a.slice(s, s + len));
        s += len;
      }
      if (pieces.length > 1 && pieces[pieces.length - 1]!.length < 3) pieces[pieces.length - 2]!.push(...pieces.pop()!);
      const kept = pieces.filter(() => rnd() > 0.2);
      for (let k = 0; k < kept.length; k++) {
        if (rnd() < 0.3) {
          const t = Math.floor(rnd() * kept.length);
          [kept[k], kept[t]] = [kept[t]!, kept[k]!];
        }
      }
      let fresh = n;
      const b: number[] = [];
      for (const p of kept) {
        if (rnd() < 0.4) for (let t = Math.floor(rnd() * 4); t >= 0; t--) b.push(fresh++);
        b.push(...p);
      }
      // Line breaks only between pieces: a line break cuts a block, and a moved piece cut in
      // two short blocks is (rightly) not trusted as a move.
      const lineA = pieces.filter(() => rnd() < 0.5).map((p) => p[0]!);
      const lineB = kept.filter(() => rnd() < 0.5).map((p) => b.indexOf(p[0]!));
      assert.deepStrictEqual(match(a, b, lineA, lineB), copies(a, b), `round ${round}: ${b.join(' ')}`);
    }
  });

  it('pairs equal texts one to one, repeated words and line breaks included', () => {
    const rnd = seededRandom(42);
    for (let round = 0; round < 20; round++) {
      const a = Array.from({ length: 1 + Math.floor(rnd() * 50) }, () => Math.floor(rnd() * (round % 2 ? 3 : 12)));
      const lines = a.map((_, k) => k).filter(() => rnd() < 0.15);
      assert.deepStrictEqual(match(a, a, lines, lines), range(0, a.length), `round ${round}`);
    }
  });

  it('handles empty texts', () => {
    assert.deepStrictEqual(match([], []), []);
    assert.deepStrictEqual(match([1, 2, 3], []), [-1, -1, -1]);
    assert.deepStrictEqual(match([], [1, 2, 3]), []);
  });

  it('pairs texts that share no word with nothing', () => {
    assert.deepStrictEqual(match(range(0, 12), range(20, 40)), new Array<number>(12).fill(-1));
  });
});

describe('diffTokens: which out-of-order blocks count as moves', () => {
  it('does not take one rare word deleted here and inserted there for a move', () => {
    // Word 1 now sits at the end: one word out of order on its own.
    const a = range(0, 10);
    const b = [0, ...range(2, 10), 1];
    assert.deepStrictEqual(match(a, b), [0, -1, ...range(1, 9)]);
  });

  it('frees the new place of a dropped one-word move, even the first one', () => {
    // Word 5 now opens the text; match() checks that new word 0 no longer points at it.
    const a = range(0, 10);
    const b = [5, ...range(0, 5), ...range(6, 10)];
    assert.deepStrictEqual(match(a, b), [1, 2, 3, 4, 5, -1, 6, 7, 8, 9]);
  });

  it('takes a block of three words out of order for a move, not one of two', () => {
    const a = range(0, 20);
    const three = [...range(0, 5), ...range(8, 20), 5, 6, 7];
    assert.deepStrictEqual(match(a, three), copies(a, three));
    const two = [...range(0, 5), ...range(7, 20), 5, 6];
    assert.deepStrictEqual(match(a, two), [0, 1, 2, 3, 4, -1, -1, ...range(5, 18)]);
  });

  /**
   * Old: 0..99. New: 0..9, then 13 .. 12+k, then 15+k .. 99, then the moved block 10 11 12, then
   * `extra` inserted words, then the moved pair 13+k 14+k. The pair is 3+k old tokens from the
   * three-word move, and its shift from it differs by extra - k.
   */
  function twoMoves(k: number, extra: number): { a: number[]; b: number[]; pairAt: number } {
    const a = range(0, 100);
    const b = [...range(0, 10), ...range(13, 13 + k), ...range(15 + k, 100), 10, 11, 12, ...range(200, 200 + extra), 13 + k, 14 + k];
    return { a, b, pairAt: 13 + k };
  }

  it('keeps a two-word move beside a longer move close by, on a close shift', () => {
    for (const [k, extra] of [
      [29, 29], // 32 tokens apart, same shift
      [29, 61], // shift differs by 32
      [29, 0], // shift differs by 29 the other way
      [0, 32],
      [0, 0],
    ] as const) {
      const { a, b, pairAt } = twoMoves(k, extra);
      const got = match(a, b);
      assert.deepStrictEqual(got, copies(a, b), `k=${k} extra=${extra}`);
      assert.strictEqual(got[pairAt], b.length - 2);
    }
  });

  it('drops a two-word move too far from the longer move, or on too different a shift', () => {
    for (const [k, extra] of [
      [30, 30], // 33 tokens apart
      [29, 62], // shift differs by 33
      [0, 33],
      [2, 80],
    ] as const) {
      const { a, b, pairAt } = twoMoves(k, extra);
      const got = match(a, b);
      assert.deepStrictEqual([got[pairAt], got[pairAt + 1]], [-1, -1], `k=${k} extra=${extra}`);
      const expected = copies(a, b);
      expected[pairAt] = -1;
      expected[pairAt + 1] = -1;
      assert.deepStrictEqual(got, expected, `k=${k} extra=${extra}`);
    }
  });

  it('keeps a two-word move before a longer one in the old text too', () => {
    // Old 0..59; the pair 10 11 and the block 20 21 22 both move to the end, in that order.
    const a = range(0, 60);
    const b = [...range(0, 10), ...range(12, 20), ...range(23, 60), 10, 11, ...range(100, 110), 20, 21, 22];
    assert.deepStrictEqual(match(a, b), copies(a, b));
  });

  it('does not let two short moves vouch for each other', () => {
    const a = range(0, 40);
    const b = [...range(0, 10), ...range(14, 40), 10, 11, 12, 13].filter((x) => x !== 12).concat([]);
    // 10 11 and 13 moved as blocks of two and one (12 deleted): neither is three words long.
    const got = match(a, b);
    for (const i of [10, 11, 12, 13]) assert.strictEqual(got[i], -1, `old ${i}`);
  });
});
