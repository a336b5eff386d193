/**
 * One rule of the placement without the old text (placeByOrder.ts), in its own file: a span
 * placed right beside a copy of its own quote is not trusted, since which copy the order
 * chose is a coin toss.
 */
import { contextSimilarity } from './similarity';
import type { SpanItem } from './spanFinder';

/** How much better the context of a span's place must fit than that of a copy of its quote right beside it. */
const COPY_MARGIN = 0.1;
/** Letters, marks and digits make words. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * An edit that leaves `في في` where the span was `في` makes both copies equally plausible,
 * and which one the order chose is a coin toss: unless the old text had the quote repeated
 * there too, a span placed right beside a copy of its own quote goes back to pending (and is
 * orphaned). Spans the alignment placed are left alone.
 */
export function unplaceBesideCopies(work: readonly SpanItem[], text: string, trusted: ReadonlySet<SpanItem>): void {
  for (const w of work) {
    if (w.state !== 'placed' || trusted.has(w) || w.quote.length === 0) continue;
    const q = w.quote;
    const wasRepeated = w.before.trimEnd().endsWith(q) || w.after.trimStart().startsWith(q);
    if (wasRepeated) continue;
    const other = copyBeside(text, w.newStart, w.newEnd, q);
    if (other < 0) continue;
    // Unless the context still tells them apart (one copy kept both neighbouring words).
    const mine = contextSimilarity(text, w.newStart, w.newEnd, w.before, w.after);
    if (mine - contextSimilarity(text, other, other + q.length, w.before, w.after) < COPY_MARGIN) {
      w.state = 'pending';
      w.via = undefined;
    }
  }
}

/** Where the word before [start, end), or else the word after it, across whitespace, is `q` again (-1 if neither). */
function copyBeside(text: string, start: number, end: number, q: string): number {
  let i = start;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  if (i < start && text.slice(i - q.length, i) === q && !WORD_CHAR.test(text.charAt(i - q.length - 1))) return i - q.length;
  let j = end;
  while (j < text.length && /\s/.test(text.charAt(j))) j++;
  if (j > end && text.startsWith(q, j) && !WORD_CHAR.test(text.charAt(j + q.length))) return j;
  return -1;
}
