/**
 * Bringing a sidecar's annotations onto an editor's current text ("live" spans, in UTF-16
 * units), and back to a sidecar set (code points). No editor types: the editor passes the
 * text and the file name, and decides when to call these.
 */
import { reanchor, type AnchorResult } from '../anchoring/reanchor';
import { refreshQuotes } from '../anchoring/followEdits';
import { FORMAT_VERSION } from '../sidecar/format';
import type { Annotation, AnnotationSet } from '../model/annotation';
import { sha256Hex } from '../text/hash';
import { CodePointIndex } from '../text/offsets';
import { spansToCodePoints, spansToUtf16 } from '../text/spanUnits';

export interface ReanchorReport {
  moved: number;
  fuzzy: number;
  orphaned: number;
}

export interface Adopted {
  /** Live annotations (UTF-16 offsets into the text). */
  annotations: Annotation[];
  /** Set when the sidecar described another version of the text. */
  reanchored?: ReanchorReport;
}

/** The text of a document with the hash of that text, computed once per version. */
export class TextVersion {
  private hashValue: string | undefined;
  private indexValue: CodePointIndex | undefined;
  constructor(readonly text: string) {}
  get hash(): string {
    return (this.hashValue ??= sha256Hex(this.text));
  }
  get index(): CodePointIndex {
    return (this.indexValue ??= CodePointIndex.of(this.text));
  }
}

/**
 * The set's annotations placed on `current`: converted directly when the set describes
 * this very text, re-anchored otherwise (exactly, through a diff, when `previous` is
 * the text the set describes).
 */
export function adoptSet(set: AnnotationSet, current: TextVersion, previous?: TextVersion): Adopted {
  if (set.source.sha256 === current.hash) return { annotations: spansToUtf16(set.annotations, current.index) };
  const oldText = previous && previous.hash === set.source.sha256 ? previous.text : undefined;
  const results = reanchor(set.annotations, current.text, oldText !== undefined ? { oldText } : {});
  return {
    annotations: spansToUtf16(results.map((r) => r.annotation), current.index),
    reanchored: summarize(results),
  };
}

/**
 * Live annotations, already moved through a change event, re-anchored on the text: spans
 * whose quote is still at their place stay, orphans are searched for by quote, context
 * and order. For a document replaced from outside, where a block of lines was swapped.
 */
export function reanchorLive(live: Annotation[], current: TextVersion): Adopted {
  const stored = spansToCodePoints(live, current.index);
  const results = reanchor(stored, current.text);
  return { annotations: spansToUtf16(results.map((r) => r.annotation), current.index), reanchored: summarize(results) };
}

/**
 * The sidecar contents for live annotations on a source's current (saved) text; `file` is its
 * base name. `kept` carries what the set holds besides annotations (the dismissed suggestions,
 * the document's date), usually from the snapshot last read, so a save does not drop them.
 */
export function toStoredSet(live: Annotation[], file: string, current: TextVersion, kept: Pick<AnnotationSet, 'dismissed'> & { date?: string } = {}): AnnotationSet {
  const stored = refreshQuotes(spansToCodePoints(live, current.index), current.text, current.index);
  const set: AnnotationSet = { version: FORMAT_VERSION, source: { file, sha256: current.hash, length: current.index.length }, annotations: stored };
  if (kept.date !== undefined) set.source.date = kept.date;
  if (kept.dismissed && kept.dismissed.length > 0) set.dismissed = [...kept.dismissed];
  return set;
}

function summarize(results: AnchorResult<Annotation>[]): ReanchorReport {
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  return { moved: count('moved'), fuzzy: count('fuzzy'), orphaned: count('orphaned') };
}
