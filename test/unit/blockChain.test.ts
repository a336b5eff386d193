/**
 * The chain of equal blocks the word-level diff trusts first (blockChain.ts): of the blocks
 * found in both texts, the ones that keep their order in both with the most tokens. Checked
 * against a quadratic dynamic programme on seeded random block sets, where blocks that moved
 * must be left out of the chain.
 */
import * as assert from 'assert';
import { type Block, longestChain, pairsToBlocks } from '../../src/core/anchoring/blockChain';
import { seededRandom } from '../corpus/random';

/** Reference: the most tokens of any chain increasing in old order and in b, by O(k²) DP. */
function bestWeight(blocks: readonly Block[]): number {
  const best: number[] = [];
  let top = 0;
  for (let t = 0; t < blocks.length; t++) {
    let w = 0;
    for (let s = 0; s < t; s++) if (blocks[s]!.b < blocks[t]!.b) w = Math.max(w, best[s]!);
    best.push(w + blocks[t]!.len);
    top = Math.max(top, best[t]!);
  }
  return top;
}

/**
 * Blocks as a diff finds them: disjoint runs of the old text in old order, each placed at its
 * own disjoint stretch of the new text, the stretches shuffled (as moved paragraphs are).
 */
function randomBlocks(rnd: () => number, k: number): Block[] {
  const lens = Array.from({ length: k }, () => 1 + Math.floor(rnd() * 6));
  const order = Array.from({ length: k }, (_, t) => t);
  // Mostly in order with a few swaps, or fully shuffled.
  const swaps = rnd() < 0.5 ? Math.floor(rnd() * 3) : k * 2;
  for (let s = 0; s < swaps && k > 1; s++) {
    const x = Math.floor(rnd() * k);
    const y = Math.floor(rnd() * k);
    [order[x], order[y]] = [order[y]!, order[x]!];
  }
  const bStart = new Array<number>(k);
  let nb = Math.floor(rnd() * 3);
  for (const t of order) {
    bStart[t] = nb;
    nb += lens[t]! + Math.floor(rnd() * 3);
  }
  const out: Block[] = [];
  let na = Math.floor(rnd() * 3);
  for (let t = 0; t < k; t++) {
    out.push({ a: na, b: bStart[t]!, len: lens[t]! });
    na += lens[t]! + Math.floor(rnd() * 3);
  }
  return out;
}

function weightOf(chain: readonly Block[]): number {
  return chain.reduce((s, x) => s + x.len, 0);
}

describe('pairsToBlocks', () => {
  it('reads flat (old, new) pairs as one-token blocks', () => {
    assert.deepStrictEqual(pairsToBlocks([3, 7, 5, 1]), [
      { a: 3, b: 7, len: 1 },
      { a: 5, b: 1, len: 1 },
    ]);
    assert.deepStrictEqual(pairsToBlocks([0, 0]), [{ a: 0, b: 0, len: 1 }]);
    assert.deepStrictEqual(pairsToBlocks([]), []);
  });
});

describe('longestChain against a reference', () => {
  it('keeps every block when nothing moved', () => {
    const blocks = [
      { a: 0, b: 0, len: 2 },
      { a: 3, b: 2, len: 1 },
      { a: 5, b: 6, len: 4 },
    ];
    assert.deepStrictEqual(longestChain(blocks), blocks);
    assert.deepStrictEqual(longestChain(blocks.slice(0, 2)), blocks.slice(0, 2));
    assert.deepStrictEqual(longestChain(blocks.slice(0, 1)), blocks.slice(0, 1));
  });

  it('leaves out a short block that moved, keeps a long one that stayed', () => {
    // A long paragraph stayed first; a short one moved from the end to the start.
    const stayed = { a: 0, b: 1, len: 5 };
    const moved = { a: 6, b: 0, len: 1 };
    assert.deepStrictEqual(longestChain([stayed, moved]), [stayed]);
    // The other way round: the long paragraph moved behind a short one.
    const long = { a: 0, b: 3, len: 5 };
    const short = { a: 6, b: 0, len: 2 };
    assert.deepStrictEqual(longestChain([long, short]), [long]);
    const shortFirst = { a: 0, b: 9, len: 2 };
    const longAfter = { a: 3, b: 0, len: 6 };
    assert.deepStrictEqual(longestChain([shortFirst, longAfter]), [longAfter]);
  });

  it('takes the heaviest chain, not the longest in blocks', () => {
    // Three one-token blocks in order against one six-token block that crosses them all.
    const blocks = [
      { a: 0, b: 7, len: 6 },
      { a: 7, b: 0, len: 1 },
      { a: 9, b: 2, len: 1 },
      { a: 11, b: 4, len: 1 },
    ];
    assert.deepStrictEqual(longestChain(blocks), [blocks[0]]);
    blocks[0] = { a: 0, b: 7, len: 2 };
    assert.deepStrictEqual(longestChain(blocks), blocks.slice(1));
  });

  it('finds a chain of the reference weight, in order in both texts, on random blocks (seeded)', () => {
    for (const seed of [1, 2, 3, 4]) {
      const rnd = seededRandom(seed);
      for (let t = 0; t < 150; t++) {
        const blocks = randomBlocks(rnd, 1 + Math.floor(rnd() * 24));
        const chain = longestChain(blocks);
        const what = `seed ${seed} case ${t}`;
        assert.strictEqual(weightOf(chain), bestWeight(blocks), `${what}: heaviest chain`);
        let last = -1;
        for (let c = 0; c < chain.length; c++) {
          const idx = blocks.indexOf(chain[c]!);
          assert.ok(idx > last, `${what}: chain blocks are given blocks, in old order`);
          last = idx;
          if (c > 0) assert.ok(chain[c]!.b > chain[c - 1]!.b, `${what}: increasing in the new text`);
        }
      }
    }
  });
});
