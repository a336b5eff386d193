/** Export Annotation Set… and Import Annotations…: the commands; the work is in ../exchange/. */
import { exportAnnotationSet } from '../exchange/exportCommand';
import { importAnnotations } from '../exchange/importCommand';
import { reportErrors, type CommandContext } from './context';
import { COMMANDS, type Command } from './ids';

export function exchangeCommands(ctx: CommandContext): Command[] {
  return [
    // An options object skips the picks (tests); a URI is the Explorer's file or folder.
    { id: COMMANDS.exportAnnotationSet, execute: (arg?: unknown) => reportErrors(ctx, () => exportAnnotationSet(ctx, arg)) },
    { id: COMMANDS.importAnnotations, execute: (arg?: unknown) => reportErrors(ctx, () => importAnnotations(ctx, arg)) },
  ];
}
