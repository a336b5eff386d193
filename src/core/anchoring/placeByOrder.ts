/**
 * Placing spans by their order, when the previous text is unknown.
 *
 * Spans keep their relative order under nearly every edit, and the offset between a span's
 * old and new position (its drift) changes only a little from one span to the next: by the
 * words inserted or deleted between them. So the spans are walked in old order, each looked
 * for near its old position shifted by the drift of the last span placed. A run of misses
 * means the drift jumped (a paragraph deleted, inserted or moved); the new drift is then
 * found by a vote among the next spans' whole-text occurrences of quote-plus-context.
 * A second walk looks for the spans still missing between their placed neighbours, first
 * exactly, then approximately. Runs of spans still missing are then looked for together
 * anywhere (a moved paragraph: their offsets relative to each other are distinctive), single
 * ones where their quote with context is unique; the rest are orphaned where their
 * neighbours say they were.
 */
import type { Hit, SpanFinder, SpanItem } from './spanFinder';

/** Half-width of the window around the expected position on the first walk. */
const LOCAL = 64;
/** Context similarity that places a span on the first walk. */
const STRONG = 0.6;
/** Context similarity that places a span between its placed neighbours on the second walk. */
const MEDIUM = 0.45;
/** Context similarity that keeps a span whose quote is exactly where its neighbours put it, or the only one between them. */
const WEAK = 0.3;
/** Consecutive misses that suggest the drift jumped. */
const RESEED_AFTER = 3;
/** Spans whose whole-text occurrences vote for the new drift. */
const RESEED_SPANS = 8;
/** A needle with more whole-text occurrences than this does not vote. */
const VOTERS = 32;
/** A run of missing spans tries at most this many occurrences of each probe. */
const GROUP_VOTERS = 256;
/** Drifts this close count as the same vote. */
const VOTE_TOLERANCE = 48;
/** Spans of a missing run whose needles propose drifts for the whole run. */
const GROUP_PROBES = 3;
/** Long runs of missing spans are relocated in pieces of this many. */
const GROUP_SIZE = 16;
/** Needles shorter than this are not searched in the whole text. */
const MIN_NEEDLE = 24;
/** Neighbours further apart than this do not bound the search; a window around the expected position does. */
const MAX_BOUND = 16_384;
/** Half-width of that window. */
const FALLBACK_WINDOW = 1_024;

export function place(item: SpanItem, hit: Hit, via: string): void {
  item.via = via;
  item.state = 'placed';
  item.newStart = hit.start;
  item.newEnd = hit.end;
  item.score = hit.similarity;
}

/** Places (or orphans) every pending item. `items` are in old order; placed ones act as anchors. */
export function placeByOrder(items: readonly SpanItem[], finder: SpanFinder, threshold: number): void {
  firstWalk(items, finder);
  betweenNeighbours(items, finder, threshold);
  movedGroups(items, finder);
  movedSingles(items, finder);
  orphanRest(items, finder.text.length);
}

function firstWalk(items: readonly SpanItem[], finder: SpanFinder): void {
  let drift = 0;
  let misses: number[] = [];
  let needed = RESEED_AFTER;
  let quietUntil = -1;
  const near = (item: SpanItem, d: number): Hit | undefined => {
    const expected = item.oldStart + d;
    return finder.exact(item, expected - LOCAL, expected + LOCAL, expected, LOCAL, STRONG);
  };
  const tryLocal = (k: number): boolean => {
    const item = items[k]!;
    const hit = near(item, drift);
    if (!hit) return false;
    if (misses.length > 0) {
      // Right after a miss the drift may have jumped, and a copy of the quote that happens to
      // sit near the stale position must not be taken for the span: the next span has to be
      // found at the same drift too.
      let f = k + 1;
      while (f < items.length && items[f]!.state !== 'pending') f++;
      const following = items[f];
      if (following && !near(following, hit.start - item.oldStart)) return false;
    }
    place(item, hit, 'near');
    drift = item.newStart - item.oldStart;
    return true;
  };
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.state === 'placed') {
      drift = item.newStart - item.oldStart;
      misses = [];
      continue;
    }
    if (item.state !== 'pending') continue;
    if (tryLocal(k)) {
      misses = [];
      needed = RESEED_AFTER;
      continue;
    }
    if (k <= quietUntil) continue;
    misses.push(k);
    if (misses.length < needed) continue;
    const jump = voteDrift(items, misses[0]!, finder, drift);
    if (jump === undefined || jump === drift) {
      needed *= 2; // back off, so a rewritten text does not cost a whole-text search per span
      misses = [];
      continue;
    }
    drift = jump;
    needed = RESEED_AFTER;
    quietUntil = k;
    k = misses[0]! - 1;
    misses = [];
  }
}

/**
 * The drift most of the next pending spans agree on, from the whole-text occurrences of
 * their quote with context; ties go to the drift closest to the current one.
 */
function voteDrift(items: readonly SpanItem[], from: number, finder: SpanFinder, current: number): number | undefined {
  const votes: { drift: number; span: number }[] = [];
  for (let k = from, n = 0; k < items.length && n < RESEED_SPANS; k++) {
    const item = items[k]!;
    if (item.state !== 'pending') continue;
    n++;
    const { before, quote, after } = item;
    const needles: [string, number][] = [[before + quote + after, before.length], [before + quote, before.length], [quote + after, 0]];
    for (const [needle, offset] of needles) {
      if (needle.length < MIN_NEEDLE) continue;
      // A needle found too often (a sentence repeated all over) cannot vote; the whole list is
      // read, never its first part, which would favour the start of the text.
      const found = finder.occurrences(needle, VOTERS + 1);
      if (found.length > VOTERS) break;
      for (const at of found) votes.push({ drift: at + offset - item.oldStart, span: k });
      if (found.length > 0) break;
    }
  }
  votes.sort((x, y) => x.drift - y.drift);
  let best: { drift: number; spans: number } | undefined;
  for (let i = 0; i < votes.length; i++) {
    const spans = new Set<number>();
    const drifts: number[] = [];
    for (let j = i; j < votes.length && votes[j]!.drift - votes[i]!.drift <= VOTE_TOLERANCE; j++) {
      spans.add(votes[j]!.span);
      drifts.push(votes[j]!.drift);
    }
    const drift = drifts[drifts.length >> 1]!;
    if (!best || spans.size > best.spans || (spans.size === best.spans && Math.abs(drift - current) < Math.abs(best.drift - current))) {
      best = { drift, spans: spans.size };
    }
  }
  return best && best.spans >= 2 ? best.drift : undefined;
}

/** The nearest placed item before and after each position (in old order), as things stand. */
function neighbours(items: readonly SpanItem[]): { prev: (SpanItem | undefined)[]; next: (SpanItem | undefined)[] } {
  const prev: (SpanItem | undefined)[] = new Array(items.length);
  const next: (SpanItem | undefined)[] = new Array(items.length);
  let last: SpanItem | undefined;
  for (let k = 0; k < items.length; k++) {
    prev[k] = last;
    if (items[k]!.state === 'placed') last = items[k];
  }
  last = undefined;
  for (let k = items.length - 1; k >= 0; k--) {
    next[k] = last;
    if (items[k]!.state === 'placed') last = items[k];
  }
  return { prev, next };
}

/**
 * Where a span between `prev` and `following` can start: near its neighbours' drifts (edits
 * between them are few) and between their starts; a copy of the quote further off is not the span.
 */
function bounds(item: SpanItem, prev: SpanItem | undefined, following: SpanItem | undefined, length: number): { lo: number; hi: number; expected: number } {
  const drifts = [prev, following].filter((n) => n !== undefined).map((n) => n.newStart - n.oldStart);
  const low = drifts.length > 0 ? Math.min(...drifts) : 0;
  const high = drifts.length > 0 ? Math.max(...drifts) : 0;
  const expected = Math.max(0, Math.min(length, item.oldStart + (drifts[0] ?? 0)));
  let lo = Math.max(prev ? prev.newStart : 0, item.oldStart + low - LOCAL);
  let hi = Math.min(following ? following.newStart : length, item.oldStart + high + LOCAL);
  if (hi < lo || hi - lo > MAX_BOUND) {
    // Neighbours out of order or far apart (one of them sits in a moved passage): trust neither.
    lo = Math.max(0, expected - FALLBACK_WINDOW);
    hi = Math.min(length, expected + FALLBACK_WINDOW);
  }
  return { lo, hi, expected };
}

/** Second walk: each pending span looked for between its placed neighbours, exactly, then approximately. */
function betweenNeighbours(items: readonly SpanItem[], finder: SpanFinder, threshold: number): void {
  const { next } = neighbours(items);
  let prev: SpanItem | undefined;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.state === 'placed') prev = item;
    if (item.state !== 'pending') continue;
    const { lo, hi, expected } = bounds(item, prev, next[k], finder.text.length);
    const scale = Math.max(LOCAL, hi - lo);
    // The quote still exactly where the neighbours put it, or the only one between them,
    // needs less context than elsewhere.
    const weak = finder.exact(item, lo, hi, expected, scale, WEAK);
    const hit =
      finder.exact(item, lo, hi, expected, scale, MEDIUM) ??
      (weak && (weak.start === expected || weak.among === 1) ? weak : undefined) ??
      finder.fuzzy(item, lo, hi, expected, scale, threshold, MEDIUM);
    if (hit) {
      place(item, hit, 'between neighbours');
      prev = item;
    }
  }
}

/**
 * Runs of consecutive spans still missing may have moved together (a paragraph cut and
 * pasted elsewhere). One quote with context may recur all over the text, but the spans'
 * offsets relative to each other rarely do: each whole-text occurrence of the run's most
 * distinctive needles proposes a drift, and the drift at which most of the run is found
 * wins, if no other drift does as well.
 */
function movedGroups(items: readonly SpanItem[], finder: SpanFinder): void {
  for (let k = 0; k < items.length; ) {
    if (items[k]!.state === 'placed') {
      k++;
      continue;
    }
    let e = k;
    while (e < items.length && items[e]!.state !== 'placed') e++;
    const run = items.slice(k, e).filter((n) => n.state === 'pending');
    for (let c = 0; c + 1 < run.length; c += GROUP_SIZE) relocate(run.slice(c, c + GROUP_SIZE), finder);
    k = e;
  }
}

function relocate(run: readonly SpanItem[], finder: SpanFinder): void {
  const needle = (n: SpanItem): string => n.before + n.quote + n.after;
  const probes = [...run].sort((x, y) => needle(y).length - needle(x).length).slice(0, GROUP_PROBES);
  const tried: number[] = [];
  let best: { drift: number; hits: (Hit | undefined)[]; count: number } | undefined;
  let tied = false;
  for (const probe of probes) {
    if (needle(probe).length < MIN_NEEDLE) continue;
    const found = finder.occurrences(needle(probe), GROUP_VOTERS + 1);
    if (found.length > GROUP_VOTERS) continue;
    for (const at of found) {
      const start = at + probe.before.length - probe.oldStart;
      if (tried.some((d) => Math.abs(d - start) <= VOTE_TOLERANCE)) continue;
      tried.push(start);
      // Follow the run from this drift, letting it change a little from span to span.
      let drift = start;
      const hits = run.map((n) => {
        const expected = n.oldStart + drift;
        const hit = finder.exact(n, expected - LOCAL, expected + LOCAL, expected, LOCAL, STRONG);
        if (!hit) return undefined;
        drift = hit.start - n.oldStart;
        return hit;
      });
      const count = hits.filter((h) => h !== undefined).length;
      if (!best || count > best.count) {
        best = { drift: start, hits, count };
        tied = false;
      } else if (count === best.count) tied = true;
    }
  }
  if (!best || tied || best.count < Math.min(2, run.length)) return;
  best.hits.forEach((hit, i) => {
    if (hit) place(run[i]!, hit, 'moved group');
  });
}

/** A span still missing is taken where its quote with context occurs once in the whole text. */
function movedSingles(items: readonly SpanItem[], finder: SpanFinder): void {
  for (const item of items) {
    if (item.state !== 'pending') continue;
    const at = finder.unique(item, MIN_NEEDLE, MEDIUM);
    if (at >= 0) place(item, { start: at, end: at + item.quote.length, context: 1, similarity: 1, rank: 1 }, 'unique');
  }
}

/** The rest are orphaned where their neighbours say they would be. */
function orphanRest(items: readonly SpanItem[], length: number): void {
  const { prev, next } = neighbours(items);
  items.forEach((item, k) => {
    if (item.state !== 'pending') return;
    const { lo, hi, expected } = bounds(item, prev[k], next[k], length);
    item.via = 'not found';
    item.state = 'orphaned';
    item.newStart = item.newEnd = Math.min(Math.max(expected, lo), Math.max(lo, hi));
  });
}
