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
import { problemDiagnostic, WorkspaceFile } from './workspaceFile';

export class SchemaFile extends WorkspaceFile {
  constructor(private readonly config: ConfigService) {
    super(SCHEMA_PATH, 'hamish-schema');
  }

  protected async read(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const file = await this.readIn(folder);
      if (!file) continue;
      if ('error' in file) {
        this.collection.set(file.uri, [diagnostic({ file: SCHEMA_PATH, line: 1, code: 'read-failed', severity: 'error',
          message: vscode.l10n.t('The schema cannot be read ({0}); the default types are in force.', file.error) })]);
        break;
      }
      const result = parseSchema(file.text, vscode.workspace.asRelativePath(file.uri));
      this.collection.set(file.uri, result.problems.map(diagnostic));
      this.apply(result.schema);
      return;
    }
    this.apply(defaultSchema());
  }

  private apply(schema: ReturnType<typeof defaultSchema>): void {
    if (!this.isDisposed) this.config.useSchema(schema);
  }
}

function diagnostic(p: Problem): vscode.Diagnostic {
  // The problem itself is the core's, in English; the sentence around it is translated.
  return problemDiagnostic(p, (message) => vscode.l10n.t('{0}. The schema file is not applied until this is fixed.', message), vscode.l10n.t('Hamish schema'));
}
