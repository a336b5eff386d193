/**
 * Where one annotation's quote fits best in the current text, for the "re-anchor" quick fix:
 * the core's re-anchoring run on that annotation alone (its quote, context and last place).
 * The quick fix shows the result before it is applied, and the command computes it again
 * when run, since the text may have changed in between. No `vscode`: unit tests run it.
 *
 * Re-anchoring looks for a lost span near where its neighbours put it, and an approximate
 * match found there can be a cut-down copy of an exact one that starts inside that window
 * and ends past it. A researcher asking for "the best match" expects the exact quote when
 * the text has it, so an approximate result gives way to an exact occurrence of the quote:
 * the one whose surroundings best agree with the annotation's context, then the nearest.
 */
import { reanchor, refreshQuotes, spansToCodePoints, spansToUtf16, TextVersion, type Annotation } from '../../core';

export interface BestMatch {
  /** The annotation at its new place: UTF-16 offsets, quote and context from the text. */
  placed: Annotation;
  /** True when only an approximate quote was found; the quote then becomes that text. */
  approximate: boolean;
}

/** Occurrences of a quote looked at; a quote found more often than this is a word, not a passage. */
const MAX_OCCURRENCES = 1000;

/** The best place for `live` (UTF-16 offsets) in `text`, or undefined when its quote is nowhere. */
export function bestMatch(live: Annotation, text: string): BestMatch | undefined {
  const current = new TextVersion(text);
  const [stored] = spansToCodePoints([live], current.index);
  // The live quote of a mismatched span is not at its place: search rather than keep it there.
  const lost: Annotation = { ...stored!, orphaned: true };
  const [result] = reanchor([lost], text);
  const found = result && result.outcome !== 'orphaned' ? result : undefined;
  if (!found || found.outcome === 'fuzzy') {
    const at = exactOccurrence(live, text);
    if (at !== undefined) {
      const candidate: Annotation = { ...stored!, start: current.index.fromUtf16(at), end: current.index.fromUtf16(at + live.text.length) };
      delete candidate.orphaned;
      // The researcher asked for this quote: it goes where the text has it exactly, with the
      // context read there (re-anchoring would judge it by its old context, which may be gone).
      const [placed] = spansToUtf16(refreshQuotes([candidate], text, current.index), current.index);
      return { placed: placed!, approximate: false };
    }
  }
  if (!found || found.outcome === 'orphaned') return undefined;
  const [placed] = spansToUtf16([found.annotation], current.index);
  return { placed: placed!, approximate: found.outcome === 'fuzzy' };
}

/** UTF-16 start of the exact occurrence of the quote that best fits its context, then its last place. */
function exactOccurrence(live: Annotation, text: string): number | undefined {
  const quote = live.text;
  if (quote.length === 0) return undefined;
  let best: { at: number; score: number; distance: number } | undefined;
  for (let at = text.indexOf(quote), n = 0; at >= 0 && n < MAX_OCCURRENCES; at = text.indexOf(quote, at + 1), n++) {
    const score = commonSuffix(text.slice(Math.max(0, at - live.before.length), at), live.before) + commonPrefix(text.slice(at + quote.length, at + quote.length + live.after.length), live.after);
    const distance = Math.abs(at - live.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  return best?.at;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}
