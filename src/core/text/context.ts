import { CONTEXT_LENGTH } from '../model/annotation';
import { CodePointIndex } from './offsets';

export interface SpanContext {
  text: string;
  before: string;
  after: string;
}

/** The quote of [start, end) and up to `n` code points of context on each side. */
export function spanContext(
  source: string,
  start: number,
  end: number,
  index: CodePointIndex = CodePointIndex.of(source),
  n: number = CONTEXT_LENGTH,
): SpanContext {
  const s = index.toUtf16(start);
  const e = index.toUtf16(end);
  const b = index.toUtf16(Math.max(0, start - n));
  const a = index.toUtf16(Math.min(index.length, end + n));
  return { text: source.slice(s, e), before: source.slice(b, s), after: source.slice(e, a) };
}

/**
 * A remembered context cut to the `n` code points nearest the quote: the end of `before`,
 * the start of `after`. Returns the string itself when it is short enough.
 */
export function nearestContext(context: string, side: 'before' | 'after', n: number = CONTEXT_LENGTH): string {
  if (context.length <= n) return context; // n UTF-16 units hold at most n code points
  const points = Array.from(context);
  if (points.length <= n) return context;
  return (side === 'before' ? points.slice(points.length - n) : points.slice(0, n)).join('');
}
