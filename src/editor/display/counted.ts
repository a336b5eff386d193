/**
 * A count with its noun, in the interface language. English needs two forms, Arabic more:
 * one (ملف واحد), two (ملفان, the dual) and the rest, so the caller passes all three forms,
 * each a `vscode.l10n.t` literal of its own (the string extractor and the parity test only
 * see literals), and this picks one. Pure, so unit tests run it.
 */
export function countOf(n: number, one: string, two: string, many: string): string {
  return n === 1 ? one : n === 2 ? two : many;
}
