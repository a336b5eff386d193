/**
 * Where a span may have gone, found through the q-gram index of the (normalised) new text:
 * every q-gram of the span's quote with its context that is rare in the text votes for the
 * place the whole needle would start at; places with enough votes are checked for the exact
 * quote, scored by context similarity. A q-gram found more than MAX_HITS times (a word or
 * phrase common all over the text) does not vote, so the cost per span is bounded by its
 * needle's length times MAX_HITS, and is usually far less.
 */
import { isWordStart, Q, type QGramIndex } from './qgramIndex';
import { contextSimilarity } from './similarity';
import type { SpanItem } from './spanFinder';

/** A q-gram with more occurrences than this says nothing about where a span is. */
const MAX_HITS = 48;
/** Votes this far apart (an inserted or deleted word in the context) count for one place. */
const CLUSTER = 24;
/** Places with most votes checked per span. */
const MAX_REGIONS = 6;
/** How far from the voted place the quote is looked for. */
const SLACK = 24;
/** No window yields more candidates than this (a pathological window of one repeated word). */
const MAX_CANDIDATES = 400;

/** Reused buffer of votes (a needle casts at most a few thousand). */
let scratch: Int32Array = new Int32Array(4096);

function growTo(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

export interface Candidate {
  start: number;
  end: number;
  /** Context similarity, 0..1. */
  context: number;
}

export interface Lookup {
  /** Exact occurrences of the quote at voted places, best context first, one per place. */
  exact: Candidate[];
  /** Where the quote would start at each voted place, most votes first (also where no exact quote was found). */
  regions: number[];
}

/** The candidates of one span anywhere in the text. */
export function lookUp(item: SpanItem, index: QGramIndex): Lookup {
  const needle = item.before + item.quote + item.after;
  let n = 0;
  // The q-grams that start a word vote (only those are indexed); the needle's own start is
  // one only where the text starts (the context was cut there, or the quote opens the text).
  for (let k = item.before.length === 0 ? 0 : 1; k + Q <= needle.length; k++) {
    if (k > 0 && !isWordStart(needle, k)) continue;
    const hits = index.hits(needle, k);
    if (hits.length > MAX_HITS) continue;
    if (scratch.length < n + hits.length) scratch = growTo(scratch, 2 * (n + hits.length));
    for (const p of hits) scratch[n++] = p - k;
  }
  if (n === 0) return { exact: [], regions: [] };
  const votes = scratch.subarray(0, n).sort();
  // Clusters of votes: a run of votes no further than CLUSTER from the previous one.
  const clusters: { at: number; votes: number }[] = [];
  for (let i = 0; i < votes.length; ) {
    let j = i + 1;
    while (j < votes.length && votes[j]! - votes[j - 1]! <= CLUSTER && votes[j]! - votes[i]! <= 4 * CLUSTER) j++;
    clusters.push({ at: votes[(i + j) >> 1]!, votes: j - i });
    i = j;
  }
  clusters.sort((a, b) => b.votes - a.votes || a.at - b.at);
  const kept = clusters.filter((c) => c.votes >= 2 || clusters.length === 1).slice(0, MAX_REGIONS);
  const regions = kept.map((c) => c.at + item.before.length);
  const exact: Candidate[] = [];
  const seen = new Set<number>();
  for (const at of regions) {
    const best = bestIn(item, index.text, at - SLACK, at + SLACK);
    if (best && !seen.has(best.start)) {
      seen.add(best.start);
      exact.push(best);
    }
  }
  exact.sort((a, b) => b.context - a.context || a.start - b.start);
  return { exact, regions };
}

/** Every exact occurrence of the quote starting within [lo, hi], with its context similarity. */
export function occurrencesIn(item: SpanItem, text: string, lo: number, hi: number): Candidate[] {
  const q = item.quote;
  lo = Math.max(0, Math.floor(lo));
  hi = Math.min(text.length - q.length, Math.ceil(hi));
  const out: Candidate[] = [];
  if (hi < lo) return out;
  if (q.length === 0) return [{ start: lo, end: lo, context: contextSimilarity(text, lo, lo, item.before, item.after) }];
  // Searched in a slice: indexOf over the whole text would read past `hi` to its end.
  const window = text.slice(lo, hi + q.length);
  const cutBefore = cutsWord(item.before, q);
  const cutAfter = cutsWord(q, item.after);
  for (let i = window.indexOf(q); i >= 0 && out.length < MAX_CANDIDATES; i = window.indexOf(q, i + 1)) {
    const at = lo + i;
    // A span that began (or ended) at a word's edge does not begin inside a word now: `في` is
    // not the `في` of `وكيفية`. (Only where the old context says so: an empty context, at the
    // old text's edge, says nothing.)
    if (cutBefore === false && cutsWord(text.slice(Math.max(0, at - 2), at), q)) continue;
    if (cutAfter === false && cutsWord(q, text.slice(at + q.length, at + q.length + 2))) continue;
    out.push({ start: at, end: at + q.length, context: contextSimilarity(text, at, at + q.length, item.before, item.after) });
  }
  return out;
}

/** Letters, marks and digits make words (as in tokens.ts). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether the boundary between `left` (its end) and `right` (its start) falls inside a word;
 * undefined when either side is empty (nothing to say).
 */
function cutsWord(left: string, right: string): boolean | undefined {
  if (left.length === 0 || right.length === 0) return undefined;
  const low = left.charCodeAt(left.length - 1);
  const last = low >= 0xdc00 && low <= 0xdfff ? left.slice(-2) : left.slice(-1);
  return WORD_CHAR.test(last) && WORD_CHAR.test(String.fromCodePoint(right.codePointAt(0)!));
}

function bestIn(item: SpanItem, text: string, lo: number, hi: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of occurrencesIn(item, text, lo, hi)) if (!best || c.context > best.context) best = c;
  return best;
}
