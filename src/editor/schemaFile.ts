/**
 * The workspace schema file, `.hamish/schema.yaml`: read when the extension starts and
 * whenever the file is created, changed or deleted, put in force through ConfigService,
 * and its errors shown in the Problems view at their lines. A file with errors leaves the
 * defaults in force (parseSchema decides that); the researcher sees why.
 *
 * In a multi-root workspace the first folder (in workspace order) that has the file
 * gives the schema: one schema per window, since decorations and views are per window.
 */
import * as vscode from 'vscode';
import { defaultSchema, parseSchema, type Problem, SCHEMA_PATH } from '../core';
import type { ConfigService } from './config';
import { Disposable } from './dispose';

const RELOAD_DELAY_MS = 100;

export class SchemaFile extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('hamish-schema'));
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reading: Promise<void> = Promise.resolve();
  private readonly loaded = this.register(new vscode.EventEmitter<void>());
  /** Fires after each read of the schema file, applied or not (tests wait for it). */
  readonly onDidLoad = this.loaded.event;

  constructor(private readonly config: ConfigService) {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(`**/${SCHEMA_PATH}`));
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

  private later(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.reading = this.reading.then(() => this.read());
    }, RELOAD_DELAY_MS);
  }

  private async read(): Promise<void> {
    this.collection.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, SCHEMA_PATH);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
      } catch (e) {
        if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') continue;
        this.collection.set(uri, [diagnostic({ file: SCHEMA_PATH, line: 1, code: 'read-failed', severity: 'error',
          message: vscode.l10n.t('The schema cannot be read ({0}); the default types are in force.', e instanceof Error ? e.message : String(e)) })]);
        break;
      }
      const result = parseSchema(text, vscode.workspace.asRelativePath(uri));
      this.collection.set(uri, result.problems.map(diagnostic));
      this.apply(result.schema);
      return;
    }
    this.apply(defaultSchema());
  }

  private apply(schema: ReturnType<typeof defaultSchema>): void {
    if (this.isDisposed) return;
    this.config.useSchema(schema);
    this.loaded.fire();
  }
}

function diagnostic(p: Problem): vscode.Diagnostic {
  const line = Math.max(0, p.line - 1);
  const d = new vscode.Diagnostic(
    new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
    // The problem itself is the core's, in English; the sentence around it is translated.
    vscode.l10n.t('{0}. The schema file is not applied until this is fixed.', `${p.message}${p.field ? ` (${p.field})` : ''}`),
    p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  d.source = vscode.l10n.t('Hamish schema');
  d.code = p.code;
  return d;
}
