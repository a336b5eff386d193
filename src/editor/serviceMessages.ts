/**
 * Shows the researcher what the annotation service reports but cannot show itself: a sidecar
 * that could not be read or written, and merges in which both sides changed the same field.
 */
import * as vscode from 'vscode';
import type { AnnotationService } from './annotationService';
import { Disposable } from './dispose';
import { messageText, quoted } from './display/userText';
import type { MergeConflict } from '../core';
import { COMMANDS } from './commands/ids';
import type { AnnotatedDocument } from './annotatedDocument';
import type { Messages } from './messages';

export class ServiceMessages extends Disposable {
  constructor(service: AnnotationService, messages: Messages) {
    super();
    this.register(
      service.onDidFail(async ({ doc, error }) => {
        const why = error instanceof Error ? error.message : String(error);
        const retry = 'Save Again';
        const answer = await messages.error(
          `Hamish could not save ${messageText(vscode.workspace.asRelativePath(doc.sidecarUri))}: ${why} The annotations are kept in this window.`,
          retry,
        );
        if (answer === retry) await vscode.commands.executeCommand(COMMANDS.saveAnnotations, doc.key);
      }),
    );
    this.register(
      service.onDidConflict(({ doc, conflicts }) => {
        const shown = conflicts.slice(0, MAX_CONFLICTS_SHOWN).map((c) => describeConflict(c, doc));
        const more = conflicts.length > shown.length ? ` (and ${conflicts.length - shown.length} more)` : '';
        void messages.warning(
          `Hamish merged changes made elsewhere to ${messageText(vscode.workspace.asRelativePath(doc.sidecarUri))}. ` +
            `Both sides changed the same ${conflicts.length === 1 ? 'field' : 'fields'}; the newer edit was kept: ${shown.join('; ')}${more}.`,
        );
      }),
    );
  }
}

/** How many conflicts one message spells out. */
const MAX_CONFLICTS_SHOWN = 3;

/** `note of «quote»: kept «theirs», this window had «ours»`: both values, so nothing is lost unseen. */
function describeConflict(c: MergeConflict, doc: AnnotatedDocument): string {
  const annotation = doc.find(c.id);
  const which = annotation ? messageText(quoted(annotation.text, 40)) : c.id;
  const field = c.field === 'position' ? 'place' : c.field === '*' ? 'annotation' : c.field;
  const [kept, lost] = c.kept === 'ours' ? [c.ours, c.theirs] : [c.theirs, c.ours];
  const where = c.kept === 'ours' ? 'the file on disk had' : 'this window had';
  return `${field} of ${which}: kept ${shownValue(kept)}, ${where} ${shownValue(lost)}`;
}

function shownValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return messageText(quoted(value, 60));
  if (value && typeof value === 'object' && 'text' in value && 'start' in value) {
    const v = value as { text: string; start: number; end: number };
    return `${messageText(quoted(v.text, 40))} at ${v.start}-${v.end}`;
  }
  return messageText(JSON.stringify(value).slice(0, 80));
}
