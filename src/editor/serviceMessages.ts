/**
 * Shows the researcher what the annotation service reports but cannot show itself: a sidecar
 * that could not be read or written, and merges in which both sides changed the same field.
 */
import * as vscode from 'vscode';
import type { AnnotationService } from './annotationService';
import { Disposable } from './dispose';
import { messageText } from './display/userText';
import type { Messages } from './messages';

export class ServiceMessages extends Disposable {
  constructor(service: AnnotationService, messages: Messages) {
    super();
    this.register(
      service.onDidFail(({ doc, error }) => {
        const why = error instanceof Error ? error.message : String(error);
        void messages.error(`Hamish: ${messageText(vscode.workspace.asRelativePath(doc.sidecarUri))}: ${why}`);
      }),
    );
    this.register(
      service.onDidConflict(({ doc, conflicts }) => {
        void messages.warning(
          `Hamish merged outside changes to ${messageText(vscode.workspace.asRelativePath(doc.sidecarUri))}; ` +
            `${conflicts.length} field(s) were changed on both sides and the newer edit was kept.`,
        );
      }),
    );
  }
}
