/** A suggestion as the editor holds it: the core's (code points) and where it is now (UTF-16). */
import type { Suggestion } from '../../core';

export interface ShownSuggestion {
  /** As the core proposed it: code point offsets over the text it was computed on. */
  suggestion: Suggestion;
  /** UTF-16 offsets in the document's current text; moved with edits until the next computation. */
  start: number;
  end: number;
}

/** What tree rows, hover links and code actions pass to the suggestion commands. */
export interface SuggestionRef {
  uri: string;
  key: string;
}

/** Which suggestions "accept all" takes: one type in one document. */
export interface SuggestionTypeRef {
  uri: string;
  type: string;
}

export function isSuggestionRef(x: unknown): x is SuggestionRef {
  return typeof x === 'object' && x !== null && typeof (x as SuggestionRef).uri === 'string' && typeof (x as SuggestionRef).key === 'string';
}

export function isSuggestionTypeRef(x: unknown): x is SuggestionTypeRef {
  return typeof x === 'object' && x !== null && typeof (x as SuggestionTypeRef).uri === 'string' && typeof (x as SuggestionTypeRef).type === 'string';
}
