// Nothing lost in the editor: a save that fails keeps the annotations and says so, and a
// second writer (here a real child process, as the CLI or another window would be) and this
// window both end up with every annotation, on disk and on screen.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import * as vscode from 'vscode';
import { closeAll, hamish, readSidecar, selectQuotes, seedTagged, waitForSidecar } from './hamish';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { repoRoot, waitUntil } from './workspace';

describe('nothing lost in the editor', () => {
  afterEach(closeAll);

  it('keeps annotations it could not save, says why, and saves them when asked again', async () => {
    const { file, editor, doc } = await seedTagged('hamish.tagActor', 'يحيى رسول');
    const api = await hamish();
    const sidecar = file + '.ann.yaml';
    fs.chmodSync(sidecar, 0o444);
    try {
      const before = api.messages.recent.length;
      selectQuotes(editor, 'لويد أوستن');
      await vscode.commands.executeCommand('hamish.tagActor');
      await waitUntil(() => api.messages.recent.length > before, { message: 'a message about the failed save' });
      const told = api.messages.recent.slice(before);
      assert.ok(told.some((m) => m.severity === 'error' && m.text.includes('read-only')), JSON.stringify(told));
      assert.equal(doc.annotations.length, 2, 'the new annotation is kept in memory');
      assert.equal(readSidecar(file).annotations.length, 1, 'the read-only file is untouched');
      await waitUntil(() => api.statusBar.text.startsWith('$(error) not saved'), { message: `the status bar says not saved: ${api.statusBar.text}` });
    } finally {
      fs.chmodSync(sidecar, 0o644);
    }
    await vscode.commands.executeCommand('hamish.saveAnnotations');
    const set = await waitForSidecar(file, (s) => s.annotations.length === 2, 'both annotations on disk after Save Again');
    assert.deepEqual(set.annotations.map((a) => a.text).sort(), ['لويد أوستن', 'يحيى رسول'].sort());
    await waitUntil(() => api.statusBar.text.startsWith('$(tag)'), { message: 'the status bar back to counts' });
  });

  it('ends with every annotation of this window and of a process writing the same sidecar', async function () {
    this.timeout(120_000);
    const { file, editor, doc } = await seedTagged('hamish.tagActor', 'يحيى رسول');
    const writer = spawn(process.execPath, [path.join(repoRoot, 'out/test/unit/support/sidecarWriter.js'), file + '.ann.yaml', '40', 'cli', ''], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let err = '';
    writer.stderr!.on('data', (d) => (err += d));
    const lines = readline.createInterface({ input: writer.stdout! })[Symbol.asyncIterator]();
    assert.equal((await lines.next()).value, 'ready', err);
    writer.stdin!.end('go\n');
    // Meanwhile, the researcher tags word after word here; each tag saves at once.
    const quotes = ['لويد أوستن', 'داعش', 'بغداد', 'واشنطن', 'العراق', 'التحالف', 'اللجنة', 'الأميركية'];
    for (const q of quotes) {
      selectQuotes(editor, q);
      await vscode.commands.executeCommand('hamish.tagClaim');
    }
    const report = JSON.parse(((await lines.next()).value as string | undefined) ?? '{}') as { added?: string[] };
    assert.ok(report.added, `the writer failed: ${err}`);
    const ours = doc.annotations.filter((a) => a.type === 'claim').map((a) => a.id);
    assert.equal(ours.length, quotes.length);
    const expected = new Set([...report.added, ...ours]);
    const set = await waitForSidecar(file, (s) => [...expected].every((id) => s.annotations.some((a) => a.id === id)), 'every annotation of both writers on disk');
    assert.equal(set.annotations.length, 1 + quotes.length + report.added.length);
    await waitUntil(() => [...expected].every((id) => doc.annotations.some((a) => a.id === id)), { message: 'every annotation of both writers in the window' });
  });

  it('tells both values when this window and another writer changed the same note', async () => {
    const { file, editor, doc, set } = await seedTagged('hamish.tagActor', 'يحيى رسول');
    const api = await hamish();
    // Unsaved source edits hold the annotation change in the window until the source is saved.
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), ' '));
    selectQuotes(editor, 'يحيى رسول');
    await vscode.commands.executeCommand('hamish.editNote', undefined, 'ملاحظة هذه النافذة');
    const before = api.messages.recent.length;
    const later = new Date(Date.now() + 60_000).toISOString();
    const theirs = { ...set, annotations: set.annotations.map((a) => ({ ...a, note: 'ملاحظة من الخارج', modified: later })) };
    fs.writeFileSync(file + '.ann.yaml', serializeSidecar(theirs));
    await waitUntil(() => api.messages.recent.length > before, { message: 'a message about the conflict' });
    const told = api.messages.recent.slice(before).find((m) => m.severity === 'warning')!;
    assert.ok(told, JSON.stringify(api.messages.recent.slice(before)));
    assert.ok(told.text.includes('ملاحظة من الخارج') && told.text.includes('ملاحظة هذه النافذة'), told.text);
    assert.match(told.text, /note of .*kept .*this window had/);
    assert.equal(doc.annotations[0]!.note, 'ملاحظة من الخارج', 'the newer edit was kept');
  });
});
