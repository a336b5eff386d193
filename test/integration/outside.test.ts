// Changes made outside the editor: another program rewrites the sidecar or the source.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { createAnnotation, describeSource } from '../../src/core/model/build';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { closeAll, openSource, pySlice, seedTagged, seedText, select, waitForSidecar } from './hamish';
import { waitUntil, workspacePath } from './workspace';

describe('changes from outside the editor', () => {
  afterEach(closeAll);

  it('shows a sidecar rewritten by another program, without a write loop', async () => {
    const { text, file, set, doc } = await seedTagged('hamish.tagActor', 'بغداد');

    const cpOf = (q: string) => Array.from(text.slice(0, text.indexOf(q))).length;
    const extra = createAnnotation(text, { type: 'date', start: cpOf('11 فبراير/شباط 2024'), end: cpOf('11 فبراير/شباط 2024') + 19 });
    const rewritten = serializeSidecar({ ...set, annotations: [...set.annotations, extra] });
    fs.writeFileSync(file + '.ann.yaml', rewritten);
    await waitUntil(() => doc.annotations.some((a) => a.id === extra.id), { message: 'the outside annotation in the editor' });
    const mtime = fs.statSync(file + '.ann.yaml').mtimeMs;
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(fs.statSync(file + '.ann.yaml').mtimeMs, mtime, 'the extension did not rewrite the file in reaction');
    assert.equal(fs.readFileSync(file + '.ann.yaml', 'utf8'), rewritten);
  });

  it('takes in a sidecar rewritten long after it was created, as by git checkout', async () => {
    // A rewrite right after creation reaches the watcher merged into one "create" event; a
    // settled file rewritten later arrives as a "change" event, which must be heard as well.
    const { text, file, set, doc } = await seedTagged('hamish.tagActor', 'بغداد');
    await new Promise((r) => setTimeout(r, 1500));
    const cpOf = (q: string) => Array.from(text.slice(0, text.indexOf(q))).length;
    const quote = 'لويد أوستن';
    const extra = createAnnotation(text, { type: 'actor', start: cpOf(quote), end: cpOf(quote) + Array.from(quote).length });
    fs.writeFileSync(file + '.ann.yaml', serializeSidecar({ ...set, annotations: [...set.annotations, extra] }));
    await waitUntil(() => doc.annotations.some((a) => a.id === extra.id), { message: 'the annotation added on disk, in the editor' });
    fs.writeFileSync(file + '.ann.yaml', serializeSidecar({ ...set, annotations: [extra] }));
    await waitUntil(() => doc.annotations.length === 1 && doc.annotations[0]!.id === extra.id, { message: 'the annotation removed on disk, gone from the editor' });
  });

  it('re-anchors when the source is rewritten by another program', async () => {
    const quote = 'يحيى رسول';
    const { text, file, editor, doc } = await seedTagged('hamish.tagActor', quote);

    const edited = 'عنوان جديد أضيف في أول الملف\n\n' + text.replace('محادثات متقدمة', 'محادثات');
    fs.writeFileSync(file, edited);
    await waitUntil(() => editor.document.getText() === edited, { message: 'VS Code reloading the source' });
    await waitUntil(() => {
      const a = doc.annotations[0];
      return a && !a.orphaned && editor.document.getText().slice(a.start, a.end) === quote;
    }, { timeoutMs: 1000, message: 'the span on the new text' });
    const set = await waitForSidecar(file, (s) => s.source.sha256 === describeSource('x', edited).sha256, 'the re-anchored sidecar');
    assert.equal(pySlice(edited, set.annotations[0]!.start, set.annotations[0]!.end), quote);
  });

  it('reports a broken sidecar in the Problems view and never overwrites it', async () => {
    const text = seedText();
    const base = workspaceFile();
    fs.writeFileSync(base, text);
    const broken = 'version: 1\nsource:\n  file: "x"\n  sha256: "nope"\n  length: 1\nannotations:\n  - id: "a1"\n    type: claim\n    start: 5\n    end: 2\n    text: "x"\n';
    fs.writeFileSync(base + '.ann.yaml', broken);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(base));
    const editor = await vscode.window.showTextDocument(document);
    const sidecarUri = vscode.Uri.file(base + '.ann.yaml');
    const diags = (await waitUntil(() => {
      const d = vscode.languages.getDiagnostics(sidecarUri);
      return d.length > 0 ? d : undefined;
    }, { message: 'diagnostics on the sidecar' }))!;
    const endBeforeStart = diags.find((d) => d.code === 'end-before-start');
    assert.ok(endBeforeStart, JSON.stringify(diags.map((d) => d.message)));
    assert.equal(endBeforeStart.range.start.line, 9, 'line 10 of the sidecar (0-based 9)');
    assert.ok(vscode.languages.getDiagnostics(document.uri).some((d) => /not loaded/.test(d.message)));

    // Tagging and saving must not touch it.
    select(editor, [text.indexOf('بغداد'), text.indexOf('بغداد') + 5]);
    await vscode.commands.executeCommand('hamish.tagActor');
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
    await document.save();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(fs.readFileSync(base + '.ann.yaml', 'utf8'), broken);

    // Other files keep working.
    const other = await openSource(text);
    select(other.editor, [text.indexOf('داعش'), text.indexOf('داعش') + 4]);
    await vscode.commands.executeCommand('hamish.tagActor');
    await waitForSidecar(other.file, (s) => s.annotations.length === 1);
  });
});

let n = 0;
function workspaceFile(): string {
  n += 1;
  return workspacePath(`broken-${process.pid}-${n}.txt`);
}
