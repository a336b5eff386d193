/**
 * Moving span offsets between code points (stored in sidecars) and UTF-16 units (what
 * the editor's document offsets count). The editor keeps its live spans in UTF-16 so
 * that VS Code's change events apply to them directly, and converts at load and save.
 */
import type { CodePointIndex } from './offsets';

interface Offsets {
  start: number;
  end: number;
}

export function spansToUtf16<T extends Offsets>(spans: readonly T[], index: CodePointIndex): T[] {
  if (index.isBmpOnly) return spans.map((s) => ({ ...s }));
  return spans.map((s) => ({ ...s, start: index.toUtf16(s.start), end: index.toUtf16(s.end) }));
}

export function spansToCodePoints<T extends Offsets>(spans: readonly T[], index: CodePointIndex): T[] {
  if (index.isBmpOnly) return spans.map((s) => ({ ...s }));
  return spans.map((s) => ({ ...s, start: index.fromUtf16(s.start), end: index.fromUtf16(s.end) }));
}
