/**
 * A text cut into tokens for the old → new diff: words (runs of letters, marks and digits)
 * and single punctuation characters; whitespace only separates. Tokens are compared by
 * their normalised form (see text/normalize.ts), so orthographic churn (diacritics, alef
 * forms, tatweel, digit scripts, comma forms) is not an edit, and each token remembers its
 * exact place in the original text, whole clusters included.
 */
import { normalizeForMatching, type NormalizedText } from '../text/normalize';

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
  /** 1 where a line break comes before the token (paragraphs move as lines). */
  readonly lineStart: Uint8Array;
  readonly normalized: NormalizedText;
}

/**
 * Interns normalised tokens of several texts into one id space. An open-addressing table
 * keyed by a hash of the token's characters, compared in place: no string is cut out per
 * token (a 4-million-character text has about 800,000 of them).
 */
export class TokenVocabulary {
  private slots = new Int32Array(1 << 16).fill(-1);
  /** For each id, where its first occurrence is: which text, start, length. */
  private readonly texts: string[] = [];
  private repText: Int32Array = new Int32Array(1024);
  private repStart: Int32Array = new Int32Array(1024);
  private repLength: Int32Array = new Int32Array(1024);
  private repHash: Int32Array = new Int32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  tokenize(text: string): TokenList {
    const normalized = normalizeForMatching(text);
    const t = normalized.text;
    const textId = this.texts.push(t) - 1;
    let cap = 1024;
    let ids: Int32Array = new Int32Array(cap);
    let nStart: Int32Array = new Int32Array(cap);
    let nEnd: Int32Array = new Int32Array(cap);
    let count = 0;
    let i = 0;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      let h = (Math.imul(0x811c9dc5, 0x01000193) ^ c) | 0;
      if (isWordChar(c)) {
        for (let d = t.charCodeAt(j); j < t.length && isWordChar(d); d = t.charCodeAt(++j)) h = Math.imul(h, 0x01000193) ^ d;
      } else if (c >= 0xd800 && c <= 0xdbff && j < t.length) {
        h = Math.imul(h, 0x01000193) ^ t.charCodeAt(j);
        j++; // an astral character (an emoji) is one token, never split
      }
      if (count === cap) {
        cap *= 2;
        ids = grow(ids, cap);
        nStart = grow(nStart, cap);
        nEnd = grow(nEnd, cap);
      }
      ids[count] = this.intern(textId, t, i, j - i, h);
      nStart[count] = i;
      nEnd[count] = j;
      count++;
      i = j;
    }
    ids = ids.slice(0, count);
    nStart = nStart.slice(0, count);
    nEnd = nEnd.slice(0, count);
    const start = new Int32Array(count);
    const end = new Int32Array(count);
    const lineStart = new Uint8Array(count);
    const map = normalized.toOriginal;
    // Stryker disable next-line EqualityOperator: equivalent, one step past the end writes into typed arrays of length `count`, which drop it
    for (let k = 0; k < count; k++) {
      start[k] = map[nStart[k]!]!;
      end[k] = originalEnd(text, map, nEnd[k]!, t.length);
      const from = k > 0 ? nEnd[k - 1]! : 0;
      // Stryker disable next-line EqualityOperator: equivalent, nStart[k] is the token's own first character, never a line break
      for (let p = from; p < nStart[k]!; p++) {
        if (t.charCodeAt(p) === 0x0a) {
          lineStart[k] = 1;
          break;
        }
      }
    }
    return { count, ids, start, end, nStart, nEnd, lineStart, normalized };
  }

  private intern(textId: number, t: string, at: number, length: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) {
        const fresh = this.count++;
        if (fresh === this.repText.length) {
          const n = fresh * 2;
          this.repText = grow(this.repText, n);
          this.repStart = grow(this.repStart, n);
          this.repLength = grow(this.repLength, n);
          this.repHash = grow(this.repHash, n);
        }
        this.repText[fresh] = textId;
        this.repStart[fresh] = at;
        this.repLength[fresh] = length;
        this.repHash[fresh] = h;
        this.slots[slot] = fresh;
        // Stryker disable next-line EqualityOperator: equivalent, growing the table one insertion sooner changes no id
        if (this.count * 2 > this.slots.length) this.rehash();
        return fresh;
      }
      if (this.repHash[id] === h && this.repLength[id] === length && sameChars(this.texts[this.repText[id]!]!, this.repStart[id]!, t, at, length)) return id;
    }
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    // Stryker disable next-line EqualityOperator: equivalent, a slot for the id about to be given out leads, once it is, to that same token
    for (let id = 0; id < this.count; id++) {
      let slot = this.repHash[id]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

function grow(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

function sameChars(x: string, xi: number, y: string, yi: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (x.charCodeAt(xi + k) !== y.charCodeAt(yi + k)) return false;
  return true;
}

/**
 * Original end of a token ending at normalised `ne`: past its last character, and past
 * everything the normaliser dropped before the next kept character (the word's marks,
 * tatweel with its marks `هـَ`, invisible joiners): they belong to the word, and a span
 * never ends between a letter and its marks.
 */
function originalEnd(text: string, map: Uint32Array, ne: number, nLength: number): number {
  const last = map[ne - 1]!;
  const c = text.charCodeAt(last);
  let end = last + (c >= 0xd800 && c <= 0xdbff && last + 1 < text.length ? 2 : 1);
  const next = ne < nLength ? map[ne]! : text.length;
  if (next > end) end = next;
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
