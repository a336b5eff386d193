// The Problems view on a source's annotations and its quick fixes, in the real editor: each
// kind of finding at the annotation's range with its code, each quick fix offered through the
// code action provider and, run, changing the sidecar on disk as its title says.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/model/annotation';
import { createAnnotation, describeSource } from '../../src/core/model/build';
import { newAnnotationId } from '../../src/core/model/ids';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { FORMAT_VERSION } from '../../src/core/sidecar/format';
import { closeAll, cp, hamish, pySlice, readSidecar, seedTagged, seedText, waitForSidecar } from './hamish';
import { waitUntil, workspacePath } from './workspace';

let files = 0;

/** Writes `text` and a sidecar holding `annotations` (code points) beside it, then opens the source. */
async function openWithSidecar(text: string, annotations: (index: (quote: string) => [number, number]) => Annotation[]) {
  files += 1;
  const file = workspacePath(`diag-${process.pid}-${files}.txt`);
  fs.writeFileSync(file, text);
  const span = (quote: string): [number, number] => {
    const at = text.indexOf(quote);
    assert.ok(at >= 0, quote);
    return [cp(text, at), cp(text, at) + Array.from(quote).length];
  };
  const list = annotations(span);
  fs.writeFileSync(file + '.ann.yaml', serializeSidecar({ version: FORMAT_VERSION, source: describeSource(`diag-${process.pid}-${files}.txt`, text), annotations: list }));
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(document);
  const api = await hamish();
  const doc = (await api.service.ensure(document))!;
  await waitUntil(() => doc.annotations.length === list.length, { message: 'the sidecar loaded' });
  return { file, editor, document, doc, api };
}

function annotate(text: string, type: string, [start, end]: [number, number], extra: Partial<Annotation> = {}): Annotation {
  return { ...createAnnotation(text, { type, start, end }), ...extra };
}

/** Waits for a Hamish diagnostic with `code` on the document, optionally matching `where`. */
async function diagnostic(uri: vscode.Uri, code: string, where: (d: vscode.Diagnostic) => boolean = () => true): Promise<vscode.Diagnostic> {
  const found = await waitUntil(() => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'Hamish' && d.code === code && where(d)), {
    message: `a ${code} diagnostic (have: ${vscode.languages.getDiagnostics(uri).map((d) => d.code).join(', ')})`,
  });
  return found!;
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
  return actions.filter((a) => a.command?.command.startsWith('hamish.'));
}

async function run(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action?.command, 'the quick fix is offered');
  await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The UTF-16 range of a code point span in `text`. */
function rangeOf(document: vscode.TextDocument, text: string, quote: string): vscode.Range {
  const at = text.indexOf(quote);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + quote.length));
}

describe('diagnostics and quick fixes', () => {
  afterEach(closeAll);

  it('reports an orphan where its text was, re-anchors it to the best match (undoably), and removes another', async () => {
    const text = seedText();
    const quote = 'لويد أوستن';
    const gone = 'كلمات لم ترد في المقال أبدا';
    const { file, document, doc, editor } = await openWithSidecar(text, (span) => [
      annotate(text, 'actor', span(quote), { start: 10, end: 10, orphaned: true }),
      { ...annotate(text, 'actor', span('بغداد'), { start: 20, end: 20, orphaned: true }), text: gone },
    ]);
    const [orphan, lost] = readSidecar(file).annotations;
    const d = await diagnostic(document.uri, 'orphaned', (x) => x.message.includes(quote));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(d.range.isEmpty && d.range.start.isEqual(document.positionAt(10)), 'at the point where its text was');

    const fixes = await quickFixes(document.uri, d.range);
    const reanchor = fixes.find((a) => a.command!.command === 'hamish.reanchorAnnotation');
    const line = document.positionAt(text.indexOf(quote)).line + 1;
    assert.ok(reanchor && reanchor.title.includes(quote) && reanchor.title.includes(`line ${line}`), fixes.map((a) => a.title).join(' | '));
    assert.ok(fixes.some((a) => a.command!.command === 'hamish.removeAnnotation'));
    assert.ok(fixes.some((a) => a.command!.command === 'hamish.openSidecarAtAnnotation'));

    await run(reanchor);
    const fixed = await waitForSidecar(file, (s) => s.annotations.some((a) => a.id === orphan!.id && !a.orphaned), 'the re-anchored annotation on disk');
    const placed = fixed.annotations.find((a) => a.id === orphan!.id)!;
    assert.equal(pySlice(text, placed.start, placed.end), quote);
    assert.deepEqual([placed.start, placed.end], [cp(text, text.indexOf(quote)), cp(text, text.indexOf(quote)) + Array.from(quote).length]);
    await waitUntil(() => !vscode.languages.getDiagnostics(document.uri).some((x) => x.code === 'orphaned' && x.message.includes(quote)), { message: 'the orphan warning gone' });

    // The move is one step of the annotation history: undo makes it an orphan again.
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('hamish.undoAnnotationAction');
    const undone = await waitForSidecar(file, (s) => s.annotations.find((a) => a.id === orphan!.id)?.orphaned === true, 'the orphan back on disk after undo');
    const back = undone.annotations.find((a) => a.id === orphan!.id)!;
    assert.deepEqual([back.start, back.end], [10, 10], 'back at the point it was orphaned at, not orphaned over the new span');
    assert.equal(doc.find(orphan!.id)!.orphaned, true);

    // An orphan whose quote is nowhere is offered no re-anchoring; removing it works.
    const d2 = await diagnostic(document.uri, 'orphaned', (x) => x.message.includes(gone));
    const fixes2 = await quickFixes(document.uri, d2.range);
    assert.ok(!fixes2.some((a) => a.command!.command === 'hamish.reanchorAnnotation' && a.diagnostics?.[0]?.message.includes(gone)));
    await run(fixes2.find((a) => a.command!.command === 'hamish.removeAnnotation' && a.title.includes(gone)));
    await waitForSidecar(file, (s) => !s.annotations.some((a) => a.id === lost!.id), 'the removed orphan gone from disk');
  });

  it('reports a quote that no longer matches the text at its range, and re-anchors it', async () => {
    const text = seedText();
    const quote = 'يحيى رسول';
    // As a hand edit or another tool leaves it: the sidecar describes this very text, the quote is wrong.
    const { file, document } = await openWithSidecar(text, (span) => [{ ...annotate(text, 'actor', span(quote)), text: 'يحيى رسولي' }]);
    const d = await diagnostic(document.uri, 'quote-mismatch');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.range.isEqual(rangeOf(document, text, quote)), 'over the annotation’s range');
    assert.ok(d.message.includes('يحيى رسولي') && d.message.includes(quote));

    const fixes = await quickFixes(document.uri, d.range);
    const reanchor = fixes.find((a) => a.command!.command === 'hamish.reanchorAnnotation');
    assert.ok(reanchor, fixes.map((a) => a.title).join(' | '));
    await run(reanchor);
    const set = await waitForSidecar(file, (s) => s.annotations[0]?.text !== 'يحيى رسولي', 'the quote taken from the text');
    const a = set.annotations[0]!;
    assert.equal(pySlice(text, a.start, a.end), a.text);
    assert.ok(a.text.includes('يحيى'), a.text);
    await waitUntil(() => !vscode.languages.getDiagnostics(document.uri).some((x) => x.code === 'quote-mismatch'), { message: 'the mismatch gone' });
  });

  it('does not take a span typed into for a mismatched quote once the source is saved', async () => {
    const quote = 'يحيى رسول';
    const { text, file, editor, doc } = await seedTagged('hamish.tagActor', quote);
    const inside = text.indexOf(quote) + 2;
    await editor.edit((b) => b.insert(editor.document.positionAt(inside), 'ـ'));
    await editor.document.save();
    await waitForSidecar(file, (s) => s.annotations[0]?.text === 'يحـيى رسول', 'the new quote on disk');
    const api = await hamish();
    await api.service.ensure(editor.document);
    assert.equal(doc.annotations[0]!.text, 'يحـيى رسول', 'the live quote is the saved one');
    assert.ok(!vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.code === 'quote-mismatch'));
  });

  it('reports a dangling link on the claim, removes the link, and then notes the missing speaker', async () => {
    const text = seedText();
    const claim = 'استأنفت في بغداد اجتماعاتها مع قوات التحالف الدولي';
    const missing = newAnnotationId();
    const { file, document } = await openWithSidecar(text, (span) => [
      annotate(text, 'claim', span(claim), { links: { speaker: missing } }),
    ]);
    const d = await diagnostic(document.uri, 'missing-link-target');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(d.range.isEqual(rangeOf(document, text, claim)));
    assert.ok(d.message.includes(missing) && d.message.includes('speaker'));

    const fixes = await quickFixes(document.uri, d.range);
    await run(fixes.find((a) => a.command!.command === 'hamish.removeLink'));
    await waitForSidecar(file, (s) => !('speaker' in s.annotations[0]!.links), 'the link gone from disk');
    await waitUntil(() => !vscode.languages.getDiagnostics(document.uri).some((x) => x.code === 'missing-link-target'), { message: 'the dangling link gone' });
    const gap = await diagnostic(document.uri, 'schema-missing-link', (x) => x.message.toLowerCase().includes('speaker'));
    assert.equal(gap.severity, vscode.DiagnosticSeverity.Information);
  });

  it('reports schema violations against the types in force, settings included, and recomputes when they change', async () => {
    const config = vscode.workspace.getConfiguration('hamish');
    await config.update('types', [{ name: 'place', label: 'Place' }], vscode.ConfigurationTarget.Global);
    try {
      const text = seedText();
      const { document } = await openWithSidecar(text, (span) => [
        annotate(text, 'place', span('بغداد')),
        annotate(text, 'rumour', span('لويد أوستن')),
        annotate(text, 'claim', span('يحيى رسول'), { attrs: { modality: 'shouted' } }),
      ]);
      const unknown = await diagnostic(document.uri, 'schema-unknown-type');
      assert.ok(unknown.range.isEqual(rangeOf(document, text, 'لويد أوستن')), 'on the rumour, not on the place of the settings');
      assert.equal(vscode.languages.getDiagnostics(document.uri).filter((x) => x.code === 'schema-unknown-type').length, 1);
      const bad = await diagnostic(document.uri, 'schema-bad-value');
      assert.ok(bad.range.isEqual(rangeOf(document, text, 'يحيى رسول')));
      assert.ok(bad.message.includes('shouted'), bad.message);

      // A change of settings is a change of the types in force: the rumour becomes known.
      await config.update('types', [{ name: 'place' }, { name: 'rumour' }], vscode.ConfigurationTarget.Global);
      await waitUntil(() => !vscode.languages.getDiagnostics(document.uri).some((x) => x.code === 'schema-unknown-type'), { message: 'the unknown type known now' });
    } finally {
      await config.update('types', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('opens the sidecar at the annotation’s entry', async () => {
    const text = seedText();
    const { file, document } = await openWithSidecar(text, (span) => [
      annotate(text, 'actor', span('بغداد')),
      annotate(text, 'rumour', span('لويد أوستن')),
    ]);
    const rumour = readSidecar(file).annotations.find((a) => a.type === 'rumour')!;
    const d = await diagnostic(document.uri, 'schema-unknown-type');
    const fixes = await quickFixes(document.uri, d.range);
    await run(fixes.find((a) => a.command!.command === 'hamish.openSidecarAtAnnotation'));
    const editor = await waitUntil(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.fsPath === file + '.ann.yaml' ? e : undefined;
    }, { message: 'the sidecar in the active editor' });
    const selected = editor!.document.lineAt(editor!.selection.active.line).text;
    assert.ok(selected.includes(rumour.id), `the line of the entry: ${selected}`);
  });
});
