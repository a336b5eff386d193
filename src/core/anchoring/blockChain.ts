/**
 * Blocks of equal tokens found by the diff (tokenDiff.ts), and the chain of them that keeps
 * its order in both texts: what the diff trusts first.
 */

/** `len` equal tokens from old token `a` and new token `b`. */
export interface Block {
  a: number;
  b: number;
  len: number;
}

export function pairsToBlocks(pairs: number[]): Block[] {
  const out: Block[] = [];
  for (let k = 0; k < pairs.length; k += 2) out.push({ a: pairs[k]!, b: pairs[k + 1]!, len: 1 });
  return out;
}

/**
 * The chain of blocks increasing in both old and new position with the most tokens (blocks
 * given in old order, never overlapping). Weighted longest increasing subsequence over `b`:
 * O(k log k) with a Fenwick tree of best chain weight by rank of `b`.
 */
export function longestChain(blocks: readonly Block[]): Block[] {
  const k = blocks.length;
  // Stryker disable next-line ConditionalExpression: without this early return no block is visited, best stays -1 and the chain built is empty all the same.
  if (k === 0) return [];
  const ranks = blocks.map((_, t) => t).sort((x, y) => blocks[x]!.b - blocks[y]!.b);
  const rankOf = new Int32Array(k);
  ranks.forEach((t, r) => (rankOf[t] = r + 1));
  const treeW = new Float64Array(k + 1);
  // Stryker disable next-line UnaryOperator: treeAt[r] is read only when treeW[r] > w >= 0, i.e. after a write that set both, so its initial value is never seen.
  const treeAt = new Int32Array(k + 1).fill(-1);
  // Stryker disable next-line UnaryOperator: prev[t] is always assigned before it is read, so its initial value is never seen.
  const prev = new Int32Array(k).fill(-1);
  const weight = new Float64Array(k);
  let best = -1;
  for (let t = 0; t < k; t++) {
    // Best chain ending at a block with a smaller b.
    let w = 0;
    let at = -1;
    for (let r = rankOf[t]! - 1; r > 0; r -= r & -r) {
      if (treeW[r]! > w) {
        w = treeW[r]!;
        at = treeAt[r]!;
      }
    }
    weight[t] = w + blocks[t]!.len;
    prev[t] = at;
    // Stryker disable next-line EqualityOperator: node k is never read (queries start at a rank minus one, at most k - 1), so skipping the write to it changes nothing.
    for (let r = rankOf[t]!; r <= k; r += r & -r) {
      if (weight[t]! > treeW[r]!) {
        treeW[r] = weight[t]!;
        treeAt[r] = t;
      }
    }
    if (best < 0 || weight[t]! > weight[best]!) best = t;
  }
  const chain: Block[] = [];
  for (let t = best; t >= 0; t = prev[t]!) chain.push(blocks[t]!);
  return chain.reverse();
}
