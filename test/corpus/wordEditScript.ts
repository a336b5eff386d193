/**
 * Random edit scripts over a real text with the truth kept: words inserted, deleted or
 * replaced, paragraphs moved, words changed only orthographically (diacritics, alef forms,
 * tatweel, digit scripts, comma forms). Spans of 1–6 words are drawn on the old text; a span
 * is "touched" when one of its words was deleted or replaced or a word was inserted inside
 * it, otherwise its true new offsets (UTF-16) are known exactly. For the re-anchoring tests
 * with the old text and the diff driver.
 */
import type { Annotation } from '../../src/core/model/annotation';
import { CodePointIndex } from '../../src/core/text/offsets';
import { seededRandom } from './random';

export interface EditScriptOptions {
  seed: number;
  /** Share of words inserted, deleted or replaced (a third each). */
  wordEdits?: number;
  /** Share of paragraphs moved to a random other place. */
  movedParagraphs?: number;
  /** Share of words changed orthographically only. */
  churn?: number;
  /** Number of spans drawn. */
  spans?: number;
}

export interface EditedSpan {
  annotation: Annotation;
  /** UTF-16 offsets of the span in the old text. */
  oldStart: number;
  oldEnd: number;
  /** True new UTF-16 offsets, or undefined when an edit touched the span. */
  truth?: { start: number; end: number };
}

export interface EditScript {
  oldText: string;
  newText: string;
  spans: EditedSpan[];
}

interface Word {
  text: string;
  oldStart: number;
  /** Set once the new text is built: new [start, end), or undefined if deleted/replaced. */
  newStart?: number;
  newEnd?: number;
  gone?: boolean;
  /** A word was inserted right before this one. */
  insertedBefore?: string;
  churned?: boolean;
}

const DIACRITICS = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u064c', '\u064d'];

/** An orthographic variant of `w` (same normalised form), or `w` itself when none applies. */
export function churnWord(w: string, rnd: () => number): string {
  const choice = Math.floor(rnd() * 5);
  if (/[0-9]/.test(w) && choice < 2) return w.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  if (/[٠-٩]/.test(w) && choice < 2) return w.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  if (w.includes('،')) return w.replace(/،/g, ',');
  if (w.endsWith(',')) return `${w.slice(0, -1)}،`;
  const letters = [...w].map((c, i) => (/[\u0621-\u064a]/.test(c) ? i : -1)).filter((i) => i >= 0);
  if (letters.length === 0) return w;
  const chars = [...w];
  if (choice === 2 && chars[0] === 'ا') return `أ${chars.slice(1).join('')}`;
  if (choice === 2 && /[أإآ]/.test(chars[0]!)) return `ا${chars.slice(1).join('')}`;
  if (choice === 3 && letters.length > 2) {
    const at = letters[1 + Math.floor(rnd() * (letters.length - 2))]!;
    chars.splice(at + 1, 0, '\u0640');
    return chars.join('');
  }
  const at = letters[Math.floor(rnd() * letters.length)]!;
  chars.splice(at + 1, 0, DIACRITICS[Math.floor(rnd() * DIACRITICS.length)]!);
  return chars.join('');
}

export function editScript(oldText: string, options: EditScriptOptions): EditScript {
  const rnd = seededRandom(options.seed);
  const wordEdits = options.wordEdits ?? 0;
  const churn = options.churn ?? 0;
  // Paragraphs: lines; words: split on single spaces (empty words stay, never edited).
  const paragraphs: Word[][] = [];
  let at = 0;
  for (const line of oldText.split('\n')) {
    const words: Word[] = [];
    let p = at;
    for (const w of line.split(' ')) {
      words.push({ text: w, oldStart: p });
      p += w.length + 1;
    }
    paragraphs.push(words);
    at += line.length + 1;
  }
  const vocabulary = paragraphs.flat().map((w) => w.text).filter((w) => w.length > 0);
  const pick = (): string => vocabulary[Math.floor(rnd() * vocabulary.length)]!;
  const newWords = new Map<Word, string>();
  for (const para of paragraphs) {
    for (const w of para) {
      if (w.text.length === 0) continue;
      const r = rnd();
      if (r < wordEdits / 3) w.insertedBefore = pick();
      else if (r < (2 * wordEdits) / 3) w.gone = true;
      else if (r < wordEdits) {
        w.gone = true;
        newWords.set(w, pick());
      } else if (rnd() < churn) {
        const variant = churnWord(w.text, rnd);
        if (variant !== w.text) {
          w.churned = true;
          newWords.set(w, variant);
        }
      }
    }
  }
  // Paragraph order: a share of them moved elsewhere.
  const order = paragraphs.map((_, i) => i);
  const moves = Math.round((options.movedParagraphs ?? 0) * paragraphs.length);
  for (let k = 0; k < moves; k++) {
    const from = Math.floor(rnd() * order.length);
    const [p] = order.splice(from, 1);
    order.splice(Math.floor(rnd() * (order.length + 1)), 0, p!);
  }
  const out: string[] = [];
  let length = 0;
  const emit = (s: string): void => {
    out.push(s);
    length += s.length;
  };
  order.forEach((pi, k) => {
    if (k > 0) emit('\n');
    let first = true;
    for (const w of paragraphs[pi]!) {
      const parts: string[] = [];
      if (w.insertedBefore !== undefined) parts.push(w.insertedBefore);
      const replacement = newWords.get(w);
      if (!w.gone || replacement !== undefined) parts.push(replacement ?? w.text);
      if (w.gone && replacement === undefined && w.insertedBefore === undefined) continue;
      for (let t = 0; t < parts.length; t++) {
        if (!first) emit(' ');
        first = false;
        if (t === parts.length - 1 && !w.gone) {
          w.newStart = length;
          w.newEnd = length + parts[t]!.length;
        }
        emit(parts[t]!);
      }
    }
  });
  const newText = out.join('');
  // Spans of 1–6 words inside one paragraph.
  const spans: EditedSpan[] = [];
  const index = CodePointIndex.of(oldText);
  const candidates = paragraphs.filter((p) => p.filter((w) => w.text.length > 0).length >= 6);
  for (let k = 0; k < (options.spans ?? 200) && candidates.length > 0; k++) {
    const para = candidates[Math.floor(rnd() * candidates.length)]!;
    const n = 1 + Math.floor(rnd() * 6);
    const s = Math.floor(rnd() * (para.length - n + 1));
    const words = para.slice(s, s + n);
    if (words.some((w) => w.text.length === 0)) continue;
    const oldStart = words[0]!.oldStart;
    const oldEnd = words[words.length - 1]!.oldStart + words[words.length - 1]!.text.length;
    const touched = words.some((w, i) => w.gone || (i > 0 && w.insertedBefore !== undefined));
    const annotation: Annotation = {
      id: `s${k}`,
      type: 'claim',
      start: index.fromUtf16(oldStart),
      end: index.fromUtf16(oldEnd),
      text: oldText.slice(oldStart, oldEnd),
      before: oldText.slice(Math.max(0, oldStart - 32), oldStart),
      after: oldText.slice(oldEnd, oldEnd + 32),
      attrs: {},
      links: {},
    };
    spans.push({
      annotation,
      oldStart,
      oldEnd,
      truth: touched ? undefined : { start: words[0]!.newStart!, end: words[words.length - 1]!.newEnd! },
    });
  }
  return { oldText, newText, spans };
}
