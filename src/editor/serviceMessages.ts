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
        const retry = vscode.l10n.t('Save Again');
        const answer = await messages.error(
          vscode.l10n.t('Hamish could not save {0}: {1} The annotations are kept in this window.', messageText(vscode.workspace.asRelativePath(doc.sidecarUri)), why),
          retry,
        );
        if (answer === retry) await vscode.commands.executeCommand(COMMANDS.saveAnnotations, doc.key);
      }),
    );
    this.register(
      service.onDidConflict(({ doc, conflicts }) => {
        const shown = conflicts.slice(0, MAX_CONFLICTS_SHOWN).map((c) => describeConflict(c, doc));
        const hidden = conflicts.length - shown.length;
        const list = shown.join(vscode.l10n.t('; ')) + (hidden > 0 ? vscode.l10n.t(' (and {0} more)', hidden) : '');
        const sidecar = messageText(vscode.workspace.asRelativePath(doc.sidecarUri));
        void messages.warning(
          conflicts.length === 1
            ? vscode.l10n.t('Hamish merged changes made elsewhere to {0}. Both sides changed the same field; the newer edit was kept: {1}.', sidecar, list)
            : vscode.l10n.t('Hamish merged changes made elsewhere to {0}. Both sides changed the same fields; the newer edit was kept: {1}.', sidecar, list),
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
  const field = fieldName(c.field);
  const [kept, lost] = c.kept === 'ours' ? [c.ours, c.theirs] : [c.theirs, c.ours];
  return c.kept === 'ours'
    ? vscode.l10n.t('{0} of {1}: kept {2}, the file on disk had {3}', field, which, shownValue(kept), shownValue(lost))
    : vscode.l10n.t('{0} of {1}: kept {2}, this window had {3}', field, which, shownValue(kept), shownValue(lost));
}

/** The sidecar field's name as the researcher reads it: the names of the format, in English, are kept for the rest. */
function fieldName(field: string): string {
  switch (field) {
    case 'position':
      return vscode.l10n.t('place');
    case '*':
      return vscode.l10n.t('annotation');
    case 'note':
      return vscode.l10n.t('note');
    case 'type':
      return vscode.l10n.t('type');
    default:
      return messageText(field);
  }
}

function shownValue(value: unknown): string {
  if (value === undefined) return vscode.l10n.t('nothing');
  if (typeof value === 'string') return messageText(quoted(value, 60));
  if (value && typeof value === 'object' && 'text' in value && 'start' in value) {
    const v = value as { text: string; start: number; end: number };
    return vscode.l10n.t('{0} at {1}-{2}', messageText(quoted(v.text, 40)), v.start, v.end);
  }
  return messageText(JSON.stringify(value).slice(0, 80));
}
