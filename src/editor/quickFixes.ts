/**
 * Quick fixes for Hamish's own diagnostics on a source (never for anyone else's): re-anchor
 * an orphan or a mismatched quote to the best match of its quote, with the title saying
 * what it will become; remove the annotation; remove a dangling link; open the sidecar at
 * the annotation's entry. Each runs one of our commands with the annotation as reference.
 */
import * as vscode from 'vscode';
import type { AnnotationService } from './annotationService';
import { COMMANDS, type AnnotationRef, type LinkRef } from './commands/ids';
import type { AnnotationDiagnostics } from './diagnostics';
import { labelText, quoted } from './display/userText';
import { bestMatch } from './problems/bestMatch';
import type { Finding } from './problems/findings';

export class AnnotationQuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly service: AnnotationService,
    private readonly diagnostics: AnnotationDiagnostics,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const doc = this.service.get(document);
    if (!doc) return [];
    const actions: vscode.CodeAction[] = [];
    const offered = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const finding = this.diagnostics.findingFor(document.uri, diagnostic);
      const annotation = finding && doc.find(finding.annotationId);
      if (!finding || !annotation) continue;
      const ref: AnnotationRef = { uri: document.uri.toString(), id: annotation.id };
      const add = (key: string, title: string, command: vscode.Command, preferred = false) => {
        // Two findings on one annotation (a schema problem and an orphan) offer each fix once.
        if (offered.has(key)) return;
        offered.add(key);
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = command;
        action.isPreferred = preferred;
        actions.push(action);
      };
      if (canReanchor(finding)) {
        const match = bestMatch(annotation, document.getText());
        if (match) {
          const line = document.positionAt(match.placed.start).line + 1;
          const title = match.approximate
            ? vscode.l10n.t('Re-anchor to the best match: {0} on line {1} (approximate; the quote becomes this text)', labelText(quoted(match.placed.text, 60)), line)
            : vscode.l10n.t('Re-anchor to the best match: {0} on line {1}', labelText(quoted(match.placed.text, 60)), line);
          add(`reanchor ${annotation.id}`, title, { title, command: COMMANDS.reanchorAnnotation, arguments: [ref] }, true);
        }
      }
      if (finding.kind === 'dangling-link' && finding.link) {
        const linkRef: LinkRef = { ...ref, link: finding.link.name, target: finding.link.target };
        const title = vscode.l10n.t('Remove the link {0}', labelText(finding.link.name));
        add(`link ${annotation.id} ${finding.link.name} ${finding.link.target}`, title, { title, command: COMMANDS.removeLink, arguments: [linkRef] }, true);
      }
      const remove = vscode.l10n.t('Remove the annotation {0}', labelText(quoted(annotation.text, 60)));
      add(`remove ${annotation.id}`, remove, { title: remove, command: COMMANDS.removeAnnotation, arguments: [ref] });
      const open = vscode.l10n.t('Open the sidecar at this annotation');
      add(`open ${annotation.id}`, open, { title: open, command: COMMANDS.openSidecarAtAnnotation, arguments: [ref] });
    }
    return actions;
  }
}

function canReanchor(f: Finding): boolean {
  return f.kind === 'orphaned' || f.kind === 'quote-mismatch';
}
