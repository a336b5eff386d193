/**
 * Word snapping for selections, with Intl.Segmenter so Arabic words (with their
 * diacritics, clitics written together, tatweel) and every other script split the way
 * a reader expects. Offsets here are UTF-16 indices into the string given, which is
 * what the editor holds; callers convert at their edges.
 */

// Words never span lines, and no real word is longer than this: segmenting a window
// around the selection keeps snapping cheap in a 2 MB document.
const WINDOW = 256;

let segmenter: Intl.Segmenter | undefined;
function words(): Intl.Segmenter {
  return (segmenter ??= new Intl.Segmenter('ar', { granularity: 'word' }));
}

export interface Range16 {
  start: number;
  end: number;
}

/**
 * The span a researcher meant by selecting [start, end): grown to whole words at both
 * ends, without surrounding spaces and punctuation. An empty selection means the word
 * at (or just before) the cursor. Undefined when the selection holds no word.
 */
export function snapToWords(text: string, start: number, end: number): Range16 | undefined {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const slice = text.slice(from, to);
  const s = start - from;
  const e = end - from;
  const wordSegments: Range16[] = [];
  for (const seg of words().segment(slice)) {
    if (!seg.isWordLike) continue;
    wordSegments.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  let picked: Range16[];
  if (s === e) {
    const at = wordSegments.find((w) => w.start <= s && s < w.end) ?? wordSegments.find((w) => w.end === s);
    picked = at ? [at] : [];
  } else {
    picked = wordSegments.filter((w) => w.end > s && w.start < e);
  }
  if (picked.length === 0) return undefined;
  return { start: from + picked[0]!.start, end: from + picked[picked.length - 1]!.end };
}

/** The selection without leading and trailing white space, for when snapping is off. */
export function trimSpaces(text: string, start: number, end: number): Range16 | undefined {
  // Stryker disable next-line EqualityOperator: `<=` is equivalent (once the ends meet, the final check refuses the selection however far they passed); `>=`, which the tests kill, goes with it
  while (start < end && /\s/.test(text[start]!)) start++;
  // Stryker disable next-line EqualityOperator: `>=` is equivalent, as above; `<=`, which the tests kill, goes with it
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}
