/**
 * The gap step of the word-level diff (tokenDiff.ts) at a move boundary, and where blocks stop
 * growing. Token ids are built by hand: X, Y, Z are paragraphs of words found once in each
 * text; between them sit passages made only of words found elsewhere too, which only the gap
 * diffs can pair.
 *
 * Old: X g Y Z T. New: X h Z g2 Y T, Z moved before Y (and a new word on either side of h Z g2). The old passage g follows X; in the new
 * text X is followed by h, and Y is preceded by g2: g goes to whichever of the two it resembles
 * more (ties go to the one after X), and only the part of it that follows on without a break.
 */
import * as assert from 'assert';
import { diffTokens } from '../../src/core/anchoring/tokenDiff';

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

const X = range(100, 110);
const Y = range(110, 122);
const Z = range(130, 140);

/** Each old token of g as `h<k>` or `g2<k>` (its place in that passage), or `-`. */
function boundary(g: number[], h: number[], g2: number[]): string[] {
  // Every passage word again at the end of both texts, reversed after a word of its own, so none is unique.
  const words = [...new Set([...g, ...h, ...g2])].sort((p, q) => p - q);
  const T = [99, ...words.reverse()];
  const a = [...X, ...g, ...Y, ...Z, ...T];
  // A new word after X and one before Y keep those blocks from growing over the passages.
  const b = [...X, 41, ...h, ...Z, ...g2, 42, ...Y, ...T];
  const m = diffTokens(Int32Array.from(a), Int32Array.from(b), 1000);
  const hAt = X.length + 1;
  const g2At = hAt + h.length + Z.length;
  const out: string[] = [];
  for (let k = 0; k < g.length; k++) {
    const j = m.oldToNew[X.length + k]!;
    if (j >= 0) assert.strictEqual(b[j], g[k]);
    out.push(j < 0 ? '-' : j >= g2At && j < g2At + g2.length ? `g2${j - g2At}` : j >= hAt && j < hAt + h.length ? `h${j - hAt}` : `?${j}`);
  }
  // The paragraphs themselves always pair with their copies.
  for (let i = 0; i < X.length; i++) assert.strictEqual(m.oldToNew[i], i);
  const yAt = X.length + g.length;
  for (let i = 0; i < Y.length; i++) assert.strictEqual(m.oldToNew[yAt + i], g2At + g2.length + 1 + i);
  for (let i = 0; i < Z.length; i++) assert.strictEqual(m.oldToNew[yAt + Y.length + i], hAt + h.length + i);
  for (let i = 0; i < T.length; i++) assert.strictEqual(m.oldToNew[a.length - 1 - i], b.length - 1 - i);
  return out;
}

const tags = (prefix: string, from: number, to: number): string[] => range(from, to).map((k) => `${prefix}${k}`);

describe('diffTokens at a move boundary', () => {
  it('gives the old passage to the copy before the next paragraph when that one is closer', () => {
    const g = [1, 2, 3, 4, 5, 6];
    assert.deepStrictEqual(boundary(g, [1, 2, 3, 7, 8, 9], g), tags('g2', 0, 6));
  });

  it('gives it to the passage after the same paragraph when that one is closer', () => {
    const g = [1, 2, 3, 4, 5, 6];
    assert.deepStrictEqual(boundary(g, g, [1, 2, 3, 7, 8, 9]), tags('h', 0, 6));
  });

  it('gives it to the passage after the same paragraph on a tie', () => {
    const g = [1, 2, 3, 4, 5, 6];
    assert.deepStrictEqual(boundary(g, g, g), tags('h', 0, 6));
  });

  it('keeps only the matches before a stretch of four unmatched old words, and leaves the rest to the other copy', () => {
    const g = [1, 2, 3, 4, 5, 6, 7, 8, 20, 21, 22, 23, 9, 10];
    const h = [1, 2, 3, 4, 5, 6, 7, 8, 30, 31, 32, 33, 9, 10];
    const g2 = [20, 21, 22, 23, 9, 10];
    assert.deepStrictEqual(boundary(g, h, g2), [...tags('h', 0, 8), ...tags('g2', 0, 6)]);
  });

  it('keeps matches across three unmatched old words', () => {
    const g = [1, 2, 3, 4, 5, 6, 7, 8, 20, 21, 22, 9, 10];
    const h = [1, 2, 3, 4, 5, 6, 7, 8, 30, 31, 32, 9, 10];
    const g2 = [20, 21, 22, 9, 10];
    assert.deepStrictEqual(boundary(g, h, g2), [...tags('h', 0, 8), '-', '-', '-', 'h11', 'h12']);
  });

  it('keeps only the matches before a jump of four new words', () => {
    const g = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    assert.deepStrictEqual(boundary(g, [1, 2, 3, 4, 5, 6, 7, 8, 30, 31, 32, 33, 9, 10], [9, 10]), [...tags('h', 0, 8), 'g20', 'g21']);
    assert.deepStrictEqual(boundary(g, [1, 2, 3, 4, 5, 6, 7, 8, 30, 31, 32, 9, 10], [9, 10]), [...tags('h', 0, 8), 'h11', 'h12']);
  });
});

describe('diffTokens grows blocks only within a line', () => {
  const P1 = range(100, 110);
  const P2 = range(110, 120);
  const P3 = range(120, 130);
  /**
   * A three-word passage moved after P2, one word of its own (50) and two found elsewhere too;
   * grown into a block of three it is trusted as a move, cut by a line break it is not.
   */
  function moved(m: number[], lineA: number[], lineB: number[]): number[] {
    const T = [99, 2, 1];
    const a = [...P1, ...m, ...P2, ...P3, ...T];
    const b = [...P1, ...P2, ...m, ...P3, ...T];
    const la = Uint8Array.from(a, (_, k) => (lineA.includes(k - 10) ? 1 : 0));
    const lb = Uint8Array.from(b, (_, k) => (lineB.includes(k - 20) ? 1 : 0));
    const r = diffTokens(Int32Array.from(a), Int32Array.from(b), 200, la, lb);
    return Array.from(r.oldToNew.subarray(10, 13));
  }

  it('grows forward from a word of its own up to a line break in either text', () => {
    const m = [50, 1, 2];
    assert.deepStrictEqual(moved(m, [], []), [20, 21, 22]);
    assert.deepStrictEqual(moved(m, [0], [0]), [20, 21, 22], 'a line starting at the word itself');
    assert.deepStrictEqual(moved(m, [1], []), [-1, -1, -1]);
    assert.deepStrictEqual(moved(m, [], [2]), [-1, -1, -1]);
  });

  it('grows backward from it up to a line break in either text', () => {
    const m = [1, 2, 50];
    assert.deepStrictEqual(moved(m, [], []), [20, 21, 22]);
    assert.deepStrictEqual(moved(m, [0], [0]), [20, 21, 22], 'a line starting before the passage');
    assert.deepStrictEqual(moved(m, [2], []), [-1, -1, -1]);
    assert.deepStrictEqual(moved(m, [], [1]), [-1, -1, -1]);
  });
});

describe('diffTokens inside one gap', () => {
  it('anchors on the words found once in the gap before falling back to the longest common run', () => {
    // Gap old: 1 2 5 5 5, new: 5 5 5 1 2. 1 and 2 recur after 99 (so are unique only within
    // the gap); the gap diff pairs them, not the three repeated 5s a plain diff would pick.
    const a = [100, 101, 102, 1, 2, 5, 5, 5, 103, 104, 105, 99, 5, 2, 1];
    const b = [100, 101, 102, 5, 5, 5, 1, 2, 103, 104, 105, 99, 5, 2, 1];
    const m = diffTokens(Int32Array.from(a), Int32Array.from(b), 200);
    assert.deepStrictEqual(Array.from(m.oldToNew), [0, 1, 2, 6, 7, -1, -1, -1, 8, 9, 10, 11, 12, 13, 14]);
  });
});
