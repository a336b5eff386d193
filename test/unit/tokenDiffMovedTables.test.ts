/**
 * Exact pairings of the word-level diff (tokenDiff.ts) for paragraphs of common words that
 * moved, with a word or two inserted, deleted or carried across the seam. Small ids are
 * common words (في، من، ...), 50+ words found once. Each table lists runs of old tokens and
 * where the run starts in the new text (or that it is left unpaired); a span over those
 * words is mapped through exactly these pairs.
 */
import * as assert from 'assert';
import { checkedPairing } from './support/tokenPairing';

/** Runs of old positions [from, to] → new start, or -1 when the run is unpaired. */
type Runs = [number, number, number][];

const pairing = (oldText: string, newText: string): number[] => checkedPairing(oldText.split(' ').map(Number), newText.split(' ').map(Number));

function expand(runs: Runs): number[] {
  return runs.flatMap(([from, to, at]) => Array.from({ length: to - from + 1 }, (_, k) => (at < 0 ? -1 : at + k)));
}

describe('diffTokens on moved paragraphs, exact tables', () => {
  it('maps every word of a long text where two paragraphs trade places and one word crosses a seam', () => {
    const oldText =
      '3 50 2 2 2 2 0 1 3 1 51 0 1 0 2 3 0 3 2 1 1 2 2 3 0 1 0 52 3 2 1 0 53 3 2 1 0 0 2 1 3 2 0 3 3 0 3 55 54 3 1 2 0 0 1 1 0 0 0 0 3 3 2 2 0 1 1 1 56 0 1 0 2 3 2 0 2 0 3 0 0 3 1 2 2 0 0 3 1 2 2 2 57 1 2 3 1 2 2 1 0 2 3 0 3 58 3 1 3 0 3 0 3 2 3 3 3 0 1 60 59 3 2 1 1 0 3 0';
    const newText =
      '3 50 2 2 2 2 0 1 3 1 51 0 1 0 2 3 3 2 1 1 2 2 3 0 0 1 0 52 3 2 1 0 53 3 2 1 0 0 2 1 3 2 0 3 3 0 3 55 54 3 1 2 0 0 1 1 0 0 0 0 3 3 2 2 0 1 2 2 57 1 2 3 1 2 2 1 0 2 3 0 3 58 3 1 3 0 3 1 1 56 0 1 0 2 3 2 0 2 0 3 0 0 3 1 2 2 0 0 3 1 2 0 3 2 3 3 3 0 1 60 59 3 2 1 1 0 3 0';
    const runs: Runs = [
      [0, 15, 0],
      [16, 16, 23], // the "0" that moved a few words on
      [17, 23, 16],
      [24, 65, 24],
      [66, 89, 87], // the paragraph with 56, now after the one with 57 and 58
      [90, 110, 66],
      [111, 127, 111],
    ];
    assert.deepStrictEqual(pairing(oldText, newText), expand(runs));
  });

  it('swaps two paragraphs whose edges share common words', () => {
    const runs: Runs = [
      [0, 1, 16],
      [2, 2, -1], // deleted
      [3, 9, 18],
      [10, 15, 0],
      [16, 24, 7],
    ];
    assert.deepStrictEqual(pairing('2 1 0 2 1 1 2 50 2 2 2 0 0 1 2 2 0 1 0 1 0 51 2 0 2', '2 0 0 1 2 2 1 0 1 0 1 0 51 2 0 2 2 1 2 1 1 2 50 2 2'), expand(runs));
  });

  it('moves the last paragraph to the front and keeps the rest in order', () => {
    const runs: Runs = [
      [0, 17, 12],
      [18, 18, -1],
      [19, 21, 30],
      [22, 23, -1],
      [24, 27, 0],
      [28, 34, 5],
    ];
    assert.deepStrictEqual(pairing('1 5 1 3 0 5 1 50 0 1 5 5 2 3 2 1 2 1 2 5 1 4 1 4 5 5 1 4 1 51 1 5 5 4 0', '5 5 1 4 2 1 51 1 5 5 4 0 1 5 1 3 0 5 1 50 0 1 5 5 2 3 2 1 2 1 5 1 4 1 4'), expand(runs));
  });

  it('moves a closing paragraph ahead of the opening one, a word inserted at the seam', () => {
    const runs: Runs = [
      [0, 18, 9],
      [19, 24, 1],
      [25, 25, 8], // 51 stays after the inserted 2
      [26, 26, -1],
      [27, 30, 28],
    ];
    assert.deepStrictEqual(pairing('4 4 2 50 0 5 1 2 0 0 3 5 4 2 4 1 3 3 1 2 5 0 4 3 2 51 1 1 52 5 3', '1 2 5 0 4 3 2 2 51 4 4 2 50 0 5 1 2 0 0 3 5 4 2 4 1 3 3 1 1 52 5 3'), expand(runs));
  });

  it('keeps a run of repeated words together when the paragraph after it moves to the front', () => {
    const runs: Runs = [
      [0, 9, 5], // "1 1 0 2 1 0 0 0 0 1" stays one run
      [10, 10, -1],
      [11, 12, 15],
      [13, 13, -1],
      [14, 16, 2],
    ];
    assert.deepStrictEqual(pairing('1 1 0 2 1 0 0 0 0 1 50 0 0 1 2 0 52', '1 4 2 0 52 1 1 0 2 1 0 0 0 0 1 0 0'), expand(runs));
  });

  it('moves the second paragraph first and pairs each remaining word once', () => {
    const runs: Runs = [
      [0, 0, 7],
      [1, 1, -1],
      [2, 6, 9],
      [7, 13, 0],
    ];
    assert.deepStrictEqual(pairing('1 50 0 0 4 3 3 1 51 3 4 0 0 1', '1 51 3 4 0 0 1 1 1 0 0 4 3 3'), expand(runs));
  });
});
