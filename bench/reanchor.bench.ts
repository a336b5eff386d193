/**
 * Re-anchoring benchmark: 10,000 annotations over about 2 million code points of Arabic
 * news text (recombined from the seed article, so quotes recur), after scattered edits:
 * 2 % of words inserted or deleted, a few paragraphs moved, a few annotated passages deleted
 * and a few typos inside annotations. Scored against the true new position of every span
 * (a deleted span is right when orphaned), with and without the previous text.
 *
 * Run alone with `npx tsc -p . && node out/bench/reanchor.bench.js`.
 */
import { type AnchorOutcome, type AnchorResult, reanchor } from '../src/core/anchoring/reanchor';
import type { Annotation } from '../src/core/model/annotation';
import { buildReanchorCase, type ReanchorCase } from './arabicCorpus';
import { type BenchFigure, medianMs } from './figures';

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
