/**
 * Placing spans when the old text is known: a word-level diff of old and new text (with
 * moved blocks, tokens compared in normalised form, see tokenDiff.ts) maps every span whose
 * tokens all survived in one piece exactly; a span an edit touched is looked for only where
 * its text went, exactly then approximately, and orphaned there if absent. Spans whose quote
 * does not match the old text at their offsets, and spans in long passages the diff could
 * not pair at all (moved and rewritten), stay pending for the order-based placement.
 */
import type { Annotation } from '../model/annotation';
import { clusterEnd, clusterStart, normalizeForMatching } from '../text/normalize';
import { CodePointIndex } from '../text/offsets';
import type { Hit, SpanFinder, SpanItem } from './spanFinder';
import { place } from './placeByOrder';
import { quoteSimilarity } from './similarity';
import { diffTokens } from './tokenDiff';
import { TokenVocabulary, type TokenList } from './tokens';

/** How many tokens either side of a touched span are looked through for a matched neighbour. */
const REACH = 64;
/** Unmatched old stretches at least this many tokens long may have moved: their spans stay pending if not found. */
const WIDE = 24;
/** How far a changed region's edge may slide, in UTF-16 units (at most the quote's length). */
const SLIDE = 32;
/** New text a changed region may gain beyond twice its old length before its edges count as unrelated. */
const MAX_SHIFT = 256;
/** New tokens a touched span may have gained beyond twice its old ones, for its surviving edges to bound it. */
const EDGE_SLACK = 8;
/** Widest changed region searched for one quote. */
const MAX_REGION = 4_096;
/** Context similarity a match beside (not inside) the changed region needs. */
const MEDIUM_CONTEXT = 0.45;

export function placeByDiff(order: readonly SpanItem[], annotations: readonly Annotation[], oldText: string, finder: SpanFinder, threshold: number): void {
  const vocabulary = new TokenVocabulary();
  const oldTokens = vocabulary.tokenize(oldText);
  const newTokens = vocabulary.tokenize(finder.text);
  const { oldToNew, newToOld } = diffTokens(oldTokens.ids, newTokens.ids, vocabulary.size, oldTokens.lineStart, newTokens.lineStart);
  const map = new SpanMap(oldText, finder.text, oldTokens, newTokens, oldToNew, newToOld);
  const oldIndex = CodePointIndex.of(oldText);
  for (const item of order) {
    const s = oldIndex.toUtf16(item.oldStart);
    const e = oldIndex.toUtf16(item.oldEnd);
    if (annotations[item.index]!.orphaned || oldText.slice(s, e) !== item.quote) continue;
    const mapped = map.intact(s, e);
    if (mapped) {
      place(item, { start: mapped.start, end: mapped.end, context: 1, similarity: 1, rank: 1 }, 'diff');
      continue;
    }
    map.search(item, s, e, finder, threshold);
  }
}

/** The diff's token pairing turned into span positions. */
export class SpanMap {
  constructor(
    private readonly oldText: string,
    private readonly newText: string,
    private readonly oldTokens: TokenList,
    private readonly newTokens: TokenList,
    private readonly oldToNew: Int32Array,
    private readonly newToOld: Int32Array,
  ) {}

  /** First old token ending after `x`. */
  private firstEndingAfter(x: number): number {
    const end = this.oldTokens.end;
    let lo = 0;
    let hi = this.oldTokens.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (end[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Last old token starting before `x` (-1 if none). */
  private lastStartingBefore(x: number): number {
    const start = this.oldTokens.start;
    let lo = 0;
    let hi = this.oldTokens.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (start[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * New [start, end) of old [s, e) when every token it touches survived, in one piece and in
   * order (moved or not) and the text between them still reads the same once normalised;
   * undefined otherwise.
   */
  intact(s: number, e: number): { start: number; end: number } | undefined {
    const { oldToNew, oldText, newText } = this;
    const i0 = this.firstEndingAfter(s);
    const i1 = this.lastStartingBefore(e);
    if (i0 > i1 || s >= e) return undefined;
    const j0 = oldToNew[i0]!;
    if (j0 < 0) return undefined;
    for (let t = i0 + 1; t <= i1; t++) if (oldToNew[t] !== j0 + t - i0) return undefined;
    const j1 = j0 + i1 - i0;
    const edges = this.mapEdges(s, e, i0, i1, j0, j1);
    if (!edges) return undefined;
    const { start, end } = edges;
    const was = oldText.slice(s, e);
    const now = newText.slice(start, end);
    if (was !== now && loose(was) !== loose(now)) return undefined;
    return { start, end };
  }

  /** True when new [start, end) overlaps a token paired with an old token outside `i0`..`i1`. */
  private claimedByOthers(start: number, end: number, i0: number, i1: number): boolean {
    const { newTokens: nt, newToOld } = this;
    let lo = 0;
    let hi = nt.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (nt.end[mid]! > start) hi = mid;
      else lo = mid + 1;
    }
    for (let j = lo; j < nt.count && nt.start[j]! < end; j++) {
      const o = newToOld[j]!;
      if (o >= 0 && (o < i0 || o > i1)) return true;
    }
    return false;
  }

  /** True when no token of the old line(s) holding tokens `i0`..`i1` was paired. */
  private lineUnpaired(i0: number, i1: number): boolean {
    const { oldTokens: ot, oldToNew } = this;
    let a = Math.max(0, i0);
    while (a > 0 && !ot.lineStart[a]) a--;
    let b = Math.max(a, i1) + 1;
    while (b < ot.count && !ot.lineStart[b]) b++;
    for (let t = a; t < b; t++) if (oldToNew[t]! >= 0) return false;
    return true;
  }

  /**
   * The new [start, end) of old [s, e), whose first and last tokens i0, i1 went to j0, j1:
   * text before the first token or after the last (punctuation, a space) must be there
   * unchanged; an edge inside a token maps through its normalised form. Undefined when an
   * edge does not map or the range comes out empty.
   */
  private mapEdges(s: number, e: number, i0: number, i1: number, j0: number, j1: number): { start: number; end: number } | undefined {
    const { oldTokens: ot, newTokens: nt, oldText, newText } = this;
    let start: number;
    if (s <= ot.start[i0]!) {
      const lead = oldText.slice(s, ot.start[i0]);
      start = nt.start[j0]! - lead.length;
      if (start < 0 || newText.slice(start, nt.start[j0]) !== lead) return undefined;
    } else start = this.inside(i0, j0, s, 'start');
    let end: number;
    if (e >= ot.end[i1]!) {
      const trail = oldText.slice(ot.end[i1], e);
      end = nt.end[j1]! + trail.length;
      if (newText.slice(nt.end[j1], end) !== trail) return undefined;
    } else end = this.inside(i1, j1, e, 'end');
    return end > start ? { start, end } : undefined;
  }

  /** Where an edge inside old token `i` lands in new token `j`: same offset if the tokens read alike, else through the normalised forms, never splitting a cluster. */
  private inside(i: number, j: number, x: number, edge: 'start' | 'end'): number {
    const { oldTokens: ot, newTokens: nt } = this;
    const os = ot.start[i]!;
    const ns = nt.start[j]!;
    if (this.oldText.slice(os, ot.end[i]) === this.newText.slice(ns, nt.end[j])) {
      return edge === 'start' ? clusterStart(this.newText, ns + x - os) : clusterEnd(this.newText, ns + x - os);
    }
    const map = ot.normalized.toOriginal;
    let k = 0;
    for (let p = ot.nStart[i]!; p < ot.nEnd[i]! && map[p]! < x; p++) k++;
    const n0 = nt.nStart[j]!;
    if (edge === 'start') return k >= nt.nEnd[j]! - n0 ? nt.end[j]! : nt.normalized.originalRange(n0 + k, nt.nEnd[j]!).start;
    return k === 0 ? ns : nt.normalized.originalRange(n0, n0 + k).end;
  }

  /**
   * A touched span whose first and last tokens both survived, in order and not far apart:
   * its new extent runs from the one to the other, taken if the quote there is similar
   * enough. One comparison instead of a search.
   */
  private byEdges(quote: string, s: number, e: number, i0: number, i1: number, threshold: number): Hit | undefined {
    const { oldToNew, newText } = this;
    if (i0 > i1) return undefined;
    const j0 = oldToNew[i0]!;
    const j1 = oldToNew[i1]!;
    if (j0 < 0 || j1 < j0 || j1 - j0 > 2 * (i1 - i0) + EDGE_SLACK) return undefined;
    const edges = this.mapEdges(s, e, i0, i1, j0, j1);
    if (!edges) return undefined;
    const { start, end } = edges;
    if (this.claimedByOthers(start, end, i0, i1)) return undefined;
    const similarity = quoteSimilarity(quote, newText.slice(start, end));
    return similarity >= threshold ? { start, end, context: 1, similarity, rank: 1 } : undefined;
  }

  /**
   * A span an edit touched: searched for where the diff says its text went (between the
   * new places of its nearest surviving neighbours, and of its own surviving tokens),
   * exactly then approximately; else orphaned there, or left pending when it sat in a
   * long stretch nothing was paired with (it may have moved beyond recognition).
   */
  search(item: SpanItem, s: number, e: number, finder: SpanFinder, threshold: number): void {
    const { oldTokens: ot, newTokens: nt, oldToNew } = this;
    const i0 = this.firstEndingAfter(s);
    const i1 = Math.max(i0 - 1, this.lastStartingBefore(e));
    const q = item.quote.length;
    const byEdges = this.byEdges(item.quote, s, e, i0, i1, threshold);
    if (byEdges) {
      place(item, byEdges, 'diff edges');
      return;
    }
    let before = i0 - 1;
    while (before >= 0 && i0 - before <= REACH && oldToNew[before]! < 0) before--;
    let after = i1 + 1;
    while (after < ot.count && after - i1 <= REACH && oldToNew[after]! < 0) after++;
    const jb = before < 0 ? -1 : oldToNew[before]!;
    const ja = after >= ot.count ? -1 : oldToNew[after]!;
    // Where the span's start would be by its left neighbour, by its right one (start of text,
    // end of text when it has none) and by its own surviving tokens.
    let left = before < 0 ? 0 : jb >= 0 ? nt.end[jb]! + (s - ot.end[before]!) : undefined;
    let right = after >= ot.count ? this.newText.length - q : ja >= 0 ? nt.start[ja]! - (ot.start[after]! - e) - q : undefined;
    if (left !== undefined && right !== undefined) {
      // Neighbours that went to different places (a move boundary) say nothing about where the
      // text between them went.
      const oldGap = (after >= ot.count ? this.oldText.length : ot.start[after]!) - (before < 0 ? 0 : ot.end[before]!);
      const newGap = (ja >= 0 ? nt.start[ja]! : this.newText.length) - (jb >= 0 ? nt.end[jb]! : 0);
      if (newGap < 0 || newGap > 2 * oldGap + MAX_SHIFT) left = right = undefined;
    }
    const starts: number[] = [];
    if (left !== undefined) starts.push(left);
    if (right !== undefined) starts.push(right);
    for (let t = i0; t <= i1; t++) {
      const j = oldToNew[t]!;
      if (j >= 0) starts.push(nt.start[j]! - (ot.start[t]! - s));
    }
    const unpaired = after - before - 1;
    if (starts.length === 0) return; // nothing nearby says where it went: the order-based placement decides
    // Its own tokens may disagree too (a period paired with another sentence's): the
    // estimate most of them share wins, and only estimates near it bound the region.
    const mode = mostCommon(starts);
    const near = starts.filter((x) => Math.abs(x - mode) <= MAX_REGION / 2);
    const lo = Math.min(...near);
    const hi = Math.min(lo + MAX_REGION, Math.max(...near));
    const slide = Math.min(SLIDE, q + 2);
    const scale = Math.max(slide, hi - lo);
    // Inside the region, or beside it with the old context; and never on words the diff paired
    // with other old words: a deleted `من` is not the `من` of the next sentence.
    const inRegion = (h: Hit): boolean =>
      h.start >= lo - slide && h.start <= hi + slide && (h.start >= lo && h.start <= hi || h.context >= MEDIUM_CONTEXT) && !this.claimedByOthers(h.start, h.end, i0, i1);
    const exact = finder.exact(item, lo - slide, hi + slide, lo, scale);
    let hit = exact && inRegion(exact) ? exact : undefined;
    if (!hit) {
      const fuzzy = finder.fuzzy(item, lo - slide, hi + slide, lo, scale, threshold);
      if (fuzzy && inRegion(fuzzy)) {
        // A span never ends between a letter and its marks, nor starts on a mark.
        hit = { ...fuzzy, start: clusterStart(this.newText, fuzzy.start), end: clusterEnd(this.newText, fuzzy.end) };
      }
    }
    if (hit) {
      place(item, hit, 'diff search');
      return;
    }
    // A long unpaired passage, or a whole line nothing was paired in, may have moved beyond
    // what the diff recognised: the order-based placement gets a look before it is orphaned.
    if (unpaired >= WIDE || this.lineUnpaired(i0, i1)) return;
    item.via = 'diff';
    item.state = 'orphaned';
    item.newStart = item.newEnd = Math.max(0, Math.min(left ?? lo, this.newText.length));
  }
}

/** The value occurring most often (the first of those on a tie). */
function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const v of values) if (counts.get(v)! > counts.get(best)!) best = v;
  return best;
}

/** Normalised, with runs of whitespace made one space: what must agree for a span to count as surviving. */
function loose(text: string): string {
  return normalizeForMatching(text).text.replace(/\s+/g, ' ');
}
