/** Tells the researcher when annotations were re-anchored onto a text changed outside. */
import * as vscode from 'vscode';
import type { AnnotationService } from './annotationService';
import type { Messages } from './messages';
import { Disposable } from './dispose';
import { messageText } from './display/userText';

export class ReanchorNotifier extends Disposable {
  constructor(service: AnnotationService, messages: Messages) {
    super();
    this.register(
      service.onDidReanchor(({ doc, report }) => {
        if (report.moved + report.fuzzy + report.orphaned === 0) return;
        const parts = [
          report.moved && vscode.l10n.t('{0} moved', report.moved),
          report.fuzzy && vscode.l10n.t('{0} matched approximately', report.fuzzy),
          report.orphaned && vscode.l10n.t('{0} orphaned (kept, see Problems)', report.orphaned),
        ].filter((part): part is string => Boolean(part));
        // Joined through a translation: Arabic lists take the Arabic comma.
        const list = parts.reduce((a, b) => vscode.l10n.t('{0}, {1}', a, b));
        void messages.info(
          vscode.l10n.t('Hamish: {0} changed outside the editor; annotations re-anchored: {1}.', messageText(vscode.workspace.asRelativePath(doc.uri)), list),
        );
      }),
    );
  }
}
