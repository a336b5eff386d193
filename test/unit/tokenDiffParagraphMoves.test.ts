/**
 * The word-level diff (tokenDiff.ts) on paragraphs that move. A news paragraph is mostly
 * common words (في، من، أن، ...) and holds a word or two found nowhere else; the diff must
 * carry every word of a moved paragraph to its new place, common words included, and not
 * hand a paragraph's first or last words to the neighbour it used to have.
 */
import * as assert from 'assert';
import { checkedPairing } from './support/tokenPairing';
import { seededRandom } from '../corpus/random';

interface Text {
  ids: number[];
  lineStart: number[];
}

const match = (a: Text, b: Text): number[] => checkedPairing(a.ids, b.ids, a.lineStart, b.lineStart);

/** Paragraphs (token lists) laid out one per line in the given order. */
function layout(paragraphs: number[][], order: number[]): Text & { at: number[] } {
  const ids: number[] = [];
  const lineStart: number[] = [];
  const at = new Array<number>(paragraphs.length);
  for (const k of order) {
    at[k] = ids.length;
    paragraphs[k]!.forEach((x, i) => {
      ids.push(x);
      lineStart.push(i === 0 ? 1 : 0);
    });
  }
  return { ids, lineStart, at };
}

describe('diffTokens on moved paragraphs', () => {
  it('carries every word of a moved paragraph, common words included, to its new place', () => {
    const rnd = seededRandom(0x9a4a);
    const int = (from: number, to: number): number => from + Math.floor(rnd() * (to - from + 1));
    for (let round = 0; round < 200; round++) {
      // Paragraphs of 4–14 common words (a small vocabulary, so they repeat) with one word
      // of their own; one paragraph moves to another place.
      const common = int(3, 8);
      let own = 100;
      const paragraphs = Array.from({ length: int(3, 6) }, () => {
        const p = Array.from({ length: int(4, 14) }, () => int(0, common));
        p[int(0, p.length - 1)] = own++;
        return p;
      });
      const n = paragraphs.length;
      const from = int(0, n - 1);
      let to = int(0, n - 1);
      if (to === from) to = (from + 1) % n;
      const order = paragraphs.map((_, k) => k);
      order.splice(from, 1);
      order.splice(to, 0, from);
      const a = layout(paragraphs, paragraphs.map((_, k) => k));
      const b = layout(paragraphs, order);
      const expected = paragraphs.flatMap((p, k) => p.map((_, i) => b.at[k]! + i));
      assert.deepStrictEqual(match(a, b), expected, `${JSON.stringify(paragraphs)}: ${from} moved to ${to}`);
    }
  });

  it('pins a moved paragraph whose edges look like its old neighbours', () => {
    // Lines: [في 7 من] [في 8 من] [في 9 من]; the last line moves first. Each line's "في" and
    // "من" could pair with any line's; they must stay with their own line's unique word.
    const paragraphs = [
      [0, 7, 1],
      [0, 8, 1],
      [0, 9, 1],
    ];
    const a = layout(paragraphs, [0, 1, 2]);
    const b = layout(paragraphs, [2, 0, 1]);
    assert.deepStrictEqual(match(a, b), [3, 4, 5, 6, 7, 8, 0, 1, 2]);
  });

  it('lets a word inserted twice go with one block only', () => {
    // Old "A x B", new "A x y x B" (A, B unique): the block grown from A takes x; the one
    // grown back from B must not take x again.
    const a = { ids: [1, 5, 2], lineStart: [0, 0, 0] };
    const b = { ids: [1, 5, 9, 5, 2], lineStart: [0, 0, 0, 0, 0] };
    assert.deepStrictEqual(match(a, b), [0, 1, 4]);
  });

  it('grows a block up to a line break but not across it', () => {
    // Old line 1 "x A y", line 2 "y B C D"; new: line 2 first. "y" ends line 1 and begins
    // line 2: each y stays with its own line.
    const a = { ids: [3, 1, 4, 4, 2, 5, 6], lineStart: [1, 0, 0, 1, 0, 0, 0] };
    const b = { ids: [4, 2, 5, 6, 3, 1, 4], lineStart: [1, 0, 0, 0, 1, 0, 0] };
    assert.deepStrictEqual(match(a, b), [4, 5, 6, 0, 1, 2, 3]);
  });

  it('keeps the common words at the seams of moved paragraphs, with a word inserted or deleted', () => {
    // Small ids are common words, 50+ words found once. Each table pairs every word that
    // has a place to go; the words left -1 were inserted or deleted at a seam.
    const table = (a: string, b: string): number[] => {
      const ids = (t: string): number[] => t.split(' ').map(Number);
      return match({ ids: ids(a), lineStart: ids(a).map(() => 0) }, { ids: ids(b), lineStart: ids(b).map(() => 0) });
    };
    // Old [0 0 2 1 50 0 51 0][0 53 0 2 52]: the first paragraph moves behind the second,
    // which loses 53; a 4 is inserted into the moved one.
    assert.deepStrictEqual(table('0 0 2 1 50 0 51 0 0 53 0 2 52', '0 0 2 52 0 0 4 2 1 50 0 51 0'), [4, 5, 7, 8, 9, 10, 11, 12, 0, -1, 1, 2, 3]);
    // Old [1 3 2 2 50 3 3 2][3 2 1 51 4 53 3 3]: the paragraphs swap, the first loses one
    // 2 and a 3 is inserted at the start of the text.
    assert.deepStrictEqual(table('1 3 2 2 50 3 3 2 3 2 1 51 4 53 3 3', '3 3 2 1 51 4 53 3 3 1 3 2 50 3 3 2'), [9, 10, -1, 11, 12, 13, 14, 15, 1, 2, 3, 4, 5, 6, 7, 8]);
    // Old [50 1 4][4 52 51 2 4 4 1 0][0 2 53 3 54 55]: the first paragraph moves behind the
    // second, which loses a 4; a 6 is inserted into the third.
    assert.deepStrictEqual(table('50 1 4 4 52 51 2 4 4 1 0 0 2 53 3 54 55', '4 52 51 2 4 1 0 50 1 4 0 2 6 53 3 54 55'), [7, 8, 9, 0, 1, 2, 3, 4, -1, 5, 6, 10, 11, 13, 14, 15, 16]);
  });
});
