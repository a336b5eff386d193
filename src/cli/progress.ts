/**
 * A progress line for long runs, on stderr and only when stderr is a terminal: a pipe or a log
 * file gets nothing (no carriage-return litter), and stdout stays the clean report.
 */
export interface ProgressLine {
  report(done: number, total: number): void;
  /** Clears the line, so the report that follows starts on a clean one. */
  end(): void;
}

/** Redrawn at most this often. */
const INTERVAL_MS = 100;

export function progressLine(err: NodeJS.WritableStream, label: string): ProgressLine {
  const tty = (err as NodeJS.WriteStream).isTTY === true;
  let last = 0;
  let shown = false;
  return {
    report(done, total) {
      if (!tty) return;
      const now = Date.now();
      if (done < total && now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      err.write(`\r${label} ${done}/${total}\x1b[K`);
    },
    end() {
      if (shown) err.write('\r\x1b[K');
    },
  };
}
