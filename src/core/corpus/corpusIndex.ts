/**
 * The corpus as the views see it: per-file counts, claims with their speaker and date, actors
 * grouped by canonical name, all narrowed by a filter. Incremental: `update` replaces one
 * file's digest and moves only that file's mentions between actor groups, and says what it
 * changed so a view refreshes just that. Queries walk the digests already computed; nothing
 * is normalised twice.
 */
import { digestFile, type FileDigest } from './fileDigest';
import { isEmptyFilter, passes, prepareFilter, type PreparedFilter } from './filter';
import type { ActorGroup, ClaimRow, CorpusChange, CorpusFile, CorpusFilter, FileSummary, IndexedAnnotation } from './types';

export type ClaimOrder = 'position' | 'date';

export class CorpusIndex {
  private readonly digests = new Map<string, FileDigest>();
  /** Actor group key → mentions per file path. */
  private readonly groups = new Map<string, Map<string, IndexedAnnotation[]>>();

  /** Puts one file's annotations in (replacing what the file had); an empty list keeps the file out. */
  update(file: CorpusFile): CorpusChange {
    if (file.annotations.length === 0) return this.remove(file.path);
    const before = this.digests.get(file.path);
    const after = digestFile(file);
    this.digests.set(file.path, after);
    const keys = this.moveActors(file.path, before, after);
    return { path: file.path, claims: (before?.claims.length ?? 0) + after.claims.length > 0, actorKeys: keys, removed: false };
  }

  remove(path: string): CorpusChange {
    const before = this.digests.get(path);
    this.digests.delete(path);
    const keys = this.moveActors(path, before, undefined);
    return { path, claims: (before?.claims.length ?? 0) > 0, actorKeys: keys, removed: before !== undefined };
  }

  has(path: string): boolean {
    return this.digests.has(path);
  }

  /** Annotated files by path, with their counts; with a filter, counts of what passes it and files with none left out. */
  files(filter?: CorpusFilter): FileSummary[] {
    const f = prepareFilter(filter);
    const out: FileSummary[] = [];
    for (const d of this.digests.values()) {
      // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, a fast path; with no filter the general path counts the same; `true`, which the tests kill, goes with it
      if (isEmptyFilter(f)) {
        out.push(d.summary);
        continue;
      }
      const kept = d.items.filter((it) => passes(it, f));
      if (kept.length === 0) continue;
      const byType = new Map<string, number>();
      for (const it of kept) byType.set(it.annotation.type, (byType.get(it.annotation.type) ?? 0) + 1);
      out.push({ path: d.summary.path, total: kept.length, orphans: kept.filter((it) => it.annotation.orphaned).length, byType });
    }
    return out.sort((a, b) => compareText(a.path, b.path));
  }

  /** One file's annotations in text order (orphans last), filtered. */
  annotationsOf(path: string, filter?: CorpusFilter): IndexedAnnotation[] {
    const f = prepareFilter(filter);
    return (this.digests.get(path)?.items ?? []).filter((it) => passes(it, f));
  }

  /** Every annotation of the corpus passing the filter, by file then text order. */
  all(filter?: CorpusFilter): IndexedAnnotation[] {
    const f = prepareFilter(filter);
    const out: IndexedAnnotation[] = [];
    for (const path of this.sortedPaths()) for (const it of this.digests.get(path)!.items) if (passes(it, f)) out.push(it);
    return out;
  }

  /**
   * Claims across the corpus: by file and position, or by date (claims without a date value
   * last, in position order). The filter applies to the claim itself.
   */
  // Stryker disable next-line StringLiteral: equivalent, every order but 'date' is position order
  claims(filter?: CorpusFilter, order: ClaimOrder = 'position'): ClaimRow[] {
    const f = prepareFilter(filter);
    const out: ClaimRow[] = [];
    for (const path of this.sortedPaths()) for (const row of this.digests.get(path)!.claims) if (passes(row.claim, f)) out.push(row);
    if (order === 'date') {
      // Stable sort: equal dates keep file and position order.
      out.sort((a, b) => (a.dateValue === b.dateValue ? 0 : a.dateValue === undefined ? 1 : b.dateValue === undefined ? -1 : a.dateValue < b.dateValue ? -1 : 1));
    }
    return out;
  }

  /**
   * Actor groups with at least one mention passing the filter, by name. Name order (not
   * mention count) keeps a group in its place when one mention is added, so a view refreshes
   * that group alone.
   */
  actors(filter?: CorpusFilter): ActorGroup[] {
    const f = prepareFilter(filter);
    const out: ActorGroup[] = [];
    for (const key of this.groups.keys()) {
      const group = this.group(key, f);
      if (group) out.push(group);
    }
    return out.sort((a, b) => compareText(a.name, b.name) || compareText(a.key, b.key));
  }

  /** One actor group (its mentions passing the filter), or undefined when none pass. */
  actor(key: string, filter?: CorpusFilter): ActorGroup | undefined {
    return this.group(key, prepareFilter(filter));
  }

  private group(key: string, f: PreparedFilter): ActorGroup | undefined {
    const byFile = this.groups.get(key);
    if (!byFile) return undefined;
    const mentions: IndexedAnnotation[] = [];
    let files = 0;
    // Stryker disable next-line ConditionalExpression: `false` is equivalent, it sorts a single path; `true`, which the tests kill, goes with it
    const paths = byFile.size === 1 ? byFile.keys() : [...byFile.keys()].sort(compareText);
    for (const path of paths) {
      const kept = isEmptyFilter(f) ? byFile.get(path)! : byFile.get(path)!.filter((it) => passes(it, f));
      if (kept.length) files++;
      mentions.push(...kept);
    }
    if (mentions.length === 0) return undefined;
    return { key, name: displayName(mentions), mentions, files };
  }

  private sortedPaths(): string[] {
    return [...this.digests.keys()].sort(compareText);
  }

  /** Takes the file's old mentions out of their groups and puts the new ones in; returns the keys touched. */
  private moveActors(path: string, before: FileDigest | undefined, after: FileDigest | undefined): string[] {
    const touched = new Set<string>();
    for (const key of before?.actors.keys() ?? []) {
      touched.add(key);
      const byFile = this.groups.get(key);
      // Stryker disable next-line OptionalChaining: equivalent, every key of a digest's actors has its group (this method keeps them in step)
      byFile?.delete(path);
      // Stryker disable next-line ConditionalExpression: `false` is equivalent to a user, an empty group is never shown (group() gives undefined without mentions); deleting it frees memory; `true`, which the tests kill, goes with it
      if (byFile && byFile.size === 0) this.groups.delete(key);
    }
    for (const [key, mentions] of after?.actors ?? []) {
      touched.add(key);
      let byFile = this.groups.get(key);
      if (!byFile) this.groups.set(key, (byFile = new Map()));
      byFile.set(path, mentions);
    }
    return [...touched];
  }
}

function displayName(mentions: readonly IndexedAnnotation[]): string {
  for (const m of mentions) {
    const canonical = m.annotation.attrs['canonical'];
    if (typeof canonical === 'string' && canonical.trim()) return canonical.trim();
  }
  return mentions[0]!.annotation.text;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
