/**
 * Quotation marks paired within a line: «…», “…”, and straight "…" (which open and close
 * alike, so they pair in turn). A mark left open at the end of a line is dropped: news
 * text does not carry a quotation over a paragraph break often enough to risk pairing a
 * stray mark with one three paragraphs down. One pass, linear.
 */

/** Pairs as a map from the opening mark's offset to the closing mark's offset. */
export function pairQuotes(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  let guillemet = -1;
  let curly = -1;
  let straight = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) {
      guillemet = curly = straight = -1;
    } else if (c === 0xab) {
      guillemet = k;
    } else if (c === 0xbb) {
      if (guillemet >= 0) pairs.set(guillemet, k);
      guillemet = -1;
    } else if (c === 0x201c) {
      curly = k;
    } else if (c === 0x201d) {
      if (curly >= 0) pairs.set(curly, k);
      curly = -1;
    } else if (c === 0x22) {
      if (straight >= 0) {
        pairs.set(straight, k);
        straight = -1;
      } else straight = k;
    }
  }
  return pairs;
}
