/** Finds the sidecars named by command-line paths: sidecars, their sources, or folders to walk. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { isSidecarPath, sidecarPathFor } from '../core';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export class MissingPathError extends Error {}

export async function findSidecars(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat) throw new MissingPathError(`no such file or folder: ${p}`);
    if (stat.isDirectory()) await walk(p, found);
    else if (isSidecarPath(p)) found.add(p);
    else {
      const sidecar = sidecarPathFor(p);
      if (await fs.stat(sidecar).catch(() => undefined)) found.add(sidecar);
    }
  }
  return [...found].sort();
}

async function walk(dir: string, found: Set<string>): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name)) await walk(full, found);
    } else if (e.isFile() && isSidecarPath(e.name)) {
      found.add(full);
    }
  }
}
