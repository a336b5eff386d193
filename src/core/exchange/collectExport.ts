/**
 * Reads the sources and sidecars an export covers, through the FileSystem and SidecarStore
 * every layer uses (the CLI over Node, the editor over its workspace), so the checks a sidecar
 * gets when it is opened (size, UTF-8, format) apply to exports too. Finding the sidecars is
 * the caller's job: the CLI walks folders, the editor asks the workspace.
 */
import type { Problem } from '../problems';
import { sourcePathFor } from '../sidecar/paths';
import { MAX_SOURCE_BYTES } from '../sidecar/format';
import type { FileSystem } from '../store/fileSystem';
import type { SidecarStore } from '../store/sidecarStore';
import { readTextFile } from '../text/readTextFile';
import { stripBom } from '../text/offsets';
import type { ExportInput } from './prepareExport';
import { FILES_IN_FLIGHT, mapPool } from './pool';
import { relativeTo } from './safePath';

export interface ExchangeProgress {
  /** Called after each file; `done` of `total`. */
  report?(done: number, total: number): void;
  /** Checked between files: true stops the run (nothing more is read or written). */
  cancelled?(): boolean;
}

export interface CollectedExport {
  inputs: ExportInput[];
  /** Sidecars that could not be read or whose source is missing: left out, and said. */
  problems: Problem[];
  cancelled: boolean;
}

/** `root` and `sidecars` are paths of `fs`; each sidecar must lie below `root`. */
export async function collectExport(
  fs: FileSystem,
  store: SidecarStore,
  root: string,
  sidecars: readonly string[],
  progress: ExchangeProgress = {},
): Promise<CollectedExport> {
  const out: CollectedExport = { inputs: [], problems: [], cancelled: false };
  let done = 0;
  const stop = () => (out.cancelled ||= progress.cancelled?.() === true);
  const results = await mapPool(sidecars, FILES_IN_FLIGHT, async (sidecar) => {
    const result = await collectOne(fs, store, root, sidecar);
    progress.report?.(++done, sidecars.length);
    return result;
  }, stop);
  for (const r of results) {
    if (r === undefined) continue;
    if ('input' in r) out.inputs.push(r.input);
    else out.problems.push(...r.problems);
  }
  return out;
}

async function collectOne(fs: FileSystem, store: SidecarStore, root: string, sidecar: string): Promise<{ input: ExportInput } | { problems: Problem[] } | undefined> {
  const source = sourcePathFor(sidecar);
  const path = relativeTo(root, source);
  if (path === undefined) return { problems: [problem(sidecar, `is not inside the export's folder ${root}`, 'skipped')] };
  const loaded = await store.load(sidecar);
  if (loaded.kind === 'invalid') return { problems: loaded.problems };
  if (loaded.kind !== 'loaded') return undefined; // gone since it was found
  const read = await readTextFile(fs, source, `the source "${path}"`, MAX_SOURCE_BYTES);
  if (read.kind === 'text') return { input: { path, text: stripBom(read.text), set: loaded.snapshot.set } };
  return { problems: [problem(sidecar, read.kind === 'missing' ? `its source "${path}" does not exist` : read.message)] };
}

function problem(file: string, message: string, code: Problem['code'] = 'source-missing'): Problem {
  return { file, line: 0, code, severity: 'error', message };
}
