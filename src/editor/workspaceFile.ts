/**
 * A Hamish file of the workspace (`.hamish/schema.yaml`, `.hamish/actors.yaml`): read when
 * the extension starts and again shortly after the file is created, changed or deleted (a
 * save fires several events), with its problems shown in the Problems view at their lines.
 * Subclasses say what a read does with the text of each workspace folder's file.
 */
import * as vscode from 'vscode';
import type { Problem } from '../core';
import { Disposable } from './dispose';

const RELOAD_DELAY_MS = 100;

/** What reading one folder's file gave: its text, nothing (no such file), or why it failed. */
export type FolderFile = { uri: vscode.Uri; text: string } | { uri: vscode.Uri; error: string } | undefined;

export abstract class WorkspaceFile extends Disposable {
  protected readonly collection: vscode.DiagnosticCollection;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reading: Promise<void>;
  private readonly loaded = this.register(new vscode.EventEmitter<void>());
  /** Fires after each read, whatever it found (views and suggestions refresh; tests wait for it). */
  readonly onDidLoad = this.loaded.event;

  constructor(protected readonly relativePath: string, diagnosticsName: string) {
    super();
    this.collection = this.register(vscode.languages.createDiagnosticCollection(diagnosticsName));
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(`**/${relativePath}`));
    const later = () => this.later();
    this.register(watcher.onDidCreate(later));
    this.register(watcher.onDidChange(later));
    this.register(watcher.onDidDelete(later));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(later));
    this.register({ dispose: () => clearTimeout(this.timer) });
    // After the subclass's constructor: its fields exist when read() runs.
    this.reading = Promise.resolve().then(() => this.readAll());
  }

  /** Resolves when the reads started so far have finished. */
  get settled(): Promise<void> {
    return this.reading;
  }

  /** Reads the file of every workspace folder that has one and applies it; `loaded` fires after. */
  protected abstract read(): Promise<void>;

  /** The file in `folder`: its text (UTF-8, strict), undefined when there is none, or the read error. */
  protected async readIn(folder: vscode.WorkspaceFolder): Promise<FolderFile> {
    const uri = vscode.Uri.joinPath(folder.uri, this.relativePath);
    try {
      return { uri, text: new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri)) };
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      return { uri, error: e instanceof Error ? e.message : String(e) };
    }
  }

  private later(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.reading = this.reading.then(() => this.readAll());
    }, RELOAD_DELAY_MS);
  }

  private async readAll(): Promise<void> {
    this.collection.clear();
    await this.read();
    if (!this.isDisposed) this.loaded.fire();
  }
}

/** A core problem as a diagnostic at its line; `sentence` wraps the core's English message. */
export function problemDiagnostic(p: Problem, sentence: (message: string) => string, source: string): vscode.Diagnostic {
  const line = Math.max(0, p.line - 1);
  const d = new vscode.Diagnostic(
    new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
    sentence(`${p.message}${p.field ? ` (${p.field})` : ''}`),
    p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  d.source = source;
  d.code = p.code;
  return d;
}
