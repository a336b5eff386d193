/**
 * Keeping annotation spans in place while the text under them is edited.
 *
 * `followEdits` takes spans and the text changes of one edit event, exactly as VS Code's
 * `contentChanges` give them (`rangeOffset`, `rangeLength`, `text`), and returns the moved
 * spans. By default it is pure: the spans given are not touched, and moved ones are new
 * objects. With `inPlace` (for the editor's own live copies, where allocating on every
 * keystroke costs) it moves the given spans where they are. It never sees the document, so
 * it never recomputes a quote; `refreshQuotes` does that from the current text (at save time).
 *
 * The rules (see docs/edit-following.md):
 * - Changes apply in sequence: each offset refers to the text after the previous
 *   changes of the list (this is how VS Code's extension host applies one event).
 *   A change is a deletion of [offset, offset + deleteLength) followed by an insertion
 *   of `insertText` at `offset`.
 * - Typing exactly at a span's start puts the text before the span (it shifts right);
 *   exactly at its end leaves it outside (the span is unchanged); strictly inside grows
 *   the span. So a span only ever contains text typed between two of its characters.
 *   One exception puts back what a deletion took: when a span is shorter than its
 *   quote by m units and text inserted at its start ends with the quote's first m
 *   units (or inserted at its end begins with the quote's last m units), the span takes
 *   those m units back (Undo of a deletion that cut off one edge of a span).
 * - A deletion shrinks the spans it overlaps and shifts the spans after it. A span all
 *   of whose characters are deleted becomes an orphan: `orphaned: true`,
 *   `start = end = ` the change's offset, `text`, `before` and `after` untouched. An
 *   orphan is never dropped.
 * - An orphan (an empty point at p) moves like a cursor that prefers the right: an
 *   insertion at p lands before it. Except that when the inserted text contains the
 *   orphan's quote, the orphan is revived over that occurrence (over the one whose
 *   surrounding inserted text best matches `before`/`after` when there are several),
 *   so that deleting a tagged word and undoing the deletion gives the span back.
 * - A span that is empty but not orphaned moves like an orphan and is never revived.
 */
import { CodePointIndex, codePointLength } from '../text/offsets';
import { spanContext } from '../text/context';

/** One text change: delete `deleteLength` units at `offset`, then insert `insertText` there. */
export interface TextChange {
  offset: number;
  deleteLength: number;
  insertText: string;
}

/** How offsets and lengths are counted: UTF-16 units (VS Code) or code points (sidecars). */
export type OffsetUnit = 'utf16' | 'codePoint';

export interface FollowEditsOptions {
  /** Unit of span offsets, change offsets and lengths; `insertText` is measured in it. Default 'codePoint'. */
  unit?: OffsetUnit;
  /**
   * Move the given span objects instead of copying the ones that move. For a caller that
   * owns its spans (the editor's live copies), this saves thousands of allocations, and
   * the garbage collections they cause, on every keystroke in a heavily annotated text.
   */
  inPlace?: boolean;
}

/** What `followEdits` needs of a span; `Annotation` fits as it is. */
export interface LiveSpan {
  id: string;
  start: number;
  end: number;
  orphaned?: boolean;
  /** The quote; for an orphan, the quote as last seen. Used to revive an orphan. */
  text: string;
  /** Context before and after the quote, used to choose among several revival sites. */
  before: string;
  after: string;
}

/**
 * Moves `spans` through `changes` (applied in sequence). Returns a new array of the same
 * length and order; a span that did not move is returned as the same object, a span that
 * moved is a shallow copy with new offsets (and `orphaned` set or removed).
 */
export function followEdits<T extends LiveSpan>(
  spans: readonly T[],
  changes: readonly TextChange[],
  options?: FollowEditsOptions,
): T[] {
  const n = spans.length;
  // Stryker disable next-line ArrayDeclaration: an empty array filled at every index 0..n-1 below is the same array
  const out: T[] = new Array<T>(n);
  const k = changes.length;
  // Stryker disable next-line BlockStatement: without this early return the loop below returns every span as it is anyway (minOffset stays Infinity)
  if (k === 0) {
    for (let i = 0; i < n; i++) out[i] = spans[i]!;
    return out;
  }
  const utf16 = options?.unit === 'utf16';
  const inPlace = options?.inPlace === true;
  const offs = new Float64Array(k);
  const dels = new Float64Array(k);
  const lens = new Float64Array(k);
  const texts = new Array<string>(k);
  // Nothing ending before the lowest offset of the event can move (see the loop).
  let minOffset = Infinity;
  for (let j = 0; j < k; j++) {
    const c = changes[j]!;
    offs[j] = c.offset;
    dels[j] = c.deleteLength > 0 ? c.deleteLength : 0;
    texts[j] = c.insertText;
    lens[j] = utf16 ? c.insertText.length : codePointLength(c.insertText);
    if (c.offset < minOffset) minOffset = c.offset;
  }

  for (let i = 0; i < n; i++) {
    const span = spans[i]!;
    const wasOrphan = span.orphaned === true;
    let s = span.start;
    let e = wasOrphan ? s : span.end;
    // A span ending strictly before every change's offset is untouched by each change
    // in turn (every change starts after it), so it keeps its offsets. (At its end an
    // insertion may regrow it, at an empty span's position it moves it.)
    if (e < minOffset) {
      out[i] = span;
      continue;
    }
    let orphan = wasOrphan;
    for (let j = 0; j < k; j++) {
      const o = offs[j]!;
      const d = dels[j]!;
      const len = lens[j]!;
      if (o > e) continue; // The change is after the span.
      if (o + d < s) {
        // The change is before the span, not touching it.
        s += len - d;
        e += len - d;
        continue;
      }
      // From here on o <= e and s <= o + d, and after the deletion step s <= o: the insertion
      // step relies on it (it has no case for a change wholly before the span).
      // Deletion of [o, o + d).
      if (d > 0) {
        const de = o + d;
        if (s === e) {
          if (s > o) s = e = s >= de ? s - d : o;
        } else if (de <= s) {
          s -= d;
          e -= d;
        } else if (o < e) {
          const ns = s < o ? s : o;
          e = e > de ? e - d : o;
          s = ns;
          if (s === e) orphan = true;
        }
      }
      // Insertion of `len` units at o.
      if (len > 0) {
        if (s === e) {
          if (s === o) {
            const at = orphan ? revivalSite(span, texts[j]!, utf16) : -1;
            if (at >= 0) {
              s = o + at;
              e = s + (utf16 ? span.text.length : codePointLength(span.text));
              orphan = false;
            } else {
              s = e = s + len;
            }
          }
        } else if (o === s) {
          const m = regrowth(span.text, e - s, texts[j]!, len, utf16, true);
          s += len - m;
          e += len;
        } else if (o < e) {
          e += len;
        } else if (o === e) {
          e += regrowth(span.text, e - s, texts[j]!, len, utf16, false);
        }
      }
    }
    if (orphan === wasOrphan && s === span.start && e === span.end) {
      out[i] = span;
    } else if (inPlace) {
      const moved = span as LiveSpan;
      moved.start = s;
      moved.end = orphan ? s : e;
      if (orphan) moved.orphaned = true;
      else delete moved.orphaned;
      out[i] = span;
    } else if (orphan) {
      out[i] = { ...span, start: s, end: s, orphaned: true };
    } else if (wasOrphan) {
      const { orphaned: _dropped, ...rest } = span;
      out[i] = { ...rest, start: s, end: e } as T;
    } else {
      out[i] = { ...span, start: s, end: e };
    }
  }
  return out;
}

/**
 * Where in `inserted` an orphan with this quote comes back, in the unit asked for, or -1
 * when the quote does not occur. Among several occurrences the one whose neighbours in
 * the inserted text agree longest with the stored `before` and `after` wins; the first
 * one on a tie.
 */
function revivalSite(span: LiveSpan, inserted: string, utf16: boolean): number {
  const quote = span.text;
  if (quote.length === 0) return -1;
  let idx = inserted.indexOf(quote);
  if (idx < 0) return -1;
  let best = idx;
  // Stryker disable next-line ArithmeticOperator: searching from idx - 1 finds idx itself first (idx is the first occurrence); scoring it twice changes no choice, as a tie keeps the first
  let next = inserted.indexOf(quote, idx + 1);
  if (next >= 0) {
    let bestScore = contextScore(inserted, idx, quote.length, span.before, span.after);
    while (next >= 0) {
      idx = next;
      const score = contextScore(inserted, idx, quote.length, span.before, span.after);
      if (score > bestScore) {
        bestScore = score;
        best = idx;
      }
      next = inserted.indexOf(quote, idx + 1);
    }
  }
  return utf16 ? best : codePointLength(inserted.slice(0, best));
}

/** Length of agreement of `inserted` around [at, at + len) with `before` (backwards) and `after` (forwards). */
function contextScore(inserted: string, at: number, len: number, before: string, after: string): number {
  let score = 0;
  for (let a = at - 1, b = before.length - 1; a >= 0 && b >= 0 && inserted[a] === before[b]; a--, b--) score++;
  for (let a = at + len, b = 0; a < inserted.length && b < after.length && inserted[a] === after[b]; a++, b++) score++;
  return score;
}

/**
 * How many units of an insertion at a span's start (`atStart`) or end the span takes
 * back: the span is `current` units long but its quote is longer by some m, and the
 * inserted text ends (at the start) or begins (at the end) with the m units the quote
 * has beyond that. This is the text a deletion took off that edge, put back (as Undo
 * does), so the span gets it back. Otherwise 0: the insertion stays outside.
 */
function regrowth(quote: string, current: number, inserted: string, len: number, utf16: boolean, atStart: boolean): number {
  if (quote.length <= current) return 0; // A quote is never shorter in UTF-16 units than in code points.
  const m = (utf16 ? quote.length : codePointLength(quote)) - current;
  if (m <= 0 || m > len) return 0;
  if (atStart) {
    const piece = quote.slice(0, utf16 ? m : utf16Length(quote, 0, m));
    return inserted.endsWith(piece) ? m : 0;
  }
  const piece = quote.slice(quote.length - (utf16 ? m : utf16LengthFromEnd(quote, m)));
  return inserted.startsWith(piece) ? m : 0;
}

/** UTF-16 length of the `count` code points of `str` that start at UTF-16 offset `from`. */
function utf16Length(str: string, from: number, count: number): number {
  let i = from;
  for (let c = 0; c < count && i < str.length; c++) i += isPairAt(str, i) ? 2 : 1;
  // Stryker disable next-line ArithmeticOperator: the only caller passes from = 0
  return i - from;
}

/** UTF-16 length of the last `count` code points of `str`. */
function utf16LengthFromEnd(str: string, count: number): number {
  let i = str.length;
  for (let c = 0; c < count && i > 0; c++) i -= i >= 2 && isPairAt(str, i - 2) ? 2 : 1;
  return str.length - i;
}

function isPairAt(str: string, i: number): boolean {
  const hi = str.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbff) return false;
  const lo = str.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * Sets `text`, `before` and `after` of every non-orphaned span from `source`, with
 * offsets in code points (as stored in sidecars). Orphans keep their last-seen quote.
 * Returns a new array; spans whose quote and context were already right are the same objects.
 */
export function refreshQuotes<T extends LiveSpan>(
  spans: readonly T[],
  source: string,
  index: CodePointIndex = CodePointIndex.of(source),
): T[] {
  return spans.map((span) => {
    if (span.orphaned === true) return span;
    const c = spanContext(source, span.start, span.end, index);
    if (c.text === span.text && c.before === span.before && c.after === span.after) return span;
    return { ...span, text: c.text, before: c.before, after: c.after };
  });
}
