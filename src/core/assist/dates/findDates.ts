/**
 * Date recogniser: every date expression in a text, with its span (code points), its value
 * (ISO 8601 in the calendar it is written in) and its precision. One pass: the text is
 * normalised once (src/core/text/normalize.ts), cut into tokens, and read by the grammar
 * (grammar.ts), whose rules each look a few tokens ahead. See docs/assistance.md, "Dates".
 */
import { CodePointIndex } from '../../text/offsets';
import { normalizeForMatching } from '../../text/normalize';
import type { DateMention, DateValue } from '../types';
import { parseIsoDay } from './calendar';
import { dateTokens } from './dateTokens';
import { DateGrammar } from './grammar';

export { findDocumentDate } from './documentDate';

export interface DateOptions {
  /** ISO day (`2024-02-11`) against which relative expressions are resolved. */
  documentDate?: string;
}

/** Every date expression in `text`, in text order, offsets in code points. */
export function findDates(text: string, options: DateOptions = {}): DateMention[] {
  const normalized = normalizeForMatching(text);
  const tokens = dateTokens(normalized.text);
  const found = new DateGrammar(tokens, parseIsoDay(options.documentDate)).all();
  if (found.length === 0) return [];
  const index = CodePointIndex.of(text);
  return found.map((f) => {
    const range = normalized.originalRange(tokens[f.from]!.start + f.skip, tokens[f.to - 1]!.end);
    const endUtf16 = pastTatweel(text, range.end);
    const start = index.fromUtf16(range.start);
    const end = index.fromUtf16(endUtf16);
    const mention: DateMention = {
      start, end, text: text.slice(range.start, endUtf16),
      calendar: f.calendar, precision: f.precision, relative: f.relative, rule: f.rule,
    };
    if (f.value !== undefined) mention.value = f.value;
    return mention;
  });
}

/**
 * Past the tatweel that ends an abbreviation (`هـ`, `1436هـ`) and the marks on it:
 * normalisation drops both, so the last normalised letter maps to the ه alone.
 */
function pastTatweel(text: string, end: number): number {
  let e = end;
  while (e < text.length && text.charCodeAt(e) === 0x0640) {
    e++;
    while (e < text.length && isMark(text.charCodeAt(e))) e++;
  }
  return e;
}

const isMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670;

/**
 * The value of a date a researcher tagged by hand: the longest date the recogniser finds in
 * the quote, when it covers most of the quote (at least half of its letters and digits);
 * undefined otherwise, so a quote that merely contains a date gets no value from it.
 */
export function dateValueOf(quote: string, options: DateOptions = {}): DateValue | undefined {
  const mentions = findDates(quote, options);
  if (mentions.length === 0) return undefined;
  const best = mentions.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const weight = (s: string): number => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
  if (weight(best.text) * 2 < weight(quote)) return undefined;
  const value: DateValue = { calendar: best.calendar, precision: best.precision, relative: best.relative };
  if (best.value !== undefined) value.value = best.value;
  return value;
}
