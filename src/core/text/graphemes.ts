/**
 * Grapheme-cluster edges, so that a span found by searching never separates a letter from
 * its diacritics (`الدّولً` must not end between `ل` and its marks), an emoji from its
 * modifier, or the two halves of a flag. Offsets are UTF-16 indices into the string given.
 *
 * Most positions in news text are plainly boundaries (the character there extends nothing);
 * only near marks, joiners and emoji is the full segmentation of Intl.Segmenter consulted,
 * over a short window that starts at a known boundary.
 */

// Characters that attach to what precedes them (marks, ZWNJ and ZWJ, skin tones, tags), or
// to what follows (regional indicators, ZWJ, and the Arabic signs written before a number:
// U+0600–0605 number signs, U+06DD end of ayah, U+08E2 disputed end of ayah): the cases where
// a position can fall inside a cluster.
const JOINING = /[\p{M}\u200C\u200D\u0600-\u0605\u06DD\u08E2\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\u{E0020}-\u{E007F}]/u;

// Clusters longer than this are not Arabic text (a zalgo string, a long emoji sequence);
// beyond it the simple mark rule decides.
const WINDOW = 64;

let segmenter: Intl.Segmenter | undefined;
function graphemes(): Intl.Segmenter {
  // Stryker disable next-line ObjectLiteral: equivalent, 'grapheme' is the default granularity
  return (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
}

function charAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  // Stryker disable next-line ConditionalExpression,StringLiteral: only called with index < text.length, where cp is defined
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

// Stryker disable all: equivalent. Only called with index > 0; the astral characters JOINING
// holds (skin tones, regional indicators, tags) are followed inside a cluster only by
// characters that JOINING holds too, so recognising them here or not never moves an edge.
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const pair = index >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff;
  return text.slice(pair ? index - 2 : index - 1, index);
}
// Stryker restore all

/** True when `index` may lie inside a cluster, so the segmenter must decide. */
function nearJoiner(text: string, index: number): boolean {
  // Stryker disable next-line all: a fast path only; at either end of the text the segmenter finds a boundary too
  if (index <= 0 || index >= text.length) return false;
  const low = text.charCodeAt(index);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: answering true more often only consults the segmenter needlessly; `false`, which the tests kill, goes with it
  if (low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(index - 1) >= 0xd800 && text.charCodeAt(index - 1) <= 0xdbff) return true;
  // Stryker disable next-line ConditionalExpression: `true` only consults the segmenter needlessly; `false`, which the tests kill, goes with it
  return JOINING.test(charAt(text, index)) || JOINING.test(charBefore(text, index));
}

/** The cluster boundaries around `index`: [the last one ≤ index, the first one ≥ index]. */
function boundsAround(text: string, index: number): [number, number] {
  // Stryker disable next-line ConditionalExpression: `false` only consults the segmenter needlessly; `true`, which the tests kill, goes with it
  if (!nearJoiner(text, index)) return [index, index];
  // A white-space character never extends a cluster, so a cluster boundary sits right
  // before it (CR LF aside, which is found inside the window anyway).
  let from = index;
  while (from > 0 && index - from < WINDOW && !/\s/.test(text[from - 1]!)) from--;
  // Stryker disable next-line MethodExpression: `Math.max` is equivalent, slice stops at the end of the text
  const to = Math.min(text.length, index + WINDOW);
  let before = from;
  for (const { index: at, segment } of graphemes().segment(text.slice(from, to))) {
    const start = from + at;
    const end = start + segment.length;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, an index on a boundary falls through both checks to the last line, which returns [index, index] too
    if (start === index || end === index) return [index, index];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the check above already returned when start or end is index, and segments come in order from `from` ≤ index
    if (start < index && index < end) return [start, end];
    before = end;
  }
  // Stryker disable next-line all: unreachable, index < text.length so the window ends past index, and a segment holds index or ends at it
  return [Math.min(before, index), index];
}

/** `index` moved forward to the end of the cluster it falls inside (unchanged on a boundary). */
export function clusterEnd(text: string, index: number): number {
  return boundsAround(text, index)[1];
}

/** `index` moved back to the start of the cluster it falls inside (unchanged on a boundary). */
export function clusterStart(text: string, index: number): number {
  return boundsAround(text, index)[0];
}
