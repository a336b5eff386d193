/**
 * The researcher's choice of what to export (types, annotators, orphans), applied to one
 * source's annotations. A link whose target is filtered out is removed from the exported copy
 * and said in a note: every format would otherwise point at an annotation it never wrote.
 */
import type { FormatNote } from '../formats/types';
import { linkTargets, namedMap, type Annotation, type LinkTarget } from '../model/annotation';

export interface ExportFilters {
  /** Only these types; all when undefined or empty. */
  types?: readonly string[];
  /** Only annotations by these annotators; all when undefined or empty. */
  annotators?: readonly string[];
  /** Whether orphaned annotations (their text is gone from the source) are exported. Default: include. */
  orphans?: 'include' | 'exclude';
}

export function filterAnnotations(
  source: string,
  annotations: readonly Annotation[],
  filters: ExportFilters,
): { annotations: Annotation[]; notes: FormatNote[] } {
  const types = filters.types && filters.types.length > 0 ? new Set(filters.types) : undefined;
  const annotators = filters.annotators && filters.annotators.length > 0 ? new Set(filters.annotators) : undefined;
  const kept = annotations.filter(
    (a) =>
      (!types || types.has(a.type)) &&
      (!annotators || (a.annotator !== undefined && annotators.has(a.annotator))) &&
      (filters.orphans !== 'exclude' || !a.orphaned),
  );
  const ids = new Set(kept.map((a) => a.id));
  const notes: FormatNote[] = [];
  const out = kept.map((a) => {
    const names = Object.keys(a.links);
    if (names.every((n) => linkTargets(a.links[n]!).every((t) => ids.has(t)))) return a;
    const links = namedMap<LinkTarget>();
    for (const name of names) {
      const targets = linkTargets(a.links[name]!);
      const inside = targets.filter((t) => ids.has(t));
      for (const t of targets) {
        if (!ids.has(t)) notes.push({ source, annotation: a.id, message: `link "${name}" to ${t} left out: its target is not exported (filtered out, or missing)` });
      }
      if (inside.length > 0) links[name] = inside.length === 1 ? inside[0]! : inside;
    }
    return { ...a, links };
  });
  return { annotations: out, notes };
}
