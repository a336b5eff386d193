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
 * When the previous text is given, a word-level diff of old and new text (moves included)
 * maps every span whose text survived exactly, and confines the search for the others to
 * where their text went (placeByDiff.ts).
 * Without it, spans are placed by their order (see placeByOrder.ts).
 */
import type { Annotation } from '../model/annotation';
import { nearestContext, spanContext } from '../text/context';
import { CodePointIndex } from '../text/offsets';
import { quoteSimilarity } from './similarity';
import { SpanFinder, type SpanItem } from './spanFinder';
import { placeByDiff } from './placeByDiff';
import { placeByOrder } from './placeByOrder';

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
    // Contexts longer than the format allows (a hand edit) would make every comparison costlier.
    before: nearestContext(a.before, 'before'),
    // Stryker disable next-line StringLiteral: nearestContext keeps the first code points for any side but 'before', so '' behaves as 'after'.
    after: nearestContext(a.after, 'after'),
    oldStart: a.start,
    oldEnd: a.orphaned ? a.start : a.end,
    state: 'pending',
    newStart: 0,
    newEnd: 0,
    score: 0,
  }));
  const order = [...items].sort((x, y) => x.oldStart - y.oldStart || x.oldEnd - y.oldEnd || x.index - y.index);
  if (options.oldText !== undefined) {
    placeByDiff(order, annotations, options.oldText, finder, threshold);
  }
  placeByOrder(order, finder, threshold);
  return items;
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
