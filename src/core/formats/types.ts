/**
 * What every export and import format implements. A format is one file in this folder behind
 * these interfaces, plus one line in registry.ts; the CLI, the editor command and the tests
 * all iterate the registry, so a new format needs nothing else.
 *
 * Offsets are code points of the source text as Hamish stores it (BOM removed, line ends as
 * on disk), exactly as in sidecars. A format whose tool counts differently (brat reads with
 * universal newlines; some count UTF-16 units) converts in its own file, and says so in
 * docs/export-formats.md.
 */
import type { Annotation } from '../model/annotation';

export type FormatName = 'jsonl' | 'csv' | 'brat' | 'w3c' | 'conll' | 'doccano' | 'labelstudio' | 'webanno';

/** One source and its annotations, as an exporter receives it. */
export interface ExportSource {
  /** The source's path relative to the export's root, `/`-separated (`news/2024/article.txt`). */
  path: string;
  /** The source text (BOM removed, line ends as on disk): what the offsets count. */
  text: string;
  /** Already filtered (types, annotators, orphans) and placed on this very text. */
  annotations: readonly Annotation[];
}

export interface ExportOptions {
  /** CoNLL: which span wins where spans nest or overlap (see docs/export-formats.md). */
  nested?: 'outermost' | 'innermost' | 'longest';
  /** Whether orphaned annotations are in `annotations` (formats that need a place skip them, with a note). */
  includeOrphans?: boolean;
  /** Fixed time for "generated" fields, so golden files are stable. */
  now?: string;
}

/** A file an exporter makes, relative to the destination folder (never `..`, never absolute). */
export interface OutputFile {
  path: string;
  /** The whole file; a BOM, where the format wants one, is part of it. */
  content: string;
}

/** Something a format could not represent: said in the summary, never silently lost. */
export interface FormatNote {
  source?: string;
  annotation?: string;
  message: string;
}

export interface ExportResult {
  files: OutputFile[];
  notes: FormatNote[];
}

export interface Exporter {
  readonly format: FormatName;
  /** Shown in the quick pick: `brat standoff`, `W3C Web Annotation (JSON-LD)`, ... */
  readonly label: string;
  readonly description: string;
  /** Whether the output is one file for all sources (JSONL, CSV) or files per source (brat). */
  readonly layout: 'single-file' | 'per-source';
  export(sources: readonly ExportSource[], options?: ExportOptions): ExportResult;
}

/** A file given to an importer: its path relative to the import root, and its text. */
export interface InputFile {
  path: string;
  text: string;
}

/**
 * One span read from an import file, before it becomes an annotation: the import pipeline
 * checks it against the source text (quote, offsets), gives it an id and context, and turns
 * local link names into ids.
 */
export interface ImportedSpan {
  /** The id it had in the tool (brat `T3`, a Label Studio result id): what links refer to. */
  localId: string;
  /** A Hamish id, when the file came from Hamish and carries one (kept, so round trips merge). */
  id?: string;
  type: string;
  /** Code points of the source text. */
  start: number;
  end: number;
  /** The quote as the file gives it, when it does: checked against the text at start..end. */
  quote?: string;
  /** Context as the file gives it (W3C prefix/suffix), used to find the quote if offsets disagree. */
  prefix?: string;
  suffix?: string;
  attrs: Record<string, string | number | boolean | string[]>;
  /** Link name to the local ids of its targets. */
  links: Record<string, string[]>;
  note?: string;
  annotator?: string;
  created?: string;
  modified?: string;
  /**
   * An orphan (its text had vanished from the source when it was exported; start == end marks
   * where): imported as an orphan with `quote`, `prefix` and `suffix` as its remembered text.
   */
  orphaned?: boolean;
  /** Where it was read: file and 1-based line, for problems. */
  file: string;
  line: number;
}

export interface ImportedSource {
  /** The source's path relative to the import root, `/`-separated. */
  path: string;
  /** The source text, when the format carries it (brat .txt, doccano, Label Studio); else the file on disk is used. */
  text?: string;
  spans: ImportedSpan[];
}

export interface ImportProblem {
  file: string;
  /** 1-based; 0 when the problem is the whole file. */
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface ImportResult {
  sources: ImportedSource[];
  /** Everything that could not be mapped (a discontinuous brat span, an event, a selector kind we lack). */
  problems: ImportProblem[];
}

export interface Importer {
  readonly format: FormatName;
  readonly label: string;
  /** Whether a file (by its path) is one this importer reads; others in the folder are left alone. */
  accepts(path: string): boolean;
  import(files: readonly InputFile[]): ImportResult;
}
