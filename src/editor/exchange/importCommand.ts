/**
 * "Hamish: Import Annotations…": format, file or folder, and workspace folder by quick picks (or
 * from an options argument), then the import merged into sidecars through the store and its
 * lock, so sources open in the editor take the imported annotations in and lose nothing.
 */
import * as vscode from 'vscode';
import { applyImport, IMPORTERS, importerFor, readImportFiles, runImporter, SidecarStore, type Importer, type ImportSummary } from '../../core';
import { nodeLockEnvironment } from '../../node/lockEnvironment';
import type { CommandContext } from '../commands/context';
import { countOf } from '../display/counted';
import { messageText, quoted } from '../display/userText';
import { HamishError } from '../hamishError';
import { fileSystemFor } from '../vscodeFileSystem';
import { withCancellableProgress } from './progress';
import { findImportFiles } from './workspaceFiles';

/** Everything the picks would ask (URIs as strings). */
export interface ImportCommandOptions {
  format: string;
  /** The file or folder to import. */
  path: string;
  /** The folder the sources are in (or go into). */
  into: string;
}

/** What the command returns (for tests): the import's summary. */
export type ImportOutcome = ImportSummary;

function isOptions(x: unknown): x is ImportCommandOptions {
  const o = x as ImportCommandOptions | null;
  return typeof o === 'object' && o !== null && typeof o.format === 'string' && typeof o.path === 'string' && typeof o.into === 'string';
}

export async function importAnnotations(ctx: CommandContext, arg: unknown): Promise<ImportOutcome | undefined> {
  const options = isOptions(arg) ? arg : undefined;
  const importer = options ? importerFor(options.format) : await pickImporter();
  if (!importer) {
    if (options) throw new HamishError(vscode.l10n.t('there is no import format {0}.', messageText(quoted(options.format))));
    return undefined;
  }
  const input = options ? vscode.Uri.parse(options.path) : await pickInput(importer);
  if (!input) return undefined;
  const into = options ? vscode.Uri.parse(options.into) : await pickInto();
  if (!into) return undefined;

  const read = await readImportFiles(fileSystemFor(input), await findImportFiles(input, (p) => importer.accepts(p)));
  const result = runImporter(importer, read, input.path);
  const fs = fileSystemFor(into);
  const target = {
    fs,
    store: new SidecarStore(fs, nodeLockEnvironment('Hamish import')),
    root: into.path,
    makeFolder: async (path: string) => vscode.workspace.fs.createDirectory(into.with({ path })),
  };
  const summary = await withCancellableProgress(vscode.l10n.t('Hamish: importing {0}', importer.label), (report, cancelled) => applyImport(target, result, { report, cancelled }));
  // Sources open in this window take in what was just written now, rather than whenever
  // the file watcher reports it (a watcher may merge or drop events of a quick rewrite).
  const under = into.path.endsWith('/') ? into.path : `${into.path}/`;
  const open = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === into.scheme && d.uri.authority === into.authority && d.uri.path.startsWith(under));
  await Promise.all(open.map((d) => ctx.service.retry(d)));
  void showSummary(ctx, summary, into);
  return summary;
}

async function pickImporter(): Promise<Importer | undefined> {
  const picked = await vscode.window.showQuickPick(IMPORTERS.map((i) => ({ label: i.label, description: i.format, importer: i })), { placeHolder: vscode.l10n.t('Import which format?') });
  return picked?.importer;
}

async function pickInput(importer: Importer): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectFiles: true, canSelectFolders: true, canSelectMany: false, openLabel: vscode.l10n.t('Import {0}', importer.format) });
  return picked?.[0];
}

async function pickInto(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) throw new HamishError(vscode.l10n.t('open a folder first: imported annotations go into a workspace folder.'));
  if (folders.length === 1) return folders[0]!.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Import into which workspace folder?') }))?.uri;
}

async function showSummary(ctx: CommandContext, o: ImportOutcome, into: vscode.Uri): Promise<void> {
  const first = o.problems[0];
  const where = first ? `${messageText(first.file.slice(first.file.lastIndexOf('/') + 1))}${first.line > 0 ? `:${first.line}` : ''}` : '';
  // The problem's message comes from the core, in English (see docs/workflow.md).
  const problem = first ? ` ${vscode.l10n.t('{0} reported, first at {1}: {2}', o.problems.length, where, messageText(first.message))}` : '';
  if (o.refused) {
    await ctx.messages.error(vscode.l10n.t('Hamish: nothing imported: the files have errors.') + problem);
    return;
  }
  const n = o.sources.length;
  const sources = countOf(n, vscode.l10n.t('1 source'), vscode.l10n.t('2 sources'), vscode.l10n.t('{0} sources', n));
  const folder = messageText(vscode.workspace.asRelativePath(into));
  const text =
    (o.cancelled
      ? vscode.l10n.t('Hamish: import cancelled; until then, imported into {0} of {1}: {2} added, {3} updated, {4} already there.', sources, folder, o.added, o.updated, o.unchanged)
      : vscode.l10n.t('Hamish: imported into {0} of {1}: {2} added, {3} updated, {4} already there.', sources, folder, o.added, o.updated, o.unchanged)) + problem;
  await (first ? ctx.messages.warning(text) : ctx.messages.info(text));
}
