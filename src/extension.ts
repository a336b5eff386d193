// Entry point bundled to dist/extension.js. The editor layer is built in src/editor.
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Composition root: filled in by the editor issue.
}

export function deactivate(): void {}
