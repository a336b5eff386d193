/**
 * A word-level diff of two token sequences that also finds moved blocks, for mapping spans
 * from an old text onto a new one. Its result pairs old tokens with new ones (`oldToNew`).
 *
 * A plain Myers diff costs O(N·D): at 800,000 tokens with 20 % changed that is hours. Here:
 * 1. Tokens that occur exactly once in each text pair up for certain; each such pair grows
 *    into a block of equal tokens around it. Blocks need not be in order, which is how moved
 *    paragraphs map (a paragraph almost always holds a word found nowhere else).
 * 2. The blocks in order (longest increasing chain) are trusted; a block out of order must be
 *    several tokens long or sit beside another one out of order, since one rare word deleted
 *    in one place and inserted elsewhere would otherwise pair up.
 * 3. The gaps between blocks are diffed the same way, recursively (tokens unique within the
 *    gap), and with Myers inside gaps small enough, under a work limit per gap.
 * 4. Single tokens matched in a sea of changes (a common word in two unrelated sentences) are
 *    dropped again, and long runs still unmatched are looked for among unmatched new runs
 *    (moved text without a unique word: a repeated sentence). Linear apart from small gaps.
 */

import { type Block, longestChain, pairsToBlocks } from './blockChain';
import { myersMatches } from './myersDiff';
import { countUnmatched, gramHash, unmatchedRuns } from './unmatchedRuns';

/** Out-of-order blocks at least this long are trusted on their own. */
const MOVE_MIN = 3;
/** An out-of-order block shorter than MOVE_MIN is kept beside another within this many tokens on a close diagonal. */
const NEIGHBOUR = 32;
/** Work (N+M)·D one Myers run may do. */
const MYERS_WORK = 4_000_000;
/** Edit distance one Myers run may reach. */
const MYERS_MAX_D = 2_000;
/** A gap match run shorter than this needs a neighbouring match within NEAR_MATCH tokens. */
const LONE_RUN = 2;
const NEAR_MATCH = 3;
/** Unmatched old runs this long are looked for among unmatched new runs. */
const LOST_RUN = 6;
/** Token k-grams hashed to find where a lost run went. */
const GRAM = 3;
/** A k-gram found in more unmatched places than this does not vote. */
const GRAM_PLACES = 8;

export interface TokenMatching {
  /** For each old token, the new token it is paired with, or -1. */
  oldToNew: Int32Array;
  /** For each new token, the old token paired with it, or -1. */
  newToOld: Int32Array;
}

/** Pairs the tokens of `a` (old) with those of `b` (new); ids are interned token forms below `vocabulary`. */
export function diffTokens(a: Int32Array, b: Int32Array, vocabulary: number, lineStartA?: Uint8Array, lineStartB?: Uint8Array): TokenMatching {
  const m = new Matcher(a, b, vocabulary, lineStartA ?? new Uint8Array(a.length), lineStartB ?? new Uint8Array(b.length));
  const blocks = m.uniqueBlocks();
  const kept = m.trustBlocks(blocks);
  m.alignGaps(kept);
  m.dropLoneMatches();
  m.findLostRuns();
  return { oldToNew: m.oldToNew, newToOld: m.newToOld };
}

class Matcher {
  readonly oldToNew: Int32Array;
  readonly newToOld: Int32Array;
  /** Scratch counters indexed by token id, kept at zero between uses. */
  private readonly countA: Int32Array;
  private readonly countB: Int32Array;
  private readonly whereB: Int32Array;
  /** Matches made inside gaps (not from unique blocks): only these can be dropped as lone. */
  private readonly fromGap: Uint8Array;

  constructor(
    private readonly a: Int32Array,
    private readonly b: Int32Array,
    vocabulary: number,
    private readonly lineStartA: Uint8Array,
    private readonly lineStartB: Uint8Array,
  ) {
    this.oldToNew = new Int32Array(a.length).fill(-1);
    this.newToOld = new Int32Array(b.length).fill(-1);
    this.countA = new Int32Array(vocabulary);
    this.countB = new Int32Array(vocabulary);
    this.whereB = new Int32Array(vocabulary);
    this.fromGap = new Uint8Array(a.length);
  }

  private pair(i: number, j: number, gap: boolean): void {
    this.oldToNew[i] = j;
    this.newToOld[j] = i;
    this.fromGap[i] = gap ? 1 : 0;
  }

  private unpair(i: number): void {
    const j = this.oldToNew[i]!;
    // Stryker disable next-line ConditionalExpression: without the test an unpaired token writes newToOld[-1], which a typed array ignores (no element, no property).
    if (j >= 0) this.newToOld[j] = -1;
    this.oldToNew[i] = -1;
  }

  /** Pairs of tokens unique in both old [a0, a1) and new [b0, b1), in old order, as [i, j, i, j, …]. */
  private uniquePairs(a0: number, a1: number, b0: number, b1: number): number[] {
    const { a, b, countA, countB, whereB } = this;
    for (let i = a0; i < a1; i++) countA[a[i]!]!++;
    for (let j = b0; j < b1; j++) {
      const id = b[j]!;
      countB[id]!++;
      whereB[id] = j;
    }
    const out: number[] = [];
    for (let i = a0; i < a1; i++) {
      const id = a[i]!;
      if (countA[id] === 1 && countB[id] === 1) out.push(i, whereB[id]!);
    }
    for (let i = a0; i < a1; i++) countA[a[i]!] = 0;
    for (let j = b0; j < b1; j++) countB[b[j]!] = 0;
    return out;
  }

  /**
   * Step 1: blocks of equal tokens grown around the pairs of globally unique tokens, within
   * their line in both texts. A paragraph's last words and the next one's first are often
   * alike (". - في نظر", or a repeated paragraph after a moved one): growing across a line
   * break would hand them to a neighbour that moved; the gap diffs decide them instead.
   */
  uniqueBlocks(): Block[] {
    const { a, b } = this;
    const pairs = this.uniquePairs(0, a.length, 0, b.length);
    const blocks: Block[] = [];
    for (let k = 0; k < pairs.length; k += 2) {
      const i = pairs[k]!;
      const j = pairs[k + 1]!;
      // Stryker disable next-line LogicalOperator: i is found once in old and j once in new, so growth from another block can pair i only with j: both are paired or neither, and && decides the same as ||.
      if (this.oldToNew[i]! >= 0 || this.newToOld[j]! >= 0) continue;
      const block = { a: i, b: j, len: 1 };
      this.pair(i, j, false);
      this.grow(block);
      blocks.push(block);
    }
    return blocks;
  }

  /** Extends a block over equal unmatched tokens on both sides, up to a line break in either text. */
  private grow(x: Block): void {
    const { a, b, lineStartA, lineStartB } = this;
    const free = (i: number, j: number): boolean => a[i] === b[j] && this.oldToNew[i] === -1 && this.newToOld[j] === -1;
    while (x.a > 0 && x.b > 0 && free(x.a - 1, x.b - 1) && !lineStartA[x.a] && !lineStartB[x.b]) {
      x.a--;
      x.b--;
      x.len++;
      // Stryker disable next-line BooleanLiteral: a grown pair always sits in a run of 2+ pairs with its block, and fromGap is read only for runs shorter than 2, so marking it as a gap match changes nothing.
      this.pair(x.a, x.b, false);
    }
    let e = x.a + x.len;
    let f = x.b + x.len;
    while (e < a.length && f < b.length && free(e, f) && !lineStartA[e] && !lineStartB[f]) {
      // Stryker disable next-line BooleanLiteral: a grown pair always sits in a run of 2+ pairs with its block, and fromGap is read only for runs shorter than 2, so marking it as a gap match changes nothing.
      this.pair(e++, f++, false);
      x.len++;
    }
  }

  /** Step 2: the longest chain of blocks in order, and the out-of-order blocks that look like moves. */
  trustBlocks(blocks: Block[]): Block[] {
    const chain = new Set(longestChain(blocks));
    const moved = blocks.filter((x) => !chain.has(x));
    const trusted = (x: Block): boolean =>
      x.len >= MOVE_MIN ||
      moved.some((y) => y !== x && y.len >= MOVE_MIN && Math.abs(y.a - x.a) <= NEIGHBOUR && Math.abs(y.b - y.a - (x.b - x.a)) <= NEIGHBOUR);
    const kept: Block[] = [];
    // Short moved blocks are few; the `some` above only runs for them.
    for (const x of blocks) {
      if (chain.has(x) || trusted(x)) kept.push(x);
      else for (let t = 0; t < x.len; t++) this.unpair(x.a + t);
    }
    return kept;
  }

  /**
   * Step 3: each gap after a block in the old text is diffed with the gap after the same
   * block in the new text, and likewise the gaps before blocks; where a block's neighbours
   * differ in the two texts (a move boundary), the two pairings split the gap between them.
   */
  alignGaps(blocks: Block[]): void {
    // Stryker disable next-line MethodExpression,ArrowFunction: the blocks come in old order already (grown from unique pairs taken in old order, never overlapping), so the sort is only a safeguard and keeping the given order is the same.
    const byA = [...blocks].sort((x, y) => x.a - y.a);
    const byB = [...blocks].sort((x, y) => x.b - y.b);
    const nextInB = new Map<Block, Block | undefined>();
    const prevInB = new Map<Block, Block | undefined>();
    byB.forEach((x, k) => {
      nextInB.set(x, byB[k + 1]);
      prevInB.set(x, byB[k - 1]);
    });
    const nextB = (x: Block | undefined): number => (x ? x.b : this.b.length);
    const nextA = (x: Block | undefined): number => (x ? x.a : this.a.length);
    const endB = (x: Block | undefined): number => (x ? x.b + x.len : 0);
    // Gaps after each block (and from the start of both texts): [a0, a1, b0, b1, the block after the old gap].
    const first = byA[0];
    const after: [number, number, number, number, Block | undefined, boolean][] = [[0, nextA(first), 0, nextB(byB[0]), first, first !== byB[0]]];
    byA.forEach((x, k) => {
      const succ = nextInB.get(x);
      after.push([x.a + x.len, nextA(byA[k + 1]), x.b + x.len, nextB(succ), byA[k + 1], byA[k + 1] !== succ]);
    });
    for (const [a0, a1, b0, b1, next, boundary] of after) {
      if (boundary) {
        // At a move boundary the old gap may belong after the block (as in the new text) or
        // before the block that follows it (as in the old): two copies of a passage, one moved,
        // each go where they agree best. The better is diffed, the other left to the pass below.
        const c0 = next ? endB(prevInB.get(next)) : endB(byB[byB.length - 1]);
        const c1 = next ? next.b : this.b.length;
        if (this.likeness(a0, a1, c0, c1) > this.likeness(a0, a1, b0, b1)) continue;
      }
      this.alignRange(a0, a1, b0, b1);
      // Only the text following the block on both sides is its own; the rest goes with the next
      // block (below), so a chain of matches that breaks off is not carried into another passage.
      if (boundary) this.keepPrefix(a0, a1);
    }
    // What is left before each block (and at the end of both texts).
    const before: [number, number][] = byA.map((x) => [x.a, x.b]);
    before.push([this.a.length, this.b.length]);
    for (const [a1, b1] of before) {
      let a0 = a1;
      while (a0 > 0 && this.oldToNew[a0 - 1] === -1) a0--;
      let b0 = b1;
      while (b0 > 0 && this.newToOld[b0 - 1] === -1) b0--;
      this.alignRange(a0, a1, b0, b1);
    }
  }

  /** Share of the token pairs of old [a0, a1) found among those of new [b0, b1), unmatched tokens only (Dice). */
  private likeness(a0: number, a1: number, b0: number, b1: number): number {
    const { a, b, oldToNew, newToOld } = this;
    // Stryker disable next-line LogicalOperator,ArithmeticOperator: without the early return a short range shares no token pair and yields 0, -0 or NaN (0/0); NaN only arises when the compared new range is empty, where diffing it or skipping it both leave the gap unpaired.
    if (a1 - a0 < 2 || b1 - b0 < 2) return 0;
    const pairs = new Map<number, number>();
    for (let j = b0; j + 1 < b1; j++) {
      if (newToOld[j] !== -1 || newToOld[j + 1] !== -1) continue;
      const key = Math.imul(b[j]!, 0x9e3779b1) ^ b[j + 1]!;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    let shared = 0;
    for (let i = a0; i + 1 < a1; i++) {
      // Stryker disable next-line LogicalOperator: the old range is always an after-block gap not yet diffed, so all its tokens are unmatched and the condition is false either way.
      if (oldToNew[i] !== -1 || oldToNew[i + 1] !== -1) continue;
      const key = Math.imul(a[i]!, 0x9e3779b1) ^ a[i + 1]!;
      const n = pairs.get(key);
      if (n) {
        shared++;
        pairs.set(key, n - 1);
      }
    }
    return (2 * shared) / (a1 - a0 - 1 + (b1 - b0 - 1));
  }

  /** Unpairs the gap matches of old [a0, a1) after the first stretch of more than NEAR_MATCH unmatched tokens. */
  private keepPrefix(a0: number, a1: number): void {
    let last = a0 - 1;
    let lastJ = a0 > 0 ? this.oldToNew[a0 - 1]! : -1;
    let i = a0;
    for (; i < a1; i++) {
      const j = this.oldToNew[i]!;
      if (j < 0) continue;
      if (i - last - 1 > NEAR_MATCH || (lastJ >= 0 && j - lastJ - 1 > NEAR_MATCH)) break;
      last = i;
      lastJ = j;
    }
    for (; i < a1; i++) if (this.oldToNew[i]! >= 0) this.unpair(i);
  }

  /** Diffs old [a0, a1) with new [b0, b1), all unmatched: common ends, unique pairs in order, then Myers. */
  private alignRange(a0: number, a1: number, b0: number, b1: number): void {
    const stack: number[] = [a0, a1, b0, b1];
    const { a, b } = this;
    while (stack.length > 0) {
      let j1 = stack.pop()!;
      let j0 = stack.pop()!;
      let i1 = stack.pop()!;
      let i0 = stack.pop()!;
      while (i0 < i1 && j0 < j1 && a[i0] === b[j0]) this.pair(i0++, j0++, true);
      while (i0 < i1 && j0 < j1 && a[i1 - 1] === b[j1 - 1]) this.pair(--i1, --j1, true);
      // Stryker disable next-line LogicalOperator: with one side empty there is no unique pair and Myers finds no match, so going on instead of skipping pairs nothing.
      if (i0 >= i1 || j0 >= j1) continue;
      const pairs = this.uniquePairs(i0, i1, j0, j1);
      if (pairs.length > 0) {
        const anchors = longestChain(pairsToBlocks(pairs));
        let pi = i0;
        let pj = j0;
        for (const x of anchors) {
          this.pair(x.a, x.b, true);
          stack.push(pi, x.a, pj, x.b);
          pi = x.a + 1;
          pj = x.b + 1;
        }
        stack.push(pi, i1, pj, j1);
        continue;
      }
      this.myers(i0, i1, j0, j1);
    }
  }

  /** Myers' diff of old [i0, i1) and new [j0, j1) (myersDiff.ts), its matches paired as found in a gap. */
  private myers(i0: number, i1: number, j0: number, j1: number): void {
    const maxD = Math.min(i1 - i0 + j1 - j0, MYERS_MAX_D, Math.floor(MYERS_WORK / (i1 - i0 + j1 - j0)));
    myersMatches(this.a, this.b, i0, i1, j0, j1, maxD, (i, j) => this.pair(i, j, true));
  }

  /** Step 4a: single matches a gap diff made far from any other match are dropped (two unrelated sentences share `في`). */
  dropLoneMatches(): void {
    const { oldToNew, fromGap } = this;
    const n = oldToNew.length;
    // Length of the run of consecutive pairs each old token belongs to.
    const runLength = new Int32Array(n);
    for (let i = 0; i < n; ) {
      if (oldToNew[i] === -1) {
        i++;
        continue;
      }
      let e = i + 1;
      while (e < n && oldToNew[e] === oldToNew[e - 1]! + 1) e++;
      runLength.fill(e - i, i, e);
      i = e;
    }
    // A neighbour vouches for a short run only if it is sure itself: part of a longer run
    // or of a unique block (two lone guillemets must not vouch for each other).
    const sure = (i: number): boolean => i >= 0 && i < n && oldToNew[i]! >= 0 && (runLength[i]! >= LONE_RUN || fromGap[i] === 0);
    // Stryker disable next-line ArrayDeclaration: unpairing a non-index key only sets an expando property on the typed array; no token's pairing changes.
    const drop: number[] = [];
    for (let i = 0; i < n; ) {
      if (oldToNew[i] === -1) {
        i++;
        continue;
      }
      const e = i + runLength[i]!;
      if (e - i < LONE_RUN && fromGap[i]) {
        let near = false;
        for (let t = 1; t <= NEAR_MATCH && !near; t++) {
          if (sure(i - t) && Math.abs(oldToNew[i]! - oldToNew[i - t]! - t) <= NEAR_MATCH) near = true;
          if (sure(e - 1 + t) && Math.abs(oldToNew[e - 1 + t]! - oldToNew[e - 1]! - t) <= NEAR_MATCH) near = true;
        }
        if (!near) for (let t = i; t < e; t++) drop.push(t);
      }
      i = e;
    }
    for (const t of drop) this.unpair(t);
  }

  /** Step 4b: long unmatched old runs looked for among unmatched new runs by shared token k-grams. */
  findLostRuns(): void {
    const { a, b, oldToNew, newToOld } = this;
    const runsA = unmatchedRuns(oldToNew, LOST_RUN);
    if (runsA.length === 0) return;
    // Where each k-gram of the unmatched new text occurs (a few places at most: a recurring
    // dateline still votes, a gram found everywhere does not).
    const grams = new Map<number, number[]>();
    for (const [s, e] of unmatchedRuns(newToOld, GRAM)) {
      for (let j = s; j + GRAM <= e; j++) {
        const h = gramHash(b, j, GRAM);
        const list = grams.get(h);
        if (!list) grams.set(h, [j]);
        else if (list.length <= GRAM_PLACES) list.push(j);
      }
    }
    // A run may hold the ends of two moved paragraphs: what is left unmatched after one
    // destination was found is looked for again, as long as that makes progress.
    const work = [...runsA];
    while (work.length > 0) {
      const [s, e] = work.pop()!;
      // Votes per shift (new - old position), with the old positions that voted for it.
      const votes = new Map<number, { count: number; from: number; to: number }>();
      for (let i = s; i + GRAM <= e; i++) {
        const list = grams.get(gramHash(a, i, GRAM));
        if (!list || list.length > GRAM_PLACES) continue;
        for (const j of list) {
          if (newToOld[j] !== -1) continue;
          const v = votes.get(j - i);
          if (v) {
            v.count++;
            v.to = i;
          } else votes.set(j - i, { count: 1, from: i, to: i });
        }
      }
      // Two grams agreeing, or one found in a single unmatched place (three words in a row
      // that went nowhere else).
      const ranked = [...votes].filter(([, v]) => v.count >= 2 || grams.get(gramHash(a, v.from, GRAM))!.length === 1).sort((x, y) => y[1].count - x[1].count);
      // A piece of old text that went to two places equally (a repeated passage) is left
      // to the order-based placement; another piece of the same run may still be clear.
      const clear = ranked.find(([d, v]) => !ranked.some(([d2, w]) => d2 !== d && w.count === v.count && w.from <= v.to + GRAM && v.from <= w.to + GRAM));
      if (!clear) continue;
      const [shift, vote] = clear;
      const j = vote.from + shift;
      let j0 = j;
      while (j0 > 0 && newToOld[j0 - 1] === -1) j0--;
      let j1 = j;
      while (j1 < b.length && newToOld[j1] === -1) j1++;
      const i0 = Math.max(s, vote.from - (j - j0) - NEIGHBOUR);
      const i1 = Math.min(e, vote.to + GRAM + (j1 - (vote.to + shift)) + NEIGHBOUR);
      const before = countUnmatched(oldToNew, s, e);
      this.alignRange(i0, i1, j0, j1);
      if (countUnmatched(oldToNew, s, e) < before) {
        for (const [rs, re] of unmatchedRuns(oldToNew.subarray(s, e), LOST_RUN)) work.push([s + rs, s + re]);
      }
    }
  }
}
