// package.json and the code agree; keybindings do not take VS Code's own.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/editor/commands/ids';
import { artifactsDir, repoRoot } from './workspace';

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

describe('manifest', () => {
  it('contributes exactly the commands the code registers', async () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, Object.values(COMMANDS).sort());
    const registered = await vscode.commands.getCommands(true);
    for (const id of contributed) assert.ok(registered.includes(id), `${id} registered`);
  });

  it('activates on text, Markdown and sidecars only, never on *', () => {
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.deepEqual(pkg.activationEvents.sort(), ['onLanguage:hamish-annotations', 'onLanguage:markdown', 'onLanguage:plaintext']);
  });

  it('binds keys that none of VS Code’s default keybindings use', async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.scheme !== 'file');
    const defaults = editor.document.getText();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    assert.ok(defaults.length > 10000, 'the default keybindings were read');
    const firstChords = new Set<string>();
    // The file lists extensions' contributions too: leave our own out.
    for (const m of defaults.matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)) {
      if (!m[2]!.startsWith('hamish.')) firstChords.add(m[1]!.split(' ')[0]!);
    }
    assert.ok(firstChords.has('ctrl+shift+p') || firstChords.has('cmd+shift+p'), 'the parse found VS Code bindings');
    fs.writeFileSync(path.join(artifactsDir(), 'default-first-chords.txt'), [...firstChords].sort().join('\n'));
    for (const kb of pkg.contributes.keybindings) {
      const first = (kb.key as string).split(' ')[0]!;
      assert.ok(!firstChords.has(first), `${kb.key} starts with ${first}, which VS Code already binds`);
    }
  });

  it('uses only background, border and outline styles for annotation colours', () => {
    const src = fs.readFileSync(path.join(repoRoot, 'src/editor/decorations.ts'), 'utf8');
    for (const forbidden of ['color:', 'textDecoration', 'fontWeight', 'fontStyle', 'opacity', 'letterSpacing', 'before:', 'after:']) {
      assert.ok(!new RegExp(`^\\s*${forbidden}`, 'm').test(src), `decorations must not use ${forbidden}`);
    }
  });
});
