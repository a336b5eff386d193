/**
 * The core's FileSystem over Node's `fs`: for the CLI, for plain-Node tests, and for the
 * editor's `file:` documents (the extension host runs where those files are), where Node
 * gives what `vscode.workspace.fs` cannot: exclusive create (O_EXCL), fsync, modes, links.
 */
import { constants, promises as fs } from 'fs';
import type { FileStat, FileSystem, WriteOptions } from '../core';

export const nodeFileSystem: FileSystem = {
  readFile: (path) => fs.readFile(path),
  async writeFile(path: string, data: Uint8Array, options?: WriteOptions): Promise<void> {
    // 'wx': a temporary name is never shared, so an existing file there is someone else's.
    const handle = await fs.open(path, 'wx', options?.mode ?? 0o666);
    try {
      await handle.writeFile(data);
      // open() applies the umask; the caller asked for these bits exactly (a kept sidecar mode).
      if (options?.mode !== undefined) await handle.chmod(options.mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async createExclusive(path: string, data: Uint8Array, staging: string): Promise<boolean> {
    // The file must never exist without its content (a lock whose holder cannot be read can
    // only be judged by its age): write it under the staging name, then hard-link it into
    // place, which fails when the name is taken. Where links are not supported, O_EXCL it is.
    const temp = staging;
    await fs.writeFile(temp, data, { flag: 'wx' });
    try {
      await fs.link(temp, path);
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    } finally {
      await fs.rm(temp, { force: true });
    }
    try {
      await fs.writeFile(path, data, { flag: 'wx' });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  },
  rename: (from, to) => fs.rename(from, to),
  delete: (path) => fs.rm(path, { force: true }),
  async stat(path): Promise<FileStat | undefined> {
    try {
      const s = await fs.stat(path);
      const type = s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
      const mode = s.mode & 0o7777;
      // No write bit for anyone is what "read-only" means to a user (chmod a-w), even to root,
      // whom access() would let write. For a file of another user, access() says whether we may
      // write it; for our own, the owner's write bit does, without a system call per file.
      const readonly =
        (mode & 0o222) === 0 ||
        (s.uid === process.getuid?.() ? (mode & 0o200) === 0 : await fs.access(path, constants.W_OK).then(() => false, () => true));
      return { mtime: s.mtimeMs, size: s.size, type, mode, readonly };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },
  async realPath(path: string): Promise<string> {
    try {
      return await fs.realpath(path);
    } catch (e) {
      // A path that does not exist yet has no links to resolve (a dangling link is resolved by readlink).
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      const target = await fs.readlink(path).catch(() => undefined);
      return target === undefined ? path : target.startsWith('/') ? target : `${path.slice(0, path.lastIndexOf('/') + 1)}${target}`;
    }
  },
  list: (dir) => fs.readdir(dir),
  async syncFolder(dir: string): Promise<void> {
    // Linux and macOS can fsync a folder; Windows cannot open one, and there rename is durable enough.
    const handle = await fs.open(dir, 'r').catch(() => undefined);
    if (!handle) return;
    try {
      await handle.sync().catch(() => undefined);
    } finally {
      await handle.close();
    }
  },
};
