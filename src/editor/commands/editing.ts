/** Remove Annotation, Change Type, Edit Note: at the cursor, or the one a hover link names. */
import * as vscode from 'vscode';
import { labelText, messageText, quoted } from '../display/userText';
import { pickTarget, reportErrors, type CommandContext } from './context';
import { COMMANDS, type Command } from './ids';
import { pickType } from './tagging';

export function editCommands(ctx: CommandContext): Command[] {
  return [
    {
      id: COMMANDS.removeAnnotation,
      execute: (arg?: unknown) =>
        reportErrors(ctx, async () => {
          const t = await pickTarget(ctx, arg, vscode.l10n.t('remove'));
          if (t) await ctx.service.remove(t.document, [t.annotation.id], vscode.l10n.t('Remove annotation'));
        }),
    },
    {
      id: COMMANDS.changeType,
      // A second argument names the new type directly (tests, keybindings).
      execute: (arg?: unknown, type?: unknown) =>
        reportErrors(ctx, async () => {
          const t = await pickTarget(ctx, arg, vscode.l10n.t('change'));
          if (!t) return;
          const name = typeof type === 'string' ? type : await pickType(ctx, vscode.l10n.t('Change the type of {0} to…', labelText(quoted(t.annotation.text, 60))), t.annotation.type);
          if (name && name !== t.annotation.type) await ctx.service.update(t.document, t.annotation.id, { type: name }, vscode.l10n.t('Change type'));
        }),
    },
    {
      id: COMMANDS.editNote,
      execute: (arg?: unknown, note?: unknown) =>
        reportErrors(ctx, async () => {
          const t = await pickTarget(ctx, arg, vscode.l10n.t('annotate'));
          if (!t) return;
          const value =
            typeof note === 'string'
              ? note
              : await vscode.window.showInputBox({
                  title: vscode.l10n.t('Note on {0}', messageText(quoted(t.annotation.text, 60))),
                  // The value is what gets saved: the note as it is, no display marks.
                  value: t.annotation.note ?? '',
                  prompt: vscode.l10n.t('Leave empty to remove the note.'),
                });
          if (value !== undefined && value !== (t.annotation.note ?? '')) {
            await ctx.service.update(t.document, t.annotation.id, { note: value.trim() ? value : undefined }, vscode.l10n.t('Edit note'));
          }
        }),
    },
  ];
}
