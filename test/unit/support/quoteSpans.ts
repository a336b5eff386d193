/**
 * Annotations and re-anchoring work items over a quote found in a text, for the anchoring
 * tests: each builds spans from the words it means instead of from counted offsets.
 */
import * as assert from 'assert';
import type { SpanItem } from '../../../src/core/anchoring/spanFinder';
import type { Annotation } from '../../../src/core/model/annotation';
import { spanContext } from '../../../src/core/text/context';
import { codePointLength } from '../../../src/core/text/offsets';

/** An annotation over the `nth` occurrence of `quote` in `text`, in code points, with its real context. */
export function annotate(text: string, quote: string, nth = 0): Annotation {
  let at = -1;
  for (let n = 0; n <= nth; n++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `"${quote}" occurs ${nth + 1} times`);
  const start = codePointLength(text.slice(0, at));
  const end = start + codePointLength(quote);
  const c = spanContext(text, start, end);
  return { id: `a${start}-${end}`, type: 'claim', start, end, text: c.text, before: c.before, after: c.after, attrs: {}, links: {} };
}

/**
 * A pending work item for the first `quote` in `oldText`, as reanchor builds them, or a trusted
 * one the alignment placed at `placedAt` (texts without astral characters: UTF-16 = code points).
 */
export function spanItem(index: number, oldText: string, quote: string, placedAt?: number): SpanItem {
  const item = pendingItem(annotate(oldText, quote), index);
  if (placedAt === undefined) return item;
  return { ...item, state: 'placed', newStart: placedAt, newEnd: placedAt + quote.length, score: 1, via: 'diff' };
}

/** The pending work item of annotation `a`, at `index` in the caller's list. */
export function pendingItem(a: Annotation, index = 0): SpanItem {
  return { index, quote: a.text, before: a.before, after: a.after, oldStart: a.start, oldEnd: a.end, state: 'pending', newStart: 0, newEnd: 0, score: 0 };
}
