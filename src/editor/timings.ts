/**
 * How long the extension's own handlers take, kept in memory (no output, no timers) so
 * `npm run bench` can read them from the extension's API and print figures.
 */
export class Timings {
  private readonly samples: number[] = [];
  constructor(private readonly keep = 1000) {}

  /** Runs `fn` and records its duration. */
  measure<T>(fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.record(performance.now() - t0);
    }
  }

  async measureAsync<T>(fn: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      this.record(performance.now() - t0);
    }
  }

  private record(ms: number): void {
    this.samples.push(ms);
    if (this.samples.length > this.keep) this.samples.shift();
  }

  get count(): number {
    return this.samples.length;
  }

  get last(): number | undefined {
    return this.samples[this.samples.length - 1];
  }

  /** Recorded durations in milliseconds, oldest first. */
  all(): readonly number[] {
    return this.samples;
  }

  clear(): void {
    this.samples.length = 0;
  }
}
