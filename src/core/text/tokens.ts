/**
 * Tokens for the token-based export formats (CoNLL, WebAnno TSV), with Arabic-aware word
 * boundaries from Intl.Segmenter('ar'). Offsets are code points, like sidecars.
 *
 * The rules (documented in docs/export-formats.md):
 * - a word is what the segmenter calls one: Arabic letters keep their diacritics, tatweel,
 *   ZWJ and ZWNJ; clitics written together (`وبغداد`) stay one token unless a span boundary
 *   falls inside (see `cuts`);
 * - a number is split from letters written against it (`2024م` → `2024` `م`), but keeps its
 *   own separators (`3.5`, `1,000`);
 * - punctuation, symbols and emoji are tokens of their own (`«واع».` → `«` `واع` `»` `.`);
 * - a URL (`https://…`, `www.…`) is one token, without the punctuation that ends a sentence;
 * - white space is never part of a token, and every other character is in exactly one;
 * - a combining mark stays in the token of the character it sits on.
 */
import { codePointLength } from './offsets';

export interface Token {
  /** Code point offset of the first character. */
  start: number;
  /** Code point offset one past the last character. */
  end: number;
  text: string;
}

let segmenter: Intl.Segmenter | undefined;
function wordSegmenter(): Intl.Segmenter {
  return (segmenter ??= new Intl.Segmenter('ar', { granularity: 'word' }));
}

// White space is JavaScript's \s and NEL (U+0085, the line break of text converted from
// EBCDIC), which \s leaves out but the line-break rule below counts.
const SPACE = /[\s\u0085]/u;
const ALL_SPACE = /^[\s\u0085]+$/u;
const ANY_DIGIT = /\p{Nd}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;
// A URL ends at white space; the punctuation that closes a sentence or a quote after it is not its own.
const URL = /(?:https?:\/\/|www\.)[^\s\u0085]+/giu;
const URL_TAIL = /[.,;:!?،؛؟…»"'”’)\]]+$/u;

/**
 * The tokens of `text`, in order. `cuts` are code point offsets where a token must end (span
 * boundaries): a token that holds one is split there, so a tag covers exactly its span. A cut
 * that falls between a character and its combining marks moves past the marks.
 */
export function tokenize(text: string, cuts: Iterable<number> = []): Token[] {
  const tokens: Token[] = [];
  let cp = 0;
  let u = 0;
  // Whole URLs first: the segmenter would cut them at every `/` and `:`.
  for (const m of text.matchAll(URL)) {
    const url = m[0].replace(URL_TAIL, '');
    const at = m.index;
    cp = segmentInto(tokens, text.slice(u, at), cp);
    tokens.push({ start: cp, end: cp + codePointLength(url), text: url });
    cp += codePointLength(url);
    u = at + url.length;
  }
  segmentInto(tokens, text.slice(u), cp);
  return applyCuts(tokens, cuts);
}

/** Appends the tokens of `part` (which starts at code point `cp`); returns the code point offset after it. */
function segmentInto(tokens: Token[], part: string, cp: number): number {
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a fast path; an empty part has no segments
  if (part === '') return cp;
  for (const seg of wordSegmenter().segment(part)) {
    const s = seg.segment;
    // The usual cases, without looking at each character: white space, or a token as it stands.
    // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, a fast path; the general path below keeps no character of a white-space segment and counts them all
    if (ALL_SPACE.test(s)) {
      cp += codePointLength(s);
      continue;
    }
    if (!SPACE.test(s) && !(seg.isWordLike && ANY_DIGIT.test(s))) {
      const n = codePointLength(s);
      tokens.push({ start: cp, end: cp + n, text: s });
      cp += n;
      continue;
    }
    const chars = Array.from(s);
    // A segment may hold white space and a mark the segmenter attached to it: keep the non-space runs.
    let runStart = -1;
    for (let i = 0; i <= chars.length; i++) {
      const inRun = i < chars.length && !SPACE.test(chars[i]!);
      if (inRun && runStart < 0) runStart = i;
      if (!inRun && runStart >= 0) {
        const run = chars.slice(runStart, i);
        if (seg.isWordLike) pushSplitNumbers(tokens, run, cp + runStart);
        else tokens.push({ start: cp + runStart, end: cp + i, text: run.join('') });
        runStart = -1;
      }
    }
    cp += chars.length;
  }
  return cp;
}

type CharClass = 'digit' | 'letter' | 'other';

function classOf(ch: string): CharClass {
  if (DIGIT.test(ch)) return 'digit';
  if (LETTER.test(ch)) return 'letter';
  return 'other';
}

/** Pushes a word, split where digits meet letters (`2024م`, `ب25`); marks belong to the character before them. */
function pushSplitNumbers(tokens: Token[], chars: string[], start: number): void {
  let from = 0;
  let prev: CharClass | undefined;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (MARK.test(ch) && prev !== undefined) continue;
    const cls = classOf(ch);
    if (prev !== undefined && ((prev === 'digit' && cls === 'letter') || (prev === 'letter' && cls === 'digit'))) {
      tokens.push({ start: start + from, end: start + i, text: chars.slice(from, i).join('') });
      from = i;
    }
    prev = cls;
  }
  tokens.push({ start: start + from, end: start + chars.length, text: chars.slice(from).join('') });
}

/** Splits tokens at the cut offsets that fall strictly inside them. */
function applyCuts(tokens: Token[], cuts: Iterable<number>): Token[] {
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  // Stryker disable next-line ConditionalExpression: `false` is equivalent, a fast path; with no cut every token is pushed as it is; `true`, which the tests kill, goes with it
  if (sorted.length === 0) return tokens;
  const out: Token[] = [];
  let c = 0;
  for (const token of tokens) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: equivalent, a fast path; a cut at or before the token's start gives an offset ≤ 0 below, which cuts nothing, and past the last cut sorted[c] is undefined; `||`, which the tests kill, goes with it
    while (c < sorted.length && sorted[c]! <= token.start) c++;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,BlockStatement: equivalent, a fast path; with no cut inside, the loop below pushes the token whole
    if (c >= sorted.length || sorted[c]! >= token.end) {
      out.push(token);
      continue;
    }
    const chars = Array.from(token.text);
    let from = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: equivalent, past the last cut sorted[c] is undefined (the comparison is false), and a cut at the token's end moves `at` to its length, which cuts nothing
    while (c < sorted.length && sorted[c]! < token.end) {
      let at = sorted[c]! - token.start;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the end chars[at] is undefined, which is no mark
      while (at < chars.length && MARK.test(chars[at]!)) at++;
      if (at > from && at < chars.length) {
        out.push({ start: token.start + from, end: token.start + at, text: chars.slice(from, at).join('') });
        from = at;
      }
      c++;
    }
    out.push({ start: token.start + from, end: token.end, text: chars.slice(from).join('') });
  }
  return out;
}

/** Sentence-final punctuation: a sentence ends after it when white space follows. */
const TERMINATORS = new Set(['.', '!', '?', '؟', '۔', '…']);
/** Closing quotes and brackets that stay with the sentence they close (`.»`, `?"`). */
const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']', '›']);
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/u;

interface Extent {
  start: number;
  end: number;
}

/**
 * Groups `tokens` (from `tokenize(text)`) into sentences. A sentence ends at a line break, or
 * after `.` `!` `?` `؟` `۔` `…` (with any closing quotes or brackets written against it) when
 * white space follows. A sentence never ends inside one of `keepTogether` (the spans being
 * exported), so a span is never cut in two.
 */
export function sentences(text: string, tokens: readonly Token[], keepTogether: readonly Extent[] = []): Token[][] {
  const out: Token[][] = [];
  if (tokens.length === 0) return out;
  const chars = Array.from(text);
  const spans = [...keepTogether].sort((a, b) => a.start - b.start);
  let current: Token[] = [];
  let pending = false;
  // Stryker disable next-line EqualityOperator: `<=` is equivalent, the last token breaks out of the loop below; `>=`, which the tests kill, goes with it
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    current.push(token);
    if (TERMINATORS.has(token.text)) pending = true;
    else if (!(pending && CLOSERS.has(token.text))) pending = false;
    const next = tokens[i + 1];
    if (!next) break;
    if (next.start === token.end) continue;
    const gap = chars.slice(token.end, next.start).join('');
    const breaks = LINE_BREAK.test(gap) || pending;
    pending = false;
    if (breaks && !spansAcross(spans, token.end, next.start)) {
      out.push(current);
      current = [];
    }
  }
  out.push(current);
  return out;
}

/** Whether a span covers both the character before `end` and the one at `nextStart`. */
function spansAcross(sortedSpans: readonly Extent[], end: number, nextStart: number): boolean {
  for (const s of sortedSpans) {
    if (s.start >= end) return false;
    if (s.end > nextStart) return true;
  }
  return false;
}
