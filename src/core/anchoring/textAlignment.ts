/**
 * A fast old → new alignment of two versions of a text, for mapping span positions when
 * the previous text is known (the editor has it, git has it).
 *
 * Edits between two saves of a news text are sparse: a word here and there, a paragraph
 * moved. So instead of a general O(N·D) diff, the aligner walks both texts while they
 * agree and, where they diverge, looks for the nearest point where they agree again on
 * SYNC characters (the smallest total skip over both texts). Near points are tried one by
 * one; far ones (a paragraph deleted or inserted) through a rolling hash of the window.
 * Gaps between the agreeing runs are then realigned with a shorter sync length, and large
 * deleted passages are looked for among the inserted ones, which catches moved paragraphs
 * (even edited ones). Linear in the text length for sparse edits; offsets are UTF-16.
 */

/** A run of text equal in both versions: old `[oldStart, oldStart+length)` is new `[newStart, ...)`. */
export interface Segment {
  oldStart: number;
  newStart: number;
  length: number;
}

/** Characters that must agree after a divergence for the texts to count as back in step. */
const SYNC = 32;
/** Sync length when realigning inside a gap, where the search is already confined. */
const INNER_SYNC = 8;
/** Divergences up to this total skip are resolved by trying each split directly. */
const NEAR = 128;
/** Deleted passages at least this long are looked for elsewhere (moved text). */
const MOVE_MIN = 64;

/** Work the alignment may do, in character comparisons and hashings, per character of both texts. */
const WORK_PER_CHAR = 24;

/** Old characters walked before the pace of work is judged. */
const EARLY = 20_000;

/** Thrown inside the aligner when its work budget is spent (texts too different to align cheaply). */
class TooCostly extends Error {}

/** Remaining work; each search charges what it did. */
let budget = 0;
/** Work done so far, and the share of the old text walked, to give up early on hopeless texts. */
let spent = 0;

function charge(work: number): void {
  budget -= work;
  spent += work;
  if (budget < 0) throw new TooCostly();
}

/** After `walked` old characters: spending several times the average allowance means the texts have little in common. */
function checkPace(walked: number): void {
  if (walked > EARLY && spent > 4 * WORK_PER_CHAR * walked) throw new TooCostly();
}

interface Gap {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export class TextAlignment {
  /** Equal runs sorted by `oldStart`, never overlapping in the old text. */
  readonly segments: readonly Segment[];
  private readonly oldLength: number;
  private readonly newLength: number;

  private constructor(segments: Segment[], oldLength: number, newLength: number) {
    this.segments = segments;
    this.oldLength = oldLength;
    this.newLength = newLength;
  }

  /**
   * Aligns the two texts, or gives up (undefined) when they are so different that aligning
   * would cost more than a few dozen comparisons per character: then there is little to map.
   */
  static compute(oldText: string, newText: string): TextAlignment | undefined {
    budget = WORK_PER_CHAR * (oldText.length + newText.length) + 100_000;
    spent = 0;
    try {
      return TextAlignment.run(oldText, newText);
    } catch (e) {
      if (e instanceof TooCostly) return undefined;
      throw e;
    }
  }

  private static run(oldText: string, newText: string): TextAlignment {
    const segments: Segment[] = [];
    const gaps: Gap[] = [];
    align(oldText, 0, oldText.length, newText, 0, newText.length, SYNC, segments, gaps);
    const inner: Gap[] = [];
    for (const g of gaps) {
      if (g.oldEnd > g.oldStart && g.newEnd > g.newStart) {
        align(oldText, g.oldStart, g.oldEnd, newText, g.newStart, g.newEnd, INNER_SYNC, segments, inner);
      } else inner.push(g);
    }
    findMoves(oldText, newText, inner, segments);
    segments.sort((a, b) => a.oldStart - b.oldStart);
    return new TextAlignment(segments, oldText.length, newText.length);
  }

  /** Index of the segment holding old offset `x`, or of the last one before it (-1 if none). */
  private locate(x: number): number {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.segments[mid]!.oldStart <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** New offset of the old character at `x`, or -1 when that character did not survive. */
  mapChar(x: number): number {
    const s = this.segments[this.locate(x)];
    return s && x < s.oldStart + s.length ? s.newStart + x - s.oldStart : -1;
  }

  /** True when old `[start, end)` survived unchanged in one piece; then `mapChar(start)` is its new start. */
  isIntact(start: number, end: number): boolean {
    const s = this.segments[this.locate(start)];
    return s !== undefined && end <= s.oldStart + s.length && (start < s.oldStart + s.length || start === end);
  }

  /** Old length of the changed region holding old offset `x`; 0 when the character at `x` survived. */
  gapAround(x: number): number {
    const k = this.locate(x);
    const s = this.segments[k];
    if (s && x < s.oldStart + s.length) return 0;
    const next = this.segments[k + 1];
    return (next ? next.oldStart : this.oldLength) - (s ? s.oldStart + s.length : 0);
  }

  /**
   * Where an old boundary lands: exact inside an equal run; in a changed region, at the new
   * end of the run before it (`side` 'left') or at the new start of the run after it ('right').
   */
  mapBoundary(x: number, side: 'left' | 'right'): number {
    const k = this.locate(x);
    const s = this.segments[k];
    if (s && x <= s.oldStart + s.length && (x < s.oldStart + s.length || side === 'left')) return s.newStart + x - s.oldStart;
    if (side === 'left') return s ? s.newStart + s.length : 0;
    const next = this.segments[k + 1];
    return next ? next.newStart : this.newLength;
  }
}

/** Aligns old `[i0, i1)` with new `[j0, j1)`, appending equal runs to `out` and the gaps between them to `gaps`. */
function align(a: string, i0: number, i1: number, b: string, j0: number, j1: number, sync: number, out: Segment[], gaps: Gap[]): void {
  let i = i0;
  let j = j0;
  while (i < i1 && j < j1) {
    let k = 0;
    while (i + k < i1 && j + k < j1 && a.charCodeAt(i + k) === b.charCodeAt(j + k)) k++;
    if (k > 0) {
      out.push({ oldStart: i, newStart: j, length: k });
      i += k;
      j += k;
      continue;
    }
    const step = resyncNear(a, i, i1, b, j, j1, sync) ?? resyncFar(a, i, i1, b, j, j1, sync);
    if (!step) break;
    if (i0 === 0) checkPace(i);
    gaps.push({ oldStart: i, oldEnd: i + step[0], newStart: j, newEnd: j + step[1] });
    i += step[0];
    j += step[1];
  }
  if (i < i1 || j < j1) gaps.push({ oldStart: i, oldEnd: i1, newStart: j, newEnd: j1 });
}

/** Length of agreement from old `i` / new `j`, and whether it is enough to call the texts in step. */
function inStep(a: string, i: number, i1: number, b: string, j: number, j1: number, sync: number): boolean {
  let k = 0;
  while (k < sync && i + k < i1 && j + k < j1 && a.charCodeAt(i + k) === b.charCodeAt(j + k)) k++;
  return k === sync || (k > 0 && i + k === i1 && j + k === j1);
}

/** The smallest skip (old, new) of total at most NEAR after which the texts agree again. */
function resyncNear(a: string, i: number, i1: number, b: string, j: number, j1: number, sync: number): [number, number] | undefined {
  for (let s = 1; s <= NEAR; s++) {
    for (let da = 0; da <= s; da++) {
      const ia = i + da;
      const jb = j + s - da;
      if (ia >= i1 || jb >= j1) continue;
      if (a.charCodeAt(ia) === b.charCodeAt(jb) && inStep(a, ia, i1, b, jb, j1, sync)) {
        charge((s * (s + 1)) / 2);
        return [da, s - da];
      }
    }
  }
  charge((NEAR * (NEAR + 1)) / 2);
  return undefined;
}

const BASE = 0x01000193;
/** Old characters a far resync point is checked over before it is trusted. */
const LOOKAHEAD = 1024;
/** Share of those characters that must agree (allowing near resyncs) for a far resync point to be trusted. */
const TRUSTED = 0.8;
/** Far resync points checked at most per window, nearest first, one per diagonal. */
const CHECKED = 32;
/** Widest window searched for a resync point; past it, the nearest candidate (or none) is taken. */
const FAR = 65_536;
/** Larger than any offset within a window, to pack a candidate into one number. */
const KEY_SPAN = 2 * FAR + 2;
/** Work charged per character hashed into or looked up in a map, in character comparisons. */
const HASH_COST = 20;
/** Work charged per candidate sorted. */
const SORT_COST = 10;

/**
 * The nearest trustworthy resync point within growing windows. Every `sync`-long piece of
 * the new window is hashed and the old window's pieces looked up; candidates are taken
 * nearest first, one per diagonal, and each is trusted only if the texts keep agreeing for
 * a while after it (in repetitive text, a sentence that recurs would otherwise pull the
 * alignment off course). Undefined when the texts never agree again.
 */
function resyncFar(a: string, i: number, i1: number, b: string, j: number, j1: number, sync: number): [number, number] | undefined {
  if (i1 - i < sync || j1 - j < sync) return undefined;
  let power = 1;
  for (let k = 1; k < sync; k++) power = Math.imul(power, BASE);
  const limit = Math.max(i1 - i, j1 - j);
  const diagonals = new Set<number>();
  let nearest: [number, number] | undefined;
  for (let w = 256; ; w *= 8) {
    charge(HASH_COST * 2 * Math.min(w, limit));
    const where = new Map<number, number[]>();
    const jEnd = Math.min(j1 - sync, j + w);
    let h = 0;
    for (let k = 0; k < sync; k++) h = (Math.imul(h, BASE) + b.charCodeAt(j + k)) | 0;
    for (let q = j; ; q++) {
      const list = where.get(h);
      if (!list) where.set(h, [q]);
      else if (list.length < 2) list.push(q);
      if (q >= jEnd) break;
      h = (Math.imul(h - Math.imul(b.charCodeAt(q), power), BASE) + b.charCodeAt(q + sync)) | 0;
    }
    // Candidates as numbers (skip, then old offset, then which new offset) so that a plain
    // numeric sort puts the nearest first.
    const keys: number[] = [];
    const iEnd = Math.min(i1 - sync, i + w);
    h = 0;
    for (let k = 0; k < sync; k++) h = (Math.imul(h, BASE) + a.charCodeAt(i + k)) | 0;
    for (let p = i; ; p++) {
      const list = where.get(h);
      if (list) {
        for (let n = 0; n < list.length; n++) {
          const q = list[n]!;
          if (p + q > i + j && inStep(a, p, i1, b, q, j1, sync)) keys.push(((p - i + q - j) * KEY_SPAN + (p - i)) * 2 + n);
        }
      }
      if (p >= iEnd) break;
      h = (Math.imul(h - Math.imul(a.charCodeAt(p), power), BASE) + a.charCodeAt(p + sync)) | 0;
    }
    const sorted = Float64Array.from(keys).sort();
    charge(sorted.length * SORT_COST);
    const decode = (key: number): [number, number] => {
      const da = Math.floor(key / 2) % KEY_SPAN;
      return [da, Math.floor(key / 2 / KEY_SPAN) - da];
    };
    if (sorted.length > 0) nearest ??= decode(sorted[0]!);
    let checked = 0;
    for (const key of sorted) {
      const c = decode(key);
      if (diagonals.has(c[1] - c[0])) continue;
      diagonals.add(c[1] - c[0]);
      if (agreement(a, i + c[0], i1, b, j + c[1], j1) >= TRUSTED) return c;
      if (++checked >= CHECKED) break;
    }
    if (w >= limit || w >= FAR) return nearest;
  }
}

/** Share of the next LOOKAHEAD old characters from old `i` / new `j` that agree, allowing near resyncs. */
function agreement(a: string, i: number, i1: number, b: string, j: number, j1: number): number {
  const end = Math.min(i1, i + LOOKAHEAD);
  const span = end - i;
  let same = 0;
  while (i < end && j < j1) {
    let k = 0;
    while (i + k < end && j + k < j1 && a.charCodeAt(i + k) === b.charCodeAt(j + k)) k++;
    same += k;
    charge(k);
    i += k;
    j += k;
    if (i >= end || j >= j1) break;
    const step = resyncNear(a, i, i1, b, j, j1, SYNC);
    if (!step) break;
    i += step[0];
    j += step[1];
  }
  return span > 0 ? same / span : 1;
}

/**
 * Looks for each long deleted passage among the inserted text (a paragraph cut and pasted
 * elsewhere) by voting on the offset of shared pieces, then aligns the two.
 */
function findMoves(a: string, b: string, gaps: Gap[], out: Segment[]): void {
  const deleted = gaps.filter((g) => g.oldEnd - g.oldStart >= MOVE_MIN);
  const inserted = gaps.filter((g) => g.newEnd - g.newStart >= SYNC);
  if (deleted.length === 0 || inserted.length === 0) return;
  const pieces = new Map<string, number>();
  for (const g of inserted) {
    for (let p = g.newStart; p + SYNC <= g.newEnd; p += SYNC / 2) {
      const key = b.slice(p, p + SYNC);
      if (!pieces.has(key)) pieces.set(key, p);
    }
  }
  for (const g of deleted) {
    const votes = new Map<number, number>();
    for (let p = g.oldStart; p + SYNC <= g.oldEnd; p++) {
      const q = pieces.get(a.slice(p, p + SYNC));
      if (q !== undefined) votes.set(q - p, (votes.get(q - p) ?? 0) + 1);
    }
    let shift = 0;
    let most = 0;
    for (const [d, n] of votes) if (n > most) [shift, most] = [d, n];
    if (most < 2) continue;
    const target = inserted.find((h) => h.newStart <= g.oldStart + shift + SYNC && g.oldStart + shift < h.newEnd);
    if (!target) continue;
    const from = Math.max(target.newStart, g.oldStart + shift - NEAR);
    const to = Math.min(target.newEnd, g.oldEnd + shift + NEAR);
    const moved: Segment[] = [];
    align(a, g.oldStart, g.oldEnd, b, from, to, INNER_SYNC, moved, []);
    out.push(...moved.filter((s) => s.length >= INNER_SYNC));
  }
}
