/**
 * The editor's annotation model: one AnnotatedDocument per open text or Markdown
 * document. It loads sidecars when sources open, moves spans with every edit, writes the
 * sidecar when the source is saved (or at once when the source has no unsaved edits),
 * and reconciles with changes made outside (another editor, `git checkout`). Views
 * listen to `onDidChange`.
 */
import * as vscode from 'vscode';
import { adoptSet, basename, type Annotation, createAnnotation, followEdits, mergeById, type NewAnnotation, reanchor, reanchorLive, type ReanchorReport, sidecarPathFor, SidecarStore, spansToUtf16, type TextChange, TextVersion, toStoredSet, TYPE_NAME_PATTERN } from '../core';
import { AnnotatedDocument } from './annotatedDocument';
import type { ConfigService } from './config';
import { Disposable } from './dispose';
import { inertMessage } from './plainText';
import { Timings } from './timings';
import { workspaceFileSystem } from './vscodeFileSystem';

/** Languages whose documents Hamish annotates. */
export const ANNOTATED_LANGUAGES = ['plaintext', 'markdown'];

/** Outside changes come in bursts (a checkout touches source and sidecar): settle first. */
const OUTSIDE_CHANGE_DELAY_MS = 150;

export interface AnnotationEdit {
  type?: string;
  note?: string | undefined;
}

export class AnnotationService extends Disposable {
  private readonly docs = new Map<string, AnnotatedDocument>();
  private readonly stores = new Map<string, SidecarStore>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The text each document had when last loaded or saved, for diff-based re-anchoring. */
  private readonly savedText = new Map<string, TextVersion>();
  private readonly changed = this.register(new vscode.EventEmitter<AnnotatedDocument>());
  /** Fires when a document's annotations or sidecar state changed (not for mere moves). */
  readonly onDidChange = this.changed.event;
  private readonly moved = this.register(new vscode.EventEmitter<AnnotatedDocument>());
  /** Fires when typing only moved a document's spans: painters listen, lists need not. */
  readonly onDidMove = this.moved.event;
  private readonly reanchored = this.register(new vscode.EventEmitter<{ doc: AnnotatedDocument; report: ReanchorReport }>());
  /** Fires when annotations were re-anchored onto a text changed outside. */
  readonly onDidReanchor = this.reanchored.event;
  /** Time spent moving spans with each edit event (read by the benchmark). */
  readonly changeTimings = new Timings();
  /** Time spent reading a sidecar and placing its spans on the document (read by the benchmark). */
  readonly reconcileTimings = new Timings();

  constructor(private readonly config: ConfigService) {
    super();
    this.register(vscode.workspace.onDidOpenTextDocument((d) => void this.track(d)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.untrack(d)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChange(e)));
    this.register(vscode.workspace.onDidSaveTextDocument((d) => this.onDocumentSave(d)));
    this.register({ dispose: () => this.disposeDocuments() });
    for (const d of vscode.workspace.textDocuments) void this.track(d);
  }

  static isAnnotatable(document: vscode.TextDocument): boolean {
    return (
      ANNOTATED_LANGUAGES.includes(document.languageId) &&
      !document.isUntitled &&
      vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) !== false
    );
  }

  get(document: vscode.TextDocument): AnnotatedDocument | undefined {
    return this.docs.get(document.uri.toString());
  }

  /** The document's annotations, loading its sidecar first if needed; undefined if not annotatable. */
  async ensure(document: vscode.TextDocument): Promise<AnnotatedDocument | undefined> {
    const doc = this.docs.get(document.uri.toString()) ?? this.track(document);
    if (doc) await doc.queue;
    return doc;
  }

  /** Adds annotations at UTF-16 offsets of the document's current text. */
  async add(document: vscode.TextDocument, specs: Omit<NewAnnotation, 'now' | 'annotator'>[]): Promise<Annotation[]> {
    specs.forEach((s) => checkTypeName(s.type));
    const doc = await this.writable(document);
    const current = new TextVersion(document.getText());
    const index = current.index;
    const now = new Date().toISOString();
    const created = specs.map((s) =>
      createAnnotation(current.text, {
        ...s,
        start: index.fromUtf16(s.start),
        end: index.fromUtf16(s.end),
        now,
        ...(this.config.current.annotator ? { annotator: this.config.current.annotator } : {}),
      }, index),
    );
    const live = spansToUtf16(created, index);
    doc.annotations = [...doc.annotations, ...live];
    await this.commit(doc, document);
    return live;
  }

  async remove(document: vscode.TextDocument, ids: readonly string[]): Promise<void> {
    const doc = await this.writable(document);
    doc.annotations = doc.annotations.filter((a) => !ids.includes(a.id));
    await this.commit(doc, document);
  }

  async update(document: vscode.TextDocument, id: string, edit: AnnotationEdit): Promise<void> {
    if (edit.type !== undefined) checkTypeName(edit.type);
    const doc = await this.writable(document);
    doc.annotations = doc.annotations.map((a) => {
      if (a.id !== id) return a;
      const next: Annotation = { ...a, modified: new Date().toISOString() };
      if (edit.type !== undefined) next.type = edit.type;
      if ('note' in edit) {
        if (edit.note) next.note = edit.note;
        else delete next.note;
      }
      return next;
    });
    await this.commit(doc, document);
  }

  private async writable(document: vscode.TextDocument): Promise<AnnotatedDocument> {
    const doc = await this.ensure(document);
    if (!doc) throw new HamishError(`Hamish annotates text and Markdown files; ${document.uri.path} is ${document.languageId}.`);
    if (doc.status === 'invalid') {
      const first = doc.problems[0];
      throw new HamishError(
        `The sidecar ${vscode.workspace.asRelativePath(doc.sidecarUri)} is broken${first ? ` (line ${first.line}: ${first.message})` : ''}. ` +
          'Fix it first: Hamish never overwrites a sidecar it cannot read.',
      );
    }
    return doc;
  }

  /** Records an annotation change and writes it unless the source has unsaved edits. */
  private commit(doc: AnnotatedDocument, document: vscode.TextDocument): Promise<void> {
    doc.unsaved = true;
    this.changed.fire(doc);
    return this.enqueue(doc, () => this.reconcile(doc, document));
  }

  private track(document: vscode.TextDocument): AnnotatedDocument | undefined {
    if (!AnnotationService.isAnnotatable(document)) return undefined;
    const key = document.uri.toString();
    const existing = this.docs.get(key);
    if (existing) return existing;
    const sidecarUri = document.uri.with({ path: sidecarPathFor(document.uri.path) });
    const doc = new AnnotatedDocument(document.uri, sidecarUri);
    this.docs.set(key, doc);
    this.savedText.set(key, new TextVersion(document.getText()));
    this.watch(doc);
    void this.enqueue(doc, () => this.reconcile(doc, document));
    return doc;
  }

  private untrack(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const doc = this.docs.get(key);
    if (!doc) return;
    this.docs.delete(key);
    this.savedText.delete(key);
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.changed.fire(doc);
  }

  /** Watches the sidecar (wherever it is, inside the workspace or not) for outside changes. */
  private watch(doc: AnnotatedDocument): void {
    const dir = doc.sidecarUri.with({ path: doc.sidecarUri.path.slice(0, doc.sidecarUri.path.lastIndexOf('/')) });
    const name = doc.sidecarUri.path.slice(doc.sidecarUri.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, name));
    const later = () => this.later(doc);
    this.watchers.set(doc.key, vscode.Disposable.from(watcher, watcher.onDidChange(later), watcher.onDidCreate(later), watcher.onDidDelete(later)));
  }

  private later(doc: AnnotatedDocument): void {
    clearTimeout(this.timers.get(doc.key));
    this.timers.set(doc.key, setTimeout(() => {
      this.timers.delete(doc.key);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.key);
      if (document && this.docs.get(doc.key) === doc) void this.enqueue(doc, () => this.reconcile(doc, document));
    }, OUTSIDE_CHANGE_DELAY_MS));
  }

  private onDocumentChange(e: vscode.TextDocumentChangeEvent): void {
    this.changeTimings.measure(() => this.followChange(e));
  }

  private followChange(e: vscode.TextDocumentChangeEvent): void {
    const doc = this.docs.get(e.document.uri.toString());
    if (!doc || e.contentChanges.length === 0) return;
    const changes: TextChange[] = e.contentChanges.map((c) => ({ offset: c.rangeOffset, deleteLength: c.rangeLength, insertText: c.text }));
    const orphansBefore = countOrphans(doc.annotations);
    // The live spans are this document's own copies: move them where they are.
    doc.annotations = followEdits(doc.annotations, changes, { unit: 'utf16', inPlace: true });
    let orphans = countOrphans(doc.annotations);
    const outside = !e.document.isDirty && e.reason === undefined;
    if (outside) {
      // Replaced from disk (another program, a checkout, Revert): VS Code swaps the block
      // of lines that differs, which would orphan every span in it. Find them again.
      if (orphans > 0) {
        const adopted = reanchorLive(doc.annotations, new TextVersion(e.document.getText()));
        doc.annotations = adopted.annotations;
        orphans = -1; // the set may have changed in any way: tell every view
        if (adopted.reanchored) this.reanchored.fire({ doc, report: adopted.reanchored });
      }
      this.later(doc);
    }
    if (orphans !== orphansBefore) this.changed.fire(doc);
    else this.moved.fire(doc);
  }

  private onDocumentSave(document: vscode.TextDocument): void {
    const doc = this.docs.get(document.uri.toString());
    if (doc) void this.enqueue(doc, () => this.reconcile(doc, document));
  }

  private enqueue(doc: AnnotatedDocument, task: () => Promise<void>): Promise<void> {
    const next = doc.queue.then(task).catch((e: unknown) => {
      void vscode.window.showErrorMessage(inertMessage(`Hamish: ${e instanceof Error ? e.message : String(e)}`));
    });
    doc.queue = next;
    return next;
  }

  /**
   * Brings memory, the sidecar on disk and the document into agreement: takes in what
   * changed on disk (merging with unsaved annotation changes), then writes the sidecar
   * if the document is saved and the sidecar does not describe it as it is.
   */
  private reconcile(doc: AnnotatedDocument, document: vscode.TextDocument): Promise<void> {
    return this.reconcileTimings.measureAsync(() => this.reconcileNow(doc, document));
  }

  private async reconcileNow(doc: AnnotatedDocument, document: vscode.TextDocument): Promise<void> {
    if (this.docs.get(doc.key) !== doc || document.isClosed) return;
    const store = this.storeFor(doc.uri);
    const loaded = await store.load(doc.sidecarUri.path, doc.status === 'ok' ? doc.snapshot : undefined);
    const current = new TextVersion(document.getText());
    let changed = false;
    if (loaded.kind === 'invalid') {
      changed = doc.status !== 'invalid' || JSON.stringify(doc.problems) !== JSON.stringify(loaded.problems);
      doc.status = 'invalid';
      doc.problems = loaded.problems;
    } else if (loaded.kind === 'missing') {
      if (doc.status !== 'missing') {
        // Deleted outside (a checkout without it): nothing to show unless we hold changes.
        if (!doc.unsaved) doc.annotations = [];
        doc.status = 'missing';
        doc.problems = [];
        doc.snapshot = undefined;
        changed = true;
      }
    } else if (loaded.kind === 'loaded') {
      const adopted = adoptSet(loaded.snapshot.set, current, this.savedText.get(doc.key));
      if (doc.unsaved && doc.snapshot) {
        const base = adoptSet(doc.snapshot.set, current, this.savedText.get(doc.key)).annotations;
        doc.annotations = mergeById(base, doc.annotations, adopted.annotations).annotations;
      } else {
        doc.annotations = adopted.annotations;
      }
      doc.snapshot = loaded.snapshot;
      doc.status = 'ok';
      doc.problems = loaded.problems;
      if (adopted.reanchored) this.reanchored.fire({ doc, report: adopted.reanchored });
      changed = true;
    }
    if (!document.isDirty && doc.status !== 'invalid') {
      const describes = doc.snapshot?.set.source.sha256 === current.hash;
      const worthWriting = doc.status === 'ok' || doc.annotations.length > 0;
      if (worthWriting && (doc.unsaved || !describes)) {
        await this.write(doc, document, current);
        changed = true;
      }
      this.savedText.set(doc.key, current);
    }
    if (changed) this.changed.fire(doc);
  }

  private async write(doc: AnnotatedDocument, document: vscode.TextDocument, current: TextVersion): Promise<void> {
    const set = toStoredSet(doc.annotations, basename(document.uri.path), current);
    const result = await this.storeFor(doc.uri).save(doc.sidecarUri.path, set, doc.snapshot, {
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
    if (result.merged) doc.annotations = spansToUtf16(result.snapshot.set.annotations, current.index);
    if (result.conflicts.length > 0) {
      void vscode.window.showWarningMessage(
        inertMessage(`Hamish merged outside changes to ${vscode.workspace.asRelativePath(doc.sidecarUri)}; ` +
          `${result.conflicts.length} field(s) were changed on both sides and the newer edit was kept.`),
      );
    }
  }

  private storeFor(uri: vscode.Uri): SidecarStore {
    const key = `${uri.scheme}://${uri.authority}`;
    let store = this.stores.get(key);
    if (!store) {
      store = new SidecarStore(workspaceFileSystem(uri));
      this.stores.set(key, store);
    }
    return store;
  }

  /** All tracked documents, for views across open files. */
  get documents(): readonly AnnotatedDocument[] {
    return [...this.docs.values()];
  }

  private disposeDocuments(): void {
    for (const w of this.watchers.values()) w.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.watchers.clear();
    this.timers.clear();
    this.docs.clear();
  }
}

/** A type name the sidecar format accepts, or an error saying what is wrong with it. */
function checkTypeName(type: string): void {
  if (!TYPE_NAME_PATTERN.test(type)) {
    throw new HamishError(`"${type}" cannot be a type name: use letters, digits, "_" or "-" (any script).`);
  }
}

function countOrphans(list: readonly Annotation[]): number {
  let n = 0;
  for (const a of list) if (a.orphaned) n++;
  return n;
}

/** An error whose message is meant for the researcher as it is. */
export class HamishError extends Error {}
