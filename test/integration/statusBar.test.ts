// The status bar's whole text: counts per type in type order, plurals, and orphans once.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, hamish, selectQuotes, seedTagged, waitForSidecar } from './hamish';
import { waitUntil } from './workspace';

describe('status bar', () => {
  afterEach(closeAll);

  it('counts claims, actors and dates of the active file, and orphans once', async () => {
    const { text, file, editor, doc } = await seedTagged('hamish.tagDate', '11 فبراير/شباط 2024', '2023');
    const api = await hamish();
    selectQuotes(editor, 'يحيى رسول', 'لويد أوستن');
    await vscode.commands.executeCommand('hamish.tagActor');
    selectQuotes(editor, 'استأنفت اجتماعاتها');
    await vscode.commands.executeCommand('hamish.tagClaim');
    await waitForSidecar(file, (s) => s.annotations.length === 5);
    await waitUntil(() => api.statusBar.text === '$(tag) 1 claim · 2 actors · 2 dates', { message: `the counts, got "${api.statusBar.text}"` });

    // Deleting the line that holds one actor orphans it: counted apart, not among the actors.
    const line = editor.document.positionAt(text.indexOf('لويد أوستن')).line;
    await editor.edit((b) => b.delete(editor.document.lineAt(line).rangeIncludingLineBreak));
    assert.equal(doc.orphans.length, 1);
    await waitUntil(() => api.statusBar.text === '$(tag) 1 claim · 1 actor · 2 dates · $(warning) 1 orphaned', {
      message: `the counts with an orphan, got "${api.statusBar.text}"`,
    });
  });
});
