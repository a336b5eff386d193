// Wrap Long Lines: Arabic sources wrap in this workspace, and only there.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('readable Arabic sources', () => {
  const wrapOf = (languageId: string, target: 'workspace' | 'global') =>
    vscode.workspace.getConfiguration('editor', { languageId }).inspect<string>('wordWrap')?.[`${target}LanguageValue`];

  afterEach(async () => {
    for (const languageId of ['plaintext', 'markdown']) {
      await vscode.workspace.getConfiguration('editor', { languageId }).update('wordWrap', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  it('turns on word wrap for text and Markdown in the workspace settings, not the user settings', async () => {
    assert.equal(wrapOf('plaintext', 'workspace'), undefined);
    await vscode.commands.executeCommand('hamish.wrapLongLines');
    assert.equal(wrapOf('plaintext', 'workspace'), 'on');
    assert.equal(wrapOf('markdown', 'workspace'), 'on');
    assert.equal(wrapOf('plaintext', 'global'), undefined, 'user settings untouched');
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'json' }).get('wordWrap'), 'off', 'other languages untouched');
  });
});
