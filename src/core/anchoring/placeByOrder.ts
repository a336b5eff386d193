/**
 * Placing spans without the previous text: through an index of the new text, then by order.
 *
 * Everything is matched in the normalised new text (see text/normalize.ts), so a quote that
 * changed only orthographically (diacritics, alef forms, tatweel, digits, Arabic or Latin
 * punctuation) is found; results are mapped back to the original text, whole letters with
 * their marks.
 *
 * 1. **Anchors.** Each span's quote with its context is looked up in a q-gram index of the
 *    new text (candidates.ts): the places its rare q-grams vote for, checked for the exact
 *    quote and scored by context. A span whose best place is clearly better than its
 *    runner-up is a candidate anchor; spans placed by the alignment (old text known) are
 *    anchors already.
 * 2. **Runs.** Spans keep their order under edits, and the offset between a span's old and
 *    new place (its drift) changes little from one span to the next. Candidate anchors are
 *    cut into runs of consistent drift, in old order; a run of two or more is trusted (a
 *    moved paragraph is one run, wherever it went), a lone candidate only if it is beyond
 *    doubt. A wrong candidate rarely agrees with its neighbours.
 * 3. **Between neighbours.** Each remaining span is looked for between the placed spans
 *    before and after it (exactly, then approximately), where only a few candidates can be;
 *    failing that, at the places its own look-up found, if one is clearly best.
 * 4. The rest are orphaned where their neighbours put them: a placement that is not
 *    clearly better than the next best is not made.
 */
import { normalizeForMatching, type NormalizedText } from '../text/normalize';
import { type Candidate, lookUp, type Lookup, occurrencesIn } from './candidates';
import { agree, bestChain } from './anchorChain';
import { unplaceBesideCopies } from './besideCopies';
import { QGramIndex } from './qgramIndex';
import { quoteSimilarity } from './similarity';
import { type Hit, SpanFinder, type SpanItem } from './spanFinder';

/** What the best context adds to a place's worth in the chain (a place is worth about 1). */
const CONTEXT_WORTH = 0.05;
/** A place the alignment found (old text known) is worth more to the chain than any jump costs. */
const TRUSTED = 10;
/** Context similarity of an anchor that is trusted when a neighbour agrees. */
const ANCHOR = 0.5;
/** Context similarity a span needs between its neighbours, and near where one of them puts it. */
const BETWEEN = 0.45;
/** ...when its quote is one word. */
const BETWEEN_WORD = 0.55;
/** ...when its quote occurs only once between two agreeing neighbours. */
const ONLY = 0.3;
/** How much better than its runner-up a placement between neighbours must rank. */
const BETWEEN_MARGIN = 0.05;
/** Context similarities this close are a tie. */
const TIE = 0.01;
/** Context similarity of a place that is sure on its own (with FAR_MARGIN over the runner-up). */
const SURE = 0.8;
/** Context similarity a span needs at a place its own look-up found, away from its neighbours. */
const FAR = 0.6;
/** ...and its margin over the runner-up. */
const FAR_MARGIN = 0.2;
/** Half-width of the window around where one neighbour puts a span. */
const LOCAL = 64;
/** Neighbours further apart than this do not bound an exact search (windows around each do). */
const MAX_BETWEEN = 16_384;
/** Places (most voted first) around which a span's own look-up searches approximately. */
const FUZZY_REGIONS = 3;
/** Half-width of the approximate search around the place two agreeing neighbours give. */
const FUZZY_REACH = 128;
/** Weight of closeness to the expected place, against context similarity (0..1). */
const DISTANCE_WEIGHT = 0.2;

export function place(item: SpanItem, hit: Hit, via: string): void {
  item.via = via;
  item.state = 'placed';
  item.newStart = hit.start;
  item.newEnd = hit.end;
  item.score = hit.similarity;
}

/** Places (or orphans) every pending item. `items` are in old order; placed ones are trusted anchors. */
export function placeByOrder(items: readonly SpanItem[], finder: SpanFinder, threshold: number): void {
  const original = finder.text;
  const norm = normalizeForMatching(original);
  const toNorm = normalizedOffsets(norm);
  const work = items.map((item) => normalizedItem(item, toNorm));
  const trusted = new Set(work.filter((w) => w.state === 'placed'));
  // A quote made only of characters the normalisation drops (a tatweel used as a dash) cannot
  // be matched there: it is placed in the original text after the others.
  const raw = work.map((w, k) => w.state === 'pending' && w.quote.length === 0 && items[k]!.quote.length > 0);
  raw.forEach((r, k) => {
    if (r) work[k]!.state = 'orphaned';
  });
  const index = new QGramIndex(norm.text);
  const looks = work.map((w) => (w.state === 'pending' ? lookUp(w, index) : undefined));
  placeAnchors(work, looks);
  const search = new SpanFinder(norm.text);
  // Twice: spans placed late in the first pass (at their own candidates) are neighbours of
  // spans before them that the first pass could not yet bound.
  const tried = new Map<SpanItem, string>();
  betweenNeighbours(work, looks, search, threshold, tried);
  betweenNeighbours(work, looks, search, threshold, tried);
  unplaceBesideCopies(work, norm.text, trusted);
  orphanRest(work, norm.text.length);
  work.forEach((w, k) => {
    const item = items[k]!;
    if (item.state !== 'pending' || raw[k]) return;
    item.via = w.via;
    item.state = w.state;
    if (w.state === 'placed') {
      const r = norm.originalRange(w.newStart, w.newEnd);
      // A quote that starts with characters the normalisation drops (a tatweel, a mark) starts
      // with them in the new text too, when they are there.
      const lead = droppedEdge(item.quote, 'start');
      if (lead.length > 0 && original.slice(r.start - lead.length, r.start) === lead) r.start -= lead.length;
      // Likewise at the end (a tatweel that closes an abbreviation, `هـ`), beyond the marks
      // the map back already includes.
      const tail = droppedEdge(item.quote, 'end');
      if (tail.length > 0 && !original.slice(r.start, r.end).endsWith(tail) && original.startsWith(tail, r.end)) r.end += tail.length;
      item.newStart = r.start;
      item.newEnd = r.end;
      item.score = quoteSimilarity(item.quote, original.slice(r.start, r.end));
    } else {
      item.newStart = item.newEnd = w.newStart < norm.text.length ? norm.toOriginal[w.newStart]! : original.length;
    }
  });
  placeRaw(items, raw, finder);
}

/** The longest start (or end) of `s` that normalises to nothing. */
function droppedEdge(s: string, edge: 'start' | 'end'): string {
  let n = 0;
  const part = (k: number): string => (edge === 'start' ? s.slice(0, k) : s.slice(s.length - k));
  while (n < s.length && normalizeForMatching(part(n + 1)).text.length === 0) n++;
  return part(n);
}

/** Step 5: quotes the normalisation empties, exactly between their placed neighbours in the original text. */
function placeRaw(items: readonly SpanItem[], raw: readonly boolean[], finder: SpanFinder): void {
  const next = nextPlaced(items);
  let prev: SpanItem | undefined;
  items.forEach((item, k) => {
    if (item.state === 'placed') prev = item;
    if (!raw[k]) return;
    const lo = prev ? prev.newStart : 0;
    const hi = next[k] ? next[k].newStart : finder.text.length;
    const expected = prev ? prev.newStart + item.oldStart - prev.oldStart : item.oldStart;
    const hit = hi - lo <= MAX_BETWEEN ? finder.exact(item, lo, hi, expected, 2 * LOCAL, BETWEEN) : undefined;
    if (hit) {
      place(item, hit, 'between neighbours, as written');
      prev = item;
    } else {
      item.via = 'not found';
      item.state = 'orphaned';
      item.newStart = item.newEnd = Math.min(Math.max(lo, expected), hi);
    }
  });
}

/** For each UTF-16 offset of the original, the offset of the first normalised character at or after it. */
function normalizedOffsets(norm: NormalizedText): Uint32Array {
  const out = new Uint32Array(norm.originalLength + 1);
  let j = 0;
  for (let o = 0; o <= norm.originalLength; o++) {
    while (j < norm.text.length && norm.toOriginal[j]! < o) j++;
    out[o] = j;
  }
  return out;
}

/**
 * A copy of the item with quote and context normalised, and placed offsets in the normalised
 * text. Context beyond a line break is dropped: the next paragraph is not part of the span's
 * own, and may have moved away (the line break itself stays, as the edge of the paragraph).
 */
function normalizedItem(item: SpanItem, toNorm: Uint32Array): SpanItem {
  const n = (s: string): string => normalizeForMatching(s).text;
  const before = item.before.slice(Math.max(0, item.before.lastIndexOf('\n')));
  const cut = item.after.indexOf('\n');
  const after = cut < 0 ? item.after : item.after.slice(0, cut + 1);
  const copy: SpanItem = { ...item, quote: n(item.quote), before: n(before), after: n(after) };
  if (item.state === 'placed') {
    copy.newStart = toNorm[item.newStart]!;
    copy.newEnd = toNorm[item.newEnd]!;
  }
  return copy;
}

function hitOf(c: Candidate): Hit {
  return { start: c.start, end: c.end, context: c.context, similarity: 1, rank: c.context };
}

/** Steps 1 and 2: the candidate places of every span, and the best chain through them by order (anchorChain.ts). */
function placeAnchors(work: readonly SpanItem[], looks: readonly (Lookup | undefined)[]): void {
  const options = work.map((w, k): Candidate[] => {
    if (w.state === 'placed') return [{ start: w.newStart, end: w.newEnd, context: 1 }];
    // Stryker disable next-line ArrayDeclaration: equivalent, a made-up element has no context, so the filter drops it and the list stays empty
    return (looks[k]?.exact ?? []).filter((c) => c.context >= ANCHOR);
  });
  const chain = bestChain(
    options.map((cands, k) =>
      cands.map((c, i) => ({
        oldStart: work[k]!.oldStart,
        newStart: c.start,
        value: work[k]!.state === 'placed' ? TRUSTED : worth(c.context),
        sure: work[k]!.state === 'placed' || (i === 0 && c.context >= SURE && c.context - (cands[1]?.context ?? 0) >= FAR_MARGIN),
      })),
    ),
  );
  chain.forEach((c, k) => {
    if (c >= 0 && work[k]!.state === 'pending') place(work[k]!, hitOf(options[k]![c]!), 'anchor');
  });
}

/**
 * What a candidate place is worth to the chain: about one per span, whatever its context, and
 * a little more for a better context, which only decides between places that agree equally.
 * Worth proportional to context would let a copy of a long passage (an article printed twice)
 * win by chance: each span's context after edits is as likely to fit the copy a little better.
 */
function worth(context: number): number {
  return 1 + (CONTEXT_WORTH * (context - ANCHOR)) / (1 - ANCHOR);
}

/** Step 3: each pending span between its placed neighbours, then at its own candidates. */
function betweenNeighbours(work: readonly SpanItem[], looks: readonly (Lookup | undefined)[], search: SpanFinder, threshold: number, tried: Map<SpanItem, string>): void {
  const text = search.text;
  const next = nextPlaced(work);
  let prev: SpanItem | undefined;
  for (let k = 0; k < work.length; k++) {
    const w = work[k]!;
    if (w.state === 'placed') prev = w;
    if (w.state !== 'pending') continue;
    const following = next[k];
    // A span tried before between the same neighbours would fail the same way.
    const key = `${prev?.index ?? -1}:${following?.index ?? -1}`;
    if (tried.get(w) === key) continue;
    tried.set(w, key);
    // Between two neighbours that agree, the span was edited away more often than its
    // paragraph moved alone: a place elsewhere must then be sure on its own.
    const bounded = prev !== undefined && following !== undefined && agree(prev.oldStart, prev.newStart, following.oldStart, following.newStart);
    const hit = inWindow(w, prev, following, text, search, threshold, looks[k]!) ?? atOwnCandidates(w, looks[k]!, search, threshold, bounded ? SURE : FAR);
    if (hit) {
      place(w, hit.hit, hit.via);
      prev = w;
    }
  }
}

/** For each position, the first placed item after it (as things stand before the pass). */
function nextPlaced(work: readonly SpanItem[]): (SpanItem | undefined)[] {
  // Stryker disable next-line ArrayDeclaration: equivalent, every index from the last down is assigned below, so the array reaches that length anyway
  const out: (SpanItem | undefined)[] = new Array(work.length);
  let last: SpanItem | undefined;
  for (let k = work.length - 1; k >= 0; k--) {
    out[k] = last;
    if (work[k]!.state === 'placed') last = work[k];
  }
  return out;
}

function inWindow(w: SpanItem, prev: SpanItem | undefined, following: SpanItem | undefined, text: string, search: SpanFinder, threshold: number, look: Lookup): { hit: Hit; via: string } | undefined {
  if (prev && following && agree(prev.oldStart, prev.newStart, following.oldStart, following.newStart) && following.newStart - prev.newStart <= MAX_BETWEEN) {
    // Both neighbours agree: the span lies between their starts.
    const lo = prev.newStart;
    const hi = following.newStart;
    const oldSpan = Math.max(1, following.oldStart - prev.oldStart);
    const expected = Math.round(lo + ((w.oldStart - prev.oldStart) * (hi - lo)) / oldSpan);
    // Edits between two agreeing neighbours are few, so the interpolated place is close to
    // the truth: a copy of the quote a few hundred characters off is not the span, even when
    // its context fits better (its sentence recurs, and the span's own context was edited).
    const scale = 2 * LOCAL;
    // Only places the drift of both neighbours allows: a copy of the quote elsewhere between
    // two distant neighbours is not the span.
    const cands = occurrencesIn(w, text, lo, hi).filter(
      (c) => agree(prev.oldStart, prev.newStart, w.oldStart, c.start) && agree(w.oldStart, c.start, following.oldStart, following.newStart),
    );
    // A one-word quote whose word was edited away finds another copy between its neighbours
    // easily (`في`, `مع`): it needs more of its context there.
    const least = /\s/.test(w.quote) ? (cands.length === 1 ? ONLY : BETWEEN) : BETWEEN_WORD;
    const best = decide(cands, expected, scale, least);
    if (best) return { hit: best, via: 'between neighbours' };
    {
      // Approximately only near the expected place: edits between agreeing neighbours are few,
      // and each approximate search costs its window.
      const f = search.fuzzy(w, Math.max(lo, expected - FUZZY_REACH), Math.min(hi, expected + FUZZY_REACH), expected, scale, threshold, BETWEEN);
      // An exact copy was judged above, and not taken: the approximate search must not take it either.
      if (f && f.similarity < 1) return { hit: f, via: 'between neighbours, fuzzy' };
    }
    return undefined;
  }
  const placed = [prev, following].filter((n) => n !== undefined);
  // With no neighbour at all (a lone span), where it was.
  const expectations = placed.length > 0 ? placed.map((n) => n.newStart + w.oldStart - n.oldStart) : [w.oldStart];
  const cands: Candidate[] = [];
  const seen = new Set<number>();
  for (const e of expectations) {
    for (const c of occurrencesIn(w, text, e - LOCAL, e + LOCAL)) {
      if (!seen.has(c.start)) cands.push(c);
      seen.add(c.start);
    }
  }
  const nearest = (at: number): number => Math.min(...expectations.map((e) => Math.abs(at - e)));
  // Beside a neighbour: places that agree with one neighbour's drift (the first or last spans
  // of the text, or of a passage next to one that moved), if the other neighbour does not
  // offer a different one.
  const beside = placed.map((n) => {
    const fit = cands.filter((c) => (n.oldStart <= w.oldStart ? agree(n.oldStart, n.newStart, w.oldStart, c.start) : agree(w.oldStart, c.start, n.oldStart, n.newStart)));
    return decide(fit, expectations, 2 * LOCAL, fit.length === 1 ? ONLY : BETWEEN, nearest);
  });
  const [b0, b1] = beside;
  const one = b0 && (!b1 || b1.start === b0.start) ? 0 : b1 && !b0 ? 1 : -1;
  // A neighbour placed only beside its own neighbour vouches for little: when the quote fits
  // as well elsewhere (its passage exists twice), following it would only spread a guess.
  const vouches = (n: SpanItem): boolean => n.via !== 'beside a neighbour' && n.via !== 'near a neighbour';
  if (one >= 0) {
    const hit = beside[one]!;
    if (vouches(placed[one]!) || !tied(look, hit)) return { hit, via: 'beside a neighbour' };
  }
  // Neighbours disagreeing (a moved passage starts or ends here), or none: the span may as
  // well have moved, so it needs more context here, unless its quote is the only one near.
  const best = decide(cands, expectations, LOCAL, cands.length === 1 ? BETWEEN : FAR, nearest);
  // A quote that fits as well elsewhere (its passage exists twice) may have moved there just as well.
  if (best && !tied(look, best)) return { hit: best, via: 'near a neighbour' };
  if (best) return undefined;
  for (const e of expectations) {
    const f = search.fuzzy(w, e - LOCAL, e + LOCAL, e, LOCAL, threshold, FAR);
    if (f && f.similarity < 1) return { hit: f, via: 'near a neighbour, fuzzy' };
  }
  return undefined;
}

/** Whether the span's look-up found another place whose context fits as well as `hit`'s. */
function tied(look: Lookup, hit: Hit): boolean {
  return look.exact.some((c) => c.start !== hit.start && c.context >= hit.context - TIE);
}

/**
 * The best candidate by context, less a little for distance from the expected place, if its
 * context reaches `least` and it ranks clearly above the runner-up; else none.
 */
function decide(cands: readonly Candidate[], expected: number | number[], scale: number, least: number, distance?: (at: number) => number): Hit | undefined {
  const far = distance ?? ((at: number) => Math.abs(at - (expected as number)));
  let best: Hit | undefined;
  let second = -Infinity;
  for (const c of cands) {
    const rank = c.context - DISTANCE_WEIGHT * Math.min(1, far(c.start) / scale);
    if (!best || rank > best.rank) {
      if (best) second = Math.max(second, best.rank);
      best = { start: c.start, end: c.end, context: c.context, similarity: 1, rank };
    } else second = Math.max(second, rank);
  }
  if (!best || best.context < least || best.rank - second < BETWEEN_MARGIN) return undefined;
  return best;
}

/** A span its neighbours could not place: at the best place its own look-up found, if clearly the best; else approximately there. */
function atOwnCandidates(w: SpanItem, look: Lookup, search: SpanFinder, threshold: number, least: number): { hit: Hit; via: string } | undefined {
  const [best, second] = look.exact;
  if (best && best.context >= least && best.context - (second?.context ?? 0) >= FAR_MARGIN) return { hit: hitOf(best), via: 'look-up' };
  // The exact quote elsewhere, in a context that does not fit, is the runner-up of any approximate match.
  let found: Hit | undefined;
  let runnerUp = best?.context ?? 0;
  const reach = w.quote.length + LOCAL;
  for (const at of look.regions.slice(0, FUZZY_REGIONS)) {
    const f = search.fuzzy(w, at - LOCAL, at + LOCAL, at, reach, threshold, FAR);
    if (!f || f.similarity === 1 || (found && f.start === found.start)) continue;
    if (!found || f.rank > found.rank) {
      runnerUp = Math.max(runnerUp, found?.context ?? 0);
      found = f;
    } else runnerUp = Math.max(runnerUp, f.context);
  }
  if (found && found.context - runnerUp >= FAR_MARGIN) return { hit: found, via: 'look-up, fuzzy' };
  return undefined;
}

/** Step 4: the rest are orphaned where their neighbours say they would be. */
function orphanRest(work: readonly SpanItem[], length: number): void {
  const next = nextPlaced(work);
  let prev: SpanItem | undefined;
  work.forEach((w, k) => {
    if (w.state === 'placed') prev = w;
    if (w.state !== 'pending') return;
    const by = prev ?? next[k];
    const at = by ? by.newStart + w.oldStart - by.oldStart : w.oldStart;
    w.via = 'not found';
    w.state = 'orphaned';
    w.newStart = w.newEnd = Math.min(Math.max(0, at), length);
  });
}
