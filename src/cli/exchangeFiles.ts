/**
 * The CLI's file work for export and import that the core leaves to each layer: where an
 * export's paths are relative to, writing an exporter's files (folders made as needed, every
 * name checked to stay inside the destination first), and reading the files an importer takes.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { pathInside, type FoundFile, type OutputFile } from '../core';

/** Core paths are `/`-separated (Node accepts them on Windows too). */
export function corePath(p: string): string {
  return path.resolve(p).split(path.sep).join('/');
}

/** The folder the named paths share: a folder counts as itself, a file as its folder. */
export async function commonRoot(paths: readonly string[]): Promise<string> {
  const folders = await Promise.all(
    paths.map(async (p) => ((await fs.stat(p)).isDirectory() ? corePath(p) : path.posix.dirname(corePath(p)))),
  );
  let root = folders[0]!.split('/');
  for (const f of folders.slice(1)) {
    const parts = f.split('/');
    let i = 0;
    while (i < root.length && i < parts.length && root[i] === parts[i]) i++;
    root = root.slice(0, i);
  }
  return root.join('/') || '/';
}

export class UnsafeOutputError extends Error {}

/**
 * Writes an export. One file of a single-file format goes to `out` itself (or into `out` when it
 * is a folder); otherwise `out` is a folder and each file goes to its relative path in it.
 * Every path is checked before the first byte is written. Returns the paths written.
 */
export async function writeOutputs(out: string, files: readonly OutputFile[], singleFile: boolean): Promise<string[]> {
  const outStat = await fs.stat(out).catch(() => undefined);
  if (singleFile && files.length === 1 && !outStat?.isDirectory()) {
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.writeFile(out, files[0]!.content);
    return [out];
  }
  const folder = corePath(out);
  const targets = files.map((f) => {
    const target = pathInside(folder, f.path);
    if (target === undefined) throw new UnsafeOutputError(`the output file "${f.path}" would be written outside ${out}; nothing was written`);
    return target;
  });
  for (let i = 0; i < files.length; i++) {
    await fs.mkdir(path.posix.dirname(targets[i]!), { recursive: true });
    await fs.writeFile(targets[i]!, files[i]!.content);
  }
  return targets;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * The files an import reads: the named file, or every file below the named folder the importer
 * accepts (links not followed), with paths relative to that folder.
 */
export async function findImportFiles(input: string, accepts: (path: string) => boolean): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  if ((await fs.stat(input)).isDirectory()) await walk(corePath(input), '', accepts, found);
  else found.push({ path: corePath(input), relative: path.basename(input) });
  return found;
}

async function walk(dir: string, rel: string, accepts: (path: string) => boolean, found: FoundFile[]): Promise<void> {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const full = `${dir}/${e.name}`;
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name)) await walk(full, r, accepts, found);
    } else if (e.isFile() && accepts(r)) found.push({ path: full, relative: r });
  }
}
