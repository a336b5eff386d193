/** Reveal Annotation: the go-to of a hover's link, selecting the linked annotation in its document. */
import * as vscode from 'vscode';
import { rangeOf } from '../decorations';
import { HamishError } from '../hamishError';
import { reportErrors, type CommandContext } from './context';
import { COMMANDS, isAnnotationRef, type Command } from './ids';

export function revealCommands(ctx: CommandContext): Command[] {
  return [
    {
      id: COMMANDS.revealAnnotation,
      execute: (ref?: unknown) =>
        reportErrors(ctx, async () => {
          if (!isAnnotationRef(ref)) throw new HamishError(vscode.l10n.t('Go to an annotation from a link in its hover.'));
          const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(ref.uri));
          const a = (await ctx.service.ensure(document))?.find(ref.id);
          if (!a) throw new HamishError(vscode.l10n.t('That annotation no longer exists.'));
          if (a.orphaned) throw new HamishError(vscode.l10n.t('That annotation is orphaned: its text is no longer in the source.'));
          const editor = await vscode.window.showTextDocument(document);
          const range = rangeOf(document, a);
          editor.selection = new vscode.Selection(range.start, range.end);
          editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        }),
    },
  ];
}
