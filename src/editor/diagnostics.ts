/**
 * The Problems view. On a sidecar: its errors when broken, its warnings otherwise, at their
 * lines. On a source: a pointer saying its annotations are not loaded when the sidecar is
 * broken, else every finding on its annotations (problems/findings.ts) at the annotation's
 * range, or at the point where an orphan's text was. Recomputed when the annotations or the
 * sidecar change and when settings or the schema change, never on mere typing (typing
 * only moves spans, and the editor moves the squiggles with the text itself).
 *
 * The findings behind the diagnostics are kept, so the quick fixes act on the annotation a
 * diagnostic is about (VS Code hands providers copies of diagnostics, not these objects).
 */
import * as vscode from 'vscode';
import type { Problem } from '../core';
import type { AnnotatedDocument } from './annotatedDocument';
import type { AnnotationService } from './annotationService';
import type { ConfigService } from './config';
import { labelText } from './display/userText';
import { Disposable } from './dispose';
import { findProblems, type Finding } from './problems/findings';

/** What every Hamish diagnostic carries as its source, so quick fixes pick out ours. */
export const DIAGNOSTIC_SOURCE = 'Hamish';

export class AnnotationDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('hamish'));
  /** By source URI: each finding shown, keyed as its diagnostic can be recognised again. */
  private readonly shown = new Map<string, Map<string, Finding>>();

  constructor(
    private readonly service: AnnotationService,
    private readonly config: ConfigService,
  ) {
    super();
    this.register(service.onDidChange((doc) => this.update(doc)));
    this.register(config.onDidChange(() => this.service.documents.forEach((doc) => this.update(doc))));
    for (const doc of service.documents) this.update(doc);
  }

  /** The finding a diagnostic on `uri` shows (from a code action context), if it is one of ours. */
  findingFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Finding | undefined {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
    return this.shown.get(uri.toString())?.get(keyOf(diagnostic));
  }

  private update(doc: AnnotatedDocument): void {
    const open = this.service.documents.includes(doc);
    if (!open) {
      // Closed: a broken sidecar stays reported, an orphan list goes with the document.
      this.collection.delete(doc.uri);
      this.shown.delete(doc.key);
      if (doc.status !== 'invalid') this.collection.delete(doc.sidecarUri);
      return;
    }
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.key);
    const onSource: vscode.Diagnostic[] = [];
    const findings = new Map<string, Finding>();
    if (doc.status === 'invalid') {
      this.collection.set(doc.sidecarUri, doc.problems.map(toDiagnostic));
      const first = doc.problems[0];
      const file = labelText(vscode.workspace.asRelativePath(doc.sidecarUri));
      const message = first
        ? vscode.l10n.t('Annotations not loaded: the sidecar {0} is broken (line {1}: {2}). Hamish will not overwrite it until it is fixed.', file, first.line, first.message)
        : vscode.l10n.t('Annotations not loaded: the sidecar {0} is broken. Hamish will not overwrite it until it is fixed.', file);
      onSource.push(withSource(new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error)));
    } else {
      this.collection.set(doc.sidecarUri, doc.problems.filter((p) => p.severity !== 'info').map(toDiagnostic));
      if (document) {
        for (const f of findProblems(doc.annotations, { text: document.getText(), dirty: document.isDirty }, this.config)) {
          const range = new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
          const d = withSource(new vscode.Diagnostic(range, f.message, severityOf(f.severity)));
          d.code = f.code;
          onSource.push(d);
          findings.set(keyOf(d), f);
        }
      }
    }
    this.shown.set(doc.key, findings);
    this.collection.set(doc.uri, onSource);
  }
}

/** Code, range and message: what survives VS Code's copying of a diagnostic and tells ours apart. */
function keyOf(d: vscode.Diagnostic): string {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  const r = d.range;
  return `${String(code)}|${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}|${d.message}`;
}

function withSource(d: vscode.Diagnostic): vscode.Diagnostic {
  d.source = DIAGNOSTIC_SOURCE;
  return d;
}

function severityOf(s: Problem['severity']): vscode.DiagnosticSeverity {
  return s === 'error' ? vscode.DiagnosticSeverity.Error : s === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}

function toDiagnostic(p: Problem): vscode.Diagnostic {
  const line = Math.max(0, p.line - 1);
  const d = withSource(new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), p.field ? `${p.message} (${p.field})` : p.message, severityOf(p.severity)));
  d.code = p.code;
  return d;
}
