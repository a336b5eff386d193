/**
 * What is wrong with one document's annotations, found on its live copies: orphans,
 * violations of the schema in force, links to ids no longer in the file, and quotes that
 * no longer match the text at their place. Plain data with UTF-16 offsets of the current
 * text; the Problems view (diagnostics.ts) shows them, the quick fixes act on them.
 */
import * as vscode from 'vscode';
import { checkAgainstSchema, linkTargets, type Annotation, type ProblemCode, type Schema, type Severity } from '../../core';
import type { ConfigService } from '../config';
import { labelText, quoted } from '../display/userText';
import { schemaMessage } from './schemaMessages';

export type FindingKind = 'orphaned' | 'schema' | 'dangling-link' | 'quote-mismatch';

export interface Finding {
  kind: FindingKind;
  /** A code of core/problems.ts, the same the CLI's check prints for the same fault. */
  code: ProblemCode;
  severity: Severity;
  annotationId: string;
  /** UTF-16 offsets in the current text; an orphan is the point where its text was. */
  start: number;
  end: number;
  message: string;
  /** For a dangling link: its name and the id it points to. */
  link?: { name: string; target: string };
}

/** The text the findings are about: its content, and whether it has unsaved edits. */
export interface TextState {
  text: string;
  dirty: boolean;
}

export function findProblems(annotations: readonly Annotation[], state: TextState, config: ConfigService): Finding[] {
  const out: Finding[] = [];
  // Mid-sentence in English ("orphaned claim annotation"); lower case changes no Arabic.
  const typeLabel = (name: string) => labelText(config.typeOf(name).label.toLowerCase());
  const base = (a: Annotation) => ({ annotationId: a.id, start: a.start, end: a.orphaned ? a.start : a.end });
  for (const a of annotations) {
    if (a.orphaned) {
      out.push({
        ...base(a),
        kind: 'orphaned',
        code: 'orphaned',
        severity: 'warning',
        message: vscode.l10n.t(
          'Orphaned {0} annotation: {1} is no longer in the text. It is kept in the sidecar; the quick fixes re-anchor it to the best match or remove it.',
          typeLabel(a.type),
          labelText(quoted(a.text, 60)),
        ),
      });
    }
  }
  const schema = schemaInForce(config);
  for (const v of checkAgainstSchema(annotations, schema)) {
    const a = annotations[v.index]!;
    out.push({ ...base(a), kind: 'schema', code: v.code, severity: v.severity, message: schemaMessage(v, a, annotations, schema) });
  }
  const ids = new Set(annotations.map((a) => a.id));
  for (const a of annotations) {
    for (const [name, target] of Object.entries(a.links)) {
      for (const id of linkTargets(target)) {
        if (ids.has(id)) continue;
        out.push({
          ...base(a),
          kind: 'dangling-link',
          code: 'missing-link-target',
          severity: 'warning',
          message: vscode.l10n.t('Link {0} points to {1}, which is no longer an annotation in this file.', labelText(name), labelText(id)),
          link: { name, target: id },
        });
      }
    }
  }
  // With unsaved edits, a span typed into still holds its quote as last saved (quotes are
  // refreshed when the sidecar is written): only a saved text is compared.
  if (!state.dirty) {
    for (const a of annotations) {
      if (a.orphaned) continue;
      const actual = state.text.slice(a.start, a.end);
      if (actual === a.text) continue;
      out.push({
        ...base(a),
        kind: 'quote-mismatch',
        code: 'quote-mismatch',
        severity: 'error',
        message: vscode.l10n.t(
          'The quote {0} of this {1} annotation no longer matches the text here, which reads {2}.',
          labelText(quoted(a.text, 60)),
          typeLabel(a.type),
          labelText(quoted(actual, 60)),
        ),
      });
    }
  }
  return out;
}

/**
 * The schema the annotations are checked against: the workspace schema and the types the
 * `hamish.types` setting adds, so a type declared only in settings is not "unknown".
 */
function schemaInForce(config: ConfigService): Schema {
  return { types: config.current.types.map((t) => t.def) };
}
