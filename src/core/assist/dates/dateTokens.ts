/**
 * The token stream the date grammar reads: words, numbers and single punctuation marks of
 * the normalised text (digits already ASCII, alef forms folded), in one pass. Digits and
 * letters are split apart (`1436هـ` → 1436 + ه, `الرياض26` → الرياض + 26); spaces are
 * dropped but a line break is kept as a token so no date runs across lines.
 */
import { lookup, type LexHit } from './lexicon';

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;

export interface Token {
  kind: typeof WORD | typeof NUM | typeof PUNCT;
  /** UTF-16 range in the normalised text. */
  start: number;
  end: number;
  /** The word, the digits or the mark. */
  text: string;
  /** For a word: its lexicon entry (looked up once), if any. */
  lex?: LexHit;
}

function isLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff)
    || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** Tokens of a normalised text, in order. */
export function dateTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      const lex = lookup(word);
      tokens.push(lex ? { kind: WORD, start: i, end: j, text: word, lex } : { kind: WORD, start: i, end: j, text: word });
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      tokens.push({ kind: NUM, start: i, end: j, text: text.slice(i, j) });
      i = j;
    } else {
      // A surrogate pair (an emoji) is one mark.
      const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      tokens.push({ kind: PUNCT, start: i, end: i + wide, text: text.slice(i, i + wide) });
      i += wide;
    }
  }
  return tokens;
}
