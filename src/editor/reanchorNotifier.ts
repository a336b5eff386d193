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
          report.moved && `${report.moved} moved`,
          report.fuzzy && `${report.fuzzy} matched approximately`,
          report.orphaned && `${report.orphaned} orphaned (kept, see Problems)`,
        ].filter(Boolean);
        void messages.info(
          `Hamish: ${messageText(vscode.workspace.asRelativePath(doc.uri))} changed outside the editor; annotations re-anchored: ${parts.join(', ')}.`,
        );
      }),
    );
  }
}
