/**
 * Undo and Redo of annotation actions, per document. They have their own keys (in the
 * Hamish chord, ctrl+alt+a z / shift+z) so that the editor's own undo keeps undoing text:
 * the two histories are different things, and mixing them would undo a tag when the
 * researcher meant to undo a typo.
 */
import * as vscode from 'vscode';
import { annotatableEditor, reportErrors, type CommandContext } from './context';
import { COMMANDS, type Command } from './ids';

export function historyCommands(ctx: CommandContext): Command[] {
  const travel = (way: 'undo' | 'redo') =>
    reportErrors(ctx, async () => {
      const editor = annotatableEditor();
      const outcome = way === 'undo' ? await ctx.service.undo(editor.document) : await ctx.service.redo(editor.document);
      if (!outcome) {
        void ctx.messages.info(
          way === 'undo' ? vscode.l10n.t('Hamish: no annotation action to undo in this file.') : vscode.l10n.t('Hamish: no annotation action to redo in this file.'),
        );
      } else {
        ctx.messages.status(way === 'undo' ? vscode.l10n.t('Hamish: undone: {0}', outcome.label) : vscode.l10n.t('Hamish: redone: {0}', outcome.label));
      }
    });
  return [
    { id: COMMANDS.undoAnnotationAction, execute: () => travel('undo') },
    { id: COMMANDS.redoAnnotationAction, execute: () => travel('redo') },
  ];
}
