/**
 * Reading what a token pairing leaves unpaired (unmatchedRuns.ts): the runs the word-level
 * diff then searches elsewhere as moved text, how many tokens of a stretch are still unpaired,
 * and the hash by which runs are matched a few tokens at a time. Checked against plain
 * references on hand-made and seeded random pairings.
 */
import * as assert from 'assert';
import { countUnmatched, gramHash, unmatchedRuns } from '../../src/core/anchoring/unmatchedRuns';
import { TokenVocabulary } from '../../src/core/anchoring/tokens';
import { seededRandom } from '../corpus/random';

/** -1 where the pattern has '-', the position otherwise (any partner will do). */
function pairing(pattern: string): Int32Array {
  return Int32Array.from(pattern, (c, i) => (c === '-' ? -1 : i));
}

/** Reference: runs of -1 found by splitting the pattern's text. */
function referenceRuns(map: Int32Array, min: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= map.length; i++) {
    const unpaired = i < map.length && map[i] === -1;
    if (unpaired && start < 0) start = i;
    if (!unpaired && start >= 0) {
      if (i - start >= min) out.push([start, i]);
      start = -1;
    }
  }
  return out;
}

describe('countUnmatched', () => {
  it('counts the unpaired tokens of a stretch, its ends as given', () => {
    const map = pairing('--xx-x---x');
    assert.strictEqual(countUnmatched(map, 0, map.length), 6);
    assert.strictEqual(countUnmatched(map, 0, 2), 2);
    assert.strictEqual(countUnmatched(map, 2, 4), 0, 'a paired stretch');
    assert.strictEqual(countUnmatched(map, 4, 5), 1, 'the end is excluded, the start included');
    assert.strictEqual(countUnmatched(map, 5, 9), 3);
    assert.strictEqual(countUnmatched(map, 6, 6), 0, 'an empty stretch');
  });

  it('takes a partner at position 0 as paired', () => {
    assert.strictEqual(countUnmatched(Int32Array.from([0, -1, 0]), 0, 3), 1);
  });

  it('agrees with a filter over random pairings (seeded)', () => {
    const rnd = seededRandom(5);
    for (let t = 0; t < 200; t++) {
      const map = Int32Array.from({ length: Math.floor(rnd() * 20) }, () => (rnd() < 0.5 ? -1 : Math.floor(rnd() * 30)));
      const s = Math.floor(rnd() * (map.length + 1));
      const e = s + Math.floor(rnd() * (map.length - s + 1));
      const expected = Array.from(map.subarray(s, e)).filter((x) => x === -1).length;
      assert.strictEqual(countUnmatched(map, s, e), expected, `case ${t}`);
    }
  });
});

describe('unmatchedRuns', () => {
  it('gives each maximal unpaired run at least min long, in order', () => {
    const map = pairing('---x-xx--x----');
    assert.deepStrictEqual(unmatchedRuns(map, 1), [
      [0, 3],
      [4, 5],
      [7, 9],
      [10, 14],
    ]);
    assert.deepStrictEqual(
      unmatchedRuns(map, 2),
      [
        [0, 3],
        [7, 9],
        [10, 14],
      ],
      'a run exactly min long is kept',
    );
    assert.deepStrictEqual(
      unmatchedRuns(map, 3),
      [
        [0, 3],
        [10, 14],
      ],
    );
    assert.deepStrictEqual(unmatchedRuns(map, 5), [], 'no run that long');
  });

  it('finds nothing in a fully paired map or an empty one, and the whole of a fully unpaired one', () => {
    assert.deepStrictEqual(unmatchedRuns(pairing('xxxx'), 1), []);
    assert.deepStrictEqual(unmatchedRuns(new Int32Array(0), 1), []);
    assert.deepStrictEqual(unmatchedRuns(pairing('-----'), 3), [[0, 5]]);
  });

  it('agrees with a reference on random pairings (seeded)', () => {
    const rnd = seededRandom(9);
    for (let t = 0; t < 300; t++) {
      const bias = rnd();
      const map = Int32Array.from({ length: Math.floor(rnd() * 25) }, () => (rnd() < bias ? -1 : Math.floor(rnd() * 40)));
      const min = 1 + Math.floor(rnd() * 4);
      assert.deepStrictEqual(unmatchedRuns(map, min), referenceRuns(map, min), `case ${t}`);
    }
  });
});

describe('gramHash', () => {
  const v = new TokenVocabulary();
  const text = v.tokenize('أعلنت وزارة الصحة اليوم تسجيل إصابات جديدة في العاصمة وأعلنت وزارة الصحة').ids;

  it('hashes the same words alike wherever they stand', () => {
    // "وزارة الصحة" stands at tokens 1 and 10.
    assert.strictEqual(text[10], text[1]);
    assert.strictEqual(gramHash(text, 1, 2), gramHash(text, 10, 2));
    assert.strictEqual(gramHash(text, 1, 2), gramHash(Int32Array.from([text[1]!, text[2]!]), 0, 2));
  });

  it('reads exactly gram tokens from at', () => {
    const x = Int32Array.from([7, 3, 5, 9, 11]);
    const y = Int32Array.from([7, 3, 5, 8, 12]);
    assert.strictEqual(gramHash(x, 0, 3), gramHash(y, 0, 3), 'the tokens after the gram do not count');
    assert.notStrictEqual(gramHash(x, 1, 3), gramHash(y, 1, 3), 'the last token of the gram counts');
    assert.notStrictEqual(gramHash(x, 2, 2), gramHash(x, 1, 2), 'the gram starts at at');
  });

  it('depends on the order of the tokens', () => {
    const v2 = new TokenVocabulary();
    const a = v2.tokenize('الصحة وزارة').ids;
    const b = v2.tokenize('وزارة الصحة').ids;
    assert.notStrictEqual(gramHash(a, 0, 2), gramHash(b, 0, 2));
  });

  it('is the FNV-style fold of the tokens as a 32-bit integer', () => {
    const x = Int32Array.from([1, 2, 3]);
    let h = 0;
    for (const t of x) h = (Math.imul(h, 16777619) ^ t) | 0;
    assert.strictEqual(gramHash(x, 0, 3), h);
    assert.strictEqual(gramHash(x, 0, 0), 0);
  });
});
