/**
 * Corpus-wide actor matching and claim cues over 1,000 files of real news (test/corpus/news):
 * about 200 actor names (bench/actorNames.ts, built from the dev split) compiled once, then
 * matched over 1,000 dev articles and 1,000 held-out ones; claim cues over the same files,
 * with the matched actors as speakers. Figures only: the tests check what is found.
 *
 * `npm run bench:actors`, or after `npx tsc -p .`: `node out/bench/actors.bench.js`.
 */
import { compileActorMatcher } from '../src/core/assist/actors/actorMatcher';
import { findClaimCues } from '../src/core/assist/claims/findClaimCues';
import { newsArticles, type NewsSplit } from '../test/corpus/newsCorpus';
import { benchActorNames } from './actorNames';
import { type BenchFigure, medianMs, printFigures } from './figures';

const FILES = 1000;

export function run(): BenchFigure[] {
  const dev = newsArticles('dev');
  const names = benchActorNames(dev);
  const nameCount = names.reduce((n, a) => n + 1 + a.aliases.length, 0);
  let matcher = compileActorMatcher(names);
  const figures: BenchFigure[] = [
    { name: `actors listed (canonical names; ${nameCount} names with aliases, ${matcher.nameCount} compiled)`, value: names.length, unit: 'actors' },
    { name: 'compile the matcher', value: medianMs(() => (matcher = compileActorMatcher(names))), unit: 'ms' },
  ];
  for (const split of ['dev', 'heldout'] as NewsSplit[]) {
    const files = newsArticles(split).slice(0, FILES).map((a) => (a.title ? `${a.title}\n\n${a.content}` : a.content));
    const mb = files.reduce((n, f) => n + Buffer.byteLength(f, 'utf8'), 0) / 1e6;
    let mentions = 0;
    const matchMs = medianMs(() => {
      mentions = 0;
      for (const f of files) mentions += matcher.find(f).length;
    }, 3);
    const spans = files.map((f) => matcher.find(f));
    let cues = 0;
    let withSpeaker = 0;
    const cueMs = medianMs(() => {
      cues = withSpeaker = 0;
      files.forEach((f, i) => {
        for (const c of findClaimCues(f, spans[i])) {
          cues++;
          if (c.speaker) withSpeaker++;
        }
      });
    }, 3);
    figures.push(
      { name: `${split}: ${files.length} files, ${mb.toFixed(2)} MB (UTF-8): actor matching`, value: files.length / (matchMs / 1000), unit: 'files/s', higherIsBetter: true },
      { name: `${split}: actor matching throughput`, value: mb / (matchMs / 1000), unit: 'MB/s', higherIsBetter: true },
      { name: `${split}: actor mentions found`, value: mentions, unit: 'mentions' },
      { name: `${split}: claim cues throughput (speakers from the mentions)`, value: mb / (cueMs / 1000), unit: 'MB/s', higherIsBetter: true },
      { name: `${split}: claim cues found (${withSpeaker} with a speaker)`, value: cues, unit: 'cues' },
    );
  }
  return figures;
}

if (require.main === module) {
  printFigures('Actor matching and claim cues (issue 11), real news, 1,000 files per split', run());
}
