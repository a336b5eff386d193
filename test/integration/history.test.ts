// Undo and redo of annotation actions: per document, separate from the editor's text undo.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, hamish, openSource, seedText, select, waitForSidecar } from './hamish';

describe('undo and redo of annotation actions', () => {
  afterEach(closeAll);

  it('undoes a tag, a retype, a link and a removal in reverse order, and redoes them', async () => {
    const api = await hamish();
    const text = seedText();
    const { file, editor } = await openSource(text);
    const quote = 'يحيى رسول';
    const at = text.indexOf(quote);
    select(editor, [at, at + quote.length]);
    await vscode.commands.executeCommand('hamish.tagActor');
    let set = await waitForSidecar(file, (s) => s.annotations.length === 1, 'the tag');
    const id = set.annotations[0]!.id;
    const ref = { uri: editor.document.uri.toString(), id };

    await vscode.commands.executeCommand('hamish.changeType', ref, 'person');
    await waitForSidecar(file, (s) => s.annotations[0]?.type === 'person', 'the retype');
    const doc = api.service.get(editor.document)!;
    await api.service.update(editor.document, id, { links: { 'reported-by': 'elsewhere' }, attrs: { kind: 'person' } }, 'Link reported-by');
    await waitForSidecar(file, (s) => s.annotations[0]?.links['reported-by'] === 'elsewhere', 'the link');

    // Typing moves the span; undoing the link must keep the span where the text is now.
    const ok = await editor.edit((b) => b.insert(editor.document.positionAt(0), 'سطر جديد\n'));
    assert.ok(ok);
    await editor.document.save();

    await vscode.commands.executeCommand('hamish.undoAnnotationAction');
    set = await waitForSidecar(file, (s) => s.annotations[0] !== undefined && !('reported-by' in s.annotations[0].links), 'the link undone');
    assert.equal(set.annotations[0]!.type, 'person', 'only the last step is undone');
    assert.deepEqual({ ...set.annotations[0]!.attrs }, {}, 'the attribute set with the link is undone too');
    const live = doc.annotations[0]!;
    assert.equal(editor.document.getText().slice(live.start, live.end), quote, 'the span stays where the text went');
    assert.equal(editor.document.getText().slice(0, 4), 'سطر ', 'the text edit is not undone');
    assert.ok(api.messages.recent.some((m) => m.severity === 'status' && m.text.includes('Link reported-by')));

    await vscode.commands.executeCommand('hamish.undoAnnotationAction');
    await waitForSidecar(file, (s) => s.annotations[0]?.type === 'actor', 'the retype undone');
    await vscode.commands.executeCommand('hamish.undoAnnotationAction');
    await waitForSidecar(file, (s) => s.annotations.length === 0, 'the tag undone');
    await vscode.commands.executeCommand('hamish.undoAnnotationAction');
    assert.ok(api.messages.recent.at(-1)!.text.includes('no annotation action to undo'));

    await vscode.commands.executeCommand('hamish.redoAnnotationAction');
    set = await waitForSidecar(file, (s) => s.annotations.length === 1, 'the tag redone');
    assert.equal(set.annotations[0]!.id, id, 'the same annotation comes back');
    assert.equal(set.annotations[0]!.text, quote);
    await vscode.commands.executeCommand('hamish.redoAnnotationAction');
    await waitForSidecar(file, (s) => s.annotations[0]?.type === 'person', 'the retype redone');

    // A new action clears what could be redone.
    await vscode.commands.executeCommand('hamish.editNote', ref, 'متحدث');
    await waitForSidecar(file, (s) => s.annotations[0]?.note === 'متحدث', 'the note');
    await vscode.commands.executeCommand('hamish.redoAnnotationAction');
    assert.ok(api.messages.recent.at(-1)!.text.includes('no annotation action to redo'));
  });

  it('brings a removed annotation back onto text that moved, and leaves the editor undo to text', async () => {
    const api = await hamish();
    const text = seedText();
    const { file, editor } = await openSource(text);
    const quote = 'لويد أوستن';
    const at = text.indexOf(quote);
    select(editor, [at, at + quote.length]);
    await vscode.commands.executeCommand('hamish.tagActor');
    const set = await waitForSidecar(file, (s) => s.annotations.length === 1);
    await vscode.commands.executeCommand('hamish.removeAnnotation', { uri: editor.document.uri.toString(), id: set.annotations[0]!.id });
    await waitForSidecar(file, (s) => s.annotations.length === 0, 'the removal');

    // The text moves after the removal: the annotation must come back on its words.
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(0), 'تمهيد 😀\n')));
    await editor.document.save();
    // The editor's own undo undoes the typing, not the removal.
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), text);
    assert.equal(api.service.get(editor.document)!.annotations.length, 0);
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(0), 'تمهيد 😀\n')));
    await editor.document.save();

    await vscode.commands.executeCommand('hamish.undoAnnotationAction');
    const back = await waitForSidecar(file, (s) => s.annotations.length === 1, 'the removal undone');
    const live = api.service.get(editor.document)!.annotations[0]!;
    assert.equal(editor.document.getText().slice(live.start, live.end), quote);
    assert.equal(back.annotations[0]!.text, quote);
    assert.notEqual(back.annotations[0]!.orphaned, true);
  });
});
