/**
 * Date recogniser (skeleton fixed by the lead so every part compiles; the dates helper replaces the bodies).
 */
import type { DateMention, DateValue } from '../types';

export interface DateOptions {
  /** ISO day (`2024-02-11`) against which relative expressions are resolved. */
  documentDate?: string;
}

/** Every date expression in `text`, in text order, offsets in code points. */
export function findDates(_text: string, _options: DateOptions = {}): DateMention[] {
  return [];
}

/** The date the document was written or published, when the text says it (a dateline, a published-on line). ISO day. */
export function findDocumentDate(_text: string): string | undefined {
  return undefined;
}

/** The value of a date a researcher tagged by hand: the recogniser run over the quote alone. */
export function dateValueOf(_quote: string, _options: DateOptions = {}): DateValue | undefined {
  return undefined;
}
