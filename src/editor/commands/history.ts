/**
 * Undo and Redo of annotation actions, per document. They have their own keys (in the
 * Hamish chord, ctrl+alt+a z / shift+z) so that the editor's own undo keeps undoing text:
 * the two histories are different things, and mixing them would undo a tag when the
 * researcher meant to undo a typo.
 */
import { annotatableEditor, reportErrors, type CommandContext } from './context';
import { COMMANDS, type Command } from './ids';

export function historyCommands(ctx: CommandContext): Command[] {
  const travel = (way: 'undo' | 'redo') =>
    reportErrors(ctx, async () => {
      const editor = annotatableEditor();
      const outcome = way === 'undo' ? await ctx.service.undo(editor.document) : await ctx.service.redo(editor.document);
      if (!outcome) void ctx.messages.info(way === 'undo' ? 'Hamish: no annotation action to undo in this file.' : 'Hamish: no annotation action to redo in this file.');
      else ctx.messages.status(way === 'undo' ? `Hamish: undone: ${outcome.label}` : `Hamish: redone: ${outcome.label}`);
    });
  return [
    { id: COMMANDS.undoAnnotationAction, execute: () => travel('undo') },
    { id: COMMANDS.redoAnnotationAction, execute: () => travel('redo') },
  ];
}
