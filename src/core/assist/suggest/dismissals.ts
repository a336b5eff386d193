/**
 * Dismissed suggestions: what is remembered of one (type, quote, context, place) and
 * whether a new suggestion is one the researcher already turned down. A dismissal matches
 * by type and quote, and then by its context on both sides, or by its start when the
 * context changed (a typo fixed beside it): text added elsewhere moves the offsets but not
 * the context, so a dismissed suggestion does not come back after an unrelated edit.
 */
import type { Dismissal } from '../../model/annotation';
import { spanContext } from '../../text/context';
import { CodePointIndex } from '../../text/offsets';
import type { TextSpan } from '../types';

/** A span proposed with a type: a Suggestion, or anything shaped like one. */
export interface TypedSpan extends TextSpan {
  type: string;
}

/** What a sidecar remembers of a dismissed suggestion on `text` (code points). */
export function dismissalOf(suggestion: TypedSpan, text: string, index: CodePointIndex = CodePointIndex.of(text)): Dismissal {
  const ctx = spanContext(text, suggestion.start, suggestion.end, index);
  return { type: suggestion.type, start: suggestion.start, end: suggestion.end, text: ctx.text, before: ctx.before, after: ctx.after };
}

/** Whether `suggestion` was dismissed. For many suggestions, build a DismissalLookup once instead. */
export function isDismissed(suggestion: TypedSpan, text: string, dismissed: readonly Dismissal[]): boolean {
  return dismissed.length > 0 && new DismissalLookup(text, dismissed).has(suggestion);
}

/** The dismissals of one text, indexed once, so each suggestion is checked in constant time. */
export class DismissalLookup {
  private readonly byContext = new Set<string>();
  private readonly byStart = new Set<string>();
  private readonly index: CodePointIndex;

  constructor(private readonly text: string, dismissed: readonly Dismissal[], index?: CodePointIndex) {
    this.index = index ?? CodePointIndex.of(text);
    for (const d of dismissed) {
      this.byContext.add(contextKey(d.type, d.text, d.before, d.after));
      this.byStart.add(startKey(d.type, d.text, d.start));
    }
  }

  has(suggestion: TypedSpan): boolean {
    if (this.byContext.size === 0) return false;
    if (this.byStart.has(startKey(suggestion.type, suggestion.text, suggestion.start))) return true;
    const ctx = spanContext(this.text, suggestion.start, suggestion.end, this.index);
    return this.byContext.has(contextKey(suggestion.type, ctx.text, ctx.before, ctx.after));
  }
}

// JSON arrays as keys: no separator character can make two different entries collide.
const contextKey = (type: string, text: string, before: string, after: string) => JSON.stringify([type, text, before, after]);
const startKey = (type: string, text: string, start: number) => JSON.stringify([type, text, start]);
