/**
 * What an export covers: one file, a folder, or every workspace folder, and loading the sidecars
 * in it. With several workspace folders, each folder's paths start with its name, so two
 * `article.txt` in different folders stay apart in the export.
 */
import * as vscode from 'vscode';
import { collectExport, isSidecarPath, SidecarStore, sidecarPathFor, type ExportInput, type Problem } from '../../core';
import { nodeLockEnvironment } from '../../node/lockEnvironment';
import { messageText } from '../display/userText';
import { HamishError } from '../hamishError';
import { fileSystemFor } from '../vscodeFileSystem';
import { sidecarsUnder } from './workspaceFiles';

export interface ScopePart {
  root: vscode.Uri;
  /** Put before every path of this part (a workspace folder's name), or ''. */
  prefix: string;
  sidecars: vscode.Uri[];
}

export interface ExportScope {
  parts: ScopePart[];
  /** Where the save dialog starts. */
  home: vscode.Uri;
}

/** The scope of a file or folder URI (the Explorer's argument, or a test's). */
export async function scopeOf(uri: vscode.Uri): Promise<ExportScope> {
  const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
  if (!stat) throw new HamishError(vscode.l10n.t('there is no file or folder at {0}.', messageText(uri.fsPath || uri.path)));
  if (stat.type & vscode.FileType.Directory) return { parts: [{ root: uri, prefix: '', sidecars: await sidecarsUnder(uri) }], home: uri };
  const sidecar = isSidecarPath(uri.path) ? uri : uri.with({ path: sidecarPathFor(uri.path) });
  const folder = vscode.Uri.joinPath(sidecar, '..');
  const exists = await Promise.resolve(vscode.workspace.fs.stat(sidecar)).then(() => true, () => false);
  return { parts: [{ root: folder, prefix: '', sidecars: exists ? [sidecar] : [] }], home: folder };
}

export async function workspaceScope(token?: vscode.CancellationToken): Promise<ExportScope> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) throw new HamishError(vscode.l10n.t('open a folder first: there is no workspace to export.'));
  const parts: ScopePart[] = [];
  for (const f of folders) parts.push({ root: f.uri, prefix: folders.length > 1 ? f.name : '', sidecars: await sidecarsUnder(f.uri, token) });
  return { parts, home: folders[0]!.uri };
}

export interface LoadedScope {
  inputs: ExportInput[];
  problems: Problem[];
  cancelled: boolean;
}

/** Reads every sidecar and source of the scope, through the same store checks as opening them. */
export async function loadScope(scope: ExportScope, report: (done: number, total: number) => void, cancelled: () => boolean): Promise<LoadedScope> {
  const total = scope.parts.reduce((n, p) => n + p.sidecars.length, 0);
  const loaded: LoadedScope = { inputs: [], problems: [], cancelled: false };
  let before = 0;
  for (const part of scope.parts) {
    const fs = fileSystemFor(part.root);
    const store = new SidecarStore(fs, nodeLockEnvironment('Hamish export'));
    const collected = await collectExport(fs, store, part.root.path, part.sidecars.map((u) => u.path), {
      report: (done) => report(before + done, total),
      cancelled,
    });
    before += part.sidecars.length;
    loaded.inputs.push(...collected.inputs.map((i) => ({ ...i, path: part.prefix ? `${part.prefix}/${i.path}` : i.path })));
    loaded.problems.push(...collected.problems);
    if (collected.cancelled) {
      loaded.cancelled = true;
      break;
    }
  }
  return loaded;
}
