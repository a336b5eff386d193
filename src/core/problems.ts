/**
 * A problem found in a sidecar or its source: what the CLI prints as one line, what the
 * editor shows in the Problems view. `line` is 1-based; 0 when no line applies (a file
 * that cannot be read at all).
 */
export type Severity = 'error' | 'warning' | 'info';

export type ProblemCode =
  | 'read-failed'
  | 'not-a-file'
  | 'not-utf8'
  | 'too-large'
  | 'yaml-syntax'
  | 'unknown-tag'
  | 'alias-bomb'
  | 'unknown-version'
  | 'missing-field'
  | 'unknown-field'
  | 'wrong-type'
  | 'bad-value'
  | 'end-before-start'
  | 'out-of-range'
  | 'duplicate-id'
  | 'missing-link-target'
  | 'count-mismatch'
  | 'context-too-long'
  | 'quote-mismatch'
  | 'source-missing'
  | 'source-changed'
  | 'source-name-mismatch'
  | 'reanchor-moved'
  | 'reanchor-fuzzy'
  | 'orphaned'
  /** Annotations that do not fit the schema in force (schema/checkAnnotations.ts). */
  | 'schema-unknown-type'
  | 'schema-unknown-attribute'
  | 'schema-unknown-link'
  | 'schema-bad-value'
  | 'schema-link-target'
  | 'schema-missing-link'
  /** A path a folder walk did not check (a symbolic link, a FIFO named like a sidecar). */
  | 'skipped';

export interface Problem {
  file: string;
  line: number;
  /** Dotted path of the field at fault, such as `annotations[3].end`, when there is one. */
  field?: string;
  code: ProblemCode;
  severity: Severity;
  message: string;
}

/** `file:line: severity: message [code]`, the form editors and terminals turn into links. */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` (${p.field})` : '';
  return `${where}: ${p.severity}: ${p.message}${field} [${p.code}]`;
}
