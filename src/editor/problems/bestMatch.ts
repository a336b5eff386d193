/**
 * Where one annotation's quote fits best in the current text: the core's re-anchoring run
 * on that annotation alone (its quote, context and last place), for the "re-anchor"
 * quick fix. The quick fix shows the result before it is applied, and the command computes
 * it again when run, since the text may have changed in between.
 */
import { reanchor, spansToCodePoints, spansToUtf16, TextVersion, type Annotation } from '../../core';

export interface BestMatch {
  /** The annotation at its new place: UTF-16 offsets, quote and context from the text. */
  placed: Annotation;
  /** True when only an approximate quote was found; the quote then becomes that text. */
  approximate: boolean;
}

/** The best place for `live` (UTF-16 offsets) in `text`, or undefined when its quote is nowhere. */
export function bestMatch(live: Annotation, text: string): BestMatch | undefined {
  const current = new TextVersion(text);
  const [stored] = spansToCodePoints([live], current.index);
  // The live quote of a mismatched span is not at its place: search rather than keep it there.
  const [result] = reanchor([{ ...stored!, orphaned: true }], text);
  if (!result || result.outcome === 'orphaned') return undefined;
  const [placed] = spansToUtf16([result.annotation], current.index);
  return { placed: placed!, approximate: result.outcome === 'fuzzy' };
}
