/**
 * A text cut into tokens for the old → new diff: words (runs of letters, marks and digits)
 * and single punctuation characters; whitespace only separates. Tokens are compared by
 * their normalised form (see text/normalize.ts), so orthographic churn (diacritics, alef
 * forms, tatweel, digit scripts, comma forms) is not an edit, and each token remembers its
 * exact place in the original text, whole clusters included.
 */
import { clusterEnd, normalizeForMatching, type NormalizedText } from '../text/normalize';

export interface TokenList {
  readonly count: number;
  /** Interned normalised form: equal ids, equal normalised tokens. */
  readonly ids: Int32Array;
  /** Original [start, end) in UTF-16 units; `end` includes the marks that follow the last letter. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Normalised [start, end). */
  readonly nStart: Int32Array;
  readonly nEnd: Int32Array;
  readonly normalized: NormalizedText;
}

/** Interns normalised tokens of several texts into one id space. */
export class TokenVocabulary {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  tokenize(text: string): TokenList {
    const normalized = normalizeForMatching(text);
    const t = normalized.text;
    const starts: number[] = [];
    const ends: number[] = [];
    let i = 0;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      if (isWordChar(c)) {
        while (j < t.length && isWordChar(t.charCodeAt(j))) j++;
      } else if (c >= 0xd800 && c <= 0xdbff && j < t.length) {
        j++; // an astral character (an emoji) is one token, never split
      }
      starts.push(i);
      ends.push(j);
      i = j;
    }
    const count = starts.length;
    const ids = new Int32Array(count);
    const start = new Int32Array(count);
    const end = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const key = t.slice(starts[k], ends[k]);
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      }
      ids[k] = id;
      const r = normalized.originalRange(starts[k]!, ends[k]!);
      start[k] = r.start;
      end[k] = pastTatweel(text, r.end);
    }
    return { count, ids, start, end, nStart: Int32Array.from(starts), nEnd: Int32Array.from(ends), normalized };
  }
}

/** A word's end moved past tatweel and the marks it carries (`هـَ`): the normaliser drops both, they belong to the word. */
function pastTatweel(text: string, end: number): number {
  while (text.charCodeAt(end) === 0x0640) end = clusterEnd(text, end + 1);
  return end;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and marks of any script; Arabic and ASCII decided without a regular expression. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic block: letters, marks and digits, not its punctuation (، ؛ ؟ ٪ ٫ ٬ ۔).
    return !(c === 0x060c || c === 0x061b || c === 0x061f || c === 0x066a || c === 0x066b || c === 0x066c || c === 0x06d4 || c === 0x060d || c === 0x061e);
  }
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(c));
}
