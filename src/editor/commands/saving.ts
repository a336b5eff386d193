/**
 * Save Annotations Again: after a save failed (a read-only sidecar, a full disk, a lock held
 * too long), writes the sidecar of the active source, or of the source a message names,
 * once the cause is fixed. Nothing was lost meanwhile: the annotations stayed in memory.
 */
import * as vscode from 'vscode';
import { HamishError } from '../hamishError';
import { annotatableEditor, reportErrors, type CommandContext } from './context';
import { COMMANDS, type Command } from './ids';

export function savingCommands(ctx: CommandContext): Command[] {
  return [
    {
      id: COMMANDS.saveAnnotations,
      execute: (uri?: unknown) =>
        reportErrors(ctx, async () => {
          const document =
            typeof uri === 'string' ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : annotatableEditor().document;
          if (!document) throw new HamishError(vscode.l10n.t('That source is no longer open.'));
          const doc = await ctx.service.retry(document);
          if (doc && doc.saveError === undefined) {
            void ctx.messages.info(
              document.isDirty ? vscode.l10n.t('Hamish: the annotations will be written when the source is saved.') : vscode.l10n.t('Hamish: annotations saved.'),
            );
          }
        }),
    },
  ];
}
