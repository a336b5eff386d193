/**
 * The word-level diff (tokenDiff.ts) following moved text that has no word of its own: a
 * sentence of common words only ("قال إن ... في ... من ...") that moved elsewhere is found
 * again by the word triples it shares with its new place, not by unique words. A passage that
 * went to two places equally is left alone: the diff cannot tell which copy is the old one.
 */
import * as assert from 'assert';
import { checkedPairing as match } from './support/tokenPairing';
import { seededRandom } from '../corpus/random';

/** Segments laid out in `order` (indices into `segments`); returns the tokens and where each segment starts. */
function join(segments: number[][], order: number[]): { ids: number[]; at: Map<number, number> } {
  const ids: number[] = [];
  const at = new Map<number, number>();
  for (const k of order) {
    at.set(k, ids.length);
    ids.push(...segments[k]!);
  }
  return { ids, at };
}

/** Where each old token should go: the same offset in its segment's new place, -1 for segments not in the new text. */
function expected(segments: number[][], oldOrder: number[], at: Map<number, number>): number[] {
  return oldOrder.flatMap((k) => segments[k]!.map((_, i) => (at.has(k) ? at.get(k)! + i : -1)));
}

describe('diffTokens on moved text without a word of its own', () => {
  const rnd = seededRandom(0x1057);
  const int = (from: number, to: number): number => from + Math.floor(rnd() * (to - from + 1));
  /** A sentence of 6–50 common words (ids from `base`), each used at least twice, so no word in it is unique. */
  const sentence = (base: number, minLength = 6, maxLength = 50): number[] => {
    for (;;) {
      const s = Array.from({ length: int(minLength, maxLength) }, () => base + int(0, int(1, 4)));
      const uses = new Map<number, number>();
      for (const x of s) uses.set(x, (uses.get(x) ?? 0) + 1);
      if ([...uses.values()].every((n) => n >= 2)) return s;
    }
  };
  let next = 100;
  const paragraph = (): number[] => Array.from({ length: int(3, 10) }, () => next++);

  it('follows one moved sentence of common words, short or long, to its new place', () => {
    for (let round = 0; round < 120; round++) {
      // P S Q R → P Q S R
      const segments = [paragraph(), sentence(0), paragraph(), paragraph()];
      const b = join(segments, [0, 2, 1, 3]);
      const a = join(segments, [0, 1, 2, 3]);
      assert.deepStrictEqual(match(a.ids, b.ids), expected(segments, [0, 1, 2, 3], b.at), JSON.stringify(segments));
    }
  });

  it('follows two sentences moved out of one place to two different places', () => {
    for (let round = 0; round < 80; round++) {
      // P S1 S2 Q R → P Q S1 R S2 (words of their own sets). The lengths differ clearly:
      // when the two sentences get as many triple votes as each other, today neither is
      // followed (the tie rule meant for one passage copied to two places also fires for two
      // adjacent passages; reported, not pinned here).
      const s1 = sentence(0, 6, 12);
      const s2 = sentence(10, 20, 30);
      const segments = [paragraph(), s1, s2, paragraph(), paragraph()];
      const a = join(segments, [0, 1, 2, 3, 4]);
      const b = join(segments, [0, 3, 1, 4, 2]);
      assert.deepStrictEqual(match(a.ids, b.ids), expected(segments, [0, 1, 2, 3, 4], b.at), JSON.stringify(segments));
    }
  });

  it('leaves a sentence alone when the new text has it in two places and the old place is gone', () => {
    const p = [100, 101, 102, 103];
    const q = [110, 111, 112, 113];
    const r = [120, 121, 122, 123];
    const s = [0, 1, 2, 0, 1, 2, 1, 0];
    // P S Q R → P Q S R S: neither copy is more the old one than the other.
    assert.deepStrictEqual(match([...p, ...s, ...q, ...r], [...p, ...q, ...s, ...r, ...s]), [0, 1, 2, 3, ...s.map(() => -1), 4, 5, 6, 7, 16, 17, 18, 19]);
    // P S Q R S → P Q S R S: the copy that stayed keeps its place, the moved one is found.
    assert.deepStrictEqual(match([...p, ...s, ...q, ...r, ...s], [...p, ...q, ...s, ...r, ...s]), [0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
  });

  it('follows a moved sentence also when the rest of its old place was rewritten', () => {
    for (let round = 0; round < 60; round++) {
      // P S X Q R → P Q S R: the words X next to the sentence are gone (a run longer than
      // the sentence alone), the sentence itself is found behind Q.
      const segments = [paragraph(), sentence(0, 6, 20), Array.from({ length: int(1, 40) }, () => 20 + int(0, 3)), paragraph(), paragraph()];
      const a = join(segments, [0, 1, 2, 3, 4]);
      const b = join(segments, [0, 3, 1, 4]);
      assert.deepStrictEqual(match(a.ids, b.ids), expected(segments, [0, 1, 2, 3, 4], b.at), JSON.stringify(segments));
    }
  });
});
