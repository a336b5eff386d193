// Typing, deleting, undoing and saving: the sidecar always describes the source as saved.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, openSource, pySlice, readSidecar, seedTagged, seedText, select, waitForSidecar } from './hamish';
import { waitUntil } from './workspace';

async function type(editor: vscode.TextEditor, offset: number, text: string): Promise<void> {
  const ok = await editor.edit((b) => b.insert(editor.document.positionAt(offset), text));
  assert.ok(ok);
}

describe('editing tagged text', () => {
  afterEach(closeAll);

  it('follows typing before, inside and after spans, and writes on save', async () => {
    const text = seedText();
    const { file, editor } = await openSource(text);
    const quote = 'اللجنة العسكرية العراقية العليا';
    const at = text.indexOf(quote);
    select(editor, [at, at + quote.length]);
    await vscode.commands.executeCommand('hamish.tagClaim');
    const saved = await waitForSidecar(file, (s) => s.annotations.length === 1);
    const sidecarBefore = fs.readFileSync(file + '.ann.yaml', 'utf8');

    await type(editor, at + quote.length, ' الجديدة');            // at the end: stays outside
    await type(editor, at + 'اللجنة'.length, ' المشتركة');          // inside: grows
    await type(editor, at, 'قالت ');                                // at the start: shifts
    await type(editor, 0, 'تمهيد 😀\n');                            // far before, with an emoji
    assert.equal(fs.readFileSync(file + '.ann.yaml', 'utf8'), sidecarBefore, 'unsaved edits do not touch the sidecar');

    await editor.document.save();
    const set = await waitForSidecar(file, (s) => s.source.sha256 !== saved.source.sha256, 'the sidecar after save');
    const disk = fs.readFileSync(file, 'utf8');
    const a = set.annotations[0]!;
    assert.equal(a.text, 'اللجنة المشتركة العسكرية العراقية العليا');
    assert.equal(pySlice(disk, a.start, a.end), a.text);
    assert.equal(set.source.length, Array.from(disk).length);
  });

  it('orphans a span whose text is deleted, and Undo restores it', async () => {
    const quote = 'لويد أوستن';
    const { text, file, editor, doc } = await seedTagged('hamish.tagActor', quote);
    const at = text.indexOf(quote);

    const line = editor.document.positionAt(at).line;
    await editor.edit((b) => b.delete(editor.document.lineAt(line).rangeIncludingLineBreak));
    assert.equal(doc.orphans.length, 1, 'kept as orphaned, not dropped');
    await waitUntil(() => vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.message.includes('لويد أوستن')), { message: 'an orphan warning naming the quote' });

    await editor.document.save();
    const orphaned = await waitForSidecar(file, (s) => s.annotations[0]?.orphaned === true, 'the orphan in the sidecar');
    assert.equal(orphaned.annotations[0]!.text, quote);

    await vscode.commands.executeCommand('undo');
    assert.equal(doc.orphans.length, 0, 'Undo revives it');
    const back = doc.annotations[0]!;
    assert.equal(editor.document.getText().slice(back.start, back.end), quote);
    await editor.document.save();
    const restored = await waitForSidecar(file, (s) => s.annotations[0]?.orphaned !== true, 'the revived annotation on disk');
    assert.equal(pySlice(fs.readFileSync(file, 'utf8'), restored.annotations[0]!.start, restored.annotations[0]!.end), quote);
  });

  it('removes an annotation and changes a type', async () => {
    const text = seedText();
    const { file, editor } = await openSource(text);
    const a1 = text.indexOf('بغداد');
    const a2 = text.indexOf('يحيى رسول');
    select(editor, [a1, a1 + 5], [a2, a2 + 9]);
    await vscode.commands.executeCommand('hamish.tagActor');
    const set = await waitForSidecar(file, (s) => s.annotations.length === 2);
    const baghdad = set.annotations.find((a) => a.text === 'بغداد')!;
    const yahya = set.annotations.find((a) => a.text === 'يحيى رسول')!;

    select(editor, [a1 + 1, a1 + 1]);
    await vscode.commands.executeCommand('hamish.changeType', undefined, 'place');
    await waitForSidecar(file, (s) => s.annotations.find((a) => a.id === baghdad.id)?.type === 'place', 'the type change');

    await vscode.commands.executeCommand('hamish.removeAnnotation', { uri: editor.document.uri.toString(), id: yahya.id });
    const after = await waitForSidecar(file, (s) => s.annotations.length === 1, 'the removal');
    assert.equal(after.annotations[0]!.id, baghdad.id);
    assert.equal(readSidecar(file).annotations[0]!.type, 'place');
  });

  it('edits a note', async () => {
    const { file } = await seedTagged('hamish.tagActor', 'داعش');
    await vscode.commands.executeCommand('hamish.editNote', undefined, 'تنظيم مصنف إرهابياً');
    const set = await waitForSidecar(file, (s) => s.annotations[0]?.note !== undefined, 'the note');
    assert.equal(set.annotations[0]!.note, 'تنظيم مصنف إرهابياً');
  });

  it('moves between annotations with Next and Previous', async () => {
    const text = seedText();
    const { editor } = await openSource(text);
    const spots = ['بغداد', 'يحيى رسول', 'داعش'].map((q) => [text.indexOf(q), text.indexOf(q) + q.length] as [number, number]);
    select(editor, ...spots);
    await vscode.commands.executeCommand('hamish.tagActor');
    select(editor, [0, 0]);
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await vscode.commands.executeCommand('hamish.nextAnnotation');
      starts.push(editor.document.offsetAt(editor.selection.start));
    }
    assert.deepEqual(starts, spots.map((s) => s[0]).sort((a, b) => a - b));
    await vscode.commands.executeCommand('hamish.previousAnnotation');
    assert.equal(editor.document.offsetAt(editor.selection.start), starts[1]);
  });
});
