/**
 * The annotation model shared by every layer. Plain data only: no classes, so an
 * annotation can cross into the CLI, a worker or a webview as it is.
 *
 * Offsets are Unicode code points, 0-based, end-exclusive, over the source text as
 * stored on disk without a UTF-8 BOM and with its line endings untouched, so that
 * Python's `text[start:end]` returns `text` (the quote).
 */

/** A value an annotation attribute may hold. Lists hold strings only, to stay portable to CSV, brat and CoNLL. */
export type AttrValue = string | number | boolean | string[];

export interface Annotation {
  /** Random, collision-safe id (see ids.ts); never a counter, so two people's files merge. */
  id: string;
  /** Annotation type name, such as `claim`, `actor`, `date`, or a user's own. */
  type: string;
  /** Code point offset of the first character. */
  start: number;
  /** Code point offset one past the last character. */
  end: number;
  /** The exact quote `source[start:end]`; for an orphan, the quote as it was when last seen. */
  text: string;
  /** Up to CONTEXT_LENGTH code points of source text before `start`, used to re-anchor. */
  before: string;
  /** Up to CONTEXT_LENGTH code points of source text after `end`, used to re-anchor. */
  after: string;
  /** Typed attributes; which keys a type allows is the type definition's business. */
  attrs: Record<string, AttrValue>;
  /**
   * Named links to other annotations' ids, such as `speaker` or `date` of a claim. A name
   * holds one id, or a list of ids when it relates to several (a claim with two speakers);
   * `linkTargets` reads either as a list.
   */
  links: Record<string, LinkTarget>;
  note?: string;
  annotator?: string;
  /** ISO 8601 timestamps, kept as strings; absent only in hand-written sidecars. */
  created?: string;
  modified?: string;
  /**
   * Set when the quoted text vanished from the source. An orphan keeps its quote and
   * context; `start == end` marks where the text was last seen. It is never dropped.
   */
  orphaned?: boolean;
}

/** What a sidecar says about the source it describes. */
export interface SourceInfo {
  /** File name of the source, relative to the sidecar's folder. */
  file: string;
  /** SHA-256 (hex) of the source text's UTF-8 bytes, BOM excluded. */
  sha256: string;
  /** Length of the source text in code points. */
  length: number;
  /**
   * The document's date (`YYYY-MM-DD`), set by the researcher: relative dates in the text
   * (أمس، الأحد الماضي) are resolved against it. Absent when not set.
   */
  date?: string;
}

/** What a link name holds: one annotation id, or several. */
export type LinkTarget = string | string[];

/** The ids a link name holds, as a list whichever way it is written. */
export function linkTargets(target: LinkTarget): string[] {
  return typeof target === 'string' ? [target] : target;
}

/** The contents of one sidecar. */
export interface AnnotationSet {
  version: number;
  source: SourceInfo;
  annotations: Annotation[];
  /** Suggestions the researcher dismissed, so they are not proposed again; absent when none. */
  dismissed?: Dismissal[];
}

/**
 * A dismissed suggestion: the fields of an annotation that say what and where. Found again
 * by its type, quote and context rather than by its offsets alone (they are a hint, as an
 * annotation's are after outside edits), so edits elsewhere in the source do not bring it back.
 */
export type Dismissal = Pick<Annotation, 'type' | 'start' | 'end' | 'text' | 'before' | 'after'>;

/** Orders dismissals as a sidecar stores them: by start, end, type, then quote. */
export function compareDismissals(a: Dismissal, b: Dismissal): number {
  return a.start - b.start || a.end - b.end || cmp(a.type, b.type) || cmp(a.text, b.text) || cmp(a.before, b.before) || cmp(a.after, b.after);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Number of code points of context kept on each side of a span. */
export const CONTEXT_LENGTH = 32;

/**
 * A fresh attribute or link map with no prototype, holding the own keys of `from`. With
 * a prototype, a key named `__proto__` would be swallowed by the setter it inherits and
 * `constructor` would seem present in every map; without one, every name is just a key.
 */
export function namedMap<V>(from?: Readonly<Record<string, V>>): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  if (from) for (const k of Object.keys(from)) out[k] = from[k]!;
  return out;
}

/** Orders annotations as a sidecar stores them: by start, then end, then id. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortAnnotations(list: readonly Annotation[]): Annotation[] {
  return [...list].sort(compareAnnotations);
}
