/**
 * Re-anchoring workloads from real Arabic news (issue 9): an old text split into paragraphs,
 * annotations over it as researchers make them, edits of one family (words inserted, deleted
 * or replaced; paragraphs moved; orthographic churn; heavily duplicated sentences; a large
 * text), and the exact new `[start, end)` of every annotation.
 *
 * Every word is a token with an identity that edits carry along, so the truth is known
 * exactly: a span's new range runs from where its first word went to where its last word
 * went, in the words' new written forms. Deterministic for a given seed and split.
 */
import { chooseSpans } from './workloadSpans';
import type { Annotation } from '../../src/core/model/annotation';
import { spanContext } from '../../src/core/text/context';
import { CodePointIndex } from '../../src/core/text/offsets';
import { newsArticles, newsText, type NewsSplit } from './newsCorpus';
import { churnWord } from './orthographicChurn';
import { seededRandom } from './random';

export { scoreWorkload, type Placement, type WorkloadScore } from './workloadScore';

export interface WorkloadOptions {
  /** PRNG seed: also picks where in the split the text starts. Default 1. */
  seed?: number;
  /** Which half of the news sample the text comes from. Default 'dev'. */
  split?: NewsSplit;
  /** Size of the old text in code points before duplicated sentences are added. Default 1,100,000 (about 2 MB). */
  codePoints?: number;
  /** Number of annotations. Default 10,000. */
  spans?: number;
  /**
   * Share of the text that carries annotations, in runs of 5 to 60 paragraphs: researchers
   * annotate some articles densely and leave others alone, so long stretches hold no span
   * (where a re-anchorer following spans from one to the next loses its drift). Default 0.3.
   */
  annotatedShare?: number;
}

export interface EditOptions extends WorkloadOptions {
  /** Fraction of words edited, a third each inserted, deleted and replaced, anywhere (spans too). */
  wordEditRate?: number;
  /** Fraction of paragraphs cut and pasted elsewhere, after the word edits. */
  movedParagraphs?: number;
  /** Fraction of words written another way (see orthographicChurn.ts). */
  churnRate?: number;
  /** Sentences repeated verbatim through the old text: how many, and how many copies of each. */
  duplicates?: { sentences: number; copies: number };
}

export interface EditWorkload {
  oldText: string;
  newText: string;
  /** Annotations over `oldText` as a sidecar stores them, sorted by position. */
  annotations: Annotation[];
  /** The true new `[start, end)` (code points) of each annotation; null when all its words were deleted. */
  truth: ({ start: number; end: number } | null)[];
  /**
   * True when an edit changed, deleted or inserted a word between the span's first and last
   * word (inserting next to it does not count; churn does not count). Touched spans are not
   * scored; for them `truth` is the range of their surviving words, for information.
   */
  touched: boolean[];
  stats: WorkloadStats;
}

export interface WorkloadStats {
  words: number;
  paragraphs: number;
  inserted: number;
  deleted: number;
  replaced: number;
  movedParagraphs: number;
  churned: number;
  duplicatedCopies: number;
  /** Annotations whose words were all deleted (truth null). */
  deletedSpans: number;
}

/** Words inserted, deleted or replaced (a third each) at `rate` of the words (0.02, 0.1, 0.2). */
export function wordEditWorkload(rate: number, options: WorkloadOptions = {}): EditWorkload {
  return buildEditWorkload({ ...options, wordEditRate: rate });
}

/** A fraction of paragraphs (0.01, 0.1, 0.3) moved to random other places, plus 2 % word edits. */
export function movedParagraphsWorkload(fraction: number, options: WorkloadOptions = {}): EditWorkload {
  return buildEditWorkload({ ...options, movedParagraphs: fraction, wordEditRate: 0.02 });
}

/** A fraction of words (default 20 %), inside spans too, written another way; nothing else changes. */
export function churnWorkload(rate = 0.2, options: WorkloadOptions = {}): EditWorkload {
  return buildEditWorkload({ ...options, churnRate: rate });
}

/** 20 sentences repeated 50 times each through the text, spans on some copies, plus 2 % word edits. */
export function duplicationWorkload(options: WorkloadOptions = {}): EditWorkload {
  return buildEditWorkload({ ...options, duplicates: { sentences: 20, copies: 50 }, wordEditRate: 0.02 });
}

/** About 8 MB (the whole sample, split 'all', about 4.3 M code points) with 40,000 spans and 2 % word edits. */
export function largeWorkload(options: WorkloadOptions = {}): EditWorkload {
  return buildEditWorkload({ split: 'all', codePoints: 4_400_000, spans: 40_000, ...options, wordEditRate: 0.02 });
}

export interface Token {
  id: number;
  text: string;
  /** The white space before the word inside its paragraph (usually one space). */
  gap: string;
}

/** A span over old paragraph `p`, words `first..last` inclusive. */
export interface SpanWords {
  p: number;
  first: number;
  last: number;
}

const TYPES = ['claim', 'actor', 'date'];
const WORDLIKE = /[\p{L}\p{N}]/u;
const LEADING_PUNCT = /^[\p{P}\p{S}]+/u;
const TRAILING_PUNCT = /[\p{P}\p{S}]+$/u;
const SENTENCE_END = /[.!?؟]$/u;

/** Builds one workload: old text, annotations, edits of the kinds asked for, and the exact truth. */
export function buildEditWorkload(options: EditOptions = {}): EditWorkload {
  const seed = options.seed ?? 1;
  const split = options.split ?? 'dev';
  const target = options.codePoints ?? 1_100_000;
  const spanCount = options.spans ?? 10_000;
  const rnd = seededRandom(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  let nextId = 0;
  const token = (text: string, gap: string): Token => ({ id: nextId++, text, gap });

  const articleCount = newsArticles(split).length;
  const from = int(articleCount);
  const paragraphs = toParagraphs(newsText(target, split, from), token);
  // Inserted and replacement words: real words from the articles that follow the text's.
  const pool = wordPool(split, from + articlesCovering(target, split, from));

  const stats: WorkloadStats = {
    words: 0, paragraphs: 0, inserted: 0, deleted: 0, replaced: 0, movedParagraphs: 0, churned: 0, duplicatedCopies: 0, deletedSpans: 0,
  };
  const copyIds = new Set<number>();
  if (options.duplicates) stats.duplicatedCopies = addDuplicates(paragraphs, options.duplicates, rnd, token, copyIds);

  const positions: { p: number; i: number }[] = [];
  paragraphs.forEach((para, p) => para.forEach((_, i) => positions.push({ p, i })));
  stats.words = positions.length;
  stats.paragraphs = paragraphs.length;

  const spans = chooseSpans(paragraphs, spanCount, rnd, copyIds, options.annotatedShare ?? 0.3);

  // Word edits, anywhere: a third deleted, a third replaced, a third inserted.
  const deleted = new Set<number>();
  const replaced = new Map<number, Token>();
  const insertBefore = new Map<number, Token[]>();
  const insertAtEnd = new Map<number, Token[]>();
  const edits = Math.round(positions.length * (options.wordEditRate ?? 0));
  for (let n = 0, tries = 0; n < edits && tries < 10 * edits; tries++) {
    const { p, i } = pick(positions);
    const para = paragraphs[p]!;
    const t = para[i]!;
    const kind = int(3);
    if (kind === 2) {
      const word = token(pick(pool), ' ');
      if (rnd() < 0.05) insertAtEnd.set(p, [...(insertAtEnd.get(p) ?? []), word]);
      else insertBefore.set(t.id, [...(insertBefore.get(t.id) ?? []), word]);
      stats.inserted++;
    } else {
      if (deleted.has(t.id) || replaced.has(t.id)) continue;
      if (kind === 0) {
        deleted.add(t.id);
        stats.deleted++;
      } else {
        replaced.set(t.id, token(pick(pool), t.gap));
        stats.replaced++;
      }
    }
    n++;
  }

  const churned = new Map<number, string>();
  if (options.churnRate) {
    for (const para of paragraphs) {
      for (const t of para) {
        if (rnd() >= options.churnRate) continue;
        const c = churnWord(t.text, rnd);
        if (c) churned.set(t.id, c.text);
      }
    }
    stats.churned = churned.size;
  }

  const edited: Token[][] = [];
  paragraphs.forEach((para, p) => {
    const out: Token[] = [];
    for (const t of para) {
      const before = insertBefore.get(t.id);
      if (before) out.push(...before);
      if (deleted.has(t.id)) continue;
      const replacement = replaced.get(t.id);
      if (replacement) {
        out.push(replacement);
        continue;
      }
      const c = churned.get(t.id);
      out.push(c === undefined ? t : { id: t.id, text: c, gap: t.gap });
    }
    const atEnd = insertAtEnd.get(p);
    if (atEnd) out.push(...atEnd);
    if (out.length > 0) edited.push(out);
  });
  const moves = Math.round(edited.length * (options.movedParagraphs ?? 0));
  for (let n = 0; n < moves && edited.length > 2; n++) {
    const from = int(edited.length);
    const [para] = edited.splice(from, 1);
    let to = int(edited.length + 1);
    if (to === from) to = (from + 1) % (edited.length + 1);
    edited.splice(to, 0, para!);
  }
  stats.movedParagraphs = moves;

  const oldLayout = layout(paragraphs, nextId);
  const newLayout = layout(edited, nextId);
  const oldIndex = CodePointIndex.of(oldLayout.text);

  const annotations: Annotation[] = [];
  const truth: ({ start: number; end: number } | null)[] = [];
  const touched: boolean[] = [];
  spans.forEach((s, k) => {
    const words = paragraphs[s.p]!.slice(s.first, s.last + 1);
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const start = oldLayout.starts[first.id]! + lead(first.text);
    const end = oldLayout.starts[last.id]! + cpLength(last.text) - trail(last.text);
    const { text, before, after } = spanContext(oldLayout.text, start, end, oldIndex);
    annotations.push({
      id: `w${k}`, type: TYPES[k % TYPES.length]!, start, end, text, before, after, attrs: {}, links: {},
      created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z',
    });
    const survivors = words.filter((t) => !deleted.has(t.id)).map((t) => replaced.get(t.id)?.id ?? t.id);
    const changedInside = words.some((t, j) => deleted.has(t.id) || replaced.has(t.id) || (j > 0 && insertBefore.has(t.id)));
    if (survivors.length === 0) {
      truth.push(null);
      touched.push(false);
      stats.deletedSpans++;
      return;
    }
    const a = survivors[0]!;
    const b = survivors[survivors.length - 1]!;
    const aText = newLayout.texts[a]!;
    const bText = newLayout.texts[b]!;
    truth.push({ start: newLayout.starts[a]! + lead(aText), end: newLayout.starts[b]! + cpLength(bText) - trail(bText) });
    touched.push(changedInside);
  });

  // A sidecar lists annotations by position; the truth follows the same order.
  const order = annotations.map((_, k) => k).sort((x, y) => annotations[x]!.start - annotations[y]!.start || annotations[x]!.end - annotations[y]!.end);
  return {
    oldText: oldLayout.text,
    newText: newLayout.text,
    annotations: order.map((k) => annotations[k]!),
    truth: order.map((k) => truth[k]!),
    touched: order.map((k) => touched[k]!),
    stats,
  };
}

/**
 * Paragraphs as word tokens, each with the white space before it. The articles mostly break
 * paragraphs with a single line break (blank lines are rare in the sample), so every
 * non-blank line is a paragraph; the old text separates them with blank lines.
 */
function toParagraphs(text: string, token: (text: string, gap: string) => Token): Token[][] {
  const out: Token[][] = [];
  for (const block of text.split('\n')) {
    const para: Token[] = [];
    const re = /(\s*)(\S+)/gu;
    // A line's first word gets a space too: it is written only if an inserted word comes to precede it.
    for (let m = re.exec(block); m; m = re.exec(block)) para.push(token(m[2]!, m[1] || ' '));
    if (para.length > 0) out.push(para);
  }
  return out;
}

/** About how many articles `newsText(codePoints, split, from)` takes (the same walk, lengths counted alike). */
function articlesCovering(codePoints: number, split: NewsSplit, from: number): number {
  const articles = newsArticles(split);
  let length = 0;
  let i = 0;
  for (; length < codePoints && i < articles.length; i++) {
    const a = articles[(from + i) % articles.length]!;
    length += cpLength(a.title) + cpLength(a.content.trim()) + 4;
  }
  return i;
}

/** Real words (with a letter or digit) from about 300,000 code points of news after article `from`. */
function wordPool(split: NewsSplit, from: number): string[] {
  return newsText(300_000, split, from % newsArticles(split).length)
    .split(/\s+/u)
    .filter((w) => WORDLIKE.test(w));
}

/**
 * `copies` copies of `sentences` real sentences (6 to 30 words), each copy a paragraph of its
 * own or the tail of a random paragraph. Returns the number of copies; their word ids go to `copyIds`.
 */
function addDuplicates(
  paragraphs: Token[][],
  options: { sentences: number; copies: number },
  rnd: () => number,
  token: (text: string, gap: string) => Token,
  copyIds: Set<number>,
): number {
  const int = (n: number): number => Math.floor(rnd() * n);
  const chosen: Token[][] = [];
  const seen = new Set<string>();
  for (let tries = 0; chosen.length < options.sentences && tries < 1000 * options.sentences; tries++) {
    const para = paragraphs[int(paragraphs.length)]!;
    const sentences: Token[][] = [[]];
    for (const t of para) {
      sentences[sentences.length - 1]!.push(t);
      if (SENTENCE_END.test(t.text)) sentences.push([]);
    }
    const s = sentences[int(sentences.length)]!;
    const key = s.map((t) => t.text).join(' ');
    if (s.length < 6 || s.length > 30 || seen.has(key)) continue;
    seen.add(key);
    chosen.push(s);
  }
  let count = 0;
  for (const s of chosen) {
    for (let c = 0; c < options.copies; c++) {
      const copy = s.map((t, j) => token(t.text, j === 0 ? ' ' : t.gap));
      for (const t of copy) copyIds.add(t.id);
      if (rnd() < 0.5) paragraphs.splice(int(paragraphs.length + 1), 0, copy);
      else paragraphs[int(paragraphs.length)]!.push(...copy);
      count++;
    }
  }
  return count;
}

/** Paragraphs joined by blank lines; each word's code point offset and text, indexed by word id. */
function layout(paragraphs: readonly Token[][], ids: number): { text: string; starts: number[]; texts: string[] } {
  const starts: number[] = new Array<number>(ids);
  const texts: string[] = new Array<string>(ids);
  const parts: string[] = [];
  let offset = 0;
  paragraphs.forEach((para, p) => {
    if (p > 0) offset += 2;
    const pieces: string[] = [];
    para.forEach((t, j) => {
      if (j > 0) {
        offset += cpLength(t.gap);
        pieces.push(t.gap);
      }
      starts[t.id] = offset;
      texts[t.id] = t.text;
      offset += cpLength(t.text);
      pieces.push(t.text);
    });
    parts.push(pieces.join(''));
  });
  return { text: parts.join('\n\n'), starts, texts };
}

/** Code points of leading punctuation or symbols a word-snapped selection leaves out (none for a word without letters or digits). */
function lead(word: string): number {
  if (!WORDLIKE.test(word)) return 0;
  return cpLength(LEADING_PUNCT.exec(word)?.[0] ?? '');
}

function trail(word: string): number {
  if (!WORDLIKE.test(word)) return 0;
  return cpLength(TRAILING_PUNCT.exec(word)?.[0] ?? '');
}

function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}
