/**
 * Sentence bounds, for the one thing the suggestion combiner needs them for: which dates
 * share a sentence with a claim. A sentence ends at a line break or at . ! ? ؟ (a full stop
 * between two digits, as in 3.5, is not an end). Offsets are UTF-16 here; callers convert.
 */
const ENDS = new Set(['.', '!', '?', '؟', '\n', '\r', '۔']);

function isEnd(text: string, i: number): boolean {
  const c = text[i]!;
  if (!ENDS.has(c)) return false;
  return !(c === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}

/** [start, end) of the sentences holding `from` through `to` (UTF-16 offsets), terminators excluded. */
export function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = Math.max(0, Math.min(from, text.length));
  while (start > 0 && !isEnd(text, start - 1)) start--;
  let end = Math.max(start, Math.min(to, text.length));
  // A span that ends on a terminator (a quoted sentence with its full stop) ends its sentence there.
  if (end > start && isEnd(text, end - 1)) return { start, end };
  while (end < text.length && !isEnd(text, end)) end++;
  return { start, end };
}
