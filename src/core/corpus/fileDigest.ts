/**
 * Everything the views need from one file, computed once when the file changes: its counts,
 * its annotations folded for filters, its claims with their links resolved, and its actors'
 * group keys. The index keeps one digest per file, so an edit recomputes one file's digest.
 *
 * Links are resolved inside the file: a link is chosen among the file's own annotations, and
 * ids are random, so the same id in another file is not this link's target.
 */
import { linkTargets, type Annotation } from '../model/annotation';
import { fold } from './fold';
import type { ClaimRow, CorpusFile, FileSummary, IndexedAnnotation, ResolvedLink } from './types';

export interface FileDigest {
  summary: FileSummary;
  /** The file's annotations in text order (orphans last). */
  items: readonly IndexedAnnotation[];
  claims: readonly ClaimRow[];
  /** Actor mentions (placed or orphaned) by group key. */
  actors: ReadonlyMap<string, IndexedAnnotation[]>;
}

/** The group key of an actor: its canonical name if set, else its quote, folded. */
export function actorKey(a: Annotation, folded: string): string {
  const canonical = a.attrs['canonical'];
  return typeof canonical === 'string' && canonical.trim() ? fold(canonical) : folded;
}

/** An annotation with its folded forms, computed once so that every filter query only compares. */
export function indexAnnotation(path: string, annotation: Annotation, line?: number): IndexedAnnotation {
  const folded = fold(annotation.text);
  const canonical = annotation.attrs['canonical'];
  const extra = [annotation.note ? fold(annotation.note) : '', typeof canonical === 'string' ? fold(canonical) : ''].filter(Boolean);
  const searchable = extra.length ? [folded, ...extra].join('\n') : folded;
  const annotatorKey = annotation.annotator ? fold(annotation.annotator) : '';
  return { path, annotation, folded, searchable, annotatorKey, ...(line === undefined ? {} : { line }) };
}

export function digestFile(file: CorpusFile): FileDigest {
  const items: IndexedAnnotation[] = file.annotations.map((annotation, i) => indexAnnotation(file.path, annotation, file.lines?.[i]));
  items.sort((x, y) => Number(!!x.annotation.orphaned) - Number(!!y.annotation.orphaned) || x.annotation.start - y.annotation.start || x.annotation.end - y.annotation.end);
  const byId = new Map(items.map((it) => [it.annotation.id, it]));
  const byType = new Map<string, number>();
  const actors = new Map<string, IndexedAnnotation[]>();
  const claims: ClaimRow[] = [];
  let orphans = 0;
  for (const it of items) {
    const a = it.annotation;
    byType.set(a.type, (byType.get(a.type) ?? 0) + 1);
    if (a.orphaned) orphans++;
    if (a.type === 'actor') {
      const key = actorKey(a, it.folded);
      if (key) {
        const list = actors.get(key);
        if (list) list.push(it);
        else actors.set(key, [it]);
      }
    }
    if (a.type === 'claim') claims.push(claimRow(it, byId));
  }
  return { summary: { path: file.path, total: items.length, orphans, byType }, items, claims, actors };
}

function resolve(a: Annotation, name: string, byId: ReadonlyMap<string, IndexedAnnotation>): ResolvedLink | undefined {
  const target = a.links[name];
  if (target === undefined) return undefined;
  const ids = linkTargets(target);
  if (ids.length === 0) return undefined;
  // Several targets: the first that exists speaks for the row; all dangling, the first id.
  for (const id of ids) {
    const found = byId.get(id);
    if (found) return { id, target: found };
  }
  return { id: ids[0]! };
}

function claimRow(claim: IndexedAnnotation, byId: ReadonlyMap<string, IndexedAnnotation>): ClaimRow {
  const a = claim.annotation;
  const speaker = resolve(a, 'speaker', byId);
  const date = resolve(a, 'date', byId);
  const reportedBy = resolve(a, 'reported-by', byId);
  const missing: ('speaker' | 'date')[] = [];
  if (!speaker?.target) missing.push('speaker');
  if (!date?.target) missing.push('date');
  const value = date?.target?.annotation.attrs['value'];
  const row: ClaimRow = { claim, missing };
  if (speaker) row.speaker = speaker;
  if (date) row.date = date;
  if (reportedBy) row.reportedBy = reportedBy;
  if (typeof value === 'string' && value.trim()) row.dateValue = value.trim();
  if (speaker?.target) row.speakerKey = actorKey(speaker.target.annotation, speaker.target.folded);
  return row;
}
