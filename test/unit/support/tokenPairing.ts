/**
 * diffTokens over plain arrays of token ids, for the tokenDiff tests. The pairing it returns is
 * checked first: every pair joins equal tokens, the two directions agree, one to one.
 */
import * as assert from 'assert';
import { diffTokens } from '../../../src/core/anchoring/tokenDiff';

/**
 * Each old token's partner (-1 when none). `lineStartA`/`lineStartB` hold 1 for each token a
 * line break comes before. The vocabulary is the largest id plus one (found without spreading
 * the arrays, which may hold 100,000 tokens).
 */
export function checkedPairing(a: readonly number[], b: readonly number[], lineStartA?: readonly number[], lineStartB?: readonly number[]): number[] {
  const vocabulary = [...a, ...b].reduce((x, y) => Math.max(x, y), 0) + 1;
  const lines = (xs: readonly number[] | undefined) => (xs ? Uint8Array.from(xs) : undefined);
  const m = diffTokens(Int32Array.from(a), Int32Array.from(b), vocabulary, lines(lineStartA), lines(lineStartB));
  assert.strictEqual(m.oldToNew.length, a.length);
  assert.strictEqual(m.newToOld.length, b.length);
  m.oldToNew.forEach((j, i) => {
    if (j === -1) return;
    assert.strictEqual(m.newToOld[j], i, `old ${i} and new ${j} point at each other`);
    assert.strictEqual(a[i], b[j], `old ${i} and new ${j} hold the same token`);
  });
  m.newToOld.forEach((i, j) => {
    if (i !== -1) assert.strictEqual(m.oldToNew[i], j, `new ${j} and old ${i} point at each other`);
  });
  return Array.from(m.oldToNew);
}
