/**
 * Myers' bounded diff (myersDiff.ts), the aligner of the small gaps the word-level diff leaves
 * between the blocks it trusts. Checked against a brute-force longest common subsequence:
 * the pairs it reports must be equal tokens, in order in both texts, inside the gap, as many
 * as the LCS has (a shortest edit script), reported last pair first; and nothing at all when
 * the gap needs more than `maxD` edits.
 */
import * as assert from 'assert';
import { myersMatches } from '../../src/core/anchoring/myersDiff';
import { TokenVocabulary } from '../../src/core/anchoring/tokens';
import { seedWords } from '../corpus/arabicCorpus';
import { seededRandom } from '../corpus/random';

/** Length of the longest common subsequence of a[i0, i1) and b[j0, j1), by dynamic programming. */
function lcsLength(a: Int32Array, b: Int32Array, i0: number, i1: number, j0: number, j1: number): number {
  const n = i1 - i0;
  const m = j1 - j0;
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i]![j] = a[i0 + i] === b[j0 + j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
    }
  }
  return t[0]![0]!;
}

interface Run {
  found: boolean;
  /** Pairs in the order reported. */
  pairs: [number, number][];
}

function run(a: Int32Array, b: Int32Array, i0: number, i1: number, j0: number, j1: number, maxD: number): Run {
  const pairs: [number, number][] = [];
  const found = myersMatches(a, b, i0, i1, j0, j1, maxD, (i, j) => pairs.push([i, j]));
  return { found, pairs };
}

/** Asserts the run is a shortest edit script of the gap when one fits in maxD, and silent when not. */
function checkAgainstLcs(a: Int32Array, b: Int32Array, i0: number, i1: number, j0: number, j1: number, maxD: number, what: string): Run {
  const lcs = lcsLength(a, b, i0, i1, j0, j1);
  const d = i1 - i0 + (j1 - j0) - 2 * lcs;
  const r = run(a, b, i0, i1, j0, j1, maxD);
  if (d > maxD) {
    assert.strictEqual(r.found, false, `${what}: ${d} edits needed, more than ${maxD}`);
    assert.deepStrictEqual(r.pairs, [], `${what}: nothing paired when the gap is too different`);
    return r;
  }
  assert.strictEqual(r.found, true, `${what}: ${d} edits fit in ${maxD}`);
  assert.strictEqual(r.pairs.length, lcs, `${what}: as many pairs as the longest common subsequence`);
  for (let p = 0; p < r.pairs.length; p++) {
    const [i, j] = r.pairs[p]!;
    assert.ok(i >= i0 && i < i1 && j >= j0 && j < j1, `${what}: pair ${i},${j} inside the gap`);
    assert.strictEqual(a[i], b[j], `${what}: pair ${i},${j} holds equal tokens`);
    if (p > 0) {
      const [pi, pj] = r.pairs[p - 1]!;
      assert.ok(i < pi && j < pj, `${what}: last pair first, each before the one reported before it`);
    }
  }
  return r;
}

function randomTokens(rnd: () => number, length: number, alphabet: number): Int32Array {
  return Int32Array.from({ length }, () => Math.floor(rnd() * alphabet));
}

/** `a` with a few random deletions, insertions and substitutions. */
function edited(rnd: () => number, a: Int32Array, edits: number, alphabet: number): Int32Array {
  const out = Array.from(a);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rnd() * (out.length + 1));
    const kind = rnd();
    if (kind < 0.35 && at < out.length) out.splice(at, 1);
    else if (kind < 0.7) out.splice(at, 0, Math.floor(rnd() * alphabet));
    else if (at < out.length) out[at] = Math.floor(rnd() * alphabet);
  }
  return Int32Array.from(out);
}

function ids(v: TokenVocabulary, text: string): Int32Array {
  return v.tokenize(text).ids;
}

describe('myersMatches (bounded Myers diff of a gap)', () => {
  it('pairs every token of identical gaps with zero edits allowed', () => {
    const a = Int32Array.from([5, 6, 7, 8]);
    const r = run(a, a, 0, 4, 0, 4, 0);
    assert.strictEqual(r.found, true);
    assert.deepStrictEqual(r.pairs, [
      [3, 3],
      [2, 2],
      [1, 1],
      [0, 0],
    ]);
  });

  it('finds a script for empty gaps and pairs nothing', () => {
    const a = Int32Array.from([1, 2]);
    assert.deepStrictEqual(run(a, a, 1, 1, 2, 2, 0), { found: true, pairs: [] });
    assert.deepStrictEqual(run(a, a, 0, 2, 1, 1, 2), { found: true, pairs: [] }, 'two deletions');
    assert.deepStrictEqual(run(a, a, 0, 2, 1, 1, 1), { found: false, pairs: [] }, 'two deletions do not fit in one');
    assert.deepStrictEqual(run(a, a, 0, 0, 0, 2, 2), { found: true, pairs: [] }, 'two insertions');
  });

  it('aligns an Arabic sentence with one word replaced around the change', () => {
    const v = new TokenVocabulary();
    const a = ids(v, 'قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في الرياض');
    const b = ids(v, 'قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل في الرياض');
    const r = run(a, b, 0, a.length, 0, b.length, 2);
    assert.strictEqual(r.found, true);
    const paired = r.pairs.map(([i, j]) => `${i}>${j}`).reverse();
    assert.deepStrictEqual(paired, ['0>0', '1>1', '2>2', '3>3', '5>5', '6>6', '7>7', '8>8', '9>9']);
    assert.strictEqual(run(a, b, 0, a.length, 0, b.length, 1).found, false, 'a replacement is two edits');
  });

  it('pairs a word moved to the front with the rest, not with itself', () => {
    const v = new TokenVocabulary();
    const a = ids(v, 'أعلنت الحكومة اليوم خطة جديدة');
    const b = ids(v, 'اليوم أعلنت الحكومة خطة جديدة');
    const r = run(a, b, 0, a.length, 0, b.length, 2);
    assert.deepStrictEqual(r.pairs.reverse(), [
      [0, 1],
      [1, 2],
      [3, 3],
      [4, 4],
    ]);
  });

  it('works inside the gap only: tokens outside [i0, i1) and [j0, j1) are never paired', () => {
    // Outside the gap both sides hold the same tokens, which an unbounded diff would pair.
    const a = Int32Array.from([9, 9, 9, 1, 2, 3, 4, 9, 9]);
    const b = Int32Array.from([9, 9, 1, 7, 3, 4, 9, 9, 9, 9]);
    const r = checkAgainstLcs(a, b, 3, 7, 2, 6, 4, 'offset gap');
    assert.deepStrictEqual(r.pairs.reverse(), [
      [3, 2],
      [5, 4],
      [6, 5],
    ]);
  });

  it('finds the script at exactly maxD edits and gives up one below', () => {
    const rnd = seededRandom(41);
    let tried = 0;
    for (let t = 0; t < 300; t++) {
      const a = randomTokens(rnd, 1 + Math.floor(rnd() * 10), 4);
      const b = edited(rnd, a, 1 + Math.floor(rnd() * 4), 4);
      const lcs = lcsLength(a, b, 0, a.length, 0, b.length);
      const d = a.length + b.length - 2 * lcs;
      if (d === 0) continue;
      tried++;
      checkAgainstLcs(a, b, 0, a.length, 0, b.length, d, `case ${t} at maxD = D`);
      checkAgainstLcs(a, b, 0, a.length, 0, b.length, d - 1, `case ${t} at maxD = D - 1`);
    }
    assert.ok(tried > 200, 'most cases need edits');
  });

  it('matches the brute-force LCS on random gaps with offsets (seeded)', () => {
    for (const seed of [1, 2, 3]) {
      const rnd = seededRandom(seed);
      for (let t = 0; t < 250; t++) {
        const alphabet = 2 + Math.floor(rnd() * 5);
        const a = randomTokens(rnd, Math.floor(rnd() * 14), alphabet);
        const b = rnd() < 0.5 ? edited(rnd, a, Math.floor(rnd() * 6), alphabet) : randomTokens(rnd, Math.floor(rnd() * 14), alphabet);
        const i0 = Math.floor(rnd() * (a.length + 1));
        const i1 = i0 + Math.floor(rnd() * (a.length - i0 + 1));
        const j0 = Math.floor(rnd() * (b.length + 1));
        const j1 = j0 + Math.floor(rnd() * (b.length - j0 + 1));
        const maxD = Math.floor(rnd() * 12);
        checkAgainstLcs(a, b, i0, i1, j0, j1, maxD, `seed ${seed} case ${t}`);
      }
    }
  });

  it('matches the brute-force LCS on edited runs of the seed article', () => {
    const words = seedWords();
    const v = new TokenVocabulary();
    const all = ids(v, words.join(' '));
    const rnd = seededRandom(17);
    for (let t = 0; t < 60; t++) {
      const from = Math.floor(rnd() * (all.length - 30));
      const a = all.slice(from, from + 5 + Math.floor(rnd() * 20));
      const b = edited(rnd, a, Math.floor(rnd() * 5), v.size);
      checkAgainstLcs(a, b, 0, a.length, 0, b.length, 8, `article case ${t}`);
    }
  });
});
