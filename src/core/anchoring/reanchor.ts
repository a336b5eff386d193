/**
 * Re-anchoring: finding where each annotation's quote went after its source changed
 * outside the editor (edited in another program, a `git pull`), so that a sidecar whose
 * source hash no longer matches can be brought up to date. See docs/re-anchoring.md.
 *
 * Each annotation ends up in one of four ways:
 * - kept: its quote is still exactly at its old offsets;
 * - moved: its exact quote was found elsewhere (usually just shifted by edits before it);
 * - fuzzy: only an approximate quote was found (similarity at least `fuzzyThreshold`); its
 *   `text` becomes the new text there;
 * - orphaned: not found; it keeps its quote and context, `start == end` marks where it was.
 *
 * When the previous text is given, an alignment of old and new text maps every span whose
 * text survived exactly, and confines the search for the others to where their text went.
 * Without it, spans are placed by their order (see reanchorSweep.ts).
 */
import type { Annotation } from '../model/annotation';
import { spanContext } from '../text/context';
import { CodePointIndex } from '../text/offsets';
import { quoteSimilarity } from './anchorContext';
import { TextAlignment } from './anchorDiff';
import { type Hit, SpanFinder, type SpanItem } from './anchorSearch';
import { place, placeByOrder } from './reanchorSweep';

export type AnchorOutcome = 'kept' | 'moved' | 'fuzzy' | 'orphaned';

export interface AnchorResult<T> {
  /** A new object: offsets updated, `before`/`after` refreshed; for an orphan, `orphaned: true`. */
  annotation: T;
  outcome: AnchorOutcome;
  /** For 'fuzzy' only: similarity (0..1) of the old quote to the new text. */
  score?: number;
  /** The annotation's offsets before re-anchoring. */
  previous: { start: number; end: number };
}

export interface ReanchorOptions {
  /** Least quote similarity (0..1, 1 - edit distance / length) a fuzzy match needs. Default 0.75. */
  fuzzyThreshold?: number;
  /**
   * The text the annotations' offsets refer to, when known (the editor's last saved copy,
   * the file at the previous git commit). Makes re-anchoring exact wherever the quote
   * survived, and decides deleted quotes with certainty.
   */
  oldText?: string;
}

export const DEFAULT_FUZZY_THRESHOLD = 0.75;

/** Old passages at least this long that vanished may have moved: their spans are searched for widely. */
const WIDE_GAP = 256;
/** How far a changed region's edge may slide (see placeByAlignment), at most the quote's length. */
const SLIDE = 32;
/** Widest changed region searched for one quote. */
const MAX_REGION = 4_096;
/** Context similarity a match beside (not inside) the changed region needs. */
const MEDIUM_CONTEXT = 0.45;

/**
 * Re-anchors annotations made on an earlier version of the text onto `newText`. Results
 * come in the order of `annotations`; already orphaned annotations are tried again.
 */
export function reanchor<T extends Annotation>(
  annotations: readonly T[],
  newText: string,
  options: ReanchorOptions = {},
): AnchorResult<T>[] {
  const items = placeSpans(annotations, newText, options);
  const index = CodePointIndex.of(newText);
  return items.map((item) => toResult(annotations[item.index]!, item, newText, index));
}

/**
 * The placement behind `reanchor`, before results are built: one item per annotation, in
 * the same order, with UTF-16 offsets into `newText` and the step that decided it (`via`).
 */
export function placeSpans(annotations: readonly Annotation[], newText: string, options: ReanchorOptions = {}): SpanItem[] {
  const threshold = options.fuzzyThreshold ?? DEFAULT_FUZZY_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`fuzzyThreshold must be in (0, 1], got ${threshold}`);
  const finder = new SpanFinder(newText);
  const items: SpanItem[] = annotations.map((a, index) => ({
    index,
    quote: a.text,
    before: a.before,
    after: a.after,
    oldStart: a.start,
    oldEnd: a.orphaned ? a.start : a.end,
    state: 'pending',
    newStart: 0,
    newEnd: 0,
    score: 0,
  }));
  const order = [...items].sort((x, y) => x.oldStart - y.oldStart || x.oldEnd - y.oldEnd || x.index - y.index);
  if (options.oldText !== undefined) {
    placeByAlignment(order, annotations, options.oldText, finder, threshold);
  }
  placeByOrder(order, finder, threshold);
  return items;
}

/**
 * Places what an old → new alignment can decide: spans whose text survived (exactly mapped),
 * and spans whose text changed (searched for only where the alignment says it went, then
 * orphaned if absent). Spans that do not match the old text, and spans inside long vanished
 * passages (perhaps moved beyond recognition), are left to the order-based placement.
 */
function placeByAlignment(order: readonly SpanItem[], annotations: readonly Annotation[], oldText: string, finder: SpanFinder, threshold: number): void {
  const oldIndex = CodePointIndex.of(oldText);
  const alignment = TextAlignment.compute(oldText, finder.text);
  for (const item of order) {
    const s = oldIndex.toUtf16(item.oldStart);
    const e = oldIndex.toUtf16(item.oldEnd);
    if (annotations[item.index]!.orphaned || oldText.slice(s, e) !== item.quote) continue;
    if (alignment.isIntact(s, e)) {
      const start = s === e ? alignment.mapBoundary(s, 'left') : alignment.mapChar(s);
      place(item, { start, end: start + item.quote.length, context: 1, similarity: 1, rank: 1 }, 'aligned');
      continue;
    }
    // Where the quote should start: fixed by its first or last surviving character, else
    // somewhere in the changed region that replaced it. A gap's edges are not unique
    // (deleting "العسكرية " or "عسكرية ال" gives the same text), so the window is a little wider.
    const q = item.quote.length;
    const first = alignment.mapChar(s);
    const last = e > s ? alignment.mapChar(e - 1) : -1;
    let lo: number;
    let hi: number;
    if (first >= 0) lo = hi = first;
    else if (last >= 0) lo = hi = last + 1 - q;
    else {
      lo = alignment.mapBoundary(s, 'left');
      hi = Math.min(lo + MAX_REGION, Math.max(lo, alignment.mapBoundary(e, 'right') - q));
    }
    const slide = Math.min(SLIDE, q + 2);
    const scale = Math.max(slide, hi - lo);
    const inside = (h: Hit): boolean => h.start >= lo && h.start <= hi;
    const exact = finder.exact(item, lo - slide, hi + slide, lo, scale);
    const fuzzy = exact ? undefined : finder.fuzzy(item, lo - slide, hi + slide, lo, scale, threshold);
    const hit = [exact, fuzzy].find((h) => h !== undefined && (inside(h) || h.context >= MEDIUM_CONTEXT));
    if (hit) {
      place(item, hit, 'aligned search');
    } else if (alignment.gapAround(s) < WIDE_GAP) {
      item.via = 'aligned';
      item.state = 'orphaned';
      item.newStart = item.newEnd = Math.max(0, lo);
    }
  }
}

function toResult<T extends Annotation>(old: T, item: SpanItem, newText: string, index: CodePointIndex): AnchorResult<T> {
  const previous = { start: old.start, end: old.end };
  if (item.state !== 'placed') {
    const at = index.fromUtf16(item.newStart);
    return { annotation: { ...old, start: at, end: at, orphaned: true }, outcome: 'orphaned', previous };
  }
  const start = index.fromUtf16(item.newStart);
  const end = index.fromUtf16(item.newEnd);
  const { text, before, after } = spanContext(newText, start, end, index);
  const { orphaned: _orphaned, ...rest } = old;
  const annotation = { ...rest, start, end, text, before, after } as T;
  if (text !== old.text) {
    return { annotation, outcome: 'fuzzy', score: quoteSimilarity(old.text, text), previous };
  }
  const kept = !old.orphaned && start === old.start && end === old.end;
  return { annotation, outcome: kept ? 'kept' : 'moved', previous };
}
