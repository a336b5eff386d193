/**
 * The other mentions of a tagged actor in its document: the actor matcher run over the
 * actor's names (its quote and its canonical name), less the spans already tagged as actors.
 * Offsets in and out are UTF-16 of the document's current text, as the service's are.
 */
import { type Annotation, compileActorMatcher, TextVersion } from '../../core';

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export function otherMentions(text: string, actor: Annotation, annotations: readonly Annotation[]): Mention[] {
  const canonical = typeof actor.attrs.canonical === 'string' && actor.attrs.canonical.trim() ? actor.attrs.canonical : actor.text;
  const kind = typeof actor.attrs.kind === 'string' ? actor.attrs.kind : undefined;
  const matcher = compileActorMatcher([{ canonical, ...(kind ? { kind } : {}), aliases: canonical === actor.text ? [] : [actor.text] }]);
  const index = new TextVersion(text).index;
  const tagged = annotations.filter((a) => a.type === 'actor' && !a.orphaned);
  return matcher
    .find(text)
    .map((m) => ({ start: index.toUtf16(m.start), end: index.toUtf16(m.end), text: m.text }))
    .filter((m) => !tagged.some((a) => a.start < m.end && m.start < a.end));
}
