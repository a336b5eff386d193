/**
 * Where the speaker of a cue is looked for: among the actor spans given (tagged or proposed),
 * the one named next to the cue. Arabic news puts the speaker right after the verb (VSO:
 * قال المتحدث …) more often than before it (SVO: الحكومة التي اعتبرت …), so after is tried
 * first. Spans are kept in folded offsets, sorted, and searched by bisection.
 */
import type { FoldedText } from '../text/foldedText';
import type { TextSpan } from '../types';

interface Placed {
  start: number;
  end: number;
  span: TextSpan;
}

/** Words between a cue and a speaker after it (قال مصدر في الوزارة: the ministry, 3 words on). */
export const MAX_WORDS_AFTER = 3;
/** Words between a speaker and the verb after it (الحكومة التي اعتبرت: 1). */
export const MAX_WORDS_BEFORE = 2;

export class Speakers {
  private readonly placed: Placed[];

  constructor(private readonly t: FoldedText, actors: readonly TextSpan[]) {
    this.placed = actors
      .map((span) => ({ start: t.foldedAt(span.start), end: t.foldedAt(span.end), span }))
      .filter((p) => p.end > p.start)
      .sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** Index of the first word starting at or after folded offset `x`. */
  wordIndexAt(x: number): number {
    const starts = this.t.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Words that start in [from, to). */
  wordsBetween(from: number, to: number): number {
    return to <= from ? 0 : this.wordIndexAt(to) - this.wordIndexAt(from);
  }

  /** The first actor starting in [from, limit) within `maxWords` words of `from`. */
  after(from: number, limit: number, maxWords = MAX_WORDS_AFTER): Placed | undefined {
    let lo = 0;
    let hi = this.placed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.placed[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const p = this.placed[lo];
    return p && p.start < limit && this.wordsBetween(from, p.start) <= maxWords ? p : undefined;
  }

  /** The actor ending nearest before `to`, not before `floor`, within `maxWords` words of `to`. */
  before(to: number, floor: number, maxWords = MAX_WORDS_BEFORE): Placed | undefined {
    // The last actor starting before `to`; spans do not nest in practice, so its end is the nearest.
    let lo = 0;
    let hi = this.placed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.placed[mid]!.start < to) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) {
      const p = this.placed[k]!;
      if (p.end <= to && p.start >= floor && this.wordsBetween(p.end, to) <= maxWords) return p;
    }
    return undefined;
  }
}
