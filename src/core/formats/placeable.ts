/**
 * For formats that tie annotations to tokens (CoNLL, WebAnno TSV): which annotations of a
 * source have a place in its text, and a note for each one that has none, so nothing is
 * dropped without a word in the export summary.
 */
import type { Annotation } from '../model/annotation';
import type { ExportSource, FormatNote } from './types';
import type { Token } from '../text/tokens';

export interface Placed {
  spans: Annotation[];
  notes: FormatNote[];
}

/** The annotations with a non-empty place in the text; orphans and broken offsets get a note. */
export function placeableSpans(source: ExportSource, length: number, formatName: string): Placed {
  const spans: Annotation[] = [];
  const notes: FormatNote[] = [];
  for (const a of source.annotations) {
    if (a.orphaned) {
      notes.push({ source: source.path, annotation: a.id, message: `${formatName} cannot represent an orphaned annotation (its text is no longer in the source): skipped` });
    } else if (!(a.start >= 0 && a.end > a.start && a.end <= length)) {
      notes.push({ source: source.path, annotation: a.id, message: `${formatName} cannot represent an empty or out-of-range span (${a.start}–${a.end}): skipped` });
    } else {
      spans.push(a);
    }
  }
  return { spans, notes };
}

/** Index of the first and last token that overlap [start, end), or undefined when none does. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): { first: number; last: number } | undefined {
  // Binary search for the first token that ends after `start`.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= tokens.length || tokens[lo]!.start >= end) return undefined;
  let last = lo;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  return { first: lo, last };
}

/** Span boundaries as token cuts: every start and end. */
export function boundaries(spans: readonly Annotation[]): number[] {
  const cuts: number[] = [];
  for (const s of spans) cuts.push(s.start, s.end);
  return cuts;
}

/**
 * A note when the tokens given to a span reach beyond it: only when a boundary fell between a
 * character and its combining marks (white space at a span's edges is in no token, so a
 * shorter cover is not a loss).
 */
export function inexactNote(source: string, a: Annotation, tokens: readonly Token[], first: number, last: number, formatName: string): FormatNote | undefined {
  const from = tokens[first]!.start;
  const to = tokens[last]!.end;
  if (from >= a.start && to <= a.end) return undefined;
  return { source, annotation: a.id, message: `${formatName}: a span edge falls between a character and its combining marks; exported as ${from}–${to} instead of ${a.start}–${a.end}` };
}
