/**
 * Placing spans through an alignment of the old and new text, when the old text is known.
 * A span whose text survived in one piece is mapped exactly ('kept' or 'moved'); one whose
 * text was touched by an edit is looked for only where the alignment says its text went
 * (exactly, then approximately); one whose text is gone is orphaned. Spans
 * that do not match the old text, or that sat in a long vanished passage (perhaps moved
 * beyond recognition), are left pending for the order-based placement.
 */
import type { Annotation } from '../model/annotation';
import { CodePointIndex } from '../text/offsets';
import { TextAlignment } from './textAlignment';
import type { Hit, SpanFinder, SpanItem } from './spanFinder';
import { place } from './placeByOrder';

/** Old passages at least this long that vanished may have moved: their spans are left for a wider search. */
const WIDE_GAP = 256;
/** How far a changed region's edge may slide (see below), at most the quote's length. */
const SLIDE = 32;
/** Widest changed region searched for one quote. */
const MAX_REGION = 4_096;
/** Context similarity a match beside (not inside) the changed region needs. */
const MEDIUM_CONTEXT = 0.45;
/** Half-width of the last look, where the order puts a span the alignment lost. */
const NEAR = 64;
/** Context similarity that last look needs. */
const SURE = 0.9;

/**
 * Places what an old → new alignment can decide: spans whose text survived (exactly mapped),
 * and spans whose text changed (searched for only where the alignment says it went, then
 * orphaned if absent). Spans that do not match the old text, and spans inside long vanished
 * passages (perhaps moved beyond recognition), are left to the order-based placement.
 */
export function placeByAlignment(order: readonly SpanItem[], annotations: readonly Annotation[], oldText: string, finder: SpanFinder, threshold: number): void {
  const oldIndex = CodePointIndex.of(oldText);
  const alignment = TextAlignment.compute(oldText, finder.text);
  if (!alignment) return; // too different to align: the order-based placement does it all
  let drift: number | undefined;
  for (const item of order) {
    const s = oldIndex.toUtf16(item.oldStart);
    const e = oldIndex.toUtf16(item.oldEnd);
    if (annotations[item.index]!.orphaned || oldText.slice(s, e) !== item.quote) continue;
    if (alignment.isIntact(s, e)) {
      const start = s === e ? alignment.mapBoundary(s, 'left') : alignment.mapChar(s);
      place(item, { start, end: start + item.quote.length, context: 1, similarity: 1, rank: 1 }, 'aligned');
      drift = item.newStart - item.oldStart;
      continue;
    }
    // Where the quote should start: where its first or last surviving character says, and
    // anywhere in the changed region that replaced the rest (the alignment may even have given
    // the quote's first letters to an inserted word that starts the same way). A region's
    // edges are not unique either (deleting "العسكرية " or "عسكرية ال" gives the same text),
    // so the window is a little wider still.
    const q = item.quote.length;
    const first = alignment.mapChar(s);
    const last = e > s ? alignment.mapChar(e - 1) : -1;
    const starts = [alignment.mapBoundary(s, 'left'), alignment.mapBoundary(e, 'right') - q];
    if (first >= 0) starts.push(first);
    if (last >= 0) starts.push(last + 1 - q);
    const lo = Math.min(...starts);
    const hi = Math.min(lo + MAX_REGION, Math.max(...starts));
    const slide = Math.min(SLIDE, q + 2);
    const scale = Math.max(slide, hi - lo);
    const inside = (h: Hit): boolean => h.start >= lo && h.start <= hi;
    const exact = finder.exact(item, lo - slide, hi + slide, lo, scale);
    const fuzzy = exact ? undefined : finder.fuzzy(item, lo - slide, hi + slide, lo, scale, threshold);
    const hit = [exact, fuzzy].find((h) => h !== undefined && (inside(h) || h.context >= MEDIUM_CONTEXT));
    if (hit) {
      place(item, hit, 'aligned search');
      drift = item.newStart - item.oldStart;
      continue;
    }
    // Before calling it deleted: in repetitive text the alignment may have paired this
    // passage with a copy; the quote with nearly all its context where the order puts it wins.
    if (drift !== undefined) {
      const expected = item.oldStart + drift;
      const near = finder.exact(item, expected - NEAR, expected + NEAR, expected, NEAR, SURE);
      if (near) {
        place(item, near, 'aligned near');
        drift = item.newStart - item.oldStart;
        continue;
      }
    }
    if (alignment.gapAround(s) < WIDE_GAP) {
      item.via = 'aligned';
      item.state = 'orphaned';
      item.newStart = item.newEnd = Math.max(0, lo);
    }
  }
}
