import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { assistCommands } from './assisting';
import { attributeCommands } from './attributes';
import { editCommands } from './editing';
import { exchangeCommands } from './exchange';
import { fixCommands } from './fixes';
import { historyCommands } from './history';
import { linkCommands } from './linking';
import { navigationCommands } from './navigation';
import { readingCommands } from './reading';
import { revealCommands } from './reveal';
import { savingCommands } from './saving';
import { suggestCommands } from './suggesting';
import { tagCommands } from './tagging';
import { viewCommands } from './views';
import { walkthroughCommands } from './walkthrough';
import type { Command } from './ids';

export function allCommands(ctx: CommandContext): Command[] {
  return [
    ...tagCommands(ctx),
    ...editCommands(ctx),
    ...historyCommands(ctx),
    ...navigationCommands(ctx),
    ...readingCommands(),
    ...savingCommands(ctx),
    ...exchangeCommands(ctx),
    ...linkCommands(ctx),
    ...attributeCommands(ctx),
    ...revealCommands(ctx),
    ...viewCommands(ctx),
    ...fixCommands(ctx),
    ...walkthroughCommands(ctx),
    ...suggestCommands(ctx),
    ...assistCommands(ctx),
  ];
}

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return allCommands(ctx).map((c) => vscode.commands.registerCommand(c.id, (...args: unknown[]) => c.execute(...args)));
}
