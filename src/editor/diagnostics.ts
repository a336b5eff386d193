/**
 * The Problems view: errors of a broken sidecar at their lines (and a pointer on the
 * source saying its annotations are not loaded), and a warning for every orphaned
 * annotation naming its quote, since orphans are not painted.
 */
import * as vscode from 'vscode';
import type { Problem } from '../core';
import type { AnnotatedDocument } from './annotatedDocument';
import type { AnnotationService } from './annotationService';
import type { ConfigService } from './config';
import { labelText, quoted } from './display/userText';
import { Disposable } from './dispose';

export class AnnotationDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('hamish'));

  constructor(
    private readonly service: AnnotationService,
    private readonly config: ConfigService,
  ) {
    super();
    this.register(service.onDidChange((doc) => this.update(doc)));
    for (const doc of service.documents) this.update(doc);
  }

  private update(doc: AnnotatedDocument): void {
    const open = this.service.documents.includes(doc);
    if (!open) {
      // Closed: a broken sidecar stays reported, an orphan list goes with the document.
      this.collection.delete(doc.uri);
      if (doc.status !== 'invalid') this.collection.delete(doc.sidecarUri);
      return;
    }
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.key);
    const onSource: vscode.Diagnostic[] = [];
    if (doc.status === 'invalid') {
      this.collection.set(doc.sidecarUri, doc.problems.map(toDiagnostic));
      const first = doc.problems[0];
      const d = new vscode.Diagnostic(
        new vscode.Range(0, 0, 0, 0),
        `Annotations not loaded: the sidecar ${labelText(vscode.workspace.asRelativePath(doc.sidecarUri))} is broken` +
          (first ? ` (line ${first.line}: ${first.message})` : '') + '. Hamish will not overwrite it until it is fixed.',
        vscode.DiagnosticSeverity.Error,
      );
      d.source = 'Hamish';
      onSource.push(d);
    } else {
      this.collection.set(doc.sidecarUri, doc.problems.filter((p) => p.severity !== 'info').map(toDiagnostic));
    }
    for (const o of doc.orphans) {
      const at = document ? document.positionAt(o.start) : new vscode.Position(0, 0);
      const d = new vscode.Diagnostic(
        new vscode.Range(at, at),
        `Orphaned ${labelText(this.config.typeOf(o.type).label.toLowerCase())} annotation: ${labelText(quoted(o.text, 60))} is no longer in the text. ` +
          'It is kept in the sidecar: Undo brings it back, and Hamish: Go to Annotation… can remove it.',
        vscode.DiagnosticSeverity.Warning,
      );
      d.source = 'Hamish';
      d.code = 'orphaned';
      onSource.push(d);
    }
    this.collection.set(doc.uri, onSource);
  }
}

function toDiagnostic(p: Problem): vscode.Diagnostic {
  const line = Math.max(0, p.line - 1);
  const d = new vscode.Diagnostic(
    new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
    p.field ? `${p.message} (${p.field})` : p.message,
    p.severity === 'error' ? vscode.DiagnosticSeverity.Error : p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information,
  );
  d.source = 'Hamish';
  d.code = p.code;
  return d;
}
