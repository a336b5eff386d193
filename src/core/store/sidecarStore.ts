/**
 * Loads and saves sidecars through a FileSystem. A save is one read-merge-write step under
 * the sidecar's lock (sidecarLock.ts), so no other writer that honours it (another window,
 * the CLI) can slip in between; within one store, saves of a file also queue one after the
 * other. The write is atomic (a flushed temporary file beside the sidecar, then a rename)
 * and keeps the file's mode; a link is written through to its target; a read-only sidecar
 * is refused. Changes on disk since the caller's snapshot are merged by id, three ways. A
 * sidecar on disk that does not parse or validate is never overwritten, and a program that
 * ignores the lock and writes during a save is merged with, not overwritten. Dismissed
 * suggestions of both sides are joined; the document date comes from the side that changed it.
 */
import type { Annotation, AnnotationSet } from '../model/annotation';
import { newAnnotationId } from '../model/ids';
import type { Problem } from '../problems';
import { parseSidecar, serializeSidecar } from '../sidecar/codec';
import { MAX_SIDECAR_BYTES } from '../sidecar/format';
import { readTextFile } from '../text/readTextFile';
import { basename, dirname, type FileStat, joinPath, type FileSystem } from './fileSystem';
import { mergeById, mergeDismissals, mergeSourceField, type MergeConflict } from './merge';
import { isLeftoverStaging, type LockEnvironment, type LockOptions, lockPathFor, withSidecarLock } from './sidecarLock';

/** What was last read from or written to a sidecar: the base of the next merge. */
export interface SidecarSnapshot {
  text: string;
  set: AnnotationSet;
  /** Whether `text` holds comments (so a rewrite carries them over). */
  hasComments: boolean;
}

export type LoadResult =
  | { kind: 'missing' }
  | { kind: 'loaded'; snapshot: SidecarSnapshot; problems: Problem[] }
  | { kind: 'invalid'; problems: Problem[] }
  /** Only when `load` was given a snapshot: the file still holds exactly that text. */
  | { kind: 'unchanged' };

export type SaveResult =
  | { kind: 'saved'; snapshot: SidecarSnapshot; written: boolean; merged: boolean; conflicts: MergeConflict[] }
  | { kind: 'refused'; problems: Problem[] };

export interface SaveOptions {
  /**
   * Called when the sidecar on disk describes another version of the source than `set`
   * does: brings their annotations onto our text (re-anchoring) before the merge.
   */
  adoptTheirs?: (theirs: AnnotationSet) => Annotation[];
}

/** A lock holder that can say nothing about itself: its locks go stale by age alone. */
const ANONYMOUS: LockEnvironment = { owner: { pid: 0, host: '', tool: 'Hamish' }, isAlive: () => undefined };

/** A lock file not linked into place after this long was left by a writer that died. */
const LEFTOVER_LOCK_AGE_MS = 60_000;

/** How often a save starts over when a program that ignores the lock keeps writing the file. */
const MAX_ATTEMPTS = 5;

/** The sidecar may not be written; the message is for the researcher as it is. */
export class ReadOnlySidecarError extends Error {
  constructor(readonly path: string) {
    super(`${path} is read-only; Hamish does not overwrite it. Make it writable (for example chmod u+w) and save again: your annotations are kept until then.`);
    this.name = 'ReadOnlySidecarError';
  }
}

export class SidecarStore {
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Sidecars whose leftovers this store has already removed. */
  private readonly cleaned = new Set<string>();
  /** One listing of each folder this store saved in (see removeLeftovers). */
  private readonly listings = new Map<string, string[]>();

  constructor(
    private readonly fs: FileSystem,
    /** Who this store is, for the lock files it writes and for judging others' stale. */
    private readonly lockEnv: LockEnvironment = ANONYMOUS,
    private readonly lockOptions: LockOptions = {},
  ) {}

  /**
   * Reads and validates a sidecar. Given the snapshot last read or written, a file that
   * still holds that text is not parsed again (the common case after our own writes).
   */
  load(path: string, known?: SidecarSnapshot): Promise<LoadResult> {
    return this.serialised(path, async () => {
      const raw = await this.readText(path);
      if (raw.kind !== 'text') return raw;
      return known && raw.text === known.text ? { kind: 'unchanged' } : this.parse(path, raw.text);
    });
  }

  /**
   * Writes `set` to `path`. `base` is the snapshot the caller's changes started from
   * (undefined for a new sidecar). Changes made on disk since then are merged in.
   */
  save(path: string, set: AnnotationSet, base: SidecarSnapshot | undefined, options: SaveOptions = {}): Promise<SaveResult> {
    return this.serialised(path, async () => {
      // A link is written through: the lock, the temporary file and the rename go to its target.
      const target = await this.fs.realPath(path);
      return withSidecarLock(this.fs, this.lockEnv, target, (lock) => this.saveLocked(target, set, base, options, lock.brokeStale), this.lockOptions);
    });
  }

  private async saveLocked(path: string, set: AnnotationSet, base: SidecarSnapshot | undefined, options: SaveOptions, brokeStale: boolean): Promise<SaveResult> {
    await this.removeLeftovers(path, brokeStale);
    for (let attempt = 1; ; attempt++) {
      const before = await this.fs.stat(path);
      const raw = await this.readText(path);
      if (raw.kind === 'invalid') return { kind: 'refused', problems: raw.problems } as const;
      let finalSet = set;
      let merged = false;
      let conflicts: MergeConflict[] = [];
      let previous: SidecarSnapshot | undefined;
      if (raw.kind === 'text') {
        if (base && raw.text === base.text) {
          previous = base; // unchanged since the caller read it: no need to parse again
        } else {
          const disk = this.parse(path, raw.text);
          if (disk.kind !== 'loaded') return { kind: 'refused', problems: disk.kind === 'invalid' ? disk.problems : [] } as const;
          previous = disk.snapshot;
          const theirs = disk.snapshot.set;
          const theirAnnotations =
            theirs.source.sha256 !== set.source.sha256 && options.adoptTheirs ? options.adoptTheirs(theirs) : theirs.annotations;
          const result = mergeById(base?.set.annotations ?? [], set.annotations, theirAnnotations);
          finalSet = mergeExtras({ ...set, annotations: result.annotations }, base?.set, theirs);
          conflicts = result.conflicts;
          merged = true;
        }
      }
      const text = serializeSidecar(finalSet, previous);
      const snapshot: SidecarSnapshot = { text, set: finalSet, hasComments: previous?.hasComments ?? false };
      if (text === previous?.text) return { kind: 'saved', snapshot, written: false, merged, conflicts } as const;
      if (before?.readonly) throw new ReadOnlySidecarError(path);
      const temp = await this.writeTemp(path, text, before?.mode);
      // A program that ignores the lock (a text editor, a script) may have written the file
      // since we read it: then start over and merge with what it wrote, never replace it.
      if (!sameVersion(before, await this.fs.stat(path))) {
        await this.fs.delete(temp);
        if (attempt < MAX_ATTEMPTS) continue;
        throw new Error(`${path} kept changing while Hamish saved it (${MAX_ATTEMPTS} tries); your annotations are kept, save again later`);
      }
      try {
        await this.fs.rename(temp, path);
      } catch (e) {
        await this.fs.delete(temp).catch(() => undefined);
        throw e;
      }
      await this.fs.syncFolder(dirname(path));
      return { kind: 'saved', snapshot, written: true, merged, conflicts } as const;
    }
  }

  /** The new text in a flushed temporary file beside `path`, with `path`'s mode; removed again if writing fails. */
  private async writeTemp(path: string, text: string, mode: number | undefined): Promise<string> {
    const temp = joinPath(dirname(path), `${tempPrefix(path)}${newAnnotationId().slice(1, 11)}.tmp`);
    try {
      await this.fs.writeFile(temp, new TextEncoder().encode(text), mode !== undefined ? { mode } : {});
    } catch (e) {
      // A full disk leaves a partial file: never litter the corpus folder with it.
      await this.fs.delete(temp).catch(() => undefined);
      throw e;
    }
    return temp;
  }

  /**
   * Removes what crashed writers of this sidecar left: temporary files, lock files not yet
   * linked into place, and moved-aside stale locks. Called while holding the lock, so no
   * writer that honours it is using any of them.
   *
   * Not on every save: listing a folder of thousands of sources for each of them would make
   * an import quadratic. A writer that dies mid-save leaves its lock, so after a stale lock
   * was broken the folder is listed afresh; otherwise each sidecar is cleaned once per store,
   * at its first save, from one listing of its folder per store.
   */
  private async removeLeftovers(path: string, brokeStale: boolean): Promise<void> {
    if (this.cleaned.has(path) && !brokeStale) return;
    this.cleaned.add(path);
    const dir = dirname(path);
    const temp = tempPrefix(path);
    const lockName = basename(lockPathFor(path));
    const staleLock = lockName + '.';
    let names = brokeStale ? undefined : this.listings.get(dir);
    if (!names) {
      try {
        names = await this.fs.list(dir);
      } catch {
        return; // an unlistable folder: the save itself will say what is wrong
      }
      this.listings.set(dir, names);
    }
    for (const name of names) {
      const full = joinPath(dir, name);
      if ((name.startsWith(temp) && name.endsWith('.tmp')) || (name.startsWith(staleLock) && name.endsWith('.stale'))) {
        await this.fs.delete(full).catch(() => undefined);
      } else if (name.startsWith(staleLock) && name.endsWith('.new')) {
        // A lock file on its way into place: a waiting writer's right now, unless its process
        // is gone or it is old.
        const stat = await this.fs.stat(full).catch(() => undefined);
        const old = stat !== undefined && Date.now() - stat.mtime > LEFTOVER_LOCK_AGE_MS;
        if (old || isLeftoverStaging(name, lockName, this.lockEnv)) await this.fs.delete(full).catch(() => undefined);
      }
    }
  }

  /**
   * The sidecar's text, after the file type, size limit and UTF-8 checks; nothing parsed
   * yet. A FIFO, a folder or a device is refused before it is opened.
   */
  private async readText(path: string): Promise<{ kind: 'text'; text: string } | Exclude<LoadResult, { kind: 'loaded' }>> {
    const read = await readTextFile(this.fs, path, 'the sidecar', MAX_SIDECAR_BYTES);
    return read.kind === 'refused' ? invalid(path, read.code, read.message) : read;
  }

  private parse(path: string, text: string): LoadResult {
    const parsed = parseSidecar(text, path);
    if (!parsed.ok) return { kind: 'invalid', problems: parsed.problems };
    return { kind: 'loaded', snapshot: { text, set: parsed.set, hasComments: parsed.hasComments }, problems: parsed.problems };
  }


  /** Runs `task` after every earlier task on the same path has finished. */
  private serialised<T>(path: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(path, settled);
    // `settled` never rejects, so this chain cannot lose an error.
    void settled.then(() => {
      if (this.queues.get(path) === settled) this.queues.delete(path);
    });
    return next;
  }
}

function invalid(file: string, code: Problem['code'], message: string): { kind: 'invalid'; problems: Problem[] } {
  return { kind: 'invalid', problems: [{ file, line: 0, code, severity: 'error', message }] };
}

/** Temporary files of a sidecar: `.article.txt.ann.yaml.<random>.tmp`, hidden, beside it. */
function tempPrefix(path: string): string {
  return `.${basename(path)}.`;
}

/** Whether a file is still the version first seen (both missing counts as the same). */
function sameVersion(a: FileStat | undefined, b: FileStat | undefined): boolean {
  if (!a || !b) return a === b;
  return a.mtime === b.mtime && a.size === b.size;
}

/**
 * What a merge keeps besides annotations: the union of both sides' dismissals, and the
 * document's date from the side that changed it (ours when both did).
 */
function mergeExtras(ours: AnnotationSet, base: AnnotationSet | undefined, theirs: AnnotationSet): AnnotationSet {
  const out: AnnotationSet = { ...ours, source: { ...ours.source } };
  const dismissed = mergeDismissals(ours.dismissed, theirs.dismissed);
  if (dismissed) out.dismissed = dismissed;
  else delete out.dismissed;
  const date = mergeSourceField(base?.source.date, ours.source.date, theirs.source.date);
  if (date !== undefined) out.source.date = date;
  else delete out.source.date;
  return out;
}
