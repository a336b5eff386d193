/**
 * Open the Sample Article: the walkthrough's first step. The seed article ships with the
 * extension (media/sample/); the extension's own folder may be read-only and must not
 * collect sidecars, so the article is copied to the extension's storage and the copy is
 * opened. An existing copy is kept, with the annotations made on it.
 */
import * as vscode from 'vscode';
import { HamishError } from '../hamishError';
import { reportErrors, type CommandContext } from './context';
import { COMMANDS, type Command } from './ids';

export const SAMPLE_FILE = 'seed-article.ar.txt';

export function walkthroughCommands(ctx: CommandContext): Command[] {
  return [{ id: COMMANDS.openSample, execute: () => reportErrors(ctx, () => openSample(ctx)) }];
}

async function openSample(ctx: CommandContext): Promise<vscode.TextEditor> {
  const places = ctx.extension;
  if (!places) throw new HamishError(vscode.l10n.t('The sample article is not available in this window.'));
  const shipped = vscode.Uri.joinPath(places.extensionUri, 'media', 'sample', SAMPLE_FILE);
  const folder = vscode.Uri.joinPath(places.globalStorageUri, 'sample');
  const copy = vscode.Uri.joinPath(folder, SAMPLE_FILE);
  if (!(await exists(copy))) {
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.copy(shipped, copy, { overwrite: false });
  }
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy), { preview: false });
  await ctx.service.ensure(editor.document);
  return editor;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}
