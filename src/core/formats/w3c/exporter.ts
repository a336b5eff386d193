/** W3C Web Annotation export: one Annotation per Hamish annotation, in one AnnotationCollection. */
import { compareAnnotations, linkTargets, type Annotation } from '../../model/annotation';
import { spanContext } from '../../text/context';
import { sha256Hex } from '../../text/hash';
import { CodePointIndex } from '../../text/offsets';
import { textDirection } from '../../text/bidi';
import { utcTimestamp } from '../importSupport';
import type { ExportOptions, ExportResult, ExportSource, Exporter, FormatNote } from '../types';
import { ANNOTATION_IRI, ANNOTATOR_IRI, CONTEXT, encodePath, SOURCE_IRI, W3C_OUTPUT } from './vocabulary';

export interface W3cExportSettings {
  /**
   * An absolute IRI the source paths are resolved against (`https://example.org/corpus/`,
   * `file:///home/layla/corpus/`). Without it a source is `urn:hamish:source:<path>`.
   */
  sourceBase?: string;
}

function annotationNode(a: Annotation, source: ExportSource, sourceIri: string, index: CodePointIndex, known: ReadonlySet<string>, notes: FormatNote[]): Record<string, unknown> {
  const node: Record<string, unknown> = { id: ANNOTATION_IRI + a.id, type: 'Annotation', motivation: 'classifying' };
  for (const key of ['created', 'modified'] as const) {
    const t = a[key];
    if (t === undefined) continue;
    const utc = utcTimestamp(t);
    if (utc !== undefined) node[key] = utc;
    else notes.push({ source: source.path, annotation: a.id, message: `${key} "${t}" is not an ISO date-time; left out` });
  }
  if (a.annotator !== undefined) node.creator = { id: ANNOTATOR_IRI + encodeURIComponent(a.annotator), type: 'Person', nickname: a.annotator };
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'classifying', value: a.type }];
  if (a.note !== undefined) {
    const note: Record<string, unknown> = { type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' };
    const dir = textDirection(a.note);
    if (dir) note.textDirection = dir;
    body.push(note);
  }
  for (const [name, target] of Object.entries(a.links)) {
    for (const id of linkTargets(target)) {
      if (!known.has(id)) notes.push({ source: source.path, annotation: a.id, message: `link "${name}" names ${id}, which is not in this export; its IRI is written all the same` });
      body.push({ type: 'SpecificResource', purpose: 'linking', source: ANNOTATION_IRI + id, 'hamish:relation': name });
    }
  }
  node.body = body;
  if (a.orphaned) {
    // Its text is gone from the source: no position to give, only the quote as last seen.
    node.target = { source: sourceIri, selector: { type: 'TextQuoteSelector', exact: a.text, prefix: a.before, suffix: a.after } };
    notes.push({ source: source.path, annotation: a.id, message: 'orphaned: exported with its last quote only (no TextPositionSelector)' });
  } else {
    const ctx = spanContext(source.text, a.start, a.end, index);
    node.target = {
      source: sourceIri,
      selector: [
        { type: 'TextQuoteSelector', exact: ctx.text, prefix: ctx.before, suffix: ctx.after },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
      ],
    };
  }
  if (Object.keys(a.attrs).length > 0) node['hamish:attributes'] = { ...a.attrs };
  if (a.orphaned) node['hamish:orphaned'] = true;
  return node;
}

export function createW3cExporter(settings: W3cExportSettings = {}): Exporter {
  const base = settings.sourceBase;
  return {
    format: 'w3c',
    label: 'W3C Web Annotation (JSON-LD)',
    description: 'An AnnotationCollection with quote and position selectors, for annotation servers and linked-data tools',
    layout: 'single-file',
    export(sources: readonly ExportSource[], options: ExportOptions = {}): ExportResult {
      const notes: FormatNote[] = [];
      const known = new Set<string>();
      for (const s of sources) for (const a of s.annotations) known.add(a.id);
      const items: Record<string, unknown>[] = [];
      for (const s of sources) {
        const index = CodePointIndex.of(s.text);
        const sourceIri = (base ?? SOURCE_IRI) + encodePath(s.path);
        for (const a of [...s.annotations].sort(compareAnnotations)) items.push(annotationNode(a, s, sourceIri, index, known, notes));
      }
      // Same annotations, same collection IRI: a re-export replaces rather than duplicates.
      const collection = 'urn:hamish:collection:' + sha256Hex(items.map((i) => i.id).join('\n')).slice(0, 32);
      const doc: Record<string, unknown> = {
        '@context': CONTEXT,
        id: collection,
        type: 'AnnotationCollection',
        label: 'Hamish annotations',
        generated: options.now ?? new Date().toISOString(),
        total: items.length,
      };
      // §5.1: a collection with annotations MUST have a first page; §5.2: a page MUST hold at least one.
      if (items.length > 0) doc.first = { id: collection + ':page:1', type: 'AnnotationPage', startIndex: 0, items };
      return { files: [{ path: W3C_OUTPUT, content: JSON.stringify(doc, null, 2) + '\n' }], notes };
    },
  };
}

export const w3cExporter: Exporter = createW3cExporter();
