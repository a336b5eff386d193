/**
 * The core's FileSystem over `vscode.workspace.fs`, so sidecars work in remote and
 * virtual workspaces too. Core paths are the `path` part of URIs of one scheme and
 * authority (a sidecar always sits beside its source).
 */
import * as vscode from 'vscode';
import type { FileStat, FileSystem } from '../core';

export function workspaceFileSystem(base: vscode.Uri): FileSystem {
  const uri = (path: string) => base.with({ path });
  const fs = vscode.workspace.fs;
  return {
    readFile: async (path) => fs.readFile(uri(path)),
    writeFile: async (path, data) => fs.writeFile(uri(path), data),
    rename: async (from, to) => fs.rename(uri(from), uri(to), { overwrite: true }),
    delete: async (path) => fs.delete(uri(path), { useTrash: false }),
    async stat(path): Promise<FileStat | undefined> {
      try {
        const s = await fs.stat(uri(path));
        return { mtime: s.mtime, size: s.size };
      } catch (e) {
        if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
        throw e;
      }
    },
  };
}
