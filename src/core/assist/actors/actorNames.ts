/**
 * The actors already tagged, as names to look for: what "Tag all N other mentions of …" and
 * the corpus-wide suggestions match. Tags are grouped by their `canonical` attribute when it
 * is set, else by their folded quote (so `الجيش العراقي` and `الجيش العراقى` are one actor);
 * every distinct quote of a group is one of its names.
 */
import type { Annotation } from '../../model/annotation';
import { foldKey } from '../text/foldedText';
import type { ActorName } from '../types';

export function actorNamesFromAnnotations(annotations: readonly Annotation[], type = 'actor'): ActorName[] {
  const groups = new Map<string, { actor: ActorName; names: Set<string> }>();
  for (const a of annotations) {
    if (a.type !== type) continue;
    const quote = a.text.trim();
    const canonicalAttr = typeof a.attrs.canonical === 'string' ? a.attrs.canonical.trim() : '';
    if (quote === '' && canonicalAttr === '') continue;
    const key = canonicalAttr !== '' ? `c:${foldKey(canonicalAttr)}` : `q:${foldKey(quote)}`;
    let group = groups.get(key);
    if (!group) {
      const actor: ActorName = { canonical: canonicalAttr || quote, aliases: [] };
      group = { actor, names: new Set([foldKey(actor.canonical)]) };
      groups.set(key, group);
    }
    const kind = a.attrs.kind;
    if (group.actor.kind === undefined && typeof kind === 'string' && kind !== '') group.actor.kind = kind;
    const folded = foldKey(quote);
    if (quote !== '' && !group.names.has(folded)) {
      group.names.add(folded);
      group.actor.aliases.push(quote);
    }
  }
  return [...groups.values()].map((g) => g.actor);
}
