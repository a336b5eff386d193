/**
 * Accepting a suggestion: the annotation it becomes, with its attributes as proposed and its
 * links resolved. A link to another suggestion of the run becomes the id that suggestion got
 * when accepted (`idsByKey`); one whose target was not accepted is left out; a link to an
 * existing annotation keeps its id (ids never hold ':', keys always do).
 */
import type { Annotation } from '../../model/annotation';
import { createAnnotation } from '../../model/build';
import { newAnnotationId } from '../../model/ids';
import type { CodePointIndex } from '../../text/offsets';
import type { Suggestion } from '../types';

export interface AcceptOptions {
  annotator?: string;
  /** ISO timestamp; defaults to now. */
  now?: string;
  /** The new annotation's id; a fresh one by default. */
  id?: string;
  /**
   * The source text the suggestion's offsets are over (code points), for the context kept
   * beside the quote. Without it `before` and `after` are empty, which weakens re-anchoring:
   * pass it wherever the text is at hand.
   */
  text?: string;
  index?: CodePointIndex;
}

export type IdsByKey = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export function annotationFromSuggestion(suggestion: Suggestion, idsByKey: IdsByKey, options: AcceptOptions = {}): Annotation {
  const lookup = (key: string): string | undefined =>
    idsByKey instanceof Map ? idsByKey.get(key) : Object.prototype.hasOwnProperty.call(idsByKey, key) ? (idsByKey as Record<string, string>)[key] : undefined;
  const links: Record<string, string> = {};
  for (const [name, target] of Object.entries(suggestion.links)) {
    const id = target.includes(':') ? lookup(target) : target;
    if (id !== undefined) links[name] = id;
  }
  const spec = {
    type: suggestion.type,
    start: suggestion.start,
    end: suggestion.end,
    attrs: suggestion.attrs,
    links,
    id: options.id ?? newAnnotationId(),
    ...(options.annotator !== undefined ? { annotator: options.annotator } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  };
  if (options.text !== undefined) return createAnnotation(options.text, spec, options.index);
  // No text: the quote as proposed, no context.
  const a = createAnnotation(suggestion.text, { ...spec, start: 0, end: Array.from(suggestion.text).length });
  return { ...a, start: suggestion.start, end: suggestion.end, before: '', after: '' };
}
