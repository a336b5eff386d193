/**
 * The views on a corpus of 1,000 files with 100,000 annotations, pure core in Node: building
 * the corpus index, the work behind each view's first paint (its root's children), and the
 * refresh after one annotation edit (one file's digest, then what each view asks again).
 * Built on the dev half of the news sample and reported on the held-out half too.
 * The editor's own figures (scan of the sidecars, tree rendering) are not measured here.
 */
import { CorpusIndex } from '../src/core/corpus/corpusIndex';
import type { CorpusFile } from '../src/core/corpus/types';
import { linesOf } from '../src/core/corpus/lines';
import type { NewsSplit } from '../test/corpus/newsCorpus';
import { medianMs, type BenchFigure } from './figures';
import { buildViewsCorpus } from './viewsCorpus';

export function run(split: NewsSplit): BenchFigure[] {
  const files = buildViewsCorpus(split);
  const total = files.reduce((n, f) => n + f.annotations.length, 0);
  const entries: CorpusFile[] = files.map((f) => ({ path: f.path, annotations: f.annotations, lines: linesOf(f.text, f.annotations.map((a) => a.start)) }));
  const figures: BenchFigure[] = [];
  const tag = `[${split}, ${files.length} files, ${total} annotations]`;
  let index = new CorpusIndex();
  const build = medianMs(() => {
    index = new CorpusIndex();
    for (const e of entries) index.update(e);
  }, 3);
  figures.push({ name: `build the corpus index ${tag}`, value: build, unit: 'ms' });
  const lineTime = medianMs(() => files.forEach((f) => linesOf(f.text, f.annotations.map((a) => a.start))), 3);
  figures.push({ name: '  line numbers from the sources\' text (scan of files not open)', value: lineTime, unit: 'ms' });
  const one = files[500]!;
  const paints = {
    Corpus: () => index.files(),
    Claims: () => index.claims(),
    'Claims by date': () => index.claims(undefined, 'date'),
    Actors: () => index.actors(),
    Annotations: () => index.annotationsOf(one.path),
  };
  for (const [view, fn] of Object.entries(paints)) figures.push({ name: `first paint, ${view} root (index query)`, value: medianMs(fn), unit: 'ms' });

  // One edit: a new actor mention in one file, then what each view asks again after it.
  const edited = { ...entries[500]!, annotations: [...one.annotations, { ...one.annotations[0]!, id: 'new-mention', start: one.annotations[0]!.start }] };
  let keys: readonly string[] = [];
  figures.push({ name: 'refresh after one edit: the file\'s digest (index.update)', value: medianMs(() => (keys = index.update(edited).actorKeys)), unit: 'ms' });
  figures.push({ name: 'refresh after one edit: Corpus (file list compared, one row)', value: medianMs(() => index.files()), unit: 'ms' });
  figures.push({ name: 'refresh after one edit: Actors (touched actors only)', value: medianMs(() => keys.map((k) => index.actor(k))), unit: 'ms' });
  figures.push({ name: 'refresh after one edit: Claims (whole list, the file has claims)', value: medianMs(() => index.claims()), unit: 'ms' });
  figures.push({ name: 'refresh after one edit: Annotations (the active file)', value: medianMs(() => index.annotationsOf(one.path)), unit: 'ms' });
  const query = one.annotations.find((a) => a.type === 'claim')!.text.split(' ')[0]!;
  figures.push({ name: 'Find / text filter over the corpus (one word, normalised)', value: medianMs(() => index.all({ text: query })), unit: 'ms' });
  figures.push({ name: 'Actors filtered by text', value: medianMs(() => index.actors({ text: query })), unit: 'ms' });
  return figures;
}
