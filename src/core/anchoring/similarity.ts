/**
 * How well the text around a candidate position agrees with a span's remembered context,
 * and how alike two quotes are. Both work on UTF-16 strings; they only rank candidates,
 * so the small difference astral characters make does not matter.
 */

import { CONTEXT_LENGTH } from '../model/annotation';

/** Extra characters of new text looked at beside a candidate, so an inserted word does not hide the old context. */
const SLACK = 12;

/** Reused scratch buffer for the bigram count (contexts are short). */
let used = new Uint8Array(256);

/**
 * Similarity (0..1) of the old `before`/`after` context to the new text beside `[start, end)`.
 * Each side scores the larger of: how many characters agree right next to the span, and how
 * many of the old context's character pairs occur nearby (which survives an inserted or
 * deleted word). An empty old context means the span touched the start or end of the text.
 */
export function contextSimilarity(text: string, start: number, end: number, before: string, after: string): number {
  return (beforeSimilarity(text, start, before) + afterSimilarity(text, end, after)) / 2;
}

export function beforeSimilarity(text: string, start: number, before: string): number {
  const n = before.length;
  if (n === 0) return start === 0 ? 1 : 0.5;
  let same = 0;
  while (same < n && same < start && text.charCodeAt(start - 1 - same) === before.charCodeAt(n - 1 - same)) same++;
  if (same === n) return 1;
  const score = Math.max(same / n, pairOverlap(before, text, Math.max(0, start - n - SLACK), start) * 0.95);
  // Old and new place both near the start of the text: the characters that no longer exist
  // are no evidence either way, those that do count by how much of them the old context explains.
  if (start < n && n < CONTEXT_LENGTH) {
    const kept = start === 0 ? 0.5 : pairOverlap(text.slice(0, start), before, 0, n);
    return Math.max(score, (start * kept + (n - start) * 0.5) / n);
  }
  return score;
}

export function afterSimilarity(text: string, end: number, after: string): number {
  const n = after.length;
  if (n === 0) return end === text.length ? 1 : 0.5;
  let same = 0;
  while (same < n && end + same < text.length && text.charCodeAt(end + same) === after.charCodeAt(same)) same++;
  if (same === n) return 1;
  const score = Math.max(same / n, pairOverlap(after, text, end, Math.min(text.length, end + n + SLACK)) * 0.95);
  const left = text.length - end;
  if (left < n && n < CONTEXT_LENGTH) {
    const kept = left === 0 ? 0.5 : pairOverlap(text.slice(end), after, 0, n);
    return Math.max(score, (left * kept + (n - left) * 0.5) / n);
  }
  return score;
}

/** Number of exact characters agreeing on both sides of `[start, end)`, as a fraction of the context. */
export function adjacency(text: string, start: number, end: number, before: string, after: string): number {
  let b = 0;
  while (b < before.length && b < start && text.charCodeAt(start - 1 - b) === before.charCodeAt(before.length - 1 - b)) b++;
  let a = 0;
  while (a < after.length && end + a < text.length && text.charCodeAt(end + a) === after.charCodeAt(a)) a++;
  const total = before.length + after.length;
  return total === 0 ? 1 : (a + b) / total;
}

/** Fraction of the character pairs of `ctx` found in `text[from, to)`, each pair of the text used once. */
function pairOverlap(ctx: string, text: string, from: number, to: number): number {
  const pairs = ctx.length - 1;
  if (pairs <= 0) return text.slice(from, to).includes(ctx) ? 1 : 0;
  const m = to - from - 1;
  if (m <= 0) return 0;
  if (used.length < m) used = new Uint8Array(m * 2);
  used.fill(0, 0, m);
  let hits = 0;
  for (let i = 0; i < pairs; i++) {
    const c1 = ctx.charCodeAt(i);
    const c2 = ctx.charCodeAt(i + 1);
    for (let j = 0; j < m; j++) {
      if (used[j] === 0 && text.charCodeAt(from + j) === c1 && text.charCodeAt(from + j + 1) === c2) {
        used[j] = 1;
        hits++;
        break;
      }
    }
  }
  return hits / pairs;
}

/**
 * Similarity (0..1) of two quotes: 1 - Levenshtein distance / length of the longer one.
 * Quotes beyond a few thousand characters are compared by shared character pairs instead.
 */
export function quoteSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  if (a.length * b.length > 4_000_000) return sharedPairs(a, b);
  return 1 - levenshtein(a, b) / longer;
}

/**
 * What pairOverlap(a, b, 0, b.length) gives (the share of a's character pairs found in b,
 * each pair of b used once), counted through a table in linear time: for long quotes,
 * where the scan of pairOverlap would take seconds.
 */
export function sharedPairs(a: string, b: string): number {
  const pairs = a.length - 1;
  if (pairs <= 0) return b.includes(a) ? 1 : 0;
  const available = new Map<number, number>();
  for (let j = 0; j + 1 < b.length; j++) {
    const key = b.charCodeAt(j) * 0x10000 + b.charCodeAt(j + 1);
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  let hits = 0;
  for (let i = 0; i < pairs; i++) {
    const key = a.charCodeAt(i) * 0x10000 + a.charCodeAt(i + 1);
    const left = available.get(key);
    if (left) {
      available.set(key, left - 1);
      hits++;
    }
  }
  return hits / pairs;
}

/** Edit distance (insertions, deletions, substitutions) between two strings, in UTF-16 units. */
export function levenshtein(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  const m = b.length;
  if (m === 0) return a.length;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (c === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}
