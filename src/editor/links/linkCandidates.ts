/**
 * Which annotations a link may point to, nearest first, and what a link name holds after
 * adding or removing one target. Pure (no `vscode`), so unit tests run it in Node; offsets
 * may be UTF-16 or code points, as long as all annotations use the same unit.
 */
import { linkTargets, type Annotation, type LinkDef, type LinkTarget } from '../../core';

/**
 * How far apart two spans are in the text: the gap between them, 0 when they touch or
 * overlap. A speaker named inside the claim ("قال فلان إن…") is as near as can be.
 */
export function spanDistance(a: Annotation, b: Annotation): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}

/** Whether `target` has a type the link allows (no listed types allows any). */
export function allowsTarget(def: LinkDef, target: Annotation): boolean {
  return def.targets.length === 0 || def.targets.includes(target.type);
}

/**
 * The annotations of the document `source` may link to under `def`, nearest first. Orphans
 * have no place in the text to be near to, and an annotation does not link to itself. On a
 * tie the one before the source comes first: news names the speaker before the quote more
 * often than after, and a stable order lets a researcher learn where to look.
 */
export function linkCandidates(source: Annotation, all: readonly Annotation[], def: LinkDef): Annotation[] {
  return all
    .filter((a) => a.id !== source.id && !a.orphaned && allowsTarget(def, a))
    .map((a) => ({ a, d: spanDistance(source, a) }))
    .sort((x, y) => x.d - y.d || x.a.start - y.a.start || x.a.end - y.a.end)
    .map((x) => x.a);
}

/** The link name's ids after linking `id`: added to the list when `many`, else in place of what was there. */
export function withLink(current: LinkTarget | undefined, id: string, many: boolean): LinkTarget {
  if (!many || current === undefined) return id;
  const ids = linkTargets(current);
  return ids.includes(id) ? current : [...ids, id];
}

/** The link name's ids without `id`; undefined when none is left (the name is then removed). */
export function withoutLink(current: LinkTarget | undefined, id: string): LinkTarget | undefined {
  if (current === undefined) return undefined;
  const left = linkTargets(current).filter((x) => x !== id);
  if (left.length === 0) return undefined;
  // A name written as one id stays one id; a list stays a list, even of one.
  return typeof current === 'string' ? current : left;
}
