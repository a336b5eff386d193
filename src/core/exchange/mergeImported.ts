/**
 * Merges placed imported spans into a source's existing annotations. The same id, or the same
 * type on the same span, is the same annotation: what the import gives fills in or updates its
 * fields (attributes key by key, links as sets), what it lacks is kept. Nothing existing is
 * dropped. Link names are turned from the file's local ids into annotation ids here, once every
 * span has its final id; a link to a span that was not imported is reported.
 */
import type { ImportProblem } from '../formats/types';
import { compareAnnotations, linkTargets, namedMap, type Annotation, type LinkTarget } from '../model/annotation';
import type { PlacedSpan } from './placeImported';

export interface MergedImport {
  annotations: Annotation[];
  added: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

export function mergeImported(existing: readonly Annotation[], placed: readonly PlacedSpan[]): MergedImport {
  const byId = new Map(existing.map((a) => [a.id, a]));
  const bySpan = new Map<string, Annotation>();
  for (const a of existing) if (!a.orphaned) bySpan.set(spanKey(a), a);

  // Final ids first: links may point forward.
  const matches = placed.map((p) => byId.get(p.annotation.id) ?? (p.annotation.orphaned ? undefined : bySpan.get(spanKey(p.annotation))));
  const finalId = new Map<string, string>();
  placed.forEach((p, i) => finalId.set(p.span.localId, matches[i]?.id ?? p.annotation.id));

  const problems: ImportProblem[] = [];
  const result = new Map(existing.map((a) => [a.id, a]));
  const counts = { added: 0, updated: 0, unchanged: 0 };
  placed.forEach((p, i) => {
    const links = namedMap<LinkTarget>();
    for (const [name, locals] of Object.entries(p.span.links)) {
      const ids: string[] = [];
      for (const local of locals) {
        const id = finalId.get(local);
        if (id === undefined) {
          problems.push({ file: p.span.file, line: p.span.line, severity: 'warning', message: `link "${name}" to "${local}" left out: no span "${local}" was imported` });
        } else if (!ids.includes(id)) ids.push(id);
      }
      if (ids.length > 0) links[name] = ids.length === 1 ? ids[0]! : ids;
    }
    const imported: Annotation = { ...p.annotation, id: finalId.get(p.span.localId)!, links };
    const match = matches[i] && result.get(matches[i].id);
    if (!match) {
      result.set(imported.id, imported);
      counts.added++;
      return;
    }
    const merged = update(match, imported);
    if (same(merged, match)) counts.unchanged++;
    else {
      result.set(merged.id, merged);
      counts.updated++;
    }
  });
  return { annotations: [...result.values()].sort(compareAnnotations), ...counts, problems };
}

function spanKey(a: Annotation): string {
  return `${a.type}\u0000${a.start}\u0000${a.end}`;
}

/** The existing annotation with what the import says about it. */
function update(old: Annotation, imported: Annotation): Annotation {
  // An imported orphan says nothing about where the text is now: a placed span keeps its place.
  const position = imported.orphaned && !old.orphaned ? old : imported;
  const links = namedMap(old.links);
  for (const [name, target] of Object.entries(imported.links)) {
    const ids = [...(links[name] === undefined ? [] : linkTargets(links[name]))];
    for (const id of linkTargets(target)) if (!ids.includes(id)) ids.push(id);
    links[name] = ids.length === 1 ? ids[0]! : ids;
  }
  const out: Annotation = {
    ...old,
    type: imported.type,
    start: position.start,
    end: position.end,
    text: position.text,
    before: position.before,
    after: position.after,
    attrs: namedMap({ ...old.attrs, ...imported.attrs }),
    links,
  };
  if (position.orphaned) out.orphaned = true;
  else delete out.orphaned;
  if (imported.note !== undefined) out.note = imported.note;
  if (imported.annotator !== undefined && old.annotator === undefined) out.annotator = imported.annotator;
  if (old.created === undefined && imported.created !== undefined) out.created = imported.created;
  if (!same(out, old)) {
    const later = [old.modified, imported.modified].filter((t): t is string => t !== undefined).sort().pop();
    if (later !== undefined) out.modified = later;
  }
  return out;
}

function same(a: Annotation, b: Annotation): boolean {
  return (
    a.id === b.id && a.type === b.type && a.start === b.start && a.end === b.end && a.text === b.text &&
    a.before === b.before && a.after === b.after && a.note === b.note && a.annotator === b.annotator &&
    a.created === b.created && a.modified === b.modified && (a.orphaned === true) === (b.orphaned === true) &&
    sameMap(a.attrs, b.attrs) && sameMap(a.links, b.links)
  );
}

/** Same keys with the same values (a list equals a list of the same items in the same order). */
function sameMap(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    const x = a[k];
    const y = b[k];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
    } else if (x !== y) return false;
  }
  return true;
}
