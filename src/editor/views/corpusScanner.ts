/**
 * Feeds the corpus index: every sidecar of the workspace read once at start, then again when
 * it changes on disk; a source open in the editor counts with its live annotations instead
 * (they hold what the researcher just did, before any save). Changes are gathered for a
 * moment and applied together, and one event says what they changed, so a burst of writes
 * (an import, a checkout) refreshes the views once.
 */
import * as vscode from 'vscode';
import { CorpusIndex, type CorpusChange, isSidecarPath, linesOf, sidecarPathFor, sourcePathFor, stripBom, SidecarStore } from '../../core';
import type { AnnotationService } from '../annotationService';
import { Disposable } from '../dispose';
import { fileSystemFor } from '../vscodeFileSystem';

const EXCLUDED = '**/{node_modules,.git,.hg,.svn}/**';
/** How long changes are gathered before the index takes them (a burst of file events is one refresh). */
const GATHER_MS = 40;
/** Sidecars read at once during the first scan. */
const PARALLEL_READS = 8;

export class CorpusScanner extends Disposable {
  readonly index = new CorpusIndex();
  private readonly changed = this.register(new vscode.EventEmitter<readonly CorpusChange[]>());
  /** Fires after the index took in changed files, with what each changed. */
  readonly onDidChange = this.changed.event;
  private readonly stores = new Map<string, SidecarStore>();
  private readonly pending = new Map<string, vscode.Uri>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private work: Promise<void> = Promise.resolve();
  /** Resolves when the first scan of the workspace is in the index. */
  readonly ready: Promise<void>;

  constructor(private readonly service: AnnotationService) {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher('**/*.ann.yaml'));
    const onSidecar = (uri: vscode.Uri) => {
      if (isSidecarPath(uri.path)) this.schedule(uri.with({ path: sourcePathFor(uri.path) }));
    };
    this.register(watcher.onDidCreate(onSidecar));
    this.register(watcher.onDidChange(onSidecar));
    this.register(watcher.onDidDelete(onSidecar));
    this.register(service.onDidChange((doc) => this.schedule(doc.uri)));
    this.register({ dispose: () => this.timer && clearTimeout(this.timer) });
    this.ready = this.work = this.scanAll();
  }

  /** Resolves once every change seen so far is in the index (tests and the benchmark wait on it). */
  async settled(): Promise<void> {
    for (;;) {
      const work = this.work;
      await work;
      if (this.pending.size === 0 && !this.timer && work === this.work) return;
      await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
    }
  }

  private schedule(source: vscode.Uri): void {
    this.pending.set(source.toString(), source);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const batch = [...this.pending.values()];
      this.pending.clear();
      this.work = this.work.then(() => this.apply(batch));
    }, GATHER_MS);
  }

  private async apply(sources: readonly vscode.Uri[]): Promise<void> {
    const changes: CorpusChange[] = [];
    for (const source of sources) {
      const change = await this.refresh(source).catch(() => undefined);
      if (change && (change.removed || this.index.has(change.path))) changes.push(change);
    }
    if (changes.length) this.changed.fire(changes);
  }

  private async scanAll(): Promise<void> {
    const sidecars = await vscode.workspace.findFiles('**/*.ann.yaml', EXCLUDED);
    const sources = sidecars.filter((u) => isSidecarPath(u.path)).map((u) => u.with({ path: sourcePathFor(u.path) }));
    for (const doc of this.service.documents) if (!sources.some((s) => s.toString() === doc.key)) sources.push(doc.uri);
    let next = 0;
    const worker = async () => {
      while (next < sources.length) await this.refresh(sources[next++]!).catch(() => undefined);
    };
    await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
    this.changed.fire([]); // the first paint: every view reads the whole index
  }

  /** Puts one source's annotations in the index: live ones if it is open, else its sidecar's. */
  private async refresh(source: vscode.Uri): Promise<CorpusChange> {
    const key = source.toString();
    const live = this.service.documents.find((d) => d.key === key);
    if (live) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      const lines = document && live.annotations.map((a) => document.positionAt(a.start).line);
      return this.index.update({ path: key, annotations: [...live.annotations], ...(lines ? { lines } : {}) });
    }
    const fs = this.storeFor(source);
    const loaded = await fs.store.load(sidecarPathFor(source.path));
    if (loaded.kind !== 'loaded') return this.index.remove(key);
    const annotations = loaded.snapshot.set.annotations;
    const text = await fs.read(source.path);
    const lines = text === undefined ? undefined : linesOf(text, annotations.map((a) => a.start));
    return this.index.update({ path: key, annotations, ...(lines ? { lines } : {}) });
  }

  private storeFor(uri: vscode.Uri): { store: SidecarStore; read: (path: string) => Promise<string | undefined> } {
    const key = `${uri.scheme}://${uri.authority}`;
    const files = fileSystemFor(uri);
    let store = this.stores.get(key);
    if (!store) this.stores.set(key, (store = new SidecarStore(files)));
    const decoder = new TextDecoder('utf-8');
    // The source only gives line numbers: a missing or unreadable one leaves them out.
    const read = (path: string) => files.readFile(path).then((bytes) => stripBom(decoder.decode(bytes)), () => undefined);
    return { store, read };
  }
}
