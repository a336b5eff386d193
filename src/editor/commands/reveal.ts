/** Reveal Annotation: the go-to of a hover's link and of the views' rows, selecting the annotation in its document. */
import * as vscode from 'vscode';
import { revealAnnotation } from '../views/revealAnnotation';
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
          await revealAnnotation(ctx.service, ref);
        }),
    },
  ];
}
