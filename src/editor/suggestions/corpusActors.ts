/**
 * Actors already tagged anywhere in the corpus, as names the actor matcher takes: each group
 * of the corpus index (mentions grouped by folded canonical name) gives its name, its kind
 * and every spelling tagged so far, so a name tagged in one article is found in the next.
 */
import type { ActorGroup, ActorName } from '../../core';

export function actorNamesOf(groups: readonly ActorGroup[]): ActorName[] {
  return groups.map((g) => {
    const quotes = new Set<string>();
    let kind: string | undefined;
    for (const m of g.mentions) {
      if (!m.annotation.orphaned) quotes.add(m.annotation.text);
      const k = m.annotation.attrs.kind;
      if (kind === undefined && typeof k === 'string' && k) kind = k;
    }
    quotes.delete(g.name);
    return { canonical: g.name, ...(kind ? { kind } : {}), aliases: [...quotes] };
  });
}
