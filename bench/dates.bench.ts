/**
 * Date recogniser throughput on real Arabic news (test/corpus/news): `findDates` over about
 * 1 M code points of each half of the sample, in MB/s of UTF-8 text (Arabic letters take two
 * bytes each) and in code points per second; issue 11 sets 1 MB/s. Also the same text with a
 * document date (the relative expressions resolved), and the mentions found per 100 k code
 * points, so a change that finds far fewer dates shows here too.
 *
 * Run alone with `npm run bench:dates`.
 */
import { findDates } from '../src/core/assist/dates/findDates';
import { newsText, type NewsSplit } from '../test/corpus/newsCorpus';
import { type BenchFigure, medianMs, printFigures } from './figures';

const CODE_POINTS = 1_000_000;

export function run(splits: readonly NewsSplit[] = ['dev', 'heldout']): BenchFigure[] {
  const figures: BenchFigure[] = [];
  for (const split of splits) {
    const text = newsText(CODE_POINTS, split);
    const bytes = Buffer.byteLength(text, 'utf8');
    const codePoints = [...text].length;
    const label = split === 'dev' ? 'dev' : 'HELD-OUT';
    let count = 0;
    const ms = medianMs(() => (count = findDates(text).length));
    const withDoc = medianMs(() => findDates(text, { documentDate: '2015-08-11' }));
    figures.push(
      { name: `findDates, ${(bytes / 1e6).toFixed(1)} MB of news [${label}]: throughput`, value: round(bytes / 1e6 / (ms / 1000)), unit: 'MB/s', target: 1, higherIsBetter: true },
      { name: `findDates [${label}]: throughput in code points`, value: Math.round(codePoints / (ms / 1000) / 1000), unit: 'k code points/s' },
      { name: `findDates with a document date [${label}]: throughput`, value: round(bytes / 1e6 / (withDoc / 1000)), unit: 'MB/s', target: 1, higherIsBetter: true },
      { name: `findDates [${label}]: mentions per 100 k code points`, value: round((count * 100_000) / codePoints), unit: 'dates' },
    );
  }
  return figures;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

if (require.main === module) {
  printFigures('Date recogniser (issue 11), real news, about 1 M code points per half, median of 5', run());
}
