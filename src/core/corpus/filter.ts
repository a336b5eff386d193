/** Whether an annotation passes the views' filter (type, annotator, text). */
import type { CorpusFilter, IndexedAnnotation } from './types';
import { fold } from './fold';

/** A filter prepared once: folded annotator and text, a set of types. */
export interface PreparedFilter {
  types?: ReadonlySet<string>;
  annotator?: string;
  text?: string;
}

export function prepareFilter(filter: CorpusFilter = {}): PreparedFilter {
  const out: PreparedFilter = {};
  if (filter.types && filter.types.length > 0) out.types = new Set(filter.types);
  const annotator = filter.annotator === undefined ? '' : fold(filter.annotator);
  if (annotator) out.annotator = annotator;
  const text = filter.text === undefined ? '' : fold(filter.text);
  if (text) out.text = text;
  return out;
}

export function isEmptyFilter(filter: PreparedFilter): boolean {
  return !filter.types && filter.annotator === undefined && filter.text === undefined;
}

export function passes(item: IndexedAnnotation, filter: PreparedFilter): boolean {
  const a = item.annotation;
  if (filter.types && !filter.types.has(a.type)) return false;
  if (filter.annotator !== undefined && item.annotatorKey !== filter.annotator) return false;
  // A query never holds a line break (fold collapses spaces), so it cannot match across fields.
  return filter.text === undefined || item.searchable.includes(filter.text);
}
