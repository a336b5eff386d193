/**
 * Loads and saves sidecars through a FileSystem. Writes to one file are serialised
 * (one after another, never interleaved), atomic (a temporary file in the same folder,
 * then a rename), and merged by id with whatever changed on disk since the caller read
 * it. A sidecar on disk that does not parse or validate is never overwritten.
 */
import type { Annotation, AnnotationSet } from '../model/annotation';
import { newAnnotationId } from '../model/ids';
import type { Problem } from '../problems';
import { parseSidecar, serializeSidecar } from '../sidecar/codec';
import { MAX_SIDECAR_BYTES } from '../sidecar/format';
import { readTextFile } from '../text/readTextFile';
import { basename, dirname, joinPath, type FileSystem } from './fileSystem';
import { mergeById, type MergeConflict } from './merge';

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

export class SidecarStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly fs: FileSystem) {}

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
      const raw = await this.readText(path);
      if (raw.kind === 'invalid') return { kind: 'refused', problems: raw.problems } as const;
      let annotations = set.annotations;
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
          annotations = result.annotations;
          conflicts = result.conflicts;
          merged = true;
        }
      }
      const finalSet: AnnotationSet = { ...set, annotations };
      const text = serializeSidecar(finalSet, previous);
      const snapshot: SidecarSnapshot = { text, set: finalSet, hasComments: previous?.hasComments ?? false };
      if (text === previous?.text) return { kind: 'saved', snapshot, written: false, merged, conflicts } as const;
      await this.writeAtomically(path, text);
      return { kind: 'saved', snapshot, written: true, merged, conflicts } as const;
    });
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

  private async writeAtomically(path: string, text: string): Promise<void> {
    const temp = joinPath(dirname(path), `.${basename(path)}.${newAnnotationId().slice(1, 11)}.tmp`);
    await this.fs.writeFile(temp, new TextEncoder().encode(text));
    try {
      await this.fs.rename(temp, path);
    } catch (e) {
      await this.fs.delete(temp).catch(() => undefined);
      throw e;
    }
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
