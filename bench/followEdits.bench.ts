/**
 * How long spans take to follow one edit event: 10,000 spans (words, some nested in
 * sentence-long spans) over a ~100,000 code point text, one insertion in the middle
 * (the issue's target: 1 ms), and an event of 20 changes (a multi-cursor edit).
 */
import { followEdits, LiveSpan, TextChange } from '../src/core/anchoring/followEdits';
import { seededRandom } from '../test/corpus/random';
import type { BenchFigure } from './figures';

const SPANS = 10_000;

function makeSpans(random: () => number): { spans: LiveSpan[]; length: number } {
  const spans: LiveSpan[] = [];
  let at = 0;
  for (let i = 0; i < SPANS; i++) {
    const gap = 1 + Math.floor(random() * 8);
    const len = 2 + Math.floor(random() * 8);
    const start = at + gap;
    // Every tenth span is a longer one enclosing the next words, so spans nest and overlap.
    const end = i % 10 === 0 ? start + len + 40 : start + len;
    spans.push({ id: `s${i}`, start, end, text: 'x'.repeat(end - start), before: '', after: '' });
    at = start + len;
  }
  return { spans, length: at + 10 };
}

/** Median milliseconds per call, timing batches so that one call's microseconds are measurable. */
function medianPerCall(fn: () => unknown, batch: number, batches: number): number {
  for (let i = 0; i < batch; i++) fn(); // warm-up
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push((performance.now() - t0) / batch);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
}

export function run(): BenchFigure[] {
  const random = seededRandom(7);
  const { spans, length } = makeSpans(random);
  const middle = Math.floor(length / 2);
  const one: TextChange[] = [{ offset: middle, deleteLength: 0, insertText: 'ب' }];
  // A multi-cursor event: 20 replacements, listed from the end of the text backwards.
  const twenty: TextChange[] = [];
  for (let i = 20; i >= 1; i--) {
    twenty.push({ offset: Math.floor((length * i) / 21), deleteLength: 3, insertText: 'كلمة' });
  }
  return [
    {
      name: 'followEdits: 1 insertion, 10,000 spans',
      value: round(medianPerCall(() => followEdits(spans, one), 50, 41)),
      unit: 'ms',
      target: 1,
    },
    {
      name: 'followEdits: 20-change event, 10,000 spans',
      value: round(medianPerCall(() => followEdits(spans, twenty), 10, 41)),
      unit: 'ms',
    },
  ];
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

if (require.main === module) {
  for (const f of run()) console.log(`${f.name}: ${f.value} ${f.unit}${f.target !== undefined ? ` (target ${f.target})` : ''}`);
}
