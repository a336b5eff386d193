/**
 * The searches re-anchoring is built from, all over the new text in UTF-16 offsets and
 * all bounded: the exact quote within a window, an approximate quote within a window
 * (approx-string-match, Myers' bit-parallel algorithm), and a whole-text look-up of a
 * quote together with its context, used only when that long needle is unique.
 */
import search from 'approx-string-match';
import { adjacency, afterSimilarity, beforeSimilarity, contextSimilarity, quoteSimilarity } from './similarity';

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
/** Characters all whole-text searches of one re-anchoring may read (about half a second). */
const SCAN_BUDGET = 1.5e9;
/** Stop counting whole-text occurrences of a needle after this many. */
const MAX_OCCURRENCES = 64;

export class SpanFinder {
  /** Characters read by whole-text searches so far. */
  private scanned = 0;

  constructor(readonly text: string) {}

  /**
   * The best exact occurrence of the quote starting within `[lo, hi]` whose context
   * similarity reaches `minContext`: highest context similarity, less a little for distance
   * from `expected` (scaled by `scale`).
   */
  exact(item: SpanItem, lo: number, hi: number, expected: number, scale: number, minContext = 0): Hit | undefined {
    const q = item.quote;
    lo = Math.max(0, Math.floor(lo));
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
    lo = Math.max(0, Math.floor(lo));
    const end = Math.min(this.text.length, Math.ceil(hi) + q.length + maxErrors);
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
   * Where the quote starts if `before + quote + after` occurs exactly once in the whole text;
   * failing that, if the quote with one side of its context occurs exactly once and the other
   * side still mostly agrees there. -1 otherwise. Needles shorter than `minNeedle` are not
   * informative enough to be trusted and are not searched.
   */
  unique(item: SpanItem, minNeedle: number, otherSide: number): number {
    const { before, quote, after } = item;
    const whole = before + quote + after;
    if (whole.length >= minNeedle) {
      const found = this.occurrences(whole, 2);
      if (found.length === 1) return found[0]! + before.length;
      if (found.length > 1) return -1;
    }
    const halves: [string, number, (at: number) => number][] = [
      [before + quote, before.length, (at) => afterSimilarity(this.text, at + quote.length, after)],
      [quote + after, 0, (at) => beforeSimilarity(this.text, at, before)],
    ];
    for (const [needle, offset, other] of halves) {
      if (needle.length < minNeedle) continue;
      const found = this.occurrences(needle, 2);
      if (found.length === 1 && other(found[0]! + offset) >= otherSide) return found[0]! + offset;
      if (found.length > 1) return -1;
    }
    return -1;
  }

  /**
   * Start offsets of `needle` in the whole text, at most `limit` of them. Whole-text searches
   * share a budget (a text rewritten from top to bottom would otherwise cost one per span);
   * once it is spent this finds nothing, and spans are orphaned rather than searched for.
   */
  occurrences(needle: string, limit = MAX_OCCURRENCES): number[] {
    const out: number[] = [];
    if (needle.length === 0) return out;
    this.scanned += this.text.length;
    if (this.scanned > SCAN_BUDGET) return out;
    for (let at = this.text.indexOf(needle); at >= 0 && out.length < limit; at = this.text.indexOf(needle, at + 1)) out.push(at);
    return out;
  }
}

/** Small adjustments of a fuzzy match's ends: the match's own, then one character in or out. */
const NUDGES: readonly [number, number][] = [
  [0, 0], [-1, 0], [1, 0], [0, -1], [0, 1], [-1, 1], [1, -1],
];
