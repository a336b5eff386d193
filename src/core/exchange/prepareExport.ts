/**
 * Turns sources and their sidecar sets into what exporters receive. A sidecar whose recorded
 * hash is not the hash of the text is stale: its offsets count another version of the source.
 * It is re-anchored onto the text first (or refused, by option), so no format ever writes
 * offsets that point at the wrong words; what re-anchoring did is reported.
 */
import { reanchor } from '../anchoring/reanchor';
import type { ExportSource, FormatNote } from '../formats/types';
import type { AnnotationSet } from '../model/annotation';
import { sortAnnotations } from '../model/annotation';
import { sha256Hex } from '../text/hash';
import { filterAnnotations, type ExportFilters } from './exportFilters';

export interface ExportInput {
  /** Relative to the export's root, `/`-separated. */
  path: string;
  /** The source text, BOM removed. */
  text: string;
  set: AnnotationSet;
}

export type StaleHandling = 'reanchor' | 'refuse';

export interface ReanchoredSource {
  path: string;
  moved: number;
  fuzzy: number;
  orphaned: number;
}

export interface PreparedExport {
  sources: ExportSource[];
  /** Stale sidecars brought onto their text before export. */
  reanchored: ReanchoredSource[];
  /** Sources left out because their sidecar is stale and the option said refuse. */
  refused: string[];
  /** Links cut by the filters. */
  notes: FormatNote[];
}

export function prepareExport(inputs: readonly ExportInput[], filters: ExportFilters = {}, stale: StaleHandling = 'reanchor'): PreparedExport {
  const prepared: PreparedExport = { sources: [], reanchored: [], refused: [], notes: [] };
  for (const input of inputs) {
    let annotations = input.set.annotations;
    if (input.set.source.sha256 !== sha256Hex(input.text)) {
      if (stale === 'refuse') {
        prepared.refused.push(input.path);
        continue;
      }
      const results = reanchor(annotations, input.text);
      annotations = results.map((r) => r.annotation);
      prepared.reanchored.push({
        path: input.path,
        moved: results.filter((r) => r.outcome === 'moved').length,
        fuzzy: results.filter((r) => r.outcome === 'fuzzy').length,
        // Only the ones re-anchoring lost: orphans that stayed orphans are not news.
        orphaned: results.filter((r, i) => r.outcome === 'orphaned' && !input.set.annotations[i]!.orphaned).length,
      });
    }
    const filtered = filterAnnotations(input.path, annotations, filters);
    prepared.notes.push(...filtered.notes);
    prepared.sources.push({ path: input.path, text: input.text, annotations: sortAnnotations(filtered.annotations) });
  }
  prepared.sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return prepared;
}
