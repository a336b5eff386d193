/** The core's FileSystem over Node's `fs`, for the CLI and plain-Node tests. */
import { promises as fs } from 'fs';
import type { FileStat, FileSystem } from '../core';

export const nodeFileSystem: FileSystem = {
  readFile: (path) => fs.readFile(path),
  writeFile: (path, data) => fs.writeFile(path, data),
  rename: (from, to) => fs.rename(from, to),
  delete: (path) => fs.rm(path, { force: true }),
  async stat(path): Promise<FileStat | undefined> {
    try {
      const s = await fs.stat(path);
      return { mtime: s.mtimeMs, size: s.size };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },
};
