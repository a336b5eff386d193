/**
 * The `hamish.annotatable` context key: true while the active editor shows a document Hamish
 * annotates (text or Markdown, saved to a writable file system). package.json's menus,
 * keybindings and command enablement all test this one key, so the rule lives here only.
 */
import * as vscode from 'vscode';
import { AnnotationService } from './annotationService';
import { Disposable } from './dispose';

export const ANNOTATABLE_KEY = 'hamish.annotatable';

export class AnnotatableContext extends Disposable {
  private value: boolean | undefined;

  constructor() {
    super();
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    // A document's language can change (Change Language Mode), and a save gives an untitled one a file.
    this.register(vscode.workspace.onDidOpenTextDocument(() => this.update()));
    this.register(vscode.workspace.onDidSaveTextDocument(() => this.update()));
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const value = document !== undefined && AnnotationService.isAnnotatable(document);
    if (value === this.value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', ANNOTATABLE_KEY, value);
  }
}
