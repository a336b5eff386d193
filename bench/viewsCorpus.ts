/**
 * A generated corpus for the views' benchmark: 1,000 files of real Arabic news (test/corpus,
 * one split) with 100 annotations each, shaped like a researcher's: actors (a third under a
 * canonical name shared across files), dates with ISO values, claims linked to the nearest
 * actor and date before them (some without, some reported by another actor), three
 * annotators, a few orphans. Deterministic: the same split gives the same corpus.
 */
import type { Annotation } from '../src/core/model/annotation';
import type { CorpusFile } from '../src/core/corpus/types';
import { CodePointIndex } from '../src/core/text/offsets';
import { newsText, type NewsSplit } from '../test/corpus/newsCorpus';

export interface ViewsBenchFile extends CorpusFile {
  text: string;
  annotations: Annotation[];
}

const ANNOTATORS = ['Huda', 'Omar', 'Layla'];
const WORD = /[\u0621-\u064a\u0660-\u0669\u0670-\u06d3]+/g;

export function buildViewsCorpus(split: NewsSplit, files = 1000, perFile = 100): ViewsBenchFile[] {
  const out: ViewsBenchFile[] = [];
  const canonicalPool: string[] = [];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let f = 0; f < files; f++) {
    const text = newsText(8000, split, f * 3);
    const index = CodePointIndex.of(text);
    const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const step = Math.max(1, Math.floor(words.length / (perFile + 1)));
    const annotations: Annotation[] = [];
    let lastActor: string | undefined;
    let lastDate: string | undefined;
    for (let k = 0; k < perFile && k * step + 2 < words.length; k++) {
      const w = k * step;
      const roll = k % 10;
      const type = roll < 5 ? 'actor' : roll < 7 ? 'date' : 'claim';
      const span = type === 'claim' ? [words[w]!.start, words[w + 2]!.end] : type === 'actor' && rand() < 0.5 ? [words[w]!.start, words[w + 1]!.end] : [words[w]!.start, words[w]!.end];
      const start = index.fromUtf16(span[0]!);
      const end = index.fromUtf16(span[1]!);
      const quote = text.slice(span[0], span[1]);
      const id = `f${f}a${k}`;
      const a: Annotation = {
        id, type, start, end, text: quote, before: '', after: '', attrs: {}, links: {},
        annotator: ANNOTATORS[k % ANNOTATORS.length]!, created: '2026-01-01T00:00:00.000Z',
      };
      if (type === 'actor') {
        if (canonicalPool.length < 400) canonicalPool.push(quote);
        if (rand() < 0.33) a.attrs.canonical = canonicalPool[Math.floor(rand() * canonicalPool.length)]!;
        lastActor = id;
      } else if (type === 'date') {
        a.attrs.value = `20${10 + Math.floor(rand() * 15)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
        lastDate = id;
      } else {
        if (lastActor && rand() < 0.8) a.links.speaker = lastActor;
        if (lastDate && rand() < 0.7) a.links.date = lastDate;
        if (lastActor && rand() < 0.1) a.links['reported-by'] = lastActor;
      }
      if (rand() < 0.03) {
        a.orphaned = true;
        a.end = a.start;
      }
      annotations.push(a);
    }
    out.push({ path: `file:///corpus/${split}/${String(f).padStart(4, '0')}.txt`, text, annotations });
  }
  return out;
}
