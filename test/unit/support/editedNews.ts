/**
 * Small edited news articles whose every span's true new place is known, for the placement
 * without the old text (placeByOrder.ts): a real article of the development half, a few
 * word-aligned spans, and a few edits made word by word (a word replaced, deleted, one
 * letter changed, words inserted, a run of words or a span's quote copied elsewhere, a word
 * put before the text), half of them at or next to a span. Each word keeps where it came from, so where a span went, and
 * whether its words survived as they were, is known without any re-anchoring.
 */
import { quoteSimilarity } from '../../../src/core/anchoring/similarity';
import { newsArticles } from '../../corpus/newsCorpus';
import { seededRandom } from '../../corpus/random';

/** Where a span truly is in the new text. */
export interface Truth {
  /** 'intact': its words, unchanged and together; 'edited': together, a letter changed; 'gone': a word lost, or others put between. */
  kind: 'intact' | 'edited' | 'gone';
  /** The new range of its words (for 'intact' and 'edited'); for 'gone', from the first of its words left to the last (-1 when none is). */
  start: number;
  end: number;
}

export interface EditedCase {
  oldText: string;
  newText: string;
  /** Spans as [start, end) in the old text (UTF-16 = code points: the articles are Arabic). */
  spans: [number, number][];
  truth: Truth[];
}

interface Word {
  text: string;
  /** White space after it. */
  sep: string;
  /** Index of the old word it is, or -1 for an inserted one. */
  origin: number;
  changed: boolean;
}

let pool: { texts: string[]; words: string[] } | undefined;

/** Articles of 600 to 2,500 characters, and the Arabic words of the first 30 (for insertions). */
function articles(): { texts: string[]; words: string[] } {
  if (pool) return pool;
  const texts = newsArticles('dev')
    .map((a) => a.content.trim())
    .filter((t) => t.length > 600 && t.length < 2500)
    .slice(0, 300);
  const words = texts.slice(0, 30).flatMap((t) => t.split(/\s+/)).filter((w) => /^[\u0621-\u064A]{2,}$/.test(w));
  pool = { texts, words };
  return pool;
}

/** The case of one seed. */
export function editedCase(seed: number): EditedCase {
  const { texts, words } = articles();
  const rnd = seededRandom(seed);
  const pick = (n: number): number => Math.floor(rnd() * n);
  const word = (): string => words[pick(words.length)]!;
  const oldText = texts[pick(texts.length)]!;
  const found = [...oldText.matchAll(/(\S+)(\s*)/g)];
  const offsets = found.map((m) => m.index);
  let out: Word[] = found.map((m, i) => ({ text: m[1]!, sep: m[2]!, origin: i, changed: false }));
  // Spans of one to three words, in order, not overlapping.
  const firsts = new Set<number>();
  const want = 2 + pick(5);
  while (firsts.size < want) firsts.add(pick(found.length - 3));
  const spanWords: [number, number][] = [];
  for (const s of [...firsts].sort((a, b) => a - b)) {
    const e = Math.min(found.length - 1, s + pick(3));
    if (spanWords.length === 0 || s > spanWords[spanWords.length - 1]![1]) spanWords.push([s, e]);
  }
  const spans = spanWords.map(([s, e]): [number, number] => [offsets[s]!, offsets[e]! + found[e]![1]!.length]);
  const inserted = (text: string): Word => ({ text, sep: ' ', origin: -1, changed: false });
  const edits = 1 + pick(8);
  for (let k = 0; k < edits; k++) {
    // Half the edits at or next to a span's words, where they matter.
    const [s0, e0] = spanWords[pick(spanWords.length)]!;
    const near = out.findIndex((w) => w.origin >= s0 - 1 && w.origin <= e0 + 1);
    const i = rnd() < 0.5 && near >= 0 ? Math.min(out.length - 1, near + pick(e0 - s0 + 3)) : pick(out.length);
    const w = out[i]!;
    const kind = pick(7);
    if (kind === 0) out[i] = { ...inserted(word()), sep: w.sep };
    else if (kind === 1) out.splice(i, 1);
    else if (kind === 2) out.splice(i + 1, 0, inserted(word()), inserted(word()));
    else if (kind === 3) {
      const j = pick(out.length);
      out.splice(i + 1, 0, ...out.slice(j, j + 1 + pick(4)).map((c) => inserted(c.text)));
    } else if (kind === 4 && w.text.length > 3) out[i] = { ...w, text: w.text.slice(0, -1) + 'ت', changed: true };
    else if (kind === 5) {
      const [s, e] = spans[pick(spans.length)]!;
      out.splice(i + 1, 0, ...oldText.slice(s, e).split(/\s+/).map(inserted));
    } else if (kind === 6) out = [inserted(word()), ...out];
  }
  let newText = '';
  const at: number[] = [];
  for (const w of out) {
    at.push(newText.length);
    newText += w.text + w.sep;
  }
  newText = newText.trimEnd();
  const truth = spanWords.map(([s, e]): Truth => {
    const k = out.findIndex((w) => w.origin === s);
    const run = k < 0 ? [] : out.slice(k, k + e - s + 1);
    const together = run.length === e - s + 1 && run.every((w, j) => w.origin === s + j && (j === run.length - 1 || w.sep === found[s + j]![2]));
    if (!together) {
      const left = out.flatMap((w, j) => (w.origin >= s && w.origin <= e ? [j] : []));
      if (left.length === 0) return { kind: 'gone', start: -1, end: -1 };
      return { kind: 'gone', start: at[left[0]!]!, end: at[left[left.length - 1]!]! + out[left[left.length - 1]!]!.text.length };
    }
    const start = at[k]!;
    const end = at[k + e - s]! + run[run.length - 1]!.text.length;
    return { kind: run.some((w) => w.changed) ? 'edited' : 'intact', start, end };
  });
  return { oldText, newText, spans, truth };
}

/**
 * What a researcher expects of one placed (or orphaned) span, or undefined when it is met:
 * - a quote the new text holds elsewhere too (a run of words copied) is ambiguous: any answer;
 * - intact: placed exactly over its words;
 * - edited within the threshold: placed exactly over its edited words, or orphaned;
 * - gone (a word lost, or others put between), or edited beyond the threshold: orphaned, or
 *   placed approximately (quote similarity below 1) over what is left of its words.
 */
export function misplaced(c: EditedCase, k: number, r: { state: string; newStart: number; newEnd: number; score: number }, threshold: number): string | undefined {
  const t = c.truth[k]!;
  const [s, e] = c.spans[k]!;
  const quote = c.oldText.slice(s, e);
  const got = `${r.state} ${r.newStart}-${r.newEnd}`;
  const copies = c.newText.split(quote).length - 1;
  if (copies > (t.kind === 'intact' ? 1 : 0)) return undefined;
  const exact = r.state === 'placed' && r.newStart === t.start && r.newEnd === t.end;
  if (t.kind === 'intact') return exact ? undefined : `intact at ${t.start}-${t.end}, got ${got}`;
  if (t.kind === 'edited' && quoteSimilarity(quote, c.newText.slice(t.start, t.end)) >= threshold) {
    return exact || r.state === 'orphaned' ? undefined : `edited at ${t.start}-${t.end}, got ${got}`;
  }
  if (r.state === 'orphaned') return undefined;
  const over = r.score < 1 && r.newStart < t.end && t.start < r.newEnd;
  return over ? undefined : `gone (left ${t.start}-${t.end}), got ${got}`;
}
