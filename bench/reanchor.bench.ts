/**
 * Re-anchoring benchmark: 10,000 annotations over about 2 million code points of Arabic
 * news text (recombined from the seed article, so quotes recur), after scattered edits:
 * 2 % of words inserted or deleted, a few paragraphs moved, a few annotated passages deleted
 * and a few typos inside annotations. Scored against the true new position of every span
 * (a deleted span is right when orphaned), with and without the previous text.
 *
 * Run alone with `npx tsc -p . && node out/bench/reanchor.bench.js`.
 */
import { reanchor } from '../src/core/anchoring/reanchor';
import { buildReanchorCase, score } from '../test/corpus/arabicCorpus';
import { type BenchFigure, medianMs } from './figures';

export function run(): BenchFigure[] {
  const c = buildReanchorCase();
  const figures: BenchFigure[] = [];
  const modes: [string, { oldText?: string }][] = [
    ['without old text', {}],
    ['with old text', { oldText: c.oldText }],
  ];
  for (const [label, options] of modes) {
    const results = reanchor(c.annotations, c.newText, options);
    const s = score(c, results);
    const ms = medianMs(() => reanchor(c.annotations, c.newText, options), 5);
    const name = `reanchor 10k spans / 2M chars, ${label}`;
    figures.push(
      { name: `${name}: correct`, value: round(100 * s.correct / s.total, 2), unit: '%', target: 99.5, higherIsBetter: true },
      { name: `${name}: time`, value: round(ms, 1), unit: 'ms', target: 1000 },
      ...(['kept', 'moved', 'fuzzy', 'orphaned'] as const).map((o) => ({ name: `${name}: ${o}`, value: s.outcomes[o], unit: 'spans' })),
      { name: `${name}: text != source[start:end]`, value: s.broken, unit: 'spans', target: 0 },
    );
  }
  return figures;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

if (require.main === module) {
  for (const f of run()) {
    const target = f.target === undefined ? '' : ` (target ${f.higherIsBetter ? '≥' : '≤'} ${f.target})`;
    console.log(`${f.name}: ${f.value} ${f.unit}${target}`);
  }
}
