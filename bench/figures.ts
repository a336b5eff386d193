/** Shared shape, timing and printing for `npm run bench`: each bench module returns figures, run.ts prints them. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** The target, in the same unit, when the issue sets one; lower is better unless `higherIsBetter`. */
  target?: number;
  higherIsBetter?: boolean;
}

/** Median wall time in milliseconds of `runs` calls of `fn` after one warm-up call. */
export function medianMs(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function medianMsAsync(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Prints figures under a title, each beside its target and whether it was met. */
export function printFigures(title: string, figures: readonly BenchFigure[]): void {
  console.log(`\n${title}`);
  for (const f of figures) {
    const value = f.unit === '%' ? f.value.toFixed(2) : Number.isInteger(f.value) ? String(f.value) : f.value >= 100 ? f.value.toFixed(0) : f.value >= 10 ? f.value.toFixed(1) : f.value.toFixed(3);
    let target = '';
    if (f.target !== undefined) {
      const met = f.higherIsBetter ? f.value >= f.target : f.value <= f.target;
      target = `  (target ${f.higherIsBetter ? '≥' : '≤'} ${f.target} ${f.unit}: ${met ? 'met' : 'MISSED'})`;
    }
    console.log(`  ${f.name.padEnd(78)} ${value.padStart(10)} ${f.unit}${target}`);
  }
}
