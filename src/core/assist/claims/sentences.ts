/**
 * Sentences of a folded text, as the claim cues see them: a sentence ends at . ! ? (؟ and ۔
 * are folded to these), … and at a line break. A full stop between Latin letters or digits
 * (3.5, www.spa.gov.sa) or after a one-letter word (an initial, د. for doctor) ends nothing;
 * between Arabic letters it does, since news often leaves out the space (نحو 22%.وأوضحت).
 * One pass over the words' gaps.
 */
import type { FoldedText } from '../text/foldedText';

export interface Sentences {
  /** Folded offset where the sentence of word i starts (after the previous end mark). */
  start(i: number): number;
  /** Folded offset of the end mark of the sentence of word i (or the text's length). */
  end(i: number): number;
}

function isEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x2026;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function sentencesOf(t: FoldedText): Sentences {
  const n = t.wordCount;
  const text = t.text;
  const sentenceOf = new Uint32Array(n);
  const starts: number[] = [0];
  const ends: number[] = [];
  for (let i = 0; i < n; i++) {
    const from = i === 0 ? 0 : t.ends[i - 1]!;
    const to = t.starts[i]!;
    let first = -1;
    let last = -1;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (!isEnd(c)) continue;
      if (c === 0x2e && i > 0 && (t.ends[i - 1]! - t.starts[i - 1]! === 1 || (isAsciiAlnum(text.charCodeAt(k - 1)) && isAsciiAlnum(text.charCodeAt(k + 1))))) continue;
      if (first < 0) first = k;
      last = k;
    }
    if (first >= 0 && i > 0) {
      ends.push(first);
      starts.push(last + 1);
    } else if (first >= 0) starts[0] = last + 1;
    sentenceOf[i] = starts.length - 1;
  }
  // The last sentence ends at the first end mark after its last word, or at the text's end.
  let tail = text.length;
  const lastEnd = n > 0 ? t.ends[n - 1]! : 0;
  for (let k = lastEnd; k < text.length; k++) {
    if (isEnd(text.charCodeAt(k))) {
      tail = k;
      break;
    }
  }
  ends.push(tail);
  return { start: (i) => starts[sentenceOf[i]!]!, end: (i) => ends[sentenceOf[i]!]! };
}
