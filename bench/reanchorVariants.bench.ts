/**
 * Re-anchoring under the edit families of issue 9, on real Arabic news (test/corpus/news):
 * words inserted, deleted or replaced at 2, 10 and 20 %; 1, 10 and 30 % of paragraphs moved
 * (plus 2 % word edits); orthographic churn on 20 % of words; 20 sentences × 50 copies; and
 * 8 MB with 40,000 spans. Each runs without and with the old text, on development text and
 * on held-out text (never tuned on), and is scored exactly (test/corpus/workloadScore.ts).
 *
 * Run alone with `npm run bench:reanchor`, or after `npx tsc -p .` with
 * `node out/bench/reanchorVariants.bench.js [words|moved|churn|dup|8mb]… [dev|heldout|all]… [--seed N]`
 * to run some variants only, or on another seed (another stretch of the news and other edits).
 */
import { reanchor } from '../src/core/anchoring/reanchor';
import {
  churnWorkload, duplicationWorkload, largeWorkload, movedParagraphsWorkload, scoreWorkload, wordEditWorkload,
  type EditWorkload, type WorkloadOptions,
} from '../test/corpus/editWorkloads';
import type { NewsSplit } from '../test/corpus/newsCorpus';
import { type BenchFigure, printFigures } from './figures';

export interface Variant {
  /** Short key for picking variants on the command line. */
  key: string;
  name: string;
  build: (options: WorkloadOptions) => EditWorkload;
  /** Issue 9's target for correct placements without the old text (%). */
  target: number;
  /** Time target (ms): 1 s at 2 MB; about linear growth to 8 MB, so 4 s there. */
  timeTarget: number;
  /** Timed runs; the median is printed. */
  runs: number;
  /** The splits it runs on; the 8 MB variant needs the whole sample. */
  splits: NewsSplit[];
}

const BOTH: NewsSplit[] = ['dev', 'heldout'];
/** With the old text every variant must reach this (issue 9). */
const WITH_OLD_TEXT_TARGET = 99.9;
/** Wrong placements, as a share of scored spans, in every variant (issue 9). */
const WRONG_TARGET = 0.1;

export const VARIANTS: readonly Variant[] = [
  // Light edits keep today's results (≥ 99.9 %); 10 % and 20 % have their own targets.
  { key: 'words2', name: 'words edited 2 %', build: (o) => wordEditWorkload(0.02, o), target: 99.9, timeTarget: 1000, runs: 3, splits: BOTH },
  { key: 'words10', name: 'words edited 10 %', build: (o) => wordEditWorkload(0.1, o), target: 99.5, timeTarget: 1000, runs: 3, splits: BOTH },
  { key: 'words20', name: 'words edited 20 %', build: (o) => wordEditWorkload(0.2, o), target: 97, timeTarget: 1000, runs: 3, splits: BOTH },
  // The issue sets 99.5 % for 30 % moved; fewer moves must do at least as well.
  { key: 'moved1', name: 'paragraphs moved 1 % + words 2 %', build: (o) => movedParagraphsWorkload(0.01, o), target: 99.5, timeTarget: 1000, runs: 3, splits: BOTH },
  { key: 'moved10', name: 'paragraphs moved 10 % + words 2 %', build: (o) => movedParagraphsWorkload(0.1, o), target: 99.5, timeTarget: 1000, runs: 3, splits: BOTH },
  { key: 'moved30', name: 'paragraphs moved 30 % + words 2 %', build: (o) => movedParagraphsWorkload(0.3, o), target: 99.5, timeTarget: 1000, runs: 3, splits: BOTH },
  { key: 'churn', name: 'orthographic churn 20 %', build: (o) => churnWorkload(0.2, o), target: 99, timeTarget: 1000, runs: 3, splits: BOTH },
  { key: 'dup', name: '20 sentences × 50 copies + words 2 %', build: (o) => duplicationWorkload(o), target: 99.9, timeTarget: 1000, runs: 3, splits: BOTH },
  { key: '8mb', name: '8 MB / 40k spans + words 2 %', build: (o) => largeWorkload(o), target: 99.9, timeTarget: 4000, runs: 1, splits: ['all'] },
];

const SPLIT_LABEL: Record<NewsSplit, string> = { dev: 'dev', heldout: 'HELD-OUT', all: 'all text' };

/** Figures for the variants whose key starts with one of `keys` (all when empty), on the splits asked for. */
export function run(keys: readonly string[] = [], splits: readonly NewsSplit[] = ['dev', 'heldout', 'all'], seed = 1): BenchFigure[] {
  const figures: BenchFigure[] = [];
  for (const v of VARIANTS) {
    if (keys.length > 0 && !keys.some((k) => v.key.startsWith(k))) continue;
    for (const split of v.splits) {
      if (!splits.includes(split)) continue;
      const w = v.build({ split, seed });
      const modes: [string, { oldText?: string }, number][] = [
        ['no old text', {}, v.target],
        ['old text', { oldText: w.oldText }, WITH_OLD_TEXT_TARGET],
      ];
      for (const [mode, options, target] of modes) {
        const times: number[] = [];
        let results: ReturnType<typeof reanchor> = [];
        for (let i = 0; i < v.runs; i++) {
          const t0 = performance.now();
          results = reanchor(w.annotations, w.newText, options);
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        const s = scoreWorkload(w, results);
        const name = `${v.name} [${SPLIT_LABEL[split]}${seed === 1 ? '' : `, seed ${seed}`}], ${mode}`;
        figures.push(
          { name: `${name}: correct`, value: round(s.correctPercent, 2), unit: '%', target, higherIsBetter: true },
          { name: `${name}: wrong`, value: round(s.wrongPercent, 3), unit: '% of scored', target: WRONG_TARGET },
          { name: `${name}: wrong`, value: s.wrong, unit: 'spans' },
          { name: `${name}: orphaned, text survived`, value: s.orphaned, unit: 'spans' },
          { name: `${name}: scored (untouched)`, value: s.scored, unit: `spans scored, ${s.touched} touched` },
          { name: `${name}: time${v.runs > 1 ? ` (median of ${v.runs})` : ''}`, value: round(times[Math.floor(times.length / 2)]!, 1), unit: 'ms', target: v.timeTarget },
        );
      }
    }
  }
  return figures;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const splits = args.filter((a): a is NewsSplit => a === 'dev' || a === 'heldout' || a === 'all');
  const keys = args.filter((a) => !splits.includes(a as NewsSplit));
  printFigures('Re-anchoring variants (issue 9), real news, 2 MB / 10,000 spans unless said', run(keys, splits.length > 0 ? splits : undefined, seed));
}
