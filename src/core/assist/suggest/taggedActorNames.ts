/**
 * TODO(lead): a stand-in for `actorNamesFromAnnotations` of src/core/assist/actors/ (the
 * actors branch), written so this branch compiles alone. Replace its one import in
 * suggest.ts with the real one when both are merged, and delete this file.
 *
 * The actors already tagged, as names to look for: grouped by their `canonical` attribute
 * when set, else by their quote; every other quote of a group is an alias.
 */
import type { Annotation } from '../../model/annotation';
import type { ActorName } from '../types';

export function actorNamesFromAnnotations(annotations: readonly Annotation[], type = 'actor'): ActorName[] {
  const groups = new Map<string, ActorName>();
  for (const a of annotations) {
    if (a.type !== type || a.orphaned) continue;
    const quote = a.text.trim();
    const canonical = typeof a.attrs.canonical === 'string' && a.attrs.canonical.trim() !== '' ? a.attrs.canonical.trim() : quote;
    if (canonical === '') continue;
    let actor = groups.get(canonical);
    if (!actor) {
      actor = { canonical, aliases: [] };
      groups.set(canonical, actor);
    }
    if (actor.kind === undefined && typeof a.attrs.kind === 'string' && a.attrs.kind !== '') actor.kind = a.attrs.kind;
    if (quote !== '' && quote !== canonical && !actor.aliases.includes(quote)) actor.aliases.push(quote);
  }
  return [...groups.values()];
}
