// Smoke check of Hamish as a user gets it: installed from the .vsix into the extensions folder
// named by HAMISH_INSTALLED_EXTENSIONS_DIR (scripts/test-host/run-installed.mjs), while the only
// development extension is the empty probe beside this file. The helpers come from the
// integration suite; they drive VS Code through its public API and read the sidecar from disk.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { HamishApi } from '../../src/extension';
import { cp, pySlice, select, waitForSidecar } from '../integration/hamish';
import { copyFixture, repoRoot, waitUntil } from '../integration/workspace';

/** Every file of the installed extension, as the .vsix should hold it (vsce renames README etc.). */
const PACKAGED_FILES = [
  '.vsixmanifest',
  'LICENSE.txt',
  'changelog.md',
  'dist/extension.js',
  'l10n/bundle.l10n.ar.json',
  'media/gutter.svg',
  'media/icon.png',
  'media/sample/seed-article.ar.txt',
  'media/views.svg',
  'media/walkthrough/export.md',
  'media/walkthrough/hover.md',
  'media/walkthrough/linkSpeaker.md',
  'media/walkthrough/openSample.md',
  'media/walkthrough/tagClaim.md',
  'package.json',
  'package.nls.ar.json',
  'package.nls.json',
  'readme.md',
  'syntaxes/hamish-annotations.tmLanguage.json',
  'syntaxes/language-configuration.json',
];

function installed(): vscode.Extension<HamishApi> {
  const ext = vscode.extensions.getExtension<HamishApi>('hamish.hamish');
  assert.ok(ext, 'hamish.hamish is not loaded at all');
  return ext;
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

describe('Hamish installed from the .vsix', () => {
  it('is the installed copy, and nothing of the repository runs but the probe', () => {
    const extensionsDir = process.env.HAMISH_INSTALLED_EXTENSIONS_DIR;
    assert.ok(extensionsDir, 'HAMISH_INSTALLED_EXTENSIONS_DIR is not set');
    assert.ok(isInside(extensionsDir, installed().extensionPath), installed().extensionPath);
    // VS Code's own built-in extensions sit in the cached server build under .vscode-test/: not ours.
    const cache = path.join(repoRoot, '.vscode-test');
    const fromRepository = vscode.extensions.all
      .filter((e) => isInside(repoRoot, e.extensionPath) && !isInside(cache, e.extensionPath))
      .map((e) => e.id);
    assert.deepEqual(fromRepository, ['hamish-test.hamish-installed-probe']);
  });

  it('holds only what the extension loads, built for production', () => {
    const root = installed().extensionPath;
    const files = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => fs.statSync(path.join(root, f)).isFile())
      .map((f) => f.split(path.sep).join('/'))
      .sort();
    assert.deepEqual(files, PACKAGED_FILES);
    const bundle = fs.readFileSync(path.join(root, 'dist', 'extension.js'), 'utf8');
    assert.doesNotMatch(bundle, /sourceMappingURL/, 'the production build has no source map');
    // Minified: long lines (the development build averages about 40 characters a line).
    assert.ok(bundle.length / bundle.split('\n').length > 400, 'the production build is minified');
  });

  it("shows the README for users on the extension's page, not the parts for a clone", () => {
    const readme = fs.readFileSync(path.join(installed().extensionPath, 'readme.md'), 'utf8');
    const full = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    assert.match(readme, /^## Using it$/m);
    assert.match(readme, /\| Hamish: Tag Selection as Claim/);
    // The blocks marked repository only: the two commands, the command line, the layout.
    for (const heading of ['## The two commands', '## Command line', '## Layout']) {
      assert.ok(full.includes(heading), `README.md has ${heading}`);
      assert.ok(!readme.includes(heading), `the extension page leaves out ${heading}`);
    }
    assert.doesNotMatch(readme, /repository only/);
    // vsce points relative links at the repository, where the whole README is.
    assert.match(readme, /\[whole README\]\(https:\/\/github\.com\/[^)]+README\.md\)/);
  });

  it('activates on a text file, tags a word and writes a correct sidecar', async () => {
    const ext = installed();
    const file = copyFixture('seed-article.ar.txt');
    // An emoji (two UTF-16 units, one code point) first, so UTF-16 and code point offsets differ.
    const text = '📰 ' + fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)));
    await waitUntil(() => ext.isActive, { message: 'Hamish to activate on opening a plain-text file' });
    assert.ok(ext.exports?.service, 'the activated extension exports its API');

    const quote = 'يحيى رسول';
    const at = text.indexOf(quote);
    select(editor, [at, at + quote.length]);
    await vscode.commands.executeCommand('hamish.tagActor');

    const set = await waitForSidecar(file, (s) => s.annotations.length === 1);
    const annotation = set.annotations[0]!;
    assert.equal(annotation.type, 'actor');
    assert.equal(annotation.text, quote);
    assert.equal(annotation.start, cp(text, at));
    assert.notEqual(annotation.start, at, 'the emoji makes the two counts differ');
    assert.equal(annotation.end, annotation.start + Array.from(quote).length);
    assert.equal(pySlice(text, annotation.start, annotation.end), quote);
    assert.equal(set.source.file, path.basename(file));
    assert.equal(set.source.length, Array.from(text).length);
    assert.equal(set.source.sha256, createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
    const statusBar = ext.exports.statusBar;
    await waitUntil(() => /\b1 actor\b/.test(statusBar.text), { message: 'the status bar to count 1 actor' });
    // The editor stays open: the runner's screenshot (test-artifacts/installed-workbench.png) shows it.
  });
});
