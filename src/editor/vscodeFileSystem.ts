/**
 * The core's FileSystem for a document's URI. Local files (`file:`, which the extension host
 * can reach directly) go through Node's fs, which has exclusive create, fsync, modes and links;
 * every other scheme (remote and virtual workspaces) goes through `vscode.workspace.fs`, with
 * what that API allows. Core paths are the `path` part of URIs of one scheme and authority (a
 * sidecar always sits beside its source).
 */
import * as vscode from 'vscode';
import type { FileStat, FileSystem } from '../core';
import { nodeFileSystem } from '../node/nodeFileSystem';

export function fileSystemFor(base: vscode.Uri): FileSystem {
  return base.scheme === 'file' ? localFileSystem(base) : workspaceFileSystem(base);
}

/** Node's fs with URI paths turned into platform paths (`/c:/x` is `c:\x` on Windows) and back. */
function localFileSystem(base: vscode.Uri): FileSystem {
  const local = (path: string) => base.with({ path }).fsPath;
  const fs = nodeFileSystem;
  return {
    readFile: (path) => fs.readFile(local(path)),
    writeFile: (path, data, options) => fs.writeFile(local(path), data, options),
    createExclusive: (path, data, staging) => fs.createExclusive(local(path), data, local(staging)),
    rename: (from, to) => fs.rename(local(from), local(to)),
    delete: (path) => fs.delete(local(path)),
    stat: (path) => fs.stat(local(path)),
    realPath: async (path) => vscode.Uri.file(await fs.realPath(local(path))).path,
    list: (dir) => fs.list(local(dir)),
    syncFolder: (dir) => fs.syncFolder(local(dir)),
  };
}

function workspaceFileSystem(base: vscode.Uri): FileSystem {
  const uri = (path: string) => base.with({ path });
  const fs = vscode.workspace.fs;
  const exists = (path: string) => fs.stat(uri(path)).then(() => true, () => false);
  return {
    readFile: async (path) => fs.readFile(uri(path)),
    writeFile: async (path, data) => fs.writeFile(uri(path), data),
    async createExclusive(path, data, staging): Promise<boolean> {
      // workspace.fs has no O_EXCL. Write a private file, then rename it without overwrite:
      // the provider refuses when the target exists. (Its check and rename are not one step,
      // so two writers on a virtual file system can still race here; local files use O_EXCL.)
      if (await exists(path)) return false;
      const temp = staging;
      await fs.writeFile(uri(temp), data);
      try {
        await fs.rename(uri(temp), uri(path), { overwrite: false });
        return true;
      } catch (e) {
        await fs.delete(uri(temp), { useTrash: false }).then(undefined, () => undefined);
        if (e instanceof vscode.FileSystemError && e.code === 'FileExists') return false;
        throw e;
      }
    },
    rename: async (from, to) => fs.rename(uri(from), uri(to), { overwrite: true }),
    delete: async (path) => {
      if (await exists(path)) await fs.delete(uri(path), { useTrash: false });
    },
    async stat(path): Promise<FileStat | undefined> {
      try {
        const s = await fs.stat(uri(path));
        const type = s.type & vscode.FileType.File ? 'file' : s.type & vscode.FileType.Directory ? 'directory' : 'other';
        return { mtime: s.mtime, size: s.size, type, readonly: ((s.permissions ?? 0) & vscode.FilePermission.Readonly) !== 0 };
      } catch (e) {
        if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
        throw e;
      }
    },
    realPath: async (path) => path, // links are the provider's business there
    list: async (dir) => (await fs.readDirectory(uri(dir))).map(([name]) => name),
    syncFolder: async () => undefined, // the provider decides durability
  };
}
