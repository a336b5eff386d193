/**
 * Re-anchoring WITH the old text on real news (test/corpus/news) under random edit scripts
 * (test/corpus/wordEditScript.ts): per variant, the untouched spans placed at their exact
 * true offsets (correct), elsewhere (wrong) or orphaned, and the time of `reanchor`.
 * `node out/bench/reanchorDiff.bench.js [split] [codePoints] [spans] [seed]`.
 */
import { placeSpans } from '../src/core/anchoring/reanchor';
import { newsText, type NewsSplit } from '../test/corpus/newsCorpus';
import { editScript, type EditScriptOptions } from '../test/corpus/wordEditScript';

const VARIANTS: [string, Omit<EditScriptOptions, 'seed'>][] = [
  ['2 % words', { wordEdits: 0.02 }],
  ['10 % words', { wordEdits: 0.1 }],
  ['20 % words', { wordEdits: 0.2 }],
  ['1 % paragraphs moved', { movedParagraphs: 0.01, wordEdits: 0.02 }],
  ['10 % paragraphs moved', { movedParagraphs: 0.1, wordEdits: 0.02 }],
  ['30 % paragraphs moved', { movedParagraphs: 0.3, wordEdits: 0.02 }],
  ['orthographic churn 20 %', { churn: 0.2 }],
];

export function runVariant(text: string, options: EditScriptOptions): { correct: number; wrong: number; orphaned: number; touched: number; ms: number } {
  const script = editScript(text, options);
  const annotations = script.spans.map((s) => s.annotation);
  const t0 = performance.now();
  const items = placeSpans(annotations, script.newText, { oldText: script.oldText });
  const ms = performance.now() - t0;
  let correct = 0;
  let wrong = 0;
  let orphaned = 0;
  let touched = 0;
  items.forEach((item, k) => {
    const truth = script.spans[k]!.truth;
    if (!truth) touched++;
    else if (item.state !== 'placed') orphaned++;
    else if (item.newStart === truth.start && item.newEnd === truth.end) correct++;
    else wrong++;
  });
  return { correct, wrong, orphaned, touched, ms };
}

if (require.main === module) {
  const split = (process.argv[2] ?? 'dev') as NewsSplit;
  const size = Number(process.argv[3] ?? 1_000_000);
  const spans = Number(process.argv[4] ?? 10_000);
  const seed = Number(process.argv[5] ?? 1);
  const only = process.argv[6];
  const text = newsText(size, split, seed * 97);
  for (const [name, options] of VARIANTS) {
    if (only && !name.includes(only)) continue;
    const r = runVariant(text, { ...options, seed, spans });
    const scored = r.correct + r.wrong + r.orphaned;
    console.log(`${name.padEnd(26)} ${((100 * r.correct) / scored).toFixed(2).padStart(6)} % correct, ${r.wrong} wrong, ${r.orphaned} orphaned of ${scored} (${r.touched} touched), ${r.ms.toFixed(0)} ms`);
  }
}
