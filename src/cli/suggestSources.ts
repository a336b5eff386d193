/**
 * What `hamish suggest` reads: the sources named on the command line (a folder is walked
 * for .txt and .md files, the files the editor annotates, links not followed), each
 * source's sidecar, and the actor list of the workspace each source belongs to (the nearest
 * folder above it holding `.hamish/`). Every file that cannot be read is reported by name.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import {
  ACTORS_PATH, type ActorName, type Annotation, type Dismissal, isSidecarPath, MAX_SOURCE_BYTES, parseActorList, type Problem,
  readTextFile, reanchor, sha256Hex, SidecarStore, sidecarPathFor, sourcePathFor, stripBom,
} from '../core';
import { nodeFileSystem } from '../node/nodeFileSystem';

/** Extensions of the files the editor annotates (plain text and Markdown). */
const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.hamish']);

export interface SourceFile {
  path: string;
  /** The text as stored, BOM removed (offsets do not count it). */
  text: string;
  annotations: Annotation[];
  dismissed: Dismissal[];
  /** `source.date` of the sidecar, when set. */
  documentDate?: string;
  /** The folder holding `.hamish/`, when there is one above the file. */
  workspace?: string;
}

export interface ReadSources {
  sources: SourceFile[];
  /** Files named or found that could not be read; each message names its file. */
  failures: string[];
}

/** The source files named by `paths`, in a stable order. */
export async function findSources(paths: readonly string[], failures: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat) failures.push(`no such file or folder: ${p}`);
    else if (stat.isDirectory()) await walk(p, found);
    else found.add(isSidecarPath(p) ? sourcePathFor(p) : p);
  }
  return [...found].sort();
}

async function walk(dir: string, found: Set<string>): Promise<void> {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name)) await walk(full, found);
    } else if (e.isFile() && SOURCE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) found.add(full);
  }
}

/** Reads each source and its sidecar; the annotations of a sidecar written for an older text are re-anchored onto this one. */
export async function readSources(files: readonly string[], failures: string[]): Promise<SourceFile[]> {
  const store = new SidecarStore(nodeFileSystem);
  const out: SourceFile[] = [];
  for (const file of files) {
    const read = await readTextFile(nodeFileSystem, file, `the source "${file}"`, MAX_SOURCE_BYTES);
    if (read.kind !== 'text') {
      failures.push(read.kind === 'missing' ? `cannot read the source "${file}": no such file` : read.message);
      continue;
    }
    const text = stripBom(read.text);
    const source: SourceFile = { path: file, text, annotations: [], dismissed: [] };
    const loaded = await store.load(sidecarPathFor(file));
    if (loaded.kind === 'invalid') {
      const first = loaded.problems[0];
      failures.push(`cannot read the sidecar "${sidecarPathFor(file)}"${first ? ` (line ${first.line}: ${first.message})` : ''}; check it with "hamish validate"`);
      continue;
    }
    if (loaded.kind === 'loaded') {
      const set = loaded.snapshot.set;
      source.annotations = set.source.sha256 === sha256Hex(text) ? set.annotations : reanchor(set.annotations, text).map((r) => r.annotation);
      source.dismissed = set.dismissed ?? [];
      if (set.source.date !== undefined) source.documentDate = set.source.date;
    }
    out.push(source);
  }
  return out;
}

/** The workspace folder of `file`: the nearest folder above it holding `.hamish/`. */
export async function workspaceOf(file: string, cache: Map<string, string | undefined>): Promise<string | undefined> {
  const visited: string[] = [];
  let dir = path.dirname(path.resolve(file));
  let found: string | undefined;
  for (;;) {
    if (cache.has(dir)) {
      found = cache.get(dir);
      break;
    }
    visited.push(dir);
    const stat = await fs.stat(path.join(dir, '.hamish')).catch(() => undefined);
    if (stat?.isDirectory()) {
      found = dir;
      break;
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const v of visited) cache.set(v, found);
  return found;
}

/** The workspace's actor list; problems in it are returned, not fatal (entries with errors are left out). */
export async function readActorList(workspace: string): Promise<{ actors: ActorName[]; problems: Problem[]; failure?: string }> {
  const file = path.join(workspace, ...ACTORS_PATH.split('/'));
  const read = await readTextFile(nodeFileSystem, file, `the actor list "${file}"`, MAX_SOURCE_BYTES);
  if (read.kind === 'missing') return { actors: [], problems: [] };
  if (read.kind === 'refused') return { actors: [], problems: [], failure: read.message };
  return parseActorList(stripBom(read.text), file);
}
