/**
 * The little the core needs from a file system. The editor passes an adapter over
 * `vscode.workspace.fs` (so remote and virtual workspaces work), the CLI one over Node
 * `fs`, tests an in-memory one. Paths are POSIX-style strings with `/` separators.
 */
export interface FileStat {
  /** Modification time in milliseconds. */
  mtime: number;
  size: number;
}

export interface FileSystem {
  /** Rejects with an error whose `code` is 'ENOENT' (or that `isNotFound` recognises) when missing. */
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Replaces `to` if it exists; atomic on the same volume. */
  rename(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
  /** Undefined when the file does not exist. */
  stat(path: string): Promise<FileStat | undefined>;
}

export function isNotFound(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; name?: unknown };
  return e.code === 'ENOENT' || e.code === 'FileNotFound' || e.name === 'EntryNotFound (FileSystemError)';
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(dir: string, name: string): string {
  return dir === '.' ? name : dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}
