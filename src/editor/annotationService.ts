/**
 * The editor's annotation model: one DocumentSession per open text or Markdown document.
 * It opens a session when a source opens and closes it when the source closes, routes edits
 * and saves to it, and offers the operations commands use (add, remove, update). Everything a
 * session reports leaves as an event: views repaint on `onDidChange` / `onDidMove`, and the
 * messages a researcher sees are shown by listeners (ServiceMessages, ReanchorNotifier), never
 * from here.
 */
import * as vscode from 'vscode';
import {
  type Annotation,
  type AttrValue,
  createAnnotation,
  diffStep,
  type Dismissal,
  moveStep,
  type LinkTarget,
  namedMap,
  type MergeConflict,
  type NewAnnotation,
  reanchorLive,
  type ReanchorReport,
  sidecarPathFor,
  SidecarStore,
  spansToUtf16,
  type TextChange,
  TextVersion,
  TYPE_NAME_PATTERN,
} from '../core';
import type { AnnotatedDocument } from './annotatedDocument';
import type { ConfigService } from './config';
import { Disposable } from './dispose';
import { DocumentSession, type SessionEvents } from './documentSession';
import { messageText, quoted } from './display/userText';
import { HamishError } from './hamishError';
import { Timings } from './timings';
import { nodeLockEnvironment } from '../node/lockEnvironment';
import { fileSystemFor } from './vscodeFileSystem';

/** Languages whose documents Hamish annotates. */
export const ANNOTATED_LANGUAGES = ['plaintext', 'markdown'];

export interface AnnotationEdit {
  type?: string;
  note?: string | undefined;
  /** Attributes to set; a name mapped to undefined is removed. */
  attrs?: Record<string, AttrValue | undefined>;
  /** Links to set; a name mapped to undefined (or an empty list) is removed. */
  links?: Record<string, LinkTarget | undefined>;
}

/** What undo or redo did, for the message the researcher sees. */
export interface HistoryOutcome {
  label: string;
}

export class AnnotationService extends Disposable {
  private readonly sessions = new Map<string, DocumentSession>();
  /** One store per file system (scheme and authority): its write queues span all documents. */
  private readonly stores = new Map<string, SidecarStore>();

  private readonly changed = this.register(new vscode.EventEmitter<AnnotatedDocument>());
  /** Fires when a document's annotations or sidecar state changed (not for mere moves). */
  readonly onDidChange = this.changed.event;
  private readonly moved = this.register(new vscode.EventEmitter<AnnotatedDocument>());
  /** Fires when typing only moved a document's spans: painters listen, lists need not. */
  readonly onDidMove = this.moved.event;
  private readonly reanchored = this.register(new vscode.EventEmitter<{ doc: AnnotatedDocument; report: ReanchorReport }>());
  /** Fires when annotations were re-anchored onto a text changed outside. */
  readonly onDidReanchor = this.reanchored.event;
  private readonly conflicted = this.register(new vscode.EventEmitter<{ doc: AnnotatedDocument; conflicts: readonly MergeConflict[] }>());
  /** Fires when a merge with outside changes found fields changed on both sides. */
  readonly onDidConflict = this.conflicted.event;
  private readonly failed = this.register(new vscode.EventEmitter<{ doc: AnnotatedDocument; error: unknown }>());
  /** Fires when reading or writing a sidecar failed; the annotations stay in memory. */
  readonly onDidFail = this.failed.event;

  /** Time spent moving spans with each edit event (read by the benchmark). */
  readonly changeTimings = new Timings();
  /** Time spent reading a sidecar and placing its spans on the document (read by the benchmark). */
  readonly reconcileTimings = new Timings();

  private readonly events: SessionEvents = {
    changed: (doc) => this.changed.fire(doc),
    moved: (doc) => this.moved.fire(doc),
    reanchored: (doc, report) => this.reanchored.fire({ doc, report }),
    conflicted: (doc, conflicts) => this.conflicted.fire({ doc, conflicts }),
    failed: (doc, error) => this.failed.fire({ doc, error }),
  };

  constructor(private readonly config: ConfigService) {
    super();
    this.register(vscode.workspace.onDidOpenTextDocument((d) => void this.open(d)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.close(d)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.changeTimings.measure(() => this.followChange(e))));
    this.register(vscode.workspace.onDidSaveTextDocument((d) => void this.sessions.get(d.uri.toString())?.saved()));
    this.register({ dispose: () => this.closeAll() });
    for (const d of vscode.workspace.textDocuments) this.open(d);
  }

  static isAnnotatable(document: vscode.TextDocument): boolean {
    return (
      ANNOTATED_LANGUAGES.includes(document.languageId) &&
      !document.isUntitled &&
      vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) !== false
    );
  }

  get(document: vscode.TextDocument): AnnotatedDocument | undefined {
    return this.sessions.get(document.uri.toString())?.doc;
  }

  /** All tracked documents, for views across open files. */
  get documents(): readonly AnnotatedDocument[] {
    return [...this.sessions.values()].map((s) => s.doc);
  }

  /** The document's annotations, loading its sidecar first if needed; undefined if not annotatable. */
  async ensure(document: vscode.TextDocument): Promise<AnnotatedDocument | undefined> {
    const session = this.open(document);
    if (session) await session.settled;
    return session?.doc;
  }

  /**
   * Reads and writes the document's sidecar again now: after a failed save (a read-only file,
   * a full disk, a lock held too long), once the cause is fixed. Resolves when done.
   */
  async retry(document: vscode.TextDocument): Promise<AnnotatedDocument | undefined> {
    const session = this.open(document);
    await session?.saved();
    return session?.doc;
  }

  /** Adds annotations at UTF-16 offsets of the document's current text. */
  async add(document: vscode.TextDocument, specs: Omit<NewAnnotation, 'now' | 'annotator'>[], label?: string): Promise<Annotation[]> {
    specs.forEach((s) => checkTypeName(s.type));
    const session = await this.writable(document);
    const current = new TextVersion(document.getText());
    const index = current.index;
    const now = new Date().toISOString();
    const annotator = this.config.current.annotator;
    const created = specs.map((s) =>
      createAnnotation(current.text, { ...s, start: index.fromUtf16(s.start), end: index.fromUtf16(s.end), now, ...(annotator ? { annotator } : {}) }, index),
    );
    const live = spansToUtf16(created, index);
    await this.commitStep(session, label ?? vscode.l10n.t('Tag'), [...session.doc.annotations, ...live]);
    return live;
  }

  async remove(document: vscode.TextDocument, ids: readonly string[], label = vscode.l10n.t('Remove')): Promise<void> {
    const session = await this.writable(document);
    await this.commitStep(session, label, session.doc.annotations.filter((a) => !ids.includes(a.id)));
  }

  async update(document: vscode.TextDocument, id: string, edit: AnnotationEdit, label = vscode.l10n.t('Edit')): Promise<void> {
    if (edit.type !== undefined) checkTypeName(edit.type);
    const session = await this.writable(document);
    const modified = new Date().toISOString();
    await this.commitStep(session, label, session.doc.annotations.map((a) => (a.id === id ? applyEdit(a, edit, modified) : a)));
  }

  /**
   * Remembers dismissed suggestions in the sidecar (code point offsets over the current
   * text), so they are not proposed again. Not an annotation action: undo leaves it alone.
   */
  async dismiss(document: vscode.TextDocument, dismissals: readonly Dismissal[]): Promise<void> {
    const session = await this.writable(document);
    session.doc.dismissed = [...session.doc.dismissed, ...dismissals];
    await session.commit(session.doc.annotations);
  }

  /** Sets (or, with undefined, removes) the document's date, the sidecar's `source.date`. */
  async setDocumentDate(document: vscode.TextDocument, date: string | undefined): Promise<void> {
    const session = await this.writable(document);
    session.doc.documentDate = date;
    await session.commit(session.doc.annotations);
  }

  /**
   * Puts one annotation at a new place: `placed` is that annotation (same id) with UTF-16
   * offsets, quote and context read from the current text, as a quick fix re-anchoring it
   * computes. Recorded for undo with its place, which a plain edit step leaves out.
   */
  async relocate(document: vscode.TextDocument, placed: Annotation, label = 'Re-anchor'): Promise<void> {
    const session = await this.writable(document);
    const old = session.doc.find(placed.id);
    if (!old) throw new HamishError('That annotation no longer exists.');
    const moved: Annotation = { ...placed, modified: new Date().toISOString() };
    session.history.record(moveStep(label, old, moved));
    await session.commit(session.doc.annotations.map((a) => (a.id === placed.id ? moved : a)));
  }

  /** Undoes the last annotation action on the document; undefined when there was none. */
  undo(document: vscode.TextDocument): Promise<HistoryOutcome | undefined> {
    return this.travel(document, 'undo');
  }

  /** Does the last undone annotation action again; undefined when there was none. */
  redo(document: vscode.TextDocument): Promise<HistoryOutcome | undefined> {
    return this.travel(document, 'redo');
  }

  private async travel(document: vscode.TextDocument, way: 'undo' | 'redo'): Promise<HistoryOutcome | undefined> {
    const session = await this.writable(document);
    const restored = session.history[way](session.doc.annotations);
    if (!restored) return undefined;
    let annotations = restored.annotations;
    // An annotation put back may describe text that changed since it was removed.
    const text = document.getText();
    const stale = restored.reinserted.some((id) => {
      const a = annotations.find((x) => x.id === id)!;
      return !a.orphaned && text.slice(a.start, a.end) !== a.text;
    });
    if (stale) annotations = reanchorLive(annotations, new TextVersion(text)).annotations;
    await session.commit(annotations);
    return { label: restored.label };
  }

  /** Commits a researcher's action and records it for undo. */
  private commitStep(session: DocumentSession, label: string, annotations: Annotation[]): Promise<void> {
    session.history.record(diffStep(label, session.doc.annotations, annotations));
    return session.commit(annotations);
  }

  private async writable(document: vscode.TextDocument): Promise<DocumentSession> {
    const session = this.open(document);
    if (!session) throw new HamishError(vscode.l10n.t('Hamish annotates text and Markdown files; {0} is {1}.', messageText(document.uri.path), messageText(document.languageId)));
    await session.settled;
    const doc = session.doc;
    if (doc.status === 'invalid') {
      const first = doc.problems[0];
      const sidecar = messageText(vscode.workspace.asRelativePath(doc.sidecarUri));
      // The problem's own message comes from the core, in English (see docs/workflow.md).
      throw new HamishError(
        first
          ? vscode.l10n.t('The sidecar {0} is broken (line {1}: {2}). Fix it first: Hamish never overwrites a sidecar it cannot read.', sidecar, first.line, first.message)
          : vscode.l10n.t('The sidecar {0} is broken. Fix it first: Hamish never overwrites a sidecar it cannot read.', sidecar),
      );
    }
    return session;
  }

  private open(document: vscode.TextDocument): DocumentSession | undefined {
    const key = document.uri.toString();
    const existing = this.sessions.get(key);
    if (existing) return existing;
    if (!AnnotationService.isAnnotatable(document)) return undefined;
    const sidecarUri = document.uri.with({ path: sidecarPathFor(document.uri.path) });
    const session = new DocumentSession(document, sidecarUri, this.storeFor(document.uri), this.events, this.reconcileTimings);
    this.sessions.set(key, session);
    return session;
  }

  private close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const session = this.sessions.get(key);
    if (!session) return;
    this.sessions.delete(key);
    session.dispose();
    this.changed.fire(session.doc);
  }

  private followChange(e: vscode.TextDocumentChangeEvent): void {
    const session = this.sessions.get(e.document.uri.toString());
    if (!session || e.contentChanges.length === 0) return;
    const changes: TextChange[] = e.contentChanges.map((c) => ({ offset: c.rangeOffset, deleteLength: c.rangeLength, insertText: c.text }));
    // A change that leaves the document clean and has no reason came from disk (reload, revert).
    const fromOutside = !e.document.isDirty && e.reason === undefined;
    session.followChange(changes, e.document, fromOutside);
  }

  private storeFor(uri: vscode.Uri): SidecarStore {
    const key = `${uri.scheme}://${uri.authority}`;
    let store = this.stores.get(key);
    if (!store) {
      store = new SidecarStore(fileSystemFor(uri), nodeLockEnvironment('VS Code'));
      this.stores.set(key, store);
    }
    return store;
  }

  private closeAll(): void {
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
  }
}

function applyEdit(a: Annotation, edit: AnnotationEdit, modified: string): Annotation {
  const next: Annotation = { ...a, modified };
  if (edit.type !== undefined) next.type = edit.type;
  if ('note' in edit) {
    if (edit.note) next.note = edit.note;
    else delete next.note;
  }
  if (edit.attrs) next.attrs = withEntries(a.attrs, edit.attrs);
  if (edit.links) next.links = withEntries(a.links, edit.links, (v) => Array.isArray(v) && v.length === 0);
  return next;
}

/** A copy of `map` with `changes` applied: undefined (or `isEmpty`) removes the key. */
function withEntries<V>(map: Record<string, V>, changes: Record<string, V | undefined>, isEmpty: (v: V) => boolean = () => false): Record<string, V> {
  const next = namedMap(map);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || isEmpty(v)) delete next[k];
    else next[k] = v;
  }
  return next;
}

/** A type name the sidecar format accepts, or an error saying what is wrong with it. */
function checkTypeName(type: string): void {
  if (!TYPE_NAME_PATTERN.test(type)) {
    throw new HamishError(vscode.l10n.t('{0} cannot be a type name: use letters, digits, "_" or "-" (any script).', messageText(quoted(type))));
  }
}
