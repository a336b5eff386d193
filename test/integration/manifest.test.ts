// package.json and the code agree; keybindings do not take VS Code's own.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/editor/commands/ids';
import { GUTTER } from '../../src/editor/decorations';
import { hamish } from './hamish';
import { artifactsDir, repoRoot, waitUntil } from './workspace';

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

  it('paints annotations with background, border, outline, ruler and gutter styles only', async () => {
    // What the painter really passed to createTextEditorDecorationType, for every type in use,
    // including a custom type with its own colour: a style that touches the glyphs (colour,
    // weight, underline, inline text) would scramble Arabic word order.
    const allowed = new Set([
      'backgroundColor', 'border', 'borderColor', 'borderRadius', 'borderSpacing', 'borderStyle', 'borderWidth',
      'outline', 'outlineColor', 'outlineStyle', 'outlineWidth', 'overviewRulerColor', 'overviewRulerLane',
      'rangeBehavior', 'gutterIconPath', 'gutterIconSize', 'isWholeLine',
    ]);
    const config = vscode.workspace.getConfiguration('hamish');
    await config.update('types', [{ name: 'place', label: 'Place', color: '#26a69a' }], vscode.ConfigurationTarget.Global);
    try {
      const api = await hamish();
      await waitUntil(() => api.painter.styles.has('place'), { message: 'a decoration type for the custom type' });
      const names = [...api.painter.styles.keys()];
      for (const expected of ['claim', 'actor', 'date', 'place', 'other', GUTTER]) assert.ok(names.includes(expected), names.join());
      for (const [name, options] of api.painter.styles) {
        for (const key of Object.keys(options)) assert.ok(allowed.has(key), `${name} uses ${key}`);
        assert.ok(!('light' in options) && !('dark' in options), `${name} has theme-specific options`);
      }
      assert.equal(api.painter.styles.get('place')!.backgroundColor, '#26a69a33');
    } finally {
      await config.update('types', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
