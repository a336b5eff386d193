/**
 * The word-level diff (tokenDiff.ts) where words repeat: no word unique to anchor on, so
 * the gap diffs (common ends, then Myers) and the search for lost runs decide. Token ids are
 * built by hand so that which words repeat is exact; each case says what a researcher's span
 * over those words should follow.
 */
import * as assert from 'assert';
import { checkedPairing as match } from './support/tokenPairing';
import { seededRandom } from '../corpus/random';

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const count = (rnd: () => number, from: number, to: number): number => from + Math.floor(rnd() * (to - from + 1));

describe('diffTokens on repeated words', () => {
  it('aligns a gap of repeated words by their longest common run (Myers), ends kept', () => {
    // "x y x y z z" → "y x y x z z": no word occurs once, so only the diff of the gap can
    // tell that the middle "y x y" survived.
    assert.deepStrictEqual(match([1, 2, 1, 2, 3, 3], [2, 1, 2, 1, 3, 3]), [-1, 0, 1, 2, 4, 5]);
  });

  it('keeps the first copy when a repeated phrase loses one copy', () => {
    assert.deepStrictEqual(match([1, 2, 1, 2], [1, 2]), [0, 1, -1, -1]);
    // The new text starts with a new word: the common end decides instead.
    assert.deepStrictEqual(match([1, 2, 1, 2], [3, 1, 2]), [-1, -1, 1, 2]);
    assert.deepStrictEqual(match([1, 2, 1, 2, 4], [3, 1, 2, 4]), [-1, -1, 1, 2, 3]);
  });

  it('drops a single common word shared by two unrelated sentences', () => {
    // "a a في a a" replaced by "b b في b b في": one word in common, no neighbour agrees.
    assert.deepStrictEqual(match([1, 1, 0, 1, 1], [2, 2, 0, 2, 2, 0]), [-1, -1, -1, -1, -1]);
  });

  it('maps identical texts onto themselves whatever repeats', () => {
    const rnd = seededRandom(0x5eed01);
    for (let round = 0; round < 60; round++) {
      const a = Array.from({ length: count(rnd, 1, 30) }, () => count(rnd, 0, 3));
      assert.deepStrictEqual(match(a, a), a.map((_, i) => i), a.join(' '));
    }
  });

  it('follows a moved sentence that has no word of its own (its words repeat inside it)', () => {
    const rnd = seededRandom(0xa11ce);
    for (let round = 0; round < 80; round++) {
      // A sentence built of a phrase said twice (so nothing in it is unique), moved
      // from before paragraph Q to after it; P, Q and R are distinct words.
      const phrase = Array.from({ length: count(rnd, 3, 6) }, () => count(rnd, 0, 5));
      const s = [...phrase, ...phrase];
      let next = 50;
      const words = (n: number): number[] => Array.from({ length: n }, () => next++);
      const p = words(count(rnd, 4, 12));
      const q = words(count(rnd, 4, 12));
      const r = words(count(rnd, 2, 6));
      const a = [...p, ...s, ...q, ...r];
      const b = [...p, ...q, ...s, ...r];
      const expected = a.map((_, i) => {
        if (i < p.length) return i;
        if (i < p.length + s.length) return i + q.length;
        if (i < p.length + s.length + q.length) return i - s.length;
        return i;
      });
      assert.deepStrictEqual(match(a, b), expected, `${a.join(' ')} → ${b.join(' ')}`);
    }
  });

  it('keeps every word found once in both texts with its copy through random insertions and deletions', () => {
    // A word deleted in one place and inserted elsewhere would be a different story (see
    // tokenDiffMoves.test.ts): insertions here are words the old text never had.
    const rnd = seededRandom(0xde1e7e);
    for (let round = 0; round < 150; round++) {
      const alphabet = count(rnd, 2, 6);
      const a = Array.from({ length: count(rnd, 2, 40) }, () => count(rnd, 0, alphabet + 20));
      const b: number[] = [];
      for (const x of a) {
        const r = rnd();
        if (r < 0.15) continue;
        if (r < 0.3) b.push(pick(rnd, [100, 101, 102])); // inserted words: never an old word
        b.push(x);
      }
      const m = match(a, b);
      a.forEach((x, i) => {
        const inA = a.filter((y) => y === x).length;
        const inB = b.filter((y) => y === x).length;
        if (inA === 1 && inB === 1) assert.strictEqual(m[i], b.indexOf(x), `${a.join(' ')} → ${b.join(' ')}: old ${i}`);
      });
      // Nothing moved, so the pairs keep their order.
      const paired = m.filter((j) => j >= 0);
      assert.deepStrictEqual(paired, [...paired].sort((x, y) => x - y), `${a.join(' ')} → ${b.join(' ')}`);
    }
  });
});
