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
 * exactly, then approximately; then for a unique occurrence anywhere (a moved passage);
 * the rest are orphaned where their neighbours say they were.
 */
import type { Hit, SpanFinder, SpanItem } from './anchorSearch';

/** Half-width of the window around the expected position on the first walk. */
const LOCAL = 64;
/** Context similarity that places a span on the first walk. */
const STRONG = 0.6;
/** Context similarity that places a span between its placed neighbours on the second walk. */
const MEDIUM = 0.45;
/** Consecutive misses that suggest the drift jumped. */
const RESEED_AFTER = 3;
/** Spans whose whole-text occurrences vote for the new drift. */
const RESEED_SPANS = 8;
/** A needle with more whole-text occurrences than this does not vote. */
const VOTERS = 32;
/** Drifts this close count as the same vote. */
const VOTE_TOLERANCE = 48;
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
  secondWalk(items, finder, threshold);
}

function firstWalk(items: readonly SpanItem[], finder: SpanFinder): void {
  let drift = 0;
  let misses: number[] = [];
  let needed = RESEED_AFTER;
  let quietUntil = -1;
  const near = (item: SpanItem, d: number): Hit | undefined => {
    const expected = item.oldStart + d;
    return finder.exact(item, expected - LOCAL, expected + LOCAL, expected, LOCAL);
  };
  const tryLocal = (k: number): boolean => {
    const item = items[k]!;
    const hit = near(item, drift);
    if (!hit || hit.context < STRONG) return false;
    if (misses.length > 0) {
      // Right after a miss the drift may have jumped, and a copy of the quote that happens to
      // sit near the stale position must not be taken for the span: the next span has to be
      // found at the same drift too.
      const following = items.slice(k + 1).find((n) => n.state === 'pending');
      const check = following && near(following, hit.start - item.oldStart);
      if (following && !(check && check.context >= STRONG)) return false;
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

function secondWalk(items: readonly SpanItem[], finder: SpanFinder, threshold: number): void {
  const text = finder.text;
  // The next placed item after each position, as the first walk left them.
  const next: (SpanItem | undefined)[] = new Array(items.length);
  let after: SpanItem | undefined;
  for (let k = items.length - 1; k >= 0; k--) {
    next[k] = after;
    if (items[k]!.state === 'placed') after = items[k];
  }
  let prev: SpanItem | undefined;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.state === 'placed') prev = item;
    if (item.state !== 'pending') continue;
    const following = next[k];
    // The span's drift lies near its neighbours' drifts (edits between them are few), and
    // its start between theirs: a copy of the quote further off is not the span.
    const drifts = [prev, following].filter((n) => n !== undefined).map((n) => n.newStart - n.oldStart);
    const low = drifts.length > 0 ? Math.min(...drifts) : 0;
    const high = drifts.length > 0 ? Math.max(...drifts) : 0;
    const expected = Math.max(0, Math.min(text.length, item.oldStart + (drifts[0] ?? 0)));
    let lo = Math.max(prev ? prev.newStart : 0, item.oldStart + low - LOCAL);
    let hi = Math.min(following ? following.newStart : text.length, item.oldStart + high + LOCAL);
    if (hi < lo || hi - lo > MAX_BOUND) {
      // Neighbours out of order or far apart (one of them sits in a moved passage): trust neither.
      lo = Math.max(0, expected - FALLBACK_WINDOW);
      hi = Math.min(text.length, expected + FALLBACK_WINDOW);
    }
    const scale = Math.max(LOCAL, hi - lo);
    const exact = finder.exact(item, lo, hi, expected, scale);
    let hit = exact && exact.context >= MEDIUM ? exact : undefined;
    let via = 'between neighbours';
    if (!hit) {
      const fuzzy = finder.fuzzy(item, lo, hi, expected, scale, threshold);
      if (fuzzy && fuzzy.context >= MEDIUM) hit = fuzzy;
    }
    if (!hit) {
      const at = finder.unique(item, MIN_NEEDLE, MEDIUM);
      if (at >= 0) {
        hit = { start: at, end: at + item.quote.length, context: 1, similarity: 1, rank: 1 };
        via = 'unique';
      }
    }
    if (hit) {
      place(item, hit, via);
      if (hit.start >= lo && hit.start <= hi) prev = item; // a moved passage bounds nothing here
    } else {
      item.via = 'not found';
      item.state = 'orphaned';
      item.newStart = item.newEnd = Math.min(Math.max(expected, lo), Math.max(lo, hi));
    }
  }
}
