/**
 * The workspace actor list, `.hamish/actors.yaml` of each workspace folder: read at start and
 * whenever the file is created, changed or deleted, parsed by the core, and its problems shown
 * in the Problems view at their lines, as the schema file's are. Entries with errors are left
 * out by the parser and the rest stay in use, so one typo does not silence every actor.
 */
import * as vscode from 'vscode';
import { ACTORS_PATH, type ActorName, parseActorList, type Problem } from '../../core';
import { Disposable } from '../dispose';

const RELOAD_DELAY_MS = 100;

export class ActorListFile extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('hamish-actors'));
  /** The actors of each workspace folder that has a list, by folder URI. */
  private lists = new Map<string, ActorName[]>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reading: Promise<void>;
  private readonly loaded = this.register(new vscode.EventEmitter<void>());
  /** Fires after each read of the lists (suggestions are computed again; tests wait for it). */
  readonly onDidLoad = this.loaded.event;

  constructor() {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(`**/${ACTORS_PATH}`));
    const later = () => this.later();
    this.register(watcher.onDidCreate(later));
    this.register(watcher.onDidChange(later));
    this.register(watcher.onDidDelete(later));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(later));
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.reading = this.read();
  }

  /** Resolves when the reads started so far have finished. */
  get settled(): Promise<void> {
    return this.reading;
  }

  /** The listed actors that apply to a source: those of its workspace folder. */
  actorsFor(uri: vscode.Uri): readonly ActorName[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.lists.get(folder.uri.toString())) ?? [];
  }

  private later(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.reading = this.reading.then(() => this.read());
    }, RELOAD_DELAY_MS);
  }

  private async read(): Promise<void> {
    const lists = new Map<string, ActorName[]>();
    this.collection.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, ACTORS_PATH);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
      } catch (e) {
        if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') continue;
        const message = vscode.l10n.t('The actor list cannot be read ({0}); no listed actors are suggested.', e instanceof Error ? e.message : String(e));
        this.collection.set(uri, [diagnostic({ file: ACTORS_PATH, line: 1, code: 'read-failed', severity: 'error', message })]);
        continue;
      }
      const result = parseActorList(text, vscode.workspace.asRelativePath(uri));
      this.collection.set(uri, result.problems.map(diagnostic));
      lists.set(folder.uri.toString(), result.actors);
    }
    if (this.isDisposed) return;
    this.lists = lists;
    this.loaded.fire();
  }
}

function diagnostic(p: Problem): vscode.Diagnostic {
  const line = Math.max(0, p.line - 1);
  const d = new vscode.Diagnostic(
    new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
    // The problem itself is the core's, in English; the sentence around an error is translated.
    p.severity === 'error'
      ? vscode.l10n.t('{0}. This entry of the actor list is not used until this is fixed.', `${p.message}${p.field ? ` (${p.field})` : ''}`)
      : `${p.message}${p.field ? ` (${p.field})` : ''}`,
    p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  d.source = vscode.l10n.t('Hamish actors');
  d.code = p.code;
  return d;
}
