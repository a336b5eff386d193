/**
 * The workspace actor list, `.hamish/actors.yaml` of each workspace folder: read at start and
 * whenever the file is created, changed or deleted, parsed by the core, and its problems shown
 * in the Problems view at their lines, as the schema file's are. Entries with errors are left
 * out by the parser and the rest stay in use, so one typo does not silence every actor.
 */
import * as vscode from 'vscode';
import { ACTORS_PATH, type ActorName, parseActorList, type Problem } from '../../core';
import { problemDiagnostic, WorkspaceFile } from '../workspaceFile';

export class ActorListFile extends WorkspaceFile {
  /** The actors of each workspace folder that has a list, by folder URI. */
  private lists = new Map<string, ActorName[]>();

  constructor() {
    super(ACTORS_PATH, 'hamish-actors');
  }

  /** The listed actors that apply to a source: those of its workspace folder. */
  actorsFor(uri: vscode.Uri): readonly ActorName[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.lists.get(folder.uri.toString())) ?? [];
  }

  protected async read(): Promise<void> {
    const lists = new Map<string, ActorName[]>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const file = await this.readIn(folder);
      if (!file) continue;
      if ('error' in file) {
        const message = vscode.l10n.t('The actor list cannot be read ({0}); no listed actors are suggested.', file.error);
        this.collection.set(file.uri, [diagnostic({ file: ACTORS_PATH, line: 1, code: 'read-failed', severity: 'error', message })]);
        continue;
      }
      const result = parseActorList(file.text, vscode.workspace.asRelativePath(file.uri));
      this.collection.set(file.uri, result.problems.map(diagnostic));
      lists.set(folder.uri.toString(), result.actors);
    }
    this.lists = lists;
  }
}

function diagnostic(p: Problem): vscode.Diagnostic {
  // The problem itself is the core's, in English; the sentence around an error is translated.
  const sentence = (message: string) =>
    p.severity === 'error' ? vscode.l10n.t('{0}. This entry of the actor list is not used until this is fixed.', message) : message;
  return problemDiagnostic(p, sentence, vscode.l10n.t('Hamish actors'));
}
