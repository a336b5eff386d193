// Proves the harness itself: the suite runs in a real extension host with this repository's
// extension loaded, in the throw-away workspace, and Arabic text survives the trip intact.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readDisk, repoRoot, testWorkspace, workspacePath } from './workspace';

describe('integration harness', () => {
  it('loads the hamish extension from this repository', () => {
    const extension = vscode.extensions.getExtension('hamish.hamish');
    assert.ok(extension, 'extension hamish.hamish is not installed in the test VS Code');
    // The development copy, not some installed version.
    assert.equal(path.resolve(extension.extensionUri.fsPath), repoRoot);
  });

  it('opens the test workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(
      folders.map((f) => path.resolve(f.uri.fsPath)),
      [path.resolve(testWorkspace())],
    );
  });

  it('shows the Arabic seed article exactly as it is on disk', async () => {
    const file = workspacePath('seed-article.ar.txt');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const editor = await vscode.window.showTextDocument(document);

    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, editor.document.uri.fsPath);
    const text = document.getText();
    assert.equal(text, readDisk(file));

    const phrase = 'محادثات متقدمة';
    const offset = text.indexOf(phrase);
    assert.ok(offset >= 0, `"${phrase}" not found in the document`);
    // Offsets and positions agree on Arabic text (UTF-16 code units on both sides).
    const range = new vscode.Range(document.positionAt(offset), document.positionAt(offset + phrase.length));
    assert.equal(document.getText(range), phrase);
  });
});
