/**
 * Writes what an importer read into sidecars beside the sources under a destination folder,
 * through the SidecarStore (its lock, its three-way merge), so a window open on the same source
 * loses nothing. The rules:
 * - an error from the importer (a malformed file) or a path that would leave the destination
 *   means nothing at all is written: a half-imported corpus is worse than none;
 * - otherwise each source is placed, merged and saved on its own; spans that cannot be placed
 *   and links that cannot be resolved are reported (file and line) and left out;
 * - the import's text, when it carries one (brat's .txt), is written as the source where no
 *   source exists yet; where one exists and differs, the spans are re-anchored from the import's
 *   text onto it, and what moved or was lost is reported.
 */
import { reanchor } from '../anchoring/reanchor';
import type { ImportedSource, ImportProblem, ImportResult } from '../formats/types';
import type { Annotation, AnnotationSet } from '../model/annotation';
import { describeSource } from '../model/build';
import { parseSidecar, serializeSidecar } from '../sidecar/codec';
import { FORMAT_VERSION, MAX_SOURCE_BYTES } from '../sidecar/format';
import { sidecarPathFor } from '../sidecar/paths';
import { basename, dirname, type FileSystem } from '../store/fileSystem';
import type { SidecarStore } from '../store/sidecarStore';
import { sha256Hex } from '../text/hash';
import { stripBom } from '../text/offsets';
import { readTextFile } from '../text/readTextFile';
import type { ExchangeProgress } from './collectExport';
import { mergeImported } from './mergeImported';
import { placeImported, type PlacedSpan } from './placeImported';
import { FILES_IN_FLIGHT, mapPool } from './pool';
import { pathInside } from './safePath';

export interface ImportTarget {
  fs: FileSystem;
  store: SidecarStore;
  /** The folder sources are relative to (a path of `fs`). */
  root: string;
  /** Creates a folder with its parents (the FileSystem interface has no such call). */
  makeFolder(path: string): Promise<void>;
}

export interface SourceImport {
  /** Relative to the destination. */
  path: string;
  added: number;
  updated: number;
  unchanged: number;
  /** Whether the source text itself was written (it did not exist). */
  wroteSource: boolean;
  /** Whether the sidecar changed on disk. */
  wroteSidecar: boolean;
}

export interface ImportSummary {
  sources: SourceImport[];
  /** Annotations over all sources. */
  added: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
  /** True when an error in the import stopped it before anything was written. */
  refused: boolean;
  cancelled: boolean;
}

export async function applyImport(
  target: ImportTarget,
  result: ImportResult,
  progress: ExchangeProgress = {},
  now = new Date().toISOString(),
): Promise<ImportSummary> {
  const summary: ImportSummary = { sources: [], added: 0, updated: 0, unchanged: 0, problems: [...result.problems], refused: false, cancelled: false };
  const destinations = result.sources.map((s) => pathInside(target.root, s.path));
  result.sources.forEach((s, i) => {
    if (destinations[i] === undefined) {
      summary.problems.push({ file: s.spans[0]?.file ?? s.path, line: s.spans[0]?.line ?? 0, severity: 'error',
        message: `the source path "${s.path}" would leave the destination folder (absolute, or with ".."); nothing was imported` });
    }
  });
  if (summary.problems.some((p) => p.severity === 'error')) {
    summary.refused = true;
    return summary;
  }
  // Each source merges and saves on its own (the store serialises saves of one sidecar), so a
  // few run at once; their reports and problems are gathered back in the import's order.
  let done = 0;
  const stop = () => (summary.cancelled ||= progress.cancelled?.() === true);
  const outcomes = await mapPool(result.sources, FILES_IN_FLIGHT, async (source, i) => {
    const problems: ImportProblem[] = [];
    const report = await importSource(target, source, destinations[i]!, problems, now);
    progress.report?.(++done, result.sources.length);
    return { report, problems };
  }, stop);
  for (const o of outcomes) {
    if (!o) continue;
    summary.problems.push(...o.problems);
    if (!o.report) continue;
    summary.sources.push(o.report);
    summary.added += o.report.added;
    summary.updated += o.report.updated;
    summary.unchanged += o.report.unchanged;
  }
  return summary;
}

async function importSource(target: ImportTarget, source: ImportedSource, sourcePath: string, problems: ImportProblem[], now: string): Promise<SourceImport | undefined> {
  const fail = (message: string) => {
    problems.push({ file: source.spans[0]?.file ?? source.path, line: 0, severity: 'error', message: `${source.path}: ${message}` });
    return undefined;
  };
  const read = await readTextFile(target.fs, sourcePath, `the source "${source.path}"`, MAX_SOURCE_BYTES);
  if (read.kind === 'refused') return fail(read.message);
  const imported = source.text === undefined ? undefined : stripBom(source.text);
  const disk = read.kind === 'text' ? stripBom(read.text) : undefined;
  const text = disk ?? imported;
  if (text === undefined) return fail('no such source file in the destination, and the import does not carry its text');

  const placement = placeImported(source.spans, imported ?? text, now);
  problems.push(...placement.problems);
  const placed = imported !== undefined && disk !== undefined && imported !== disk ? ontoDisk(placement.placed, imported, disk, problems) : placement.placed;

  const sidecarPath = sidecarPathFor(sourcePath);
  const loaded = await target.store.load(sidecarPath);
  // Stryker disable next-line OptionalChaining: an invalid load always carries at least one problem
  if (loaded.kind === 'invalid') return fail(`its sidecar is not valid (${loaded.problems[0]?.message ?? 'unreadable'}); fix it with "hamish validate" first, nothing was merged into it`);
  // Stryker disable next-line ConditionalExpression: `true` is equivalent (a load that found no sidecar has no snapshot to give); `false`, which the tests kill, goes with it
  const snapshot = loaded.kind === 'loaded' ? loaded.snapshot : undefined;
  const existing = snapshot ? onto(snapshot.set, text) : [];
  const merged = mergeImported(existing, placed);
  problems.push(...merged.problems);

  const set: AnnotationSet = { version: FORMAT_VERSION, source: describeSource(basename(sourcePath), text), annotations: merged.annotations };
  // An import brings annotations only: the sidecar's dismissals and document date stay.
  if (snapshot?.set.source.date !== undefined) set.source.date = snapshot.set.source.date;
  if (snapshot?.set.dismissed) set.dismissed = snapshot.set.dismissed;
  const changes = merged.added + merged.updated > 0 || (snapshot !== undefined && snapshot.set.source.sha256 !== set.source.sha256);
  if (changes) {
    // The store writes what it is given; a set that would not read back must never reach the disk.
    const check = parseSidecar(serializeSidecar(set), sidecarPath);
    if (!check.ok) return fail(`the merged annotations would not make a valid sidecar (${check.problems[0]?.message ?? ''}); nothing written`);
  }

  let wroteSource = false;
  if (disk === undefined) {
    await target.makeFolder(dirname(sourcePath));
    await target.fs.writeFile(sourcePath, new TextEncoder().encode(text));
    wroteSource = true;
  }
  let wroteSidecar = false;
  if (changes) {
    const saved = await target.store.save(sidecarPath, set, snapshot, { adoptTheirs: (theirs) => onto(theirs, text) });
    // Stryker disable next-line OptionalChaining: a save is refused only for an invalid sidecar, which always carries at least one problem
    if (saved.kind === 'refused') return fail(`its sidecar changed into something invalid while importing (${saved.problems[0]?.message ?? ''}); nothing merged`);
    wroteSidecar = saved.written;
  }
  return { path: source.path, added: merged.added, updated: merged.updated, unchanged: merged.unchanged, wroteSource, wroteSidecar };
}

/** A sidecar's annotations on `text`: as they are when it describes that text, else re-anchored. */
function onto(set: AnnotationSet, text: string): Annotation[] {
  return set.source.sha256 === sha256Hex(text) ? set.annotations : reanchor(set.annotations, text).map((r) => r.annotation);
}

/** Spans placed on the import's copy of the text, re-anchored onto the differing source on disk. */
function ontoDisk(placed: PlacedSpan[], imported: string, disk: string, problems: ImportProblem[]): PlacedSpan[] {
  const results = reanchor(placed.map((p) => p.annotation), disk, { oldText: imported });
  return results.map((r, i) => {
    const p = placed[i]!;
    if (r.outcome === 'fuzzy' || (r.outcome === 'orphaned' && !p.annotation.orphaned)) {
      problems.push({ file: p.span.file, line: p.span.line, severity: 'warning',
        message: `the source in the destination differs from the imported text: this span ${r.outcome === 'fuzzy' ? 'only matches approximately' : 'is not in it and was kept as orphaned'}` });
    }
    return { span: p.span, annotation: r.annotation };
  });
}
