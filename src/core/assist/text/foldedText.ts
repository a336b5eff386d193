/**
 * A text folded for matching (normalize.ts, teh marbuta folded too: ة/ه are confused in
 * names and in participles), cut into words, with the conversions the recognisers need
 * between folded UTF-16 offsets, original UTF-16 offsets and code points. Built once per
 * text in linear time; the actor matcher and the claim cues both work on it.
 */
import { normalizeForMatching, type NormalizedText } from '../../text/normalize';
import { CodePointIndex } from '../../text/offsets';
import type { TextSpan } from '../types';

let wordUnits: Uint8Array | undefined;

/**
 * Which UTF-16 units belong to words: letters, digits and marks. Surrogates do not, so an
 * emoji (or any astral character) separates words; astral letters are too rare in Arabic
 * news to be worth the cost of reading pairs.
 */
function wordTable(): Uint8Array {
  if (wordUnits) return wordUnits;
  const table = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (word.test(String.fromCharCode(c))) table[c] = 1;
  }
  return (wordUnits = table);
}

export function isWordUnit(unit: number): boolean {
  return wordTable()[unit] === 1;
}

/** Fold a name or a phrase the way texts are folded, for use as a lookup key. */
export function foldKey(text: string): string {
  return lowerAscii(normalizeForMatching(text, { tehMarbuta: true }).text);
}

/** The folded words of `text`, as lookup keys (a name's words, a phrase's words). */
export function foldWords(text: string): string[] {
  const folded = foldKey(text);
  const out: string[] = [];
  const table = wordTable();
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inWord = i < folded.length && table[folded.charCodeAt(i)] === 1;
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
  }
  return out;
}

export class FoldedText {
  readonly folded: NormalizedText;
  /** The folded text, Latin letters in lower case (same length: only ASCII is lowered). */
  readonly text: string;
  /** Word i is folded [starts[i], ends[i]). */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private cp: CodePointIndex | undefined;
  private fromOriginal: Uint32Array | undefined;

  constructor(readonly original: string) {
    this.folded = normalizeForMatching(original, { tehMarbuta: true });
    this.text = lowerAscii(this.folded.text);
    const table = wordTable();
    const t = this.text;
    let start = -1;
    for (let i = 0; i <= t.length; i++) {
      const inWord = i < t.length && table[t.charCodeAt(i)] === 1;
      if (inWord && start < 0) start = i;
      else if (!inWord && start >= 0) {
        this.starts.push(start);
        this.ends.push(i);
        start = -1;
      }
    }
  }

  get wordCount(): number {
    return this.starts.length;
  }

  word(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  private index(): CodePointIndex {
    return (this.cp ??= CodePointIndex.of(this.original));
  }

  /** The original span behind folded [start, end), in code points, its marks included. */
  span(start: number, end: number): TextSpan {
    const r = this.folded.originalRange(start, end);
    const cp = this.index();
    return { start: cp.fromUtf16(r.start), end: cp.fromUtf16(r.end), text: this.original.slice(r.start, r.end) };
  }

  /** The folded offset where code point `cp` of the original falls (the first folded unit at or after it). */
  foldedAt(cp: number): number {
    if (!this.fromOriginal) {
      const map = new Uint32Array(this.original.length + 1);
      const to = this.folded.toOriginal;
      let f = 0;
      for (let o = 0; o <= this.original.length; o++) {
        while (f < to.length && to[f]! < o) f++;
        map[o] = f;
      }
      this.fromOriginal = map;
    }
    return this.fromOriginal[this.index().toUtf16(cp)]!;
  }
}

function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : text;
}
