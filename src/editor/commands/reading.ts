/** Wrap Long Lines: makes Arabic sources readable in the workspace (see readability.ts). */
import { wrapLongLinesInWorkspace } from '../readability';
import { COMMANDS, type Command } from './ids';

export function readingCommands(): Command[] {
  return [{ id: COMMANDS.wrapLongLines, execute: () => wrapLongLinesInWorkspace() }];
}
