/**
 * Everything Hamish holds for one open source document, in one object: its annotations and
 * sidecar state (the AnnotatedDocument that views read), the watcher on its sidecar, the timer
 * that lets outside changes settle, the text as last saved, and the one queue in which every
 * read, merge and write of this document runs. Disposing the session releases all of it, so no
 * per-document state can be forgotten in one place and kept in another.
 *
 * The session shows nothing to the user: what happened goes out through `SessionEvents`, and
 * the service turns those into events that the UI listens to.
 */
import * as vscode from 'vscode';
import {
  adoptSet,
  type Annotation,
  type AnnotationSet,
  AnnotationHistory,
  basename,
  type Dismissal,
  followEdits,
  type MergeConflict,
  mergeById,
  reanchor,
  reanchorLive,
  type ReanchorReport,
  type SidecarStore,
  spansToUtf16,
  type TextChange,
  TextVersion,
  toStoredSet,
} from '../core';
import { textFromGitHistory } from '../node/gitHistory';
import { AnnotatedDocument } from './annotatedDocument';
import type { Timings } from './timings';

/** Outside changes come in bursts (a checkout touches source and sidecar): settle first. */
const OUTSIDE_CHANGE_DELAY_MS = 150;

/** What a session reports; the service forwards each to its own event. */
export interface SessionEvents {
  /** The annotations or the sidecar state changed (views refresh their lists). */
  changed(doc: AnnotatedDocument): void;
  /** Typing only moved spans (painters repaint; lists need not). */
  moved(doc: AnnotatedDocument): void;
  /** Annotations were re-anchored onto a text changed outside. */
  reanchored(doc: AnnotatedDocument, report: ReanchorReport): void;
  /** Both sides changed the same field of an annotation; one value was kept. */
  conflicted(doc: AnnotatedDocument, conflicts: readonly MergeConflict[]): void;
  /** A read or write failed; the annotations stay in memory. */
  failed(doc: AnnotatedDocument, error: unknown): void;
}

export class DocumentSession implements vscode.Disposable {
  readonly doc: AnnotatedDocument;
  /** The researcher's annotation actions on this document, for undo and redo. */
  readonly history = new AnnotationHistory();
  /** The text as last loaded or saved: the old text for exact, diff-based re-anchoring. */
  private savedText: TextVersion;
  /** The last version looked up in git by the hash a sidecar recorded (undefined: not found). */
  private fromGit: { sha256: string; text: TextVersion | undefined } | undefined;
  private readonly watcher: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    document: vscode.TextDocument,
    sidecarUri: vscode.Uri,
    private readonly store: SidecarStore,
    private readonly events: SessionEvents,
    /** Where the time of each reconcile goes (read by the benchmark). */
    private readonly timings: Timings,
  ) {
    this.doc = new AnnotatedDocument(document.uri, sidecarUri);
    this.savedText = new TextVersion(document.getText());
    this.watcher = this.watchSidecar();
    void this.queueReconcile();
  }

  /** Resolves when every queued read and write of this document has finished. */
  get settled(): Promise<void> {
    return this.doc.queue;
  }

  /** Records an annotation change and writes it unless the source has unsaved edits. */
  commit(annotations: Annotation[]): Promise<void> {
    this.doc.annotations = annotations;
    this.doc.unsaved = true;
    this.events.changed(this.doc);
    return this.queueReconcile();
  }

  /** The source was saved (or the researcher asked to try again): the sidecar follows. */
  saved(): Promise<void> {
    return this.queueReconcile();
  }

  /** Moves the live spans through one change event of the document. */
  followChange(changes: readonly TextChange[], document: vscode.TextDocument, fromOutside: boolean): void {
    const doc = this.doc;
    const orphansBefore = countOrphans(doc.annotations);
    // The live spans are this session's own copies: move them where they are.
    doc.annotations = followEdits(doc.annotations, changes, { unit: 'utf16', inPlace: true });
    let orphans = countOrphans(doc.annotations);
    if (fromOutside) {
      // Replaced from disk (another program, a checkout, Revert): VS Code swaps the block
      // of lines that differs, which would orphan every span in it. Find them again.
      if (orphans > 0) {
        const adopted = reanchorLive(doc.annotations, new TextVersion(document.getText()));
        doc.annotations = adopted.annotations;
        orphans = -1; // the set may have changed in any way: tell every view
        if (adopted.reanchored) this.events.reanchored(doc, adopted.reanchored);
      }
      this.later();
    }
    if (orphans !== orphansBefore) this.events.changed(doc);
    else this.events.moved(doc);
  }

  dispose(): void {
    this.disposed = true;
    this.watcher.dispose();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The open document this session belongs to, while it is open. */
  private document(): vscode.TextDocument | undefined {
    const key = this.doc.key;
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
  }

  /** Watches the sidecar (wherever it is, inside the workspace or not) for outside changes. */
  private watchSidecar(): vscode.Disposable {
    const path = this.doc.sidecarUri.path;
    const dir = this.doc.sidecarUri.with({ path: path.slice(0, path.lastIndexOf('/')) });
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, basename(path)));
    const later = () => this.later();
    return vscode.Disposable.from(watcher, watcher.onDidChange(later), watcher.onDidCreate(later), watcher.onDidDelete(later));
  }

  private later(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.queueReconcile();
    }, OUTSIDE_CHANGE_DELAY_MS);
  }

  private queueReconcile(): Promise<void> {
    return this.enqueue(() => this.timings.measureAsync(() => this.reconcile()));
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.doc.queue.then(task).then(
      () => {
        if (this.doc.saveError === undefined) return;
        this.doc.saveError = undefined;
        this.events.changed(this.doc);
      },
      (error: unknown) => {
        this.doc.saveError = error instanceof Error ? error.message : String(error);
        this.events.failed(this.doc, error);
        this.events.changed(this.doc);
      },
    );
    this.doc.queue = next;
    return next;
  }

  /**
   * Brings memory, the sidecar on disk and the document into agreement: takes in what
   * changed on disk (merging with unsaved annotation changes), then writes the sidecar
   * if the document is saved and the sidecar does not describe it as it is.
   */
  private async reconcile(): Promise<void> {
    const document = this.document();
    if (this.disposed || !document) return;
    const doc = this.doc;
    const loaded = await this.store.load(doc.sidecarUri.path, doc.status === 'ok' ? doc.snapshot : undefined);
    const current = new TextVersion(document.getText());
    let changed = false;
    if (loaded.kind === 'invalid') {
      changed = doc.status !== 'invalid' || JSON.stringify(doc.problems) !== JSON.stringify(loaded.problems);
      doc.status = 'invalid';
      doc.problems = loaded.problems;
    } else if (loaded.kind === 'missing') {
      if (doc.status !== 'missing') {
        // Deleted outside (a checkout without it): nothing to show unless we hold changes.
        if (!doc.unsaved) {
          doc.annotations = [];
          doc.dismissed = [];
          doc.documentDate = undefined;
        }
        doc.status = 'missing';
        doc.problems = [];
        doc.snapshot = undefined;
        changed = true;
      }
    } else if (loaded.kind === 'loaded') {
      const previous = await this.previousText(loaded.snapshot.set.source.sha256, current, document);
      const adopted = adoptSet(loaded.snapshot.set, current, previous);
      if (doc.unsaved && doc.snapshot) {
        const base = adoptSet(doc.snapshot.set, current, this.savedText).annotations;
        const merged = mergeById(base, doc.annotations, adopted.annotations);
        doc.annotations = merged.annotations;
        if (merged.conflicts.length > 0) this.events.conflicted(doc, merged.conflicts);
        this.mergeExtras(doc.snapshot.set, loaded.snapshot.set);
      } else {
        doc.annotations = adopted.annotations;
        this.takeExtras(loaded.snapshot.set);
      }
      doc.snapshot = loaded.snapshot;
      doc.status = 'ok';
      doc.problems = loaded.problems;
      if (adopted.reanchored) this.events.reanchored(doc, adopted.reanchored);
      changed = true;
    }
    if (!document.isDirty && doc.status !== 'invalid') {
      const describes = doc.snapshot?.set.source.sha256 === current.hash;
      const worthWriting = doc.status === 'ok' || doc.annotations.length > 0 || doc.dismissed.length > 0 || doc.documentDate !== undefined;
      if (worthWriting && (doc.unsaved || !describes)) {
        await this.write(current);
        changed = true;
      }
      this.savedText = current;
    }
    if (changed) this.events.changed(doc);
  }

  /**
   * The text the sidecar describes, for exact re-anchoring: the text as last saved here, or,
   * when the sidecar describes neither that nor the current text (the file changed while
   * closed, by a `git pull`), the version with its hash from the file's git history.
   */
  private async previousText(sha256: string, current: TextVersion, document: vscode.TextDocument): Promise<TextVersion> {
    if (sha256 === current.hash || sha256 === this.savedText.hash || document.uri.scheme !== 'file') return this.savedText;
    // One look through the history per recorded hash: a sidecar that stays stale (the source
    // has unsaved edits) must not send git through 200 commits on every reconcile.
    if (this.fromGit?.sha256 !== sha256) {
      const text = await textFromGitHistory(document.uri.fsPath, sha256);
      this.fromGit = { sha256, text: text === undefined ? undefined : new TextVersion(text) };
    }
    return this.fromGit.text ?? this.savedText;
  }

  private async write(current: TextVersion): Promise<void> {
    const doc = this.doc;
    const live = doc.annotations;
    const set = toStoredSet(live, basename(doc.uri.path), current, { dismissed: doc.dismissed, date: doc.documentDate });
    const result = await this.store.save(doc.sidecarUri.path, set, doc.snapshot, {
      adoptTheirs: (theirs) => reanchor(theirs.annotations, current.text).map((r) => r.annotation),
    });
    if (result.kind === 'refused') {
      doc.status = 'invalid';
      doc.problems = result.problems;
      return;
    }
    doc.snapshot = result.snapshot;
    doc.status = 'ok';
    doc.unsaved = false;
    if (result.merged) {
      doc.annotations = spansToUtf16(result.snapshot.set.annotations, current.index);
      this.takeExtras(result.snapshot.set);
    }
    else this.takeWrittenQuotes(live, result.snapshot.set.annotations, current);
    if (result.conflicts.length > 0) this.events.conflicted(doc, result.conflicts);
  }

  /** The dismissals and the document's date as a sidecar holds them. */
  private takeExtras(set: AnnotationSet): void {
    this.doc.dismissed = [...(set.dismissed ?? [])];
    this.doc.documentDate = set.source.date;
  }

  /**
   * Unsaved changes here and a sidecar changed on disk: the dismissals of both sides (a
   * dismissal is only ever added), and the date of the side that changed it (ours if both did).
   */
  private mergeExtras(base: AnnotationSet, theirs: AnnotationSet): void {
    const doc = this.doc;
    const key = (d: Dismissal) => `${d.type}\n${d.text}\n${d.before}\n${d.after}`;
    const seen = new Set(doc.dismissed.map(key));
    doc.dismissed = [...doc.dismissed, ...(theirs.dismissed ?? []).filter((d) => !seen.has(key(d)))];
    if (doc.documentDate === base.source.date) doc.documentDate = theirs.source.date;
  }

  /**
   * Typing inside a span moves its ends but never rewrites its quote (that would cost on
   * every keystroke); the sidecar gets the quote as saved. The live copies take it too, so
   * that a live quote differing from the text means the quote really no longer matches (a
   * sidecar edited by hand or by another tool), not that the researcher typed in the span.
   * Skipped when anything changed while the sidecar was written (an action replaced the
   * list, the text moved): the written quotes would not describe what is live now.
   */
  private takeWrittenQuotes(live: readonly Annotation[], written: readonly Annotation[], current: TextVersion): void {
    if (this.doc.annotations !== live || this.document()?.getText() !== current.text) return;
    const byId = new Map(written.map((a) => [a.id, a]));
    let changed = false;
    const next = live.map((a) => {
      const w = byId.get(a.id);
      if (!w || a.orphaned || w.text === a.text) return a;
      const [at] = spansToUtf16([w], current.index);
      if (at!.start !== a.start || at!.end !== a.end) return a;
      changed = true;
      return { ...a, text: w.text, before: w.before, after: w.after };
    });
    if (changed) this.doc.annotations = next;
  }
}

function countOrphans(list: readonly Annotation[]): number {
  let n = 0;
  for (const a of list) if (a.orphaned) n++;
  return n;
}
