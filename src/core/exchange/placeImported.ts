/**
 * Places imported spans on the source text they describe. A span whose offsets hold its quote
 * (or that gives no quote) is placed there; one whose offsets disagree with its quote is looked
 * for by quote and context, as re-anchoring does, and placed only where the exact quote is
 * found. Anything else is reported with the file and line it came from: an imported span is
 * never placed on words it did not mark.
 */
import { reanchor } from '../anchoring/reanchor';
import type { ImportedSpan, ImportProblem } from '../formats/types';
import { namedMap, type Annotation } from '../model/annotation';
import { createAnnotation } from '../model/build';
import { ID_PATTERN, newAnnotationId } from '../model/ids';
import { KEY_NAME_PATTERN, TYPE_NAME_PATTERN } from '../sidecar/format';
import { CodePointIndex, sliceCodePoints } from '../text/offsets';
import { preview } from '../text/preview';

export interface PlacedSpan {
  span: ImportedSpan;
  /** Links are still empty: they are resolved once every span of the source has its final id. */
  annotation: Annotation;
}

export interface Placement {
  placed: PlacedSpan[];
  problems: ImportProblem[];
}

/** `now` stamps spans the file gives no time for (brat has none): when they were imported. */
export function placeImported(spans: readonly ImportedSpan[], text: string, now = new Date().toISOString()): Placement {
  const index = CodePointIndex.of(text);
  const problems: ImportProblem[] = [];
  const report = (s: ImportedSpan, message: string) => problems.push({ file: s.file, line: s.line, severity: 'warning', message });
  const usedIds = new Set<string>();
  const usedLocal = new Set<string>();
  const placed: PlacedSpan[] = [];
  const searched: ImportedSpan[] = [];

  const place = (s: ImportedSpan, start: number, end: number) => {
    const id = s.id !== undefined && ID_PATTERN.test(s.id) && !usedIds.has(s.id) ? s.id : newAnnotationId();
    usedIds.add(id);
    const a = createAnnotation(text, { id, type: s.type, start, end, attrs: s.attrs, ...optional(s), now: s.created ?? s.modified ?? now }, index);
    a.modified = s.modified ?? a.created;
    placed.push({ span: s, annotation: a });
  };

  for (const s of spans) {
    const invalid = invalidSpan(s);
    if (invalid) {
      report(s, invalid);
      continue;
    }
    if (usedLocal.has(s.localId)) {
      report(s, `a second span with the id "${s.localId}"; the first one was kept`);
      continue;
    }
    usedLocal.add(s.localId);
    const inRange = Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= index.length;
    if (s.orphaned) {
      placed.push({ span: s, annotation: orphan(s, inRange ? s.start : Math.min(Math.max(0, Math.trunc(s.start) || 0), index.length), usedIds, now) });
    } else if (inRange && s.start < s.end && (s.quote === undefined || sliceCodePoints(text, s.start, s.end, index) === s.quote)) {
      place(s, s.start, s.end);
    } else if (s.quote !== undefined && s.quote !== '') {
      searched.push(s);
    } else {
      report(s, inRange ? `an empty span at ${s.start}` : `offsets ${s.start}-${s.end} are outside the source (${index.length} code points)`);
    }
  }

  // Spans whose quote is not at their offsets: found together, as re-anchoring finds spans.
  const length = index.length;
  const probes = searched.map((s) => probe(s, length));
  reanchor(probes, text).forEach((r, i) => {
    const s = searched[i]!;
    if (r.outcome === 'kept' || r.outcome === 'moved') place(s, r.annotation.start, r.annotation.end);
    else report(s, `the quote "${preview(s.quote ?? '')}" is not at ${s.start}-${s.end} and was not found in the source; not imported`);
  });
  placed.sort((x, y) => spanOrder(x.span, y.span));
  return { placed, problems };
}

function invalidSpan(s: ImportedSpan): string | undefined {
  if (!TYPE_NAME_PATTERN.test(s.type)) return `the type "${s.type}" is not a Hamish type name (letters, digits, "_" and "-")`;
  for (const k of Object.keys(s.attrs)) if (!KEY_NAME_PATTERN.test(k)) return `the attribute name "${k}" is not letters, digits, "_" or "-"`;
  for (const k of Object.keys(s.links)) if (!KEY_NAME_PATTERN.test(k)) return `the link name "${k}" is not letters, digits, "_" or "-"`;
  return undefined;
}

function optional(s: ImportedSpan): { note?: string; annotator?: string } {
  return { ...(s.note !== undefined ? { note: s.note } : {}), ...(s.annotator !== undefined ? { annotator: s.annotator } : {}) };
}

/** An orphan keeps what it remembered (quote, context) and where it was last seen. */
function orphan(s: ImportedSpan, at: number, usedIds: Set<string>, now: string): Annotation {
  const id = s.id !== undefined && ID_PATTERN.test(s.id) && !usedIds.has(s.id) ? s.id : newAnnotationId();
  usedIds.add(id);
  const a: Annotation = {
    id,
    type: s.type,
    start: at,
    end: at,
    text: s.quote ?? '',
    before: s.prefix ?? '',
    after: s.suffix ?? '',
    attrs: namedMap(s.attrs),
    links: namedMap(),
    ...optional(s),
    orphaned: true,
  };
  a.created = s.created ?? s.modified ?? now;
  a.modified = s.modified ?? a.created;
  return a;
}

/** A stand-in annotation for the search: the quote, its context, and offsets as a hint. */
function probe(s: ImportedSpan, length: number): Annotation {
  const clamp = (n: number) => (Number.isFinite(n) ? Math.min(Math.max(0, Math.trunc(n)), length) : 0);
  const start = clamp(s.start);
  return {
    id: s.localId,
    type: s.type,
    start,
    end: Math.max(start, clamp(s.end)),
    text: s.quote ?? '',
    before: s.prefix ?? '',
    after: s.suffix ?? '',
    attrs: namedMap(),
    links: namedMap(),
  };
}

function spanOrder(a: ImportedSpan, b: ImportedSpan): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}
