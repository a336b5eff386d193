/**
 * Finds the sidecars named by command-line paths: sidecars, their sources, or folders to
 * walk. A path named on the command line is followed even through a symbolic link (the
 * user chose it). A folder walk does not follow links (they may leave the tree or loop
 * back into it), but it reports each one it skips that could matter (a link named like
 * a sidecar, or to a folder), and each sidecar-named entry that is not a regular file,
 * so that "0 sidecars checked" never hides them.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { isSidecarPath, sidecarPathFor, type Problem } from '../core';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export class MissingPathError extends Error {}

export interface FoundSidecars {
  sidecars: string[];
  /** Notes on what the walk left out, one per path. */
  skipped: Problem[];
}

export async function findSidecars(paths: readonly string[]): Promise<FoundSidecars> {
  const found = new Set<string>();
  const skipped: Problem[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat) throw new MissingPathError(`no such file or folder: ${p}`);
    if (stat.isDirectory()) await walk(p, found, skipped);
    else if (isSidecarPath(p)) found.add(p);
    else {
      const sidecar = sidecarPathFor(p);
      if (await fs.lstat(sidecar).catch(() => undefined)) found.add(sidecar);
    }
  }
  return { sidecars: [...found].sort(), skipped: skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

async function walk(dir: string, found: Set<string>, skipped: Problem[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name)) await walk(full, found, skipped);
    } else if (e.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => undefined);
      if (isSidecarPath(e.name)) {
        skipped.push(note(full, 'skipped symbolic link: folders are walked without following links; name it on the command line to check it'));
      } else if (target?.isDirectory()) {
        skipped.push(note(full, 'skipped symbolic link to a folder: folders are walked without following links; name it on the command line to check the sidecars in it'));
      }
    } else if (isSidecarPath(e.name)) {
      if (e.isFile()) found.add(full);
      else skipped.push(note(full, 'skipped: named like a sidecar but not a regular file (a pipe, socket or device)'));
    }
  }
}

function note(file: string, message: string): Problem {
  return { file, line: 0, code: 'skipped', severity: 'info', message };
}
