/**
 * The searches re-anchoring is built from, all over the new text in UTF-16 offsets and
 * all bounded by a window: the exact quote, and an approximate quote (approx-string-match,
 * Myers' bit-parallel algorithm). Whole-text look-ups go through the q-gram index
 * (qgramIndex.ts, candidates.ts).
 */
import search from 'approx-string-match';
import { adjacency, contextSimilarity, quoteSimilarity } from './similarity';

/** One span being re-anchored, with its state. Offsets `old*` are code points of the old text. */
export interface SpanItem {
  /** Position in the caller's array. */
  index: number;
  quote: string;
  before: string;
  after: string;
  oldStart: number;
  oldEnd: number;
  /** 'pending' until placed or given up on. */
  state: 'pending' | 'placed' | 'orphaned';
  /** UTF-16 offsets in the new text once placed; `newStart` is also where an orphan sits. */
  newStart: number;
  newEnd: number;
  /** Quote similarity: 1 for an exact match. */
  score: number;
  /** Which step placed or orphaned it (for diagnostics and the bench). */
  via?: string;
}

export interface Hit {
  start: number;
  end: number;
  /** Context similarity, 0..1. */
  context: number;
  /** Quote similarity, 1 when exact. */
  similarity: number;
  /** What candidates were ranked by. */
  rank: number;
  /** For an exact search: how many occurrences the window held, whatever their context. */
  among?: number;
}

/** Weight of closeness to the expected position, against context similarity (0..1). */
const DISTANCE_WEIGHT = 0.2;
/** No window yields more candidates than this (a pathological window of one repeated word). */
const MAX_CANDIDATES = 400;
/**
 * Quotes longer than this (UTF-16 units) are matched approximately by their ends, not by
 * approx-string-match over the window: its cost, and the number of near-equal matches to
 * rank, grow with the quote, and a 32,000-character quote took seconds. See docs/re-anchoring.md.
 */
export const LONG_QUOTE = 256;
/** Length of the head and tail pieces a long quote is matched by. */
const END_PIECE = 32;

export class SpanFinder {
  constructor(readonly text: string) {}

  /**
   * The best exact occurrence of the quote starting within `[lo, hi]` whose context
   * similarity reaches `minContext`: highest context similarity, less a little for distance
   * from `expected` (scaled by `scale`).
   */
  exact(item: SpanItem, lo: number, hi: number, expected: number, scale: number, minContext = 0): Hit | undefined {
    const q = item.quote;
    lo = Math.max(0, Math.floor(lo));
    // Stryker disable next-line ArithmeticOperator: equivalent, starts past length - q.length have no room for the quote, so the window finds nothing there
    hi = Math.min(this.text.length - q.length, Math.ceil(hi));
    if (hi < lo) return undefined;
    if (q.length === 0) {
      const at = Math.min(hi, Math.max(lo, expected));
      return { start: at, end: at, context: 1, similarity: 1, rank: 1 };
    }
    const window = this.text.slice(lo, hi + q.length);
    let best: Hit | undefined;
    let seen = 0;
    for (let at = window.indexOf(q); at >= 0 && seen < MAX_CANDIDATES; at = window.indexOf(q, at + 1), seen++) {
      const start = lo + at;
      const context = contextSimilarity(this.text, start, start + q.length, item.before, item.after);
      if (context < minContext) continue;
      const rank = context - DISTANCE_WEIGHT * Math.min(1, Math.abs(start - expected) / scale);
      if (!best || rank > best.rank) best = { start, end: start + q.length, context, similarity: 1, rank };
    }
    if (best) best.among = seen;
    return best;
  }

  /**
   * The best approximate occurrence of the quote within `[lo, hi]` whose quote similarity
   * reaches `threshold` (and context similarity `minContext`), ranked by quote similarity
   * plus context similarity; boundaries are chosen where the old context agrees exactly, so
   * a typo does not shift them.
   */
  fuzzy(item: SpanItem, lo: number, hi: number, expected: number, scale: number, threshold: number, minContext = 0): Hit | undefined {
    const q = item.quote;
    const maxErrors = Math.floor(q.length * (1 - threshold) + 1e-9);
    if (maxErrors < 1 || q.length === 0) return undefined;
    if (q.length > LONG_QUOTE) return this.fuzzyByEnds(item, lo, hi, expected, scale, threshold, minContext, maxErrors);
    lo = Math.max(0, Math.floor(lo));
    const end = Math.min(this.text.length, Math.ceil(hi) + q.length + maxErrors);
    // Stryker disable next-line EqualityOperator: equivalent, an empty window holds no match either
    if (end <= lo) return undefined;
    let best: Hit | undefined;
    for (const m of search(this.text.slice(lo, end), q, maxErrors)) {
      // Each match is one lowest-cost alignment; nudge its ends to where the context agrees best.
      for (const [ds, de] of NUDGES) {
        const start = lo + m.start + ds;
        const stop = lo + m.end + de;
        if (start < 0 || stop > this.text.length || stop <= start) continue;
        const similarity = quoteSimilarity(q, this.text.slice(start, stop));
        if (similarity < threshold) continue;
        const context = contextSimilarity(this.text, start, stop, item.before, item.after);
        if (context < minContext) continue;
        const snug = adjacency(this.text, start, stop, item.before, item.after);
        const rank = similarity + context + 0.5 * snug - DISTANCE_WEIGHT * Math.min(1, Math.abs(start - expected) / scale);
        if (!best || rank > best.rank) best = { start, end: stop, context, similarity, rank };
      }
    }
    return best;
  }

  /**
   * The approximate search for a long quote: candidates are where its first or last
   * END_PIECE characters occur exactly (an edit inside a long quote rarely touches both
   * ends), stretched to the quote's length or to the other end found within `maxErrors` of
   * it, then scored like any fuzzy match. Costs one scan of the window and a linear
   * similarity per candidate, at most MAX_CANDIDATES from each end.
   */
  private fuzzyByEnds(item: SpanItem, lo: number, hi: number, expected: number, scale: number, threshold: number, minContext: number, maxErrors: number): Hit | undefined {
    const q = item.quote;
    const text = this.text;
    const head = q.slice(0, END_PIECE);
    const tail = q.slice(q.length - END_PIECE);
    lo = Math.max(0, Math.floor(lo));
    const hiStart = Math.min(text.length, Math.ceil(hi) + maxErrors);
    const candidates: [number, number][] = [];
    // The other end, searched for only within maxErrors of where the quote's length puts it,
    // and taken at the occurrence nearest that place (text that repeats has several).
    const tailNear = (start: number): number => {
      const at = this.nearest(tail, start + q.length - END_PIECE, maxErrors);
      return at < 0 ? start + q.length : at + END_PIECE;
    };
    const headNear = (stop: number): number => {
      const at = this.nearest(head, stop - q.length, maxErrors);
      return at < 0 ? stop - q.length : at;
    };
    let seen = 0;
    for (let at = text.indexOf(head, lo); at >= 0 && at <= hiStart && seen < MAX_CANDIDATES; at = text.indexOf(head, at + 1), seen++) {
      candidates.push([at, tailNear(at)]);
    }
    seen = 0;
    for (let at = text.indexOf(tail, lo); at >= 0 && at <= hiStart + q.length && seen < MAX_CANDIDATES; at = text.indexOf(tail, at + 1), seen++) {
      const stop = at + END_PIECE;
      candidates.push([headNear(stop), stop]);
    }
    let best: Hit | undefined;
    for (const [start, stop] of candidates) {
      if (start < 0 || stop > text.length || stop <= start) continue;
      const similarity = quoteSimilarity(q, text.slice(start, stop));
      if (similarity < threshold) continue;
      const context = contextSimilarity(text, start, stop, item.before, item.after);
      if (context < minContext) continue;
      const snug = adjacency(text, start, stop, item.before, item.after);
      const rank = similarity + context + 0.5 * snug - DISTANCE_WEIGHT * Math.min(1, Math.abs(start - expected) / scale);
      if (!best || rank > best.rank) best = { start, end: stop, context, similarity, rank };
    }
    return best;
  }

  /** The occurrence of `piece` starting nearest `target`, at most `reach` away; -1 if none. */
  private nearest(piece: string, target: number, reach: number): number {
    const from = Math.max(0, target - reach);
    let best = -1;
    for (let at = this.text.indexOf(piece, from); at >= 0 && at <= target + reach; at = this.text.indexOf(piece, at + 1)) {
      if (best < 0 || Math.abs(at - target) < Math.abs(best - target)) best = at;
      if (at >= target) break; // later ones are further away
    }
    return best;
  }
}

/** Small adjustments of a fuzzy match's ends: the match's own, then one character in or out. */
const NUDGES: readonly [number, number][] = [
  [0, 0], [-1, 0], [1, 0], [0, -1], [0, 1], [-1, 1], [1, -1],
];
