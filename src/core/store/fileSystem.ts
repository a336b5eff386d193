/**
 * The little the core needs from a file system. The editor passes an adapter over
 * `vscode.workspace.fs` (so remote and virtual workspaces work), the CLI one over Node
 * `fs`, tests an in-memory one. Paths are POSIX-style strings with `/` separators.
 */
export interface FileStat {
  /** Modification time in milliseconds. */
  mtime: number;
  size: number;
  /** What the path is, links followed: only a regular file is read or replaced. */
  type: 'file' | 'directory' | 'other';
  /** True when the file may not be written (mode without write permission, read-only mount). */
  readonly?: boolean;
  /** Permission bits, where the platform has them (kept when the file is replaced). */
  mode?: number;
}

export interface WriteOptions {
  /** Permission bits for the new file, where the platform has them. */
  mode?: number;
}

export interface FileSystem {
  /** Rejects with an error whose `code` is 'ENOENT' (or that `isNotFound` recognises) when missing. */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes the whole file and flushes it to disk (fsync) before resolving, where the platform allows. */
  writeFile(path: string, data: Uint8Array, options?: WriteOptions): Promise<void>;
  /**
   * Creates `path` holding `data` only if nothing is there: resolves false when it exists.
   * Atomic against other processes, and the file never exists without its content: it is
   * written as `staging` (a name of the caller's, beside it) and moved into place from there.
   */
  createExclusive(path: string, data: Uint8Array, staging: string): Promise<boolean>;
  /** Replaces `to` if it exists; atomic on the same volume. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; no error when it is already gone. */
  delete(path: string): Promise<void>;
  /** Undefined when the file does not exist. Follows links. */
  stat(path: string): Promise<FileStat | undefined>;
  /** The path with every link resolved (the path itself where there are none or no links exist). */
  realPath(path: string): Promise<string>;
  /** The names in a folder. */
  list(dir: string): Promise<string[]>;
  /** Makes a rename in `dir` durable (fsync of the folder) where the platform allows; else nothing. */
  syncFolder(dir: string): Promise<void>;
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
