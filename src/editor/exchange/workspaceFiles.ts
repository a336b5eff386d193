/**
 * The editor's file work for export and import: finding sidecars under a scope, writing an
 * exporter's files (every name checked to stay inside the destination before the first write),
 * and reading the files an importer takes. Through `vscode.workspace.fs` and `fileSystemFor`, so
 * remote and virtual workspaces work as local ones do.
 */
import * as vscode from 'vscode';
import { pathInside, type FoundFile, type OutputFile } from '../../core';
import { messageText, quoted } from '../display/userText';

const EXCLUDED = '**/{node_modules,.git,.hg,.svn}/**';

/** Sidecars below a folder, sorted. */
export async function sidecarsUnder(folder: vscode.Uri, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.ann.yaml'), EXCLUDED, undefined, token);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export class UnsafeOutputError extends Error {}

/**
 * Writes an export: one file of a single-file format to `target` itself; otherwise each file
 * at its relative path inside the folder `target`. Returns what was written.
 */
export async function writeOutputs(target: vscode.Uri, files: readonly OutputFile[], singleFile: boolean, cancelled: () => boolean): Promise<vscode.Uri[]> {
  const encoder = new TextEncoder();
  if (singleFile && files.length === 1) {
    await vscode.workspace.fs.writeFile(target, encoder.encode(files[0]!.content));
    return [target];
  }
  const uris = files.map((f) => {
    const path = pathInside(target.path, f.path);
    if (path === undefined) throw new UnsafeOutputError(vscode.l10n.t('the output file {0} would be written outside the chosen folder; nothing was written', messageText(quoted(f.path))));
    return target.with({ path });
  });
  const written: vscode.Uri[] = [];
  for (let i = 0; i < files.length && !cancelled(); i++) {
    await vscode.workspace.fs.writeFile(uris[i]!, encoder.encode(files[i]!.content));
    written.push(uris[i]!);
  }
  return written;
}

/** Deep enough for any corpus; a link loop stops here instead of running forever. */
const MAX_DEPTH = 32;

/** The named file, or every file below the named folder the importer accepts, relative to that folder. */
export async function findImportFiles(input: vscode.Uri, accepts: (path: string) => boolean): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  if ((await vscode.workspace.fs.stat(input)).type & vscode.FileType.Directory) await walk(input, '', accepts, found, 0);
  else found.push({ path: input.path, relative: input.path.slice(input.path.lastIndexOf('/') + 1) });
  return found;
}

async function walk(dir: vscode.Uri, rel: string, accepts: (path: string) => boolean, found: FoundFile[], depth: number): Promise<void> {
  if (depth > MAX_DEPTH) return;
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    const r = rel === '' ? name : `${rel}/${name}`;
    const uri = vscode.Uri.joinPath(dir, name);
    if (type & vscode.FileType.SymbolicLink) continue; // links may leave the folder or loop back into it
    if (type & vscode.FileType.Directory) {
      if (!['node_modules', '.git', '.hg', '.svn'].includes(name)) await walk(uri, r, accepts, found, depth + 1);
    } else if (type & vscode.FileType.File && accepts(r)) found.push({ path: uri.path, relative: r });
  }
}
