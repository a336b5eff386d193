/**
 * Deterministic Arabic test data for re-anchoring: a large text recombined from the one
 * real article we have, annotations over it, scattered edits, and the true new position
 * of every annotation after the edits (the ground truth a re-anchoring is scored against).
 *
 * The text is built from real sentences, some repeated verbatim and most spliced from two
 * real sentences at a random word, so short quotes (and even whole 32-character contexts)
 * recur thousands of times: that is what makes re-anchoring news text hard.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { AnchorOutcome, AnchorResult } from '../../src/core/anchoring/reanchor';
import type { Annotation } from '../../src/core/model/annotation';
import { spanContext } from '../../src/core/text/context';
import { CodePointIndex } from '../../src/core/text/offsets';
import { seededRandom } from './random';

/** The seed article, a forum repost of a news story, boilerplate included (test/fixtures). */
export const SEED_ARTICLE = fs.readFileSync(path.join(__dirname, '../../../test/fixtures/seed-article.ar.txt'), 'utf8');

/** What the edits did to an annotation's text. */
export type SpanKind = 'intact' | 'deleted' | 'typo';

export interface CorpusOptions {
  /** PRNG seed; the same seed always gives the same case. */
  seed?: number;
  /** Length of the old text in code points (about 1.8 bytes each in UTF-8). */
  length?: number;
  /** Number of annotations, each over 1 to 6 whole words of one paragraph. */
  spans?: number;
  /** Fraction of words inserted or deleted (half each), never inside an annotation. */
  editRate?: number;
  /** Paragraphs cut and pasted elsewhere, after the word edits. */
  movedParagraphs?: number;
  /** Annotations whose words are deleted: the right answer for them is 'orphaned'. */
  deletedSpans?: number;
  /** Annotations with one letter changed inside: the right answer is their new range. */
  typoSpans?: number;
  /** Chance per word of an emoji (an astral character) next to it, so offsets must be code points. */
  emojiRate?: number;
}

export interface ReanchorCase {
  oldText: string;
  newText: string;
  /** Annotations over `oldText`, sorted as a sidecar stores them. */
  annotations: Annotation[];
  /** The true new `[start, end)` (code points) of each annotation, or null when its words were deleted. */
  truth: ({ start: number; end: number } | null)[];
  kinds: SpanKind[];
  edits: { inserted: number; deleted: number; movedParagraphs: number; deletedSpans: number; typos: number };
}

interface Token {
  id: number;
  text: string;
}

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const EMOJI = ['📌', '🇮🇶', '🔴', '😊', '𝟐𝟎𝟐𝟒'];

/** The seed article's sentences as word lists: each line cut after sentence-final punctuation. */
export function seedSentences(): string[][] {
  const out: string[][] = [];
  for (const line of SEED_ARTICLE.split('\n')) {
    for (const sentence of line.split(/(?<=[.!?؟])\s+/u)) {
      const words = sentence.split(/\s+/u).filter((w) => w.length > 0);
      if (words.length > 0) out.push(words);
    }
  }
  return out;
}

/** Every word of the seed article, repeats included (so frequent words stay frequent). */
export function seedWords(): string[] {
  return SEED_ARTICLE.split(/\s+/u).filter((w) => w.length > 0);
}

function cpLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Builds an old text, annotations over it, an edited new text and the ground truth. */
export function buildReanchorCase(options: CorpusOptions = {}): ReanchorCase {
  const rnd = seededRandom(options.seed ?? 20241129);
  const target = options.length ?? 2_000_000;
  const spanCount = options.spans ?? 10_000;
  const editRate = options.editRate ?? 0.02;
  const moveCount = options.movedParagraphs ?? 5;
  const deleteCount = options.deletedSpans ?? 50;
  const typoCount = options.typoSpans ?? 50;
  const emojiRate = options.emojiRate ?? 0.001;

  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const sentences = seedSentences();
  const words = seedWords();
  let nextId = 0;
  const token = (text: string): Token => ({ id: nextId++, text });

  // A sentence: a real one verbatim (30 %), else the head of one spliced to the tail of another.
  const sentence = (): string[] => {
    const a = pick(sentences);
    if (rnd() < 0.3 || a.length < 2) return a;
    const b = pick(sentences);
    return [...a.slice(0, 1 + int(a.length - 1)), ...b.slice(int(b.length))];
  };

  const paragraphs: Token[][] = [];
  let length = 0;
  while (length < target) {
    let ws: string[];
    if (rnd() < 0.1) {
      const s = pick(sentences);
      const from = int(s.length);
      ws = s.slice(from, from + 3 + int(6)); // a headline
    } else {
      ws = [];
      for (let n = 1 + int(5); n > 0; n--) ws.push(...sentence());
    }
    const para: Token[] = [];
    for (const w of ws) {
      if (rnd() < emojiRate) para.push(token(pick(EMOJI)));
      para.push(token(w));
    }
    paragraphs.push(para);
    length += para.reduce((sum, t) => sum + cpLength(t.text) + 1, 0);
  }

  // Annotations: 1-6 words starting at a random word, within its paragraph.
  const flat: { p: number; i: number }[] = [];
  paragraphs.forEach((para, p) => para.forEach((_, i) => flat.push({ p, i })));
  const spans: Token[][] = [];
  const seen = new Set<string>();
  while (spans.length < spanCount) {
    const { p, i } = pick(flat);
    const para = paragraphs[p]!;
    const n = Math.min(1 + int(6), para.length - i);
    const key = `${para[i]!.id}:${n}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push(para.slice(i, i + n));
  }

  // Which annotations lose their words or get a typo: only ones that share no word with another.
  const uses = new Map<number, number>();
  for (const s of spans) for (const t of s) uses.set(t.id, (uses.get(t.id) ?? 0) + 1);
  const alone = (s: Token[]): boolean => s.every((t) => uses.get(t.id) === 1);
  const kinds: SpanKind[] = spans.map(() => 'intact');
  const typoed = new Map<number, string>();
  for (let n = 0, tries = 0; n < deleteCount && tries < 100 * deleteCount; tries++) {
    const k = int(spans.length);
    if (kinds[k] !== 'intact' || !alone(spans[k]!)) continue;
    kinds[k] = 'deleted';
    n++;
  }
  for (let n = 0, tries = 0; n < typoCount && tries < 100 * typoCount; tries++) {
    const k = int(spans.length);
    const s = spans[k]!;
    const victim = s.find((t) => t.text.length >= 5 && [...t.text].every((c) => LETTERS.includes(c)));
    if (kinds[k] !== 'intact' || !alone(s) || !victim) continue;
    const at = 1 + int(victim.text.length - 2);
    const others = LETTERS.replace(victim.text[at]!, '');
    typoed.set(victim.id, victim.text.slice(0, at) + pick([...others]) + victim.text.slice(at + 1));
    kinds[k] = 'typo';
    n++;
  }

  // Word edits never touch a surviving annotation's words nor the gaps between them.
  const locked = new Set<number>();
  const noGapBefore = new Set<number>();
  const deleted = new Set<number>();
  spans.forEach((s, k) => {
    for (const [j, t] of s.entries()) {
      if (kinds[k] === 'deleted') deleted.add(t.id);
      else locked.add(t.id);
      if (j > 0 && kinds[k] !== 'deleted') noGapBefore.add(t.id);
    }
  });
  const edits = Math.round(flat.length * editRate);
  let deletedWords = 0;
  for (let tries = 0; deletedWords < edits / 2 && tries < 20 * edits; tries++) {
    const { p, i } = pick(flat);
    const t = paragraphs[p]![i]!;
    if (locked.has(t.id) || deleted.has(t.id)) continue;
    deleted.add(t.id);
    deletedWords++;
  }
  const insertBefore = new Map<number, Token[]>();
  const insertAtEnd = new Map<number, Token[]>();
  let insertedWords = 0;
  for (let tries = 0; insertedWords < edits - deletedWords && tries < 20 * edits; tries++) {
    const { p, i } = pick(flat);
    const para = paragraphs[p]!;
    const atEnd = rnd() < 1 / 20;
    if (!atEnd && noGapBefore.has(para[i]!.id)) continue;
    const map = atEnd ? insertAtEnd : insertBefore;
    const key = atEnd ? p : para[i]!.id;
    map.set(key, [...(map.get(key) ?? []), token(pick(words))]);
    insertedWords++;
  }

  const edited: Token[][] = paragraphs.map((para, p) => {
    const out: Token[] = [];
    for (const t of para) {
      out.push(...(insertBefore.get(t.id) ?? []));
      if (deleted.has(t.id)) continue;
      const typo = typoed.get(t.id);
      out.push(typo === undefined ? t : { id: t.id, text: typo });
    }
    out.push(...(insertAtEnd.get(p) ?? []));
    return out;
  });
  for (let n = 0; n < moveCount && edited.length > 2; n++) {
    const from = int(edited.length);
    const [para] = edited.splice(from, 1);
    edited.splice(int(edited.length + 1), 0, para!);
  }

  const oldLayout = layout(paragraphs);
  const newLayout = layout(edited);
  const oldIndex = CodePointIndex.of(oldLayout.text);
  const annotations: Annotation[] = spans.map((s, k) => {
    const start = oldLayout.starts.get(s[0]!.id)!;
    const last = s[s.length - 1]!;
    const end = oldLayout.starts.get(last.id)! + cpLength(last.text);
    const { text, before, after } = spanContext(oldLayout.text, start, end, oldIndex);
    return {
      id: `a${k}`, type: 'claim', start, end, text, before, after, attrs: {}, links: {},
      created: '2024-02-11T00:00:00Z', modified: '2024-02-11T00:00:00Z',
    };
  });
  const truth = spans.map((s, k) => {
    if (kinds[k] === 'deleted') return null;
    const last = s[s.length - 1]!;
    const lastText = typoed.get(last.id) ?? last.text;
    return { start: newLayout.starts.get(s[0]!.id)!, end: newLayout.starts.get(last.id)! + cpLength(lastText) };
  });
  // A sidecar lists annotations by position; keep the truth aligned with that order.
  const order = annotations.map((_, k) => k).sort((x, y) => annotations[x]!.start - annotations[y]!.start || annotations[x]!.end - annotations[y]!.end);
  return {
    oldText: oldLayout.text,
    newText: newLayout.text,
    annotations: order.map((k) => annotations[k]!),
    truth: order.map((k) => truth[k]!),
    kinds: order.map((k) => kinds[k]!),
    edits: { inserted: insertedWords, deleted: deletedWords, movedParagraphs: moveCount, deletedSpans: deleteCount, typos: typoed.size },
  };
}

/** Joins words with spaces and paragraphs with newlines; records each word's code point offset. */
function layout(paragraphs: Token[][]): { text: string; starts: Map<number, number> } {
  const starts = new Map<number, number>();
  const lines: string[] = [];
  let offset = 0;
  for (const para of paragraphs) {
    for (const t of para) {
      starts.set(t.id, offset);
      offset += cpLength(t.text) + 1;
    }
    if (para.length === 0) offset += 1;
    lines.push(para.map((t) => t.text).join(' '));
  }
  return { text: lines.join('\n'), starts };
}

export interface Score {
  correct: number;
  total: number;
  outcomes: Record<AnchorOutcome, number>;
  /** Non-orphans whose `text` is not the new text at their offsets (must be 0). */
  broken: number;
}

/** Counts placements that match the ground truth. */
export function score(c: ReanchorCase, results: readonly AnchorResult<Annotation>[]): Score {
  const outcomes: Record<AnchorOutcome, number> = { kept: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const points = [...c.newText];
  let correct = 0;
  let broken = 0;
  results.forEach((r, k) => {
    outcomes[r.outcome]++;
    const truth = c.truth[k];
    const a = r.annotation;
    if (r.outcome !== 'orphaned' && points.slice(a.start, a.end).join('') !== a.text) broken++;
    if (truth === null || truth === undefined) {
      if (r.outcome === 'orphaned') correct++;
    } else if (r.outcome !== 'orphaned' && a.start === truth.start && a.end === truth.end) {
      correct++;
    }
  });
  return { correct, total: results.length, outcomes, broken };
}
