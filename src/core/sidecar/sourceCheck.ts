/**
 * Checks a valid sidecar against the text of its source. When the source is the one the
 * sidecar describes (same SHA-256), every span must lie inside it and quote it exactly.
 * When the source changed, quotes are expected to disagree: that is a single
 * `source-changed` finding, and re-anchoring (anchoring/reanchor.ts) says what happens
 * to each span.
 */
import type { AnnotationSet } from '../model/annotation';
import { sha256Hex } from '../text/hash';
import { CodePointIndex } from '../text/offsets';
import type { Finding } from './validate';
import { preview } from '../text/preview';

export interface SourceCheck {
  /** True when the source text is the one the sidecar was written for. */
  matches: boolean;
  findings: Finding[];
}

export function checkAgainstSource(set: AnnotationSet, sourceText: string, index = CodePointIndex.of(sourceText)): SourceCheck {
  const findings: Finding[] = [];
  const matches = sha256Hex(sourceText) === set.source.sha256;
  if (!matches) {
    findings.push({
      path: ['source', 'sha256'],
      code: 'source-changed',
      severity: 'warning',
      message: `the source "${set.source.file}" changed since this sidecar was written; its annotations need re-anchoring`,
    });
    return { matches, findings };
  }
  if (set.source.length !== index.length) {
    findings.push({
      path: ['source', 'length'],
      code: 'bad-value',
      severity: 'error',
      message: `source length is ${set.source.length} but the text has ${index.length} code points`,
    });
  }
  set.annotations.forEach((a, i) => {
    const path = ['annotations', i];
    if (a.end > index.length) {
      findings.push({ path: [...path, 'end'], code: 'out-of-range', severity: 'error',
        message: `end (${a.end}) is beyond the end of the source text (${index.length} code points)` });
      return;
    }
    if (a.orphaned) {
      findings.push({ path, code: 'orphaned', severity: 'info',
        message: `orphaned ${a.type} annotation: its text "${preview(a.text)}" is no longer in the source` });
      return;
    }
    const actual = sourceText.slice(index.toUtf16(a.start), index.toUtf16(a.end));
    if (actual !== a.text) {
      findings.push({ path: [...path, 'text'], code: 'quote-mismatch', severity: 'error',
        message: `quote "${preview(a.text)}" does not match the source at ${a.start}-${a.end}, which reads "${preview(actual)}"` });
    }
  });
  return { matches, findings };
}
