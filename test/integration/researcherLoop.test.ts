// The whole loop of issue 10 on the seed article, in whatever language the editor runs in
// (`npm test` runs it in English, and again with the interface in Arabic): tag a claim, its
// speaker and its date; link them; find the claim with its speaker and date in the Claims
// view and the actor in the Actors view; make an orphan and fix it from the Problems view;
// undo a mistake. Every assertion is on data (ids, offsets, codes), never on English text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimRow } from '../../src/core';
import { closeAll, hamish, openSource, pySlice, seedText, select, waitForSidecar } from './hamish';
import { waitUntil } from './workspace';

const CLAIM = 'استأنفت اجتماعاتها مع قوات التحالف الدولي';
const SPEAKER = 'يحيى رسول';
const DATE = '11 فبراير/شباط 2024';

async function tag(editor: vscode.TextEditor, command: string, quote: string, from = 0): Promise<void> {
  const at = editor.document.getText().indexOf(quote, from);
  assert.ok(at >= 0, quote);
  select(editor, [at, at + quote.length]);
  await vscode.commands.executeCommand(command);
}

describe('the researcher loop, in the interface language', () => {
  afterEach(closeAll);

  it('tags, links, browses, fixes an orphan from the Problems view and undoes a mistake', async () => {
    const api = await hamish();
    const text = seedText();
    const { file, editor } = await openSource(text);
    const uri = editor.document.uri;

    // Tag: the claim in the statement quoted on line 19, its speaker, its date.
    await tag(editor, 'hamish.tagActor', SPEAKER);
    await tag(editor, 'hamish.tagDate', DATE);
    await tag(editor, 'hamish.tagClaim', CLAIM, text.indexOf('وأوضح رسول'));
    let set = await waitForSidecar(file, (s) => s.annotations.length === 3, 'three annotations');
    const id = (type: string) => set.annotations.find((a) => a.type === type)!.id;
    const [claim, actor, date] = [id('claim'), id('actor'), id('date')];
    const ref = { uri: uri.toString(), id: claim };

    // Link the claim to its speaker and its date.
    await vscode.commands.executeCommand('hamish.linkSpeaker', ref, actor);
    await vscode.commands.executeCommand('hamish.linkDate', ref, date);
    set = await waitForSidecar(file, (s) => s.annotations.find((a) => a.id === claim)?.links.date === date, 'both links');
    assert.equal(set.annotations.find((a) => a.id === claim)!.links.speaker, actor);

    // Browse: the Claims view shows the claim with both, the Actors view the speaker.
    const row = await waitUntil(() =>
      (api.views.claims.getChildren() as ClaimRow[]).find((r) => 'claim' in r && r.claim.annotation.id === claim && r.date?.target !== undefined),
      { timeoutMs: 10_000, message: 'the claim in the Claims view with its date' });
    assert.equal(row!.speaker?.target?.annotation.id, actor);
    assert.deepEqual(row!.missing, []);
    const group = api.views.actors.getChildren().find((n) => 'mentions' in n && n.mentions.some((m) => m.annotation.id === actor));
    assert.ok(group, 'the speaker in the Actors view');

    // An orphan: the date's words are deleted, then written again on a new line.
    const dateAt = editor.document.getText().indexOf(DATE);
    assert.ok(await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(dateAt), editor.document.positionAt(dateAt + DATE.length)))));
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().length), `\n${DATE}\n`)));
    await editor.document.save();
    const orphan = await waitUntil(() => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'Hamish' && d.code === 'orphaned'),
      { timeoutMs: 10_000, message: 'the orphan in the Problems view' });
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, orphan!.range, vscode.CodeActionKind.QuickFix.value);
    const reanchor = fixes.find((a) => a.command?.command === 'hamish.reanchorAnnotation');
    assert.ok(reanchor?.command, 'a re-anchoring quick fix');
    await vscode.commands.executeCommand(reanchor.command.command, ...(reanchor.command.arguments ?? []));
    set = await waitForSidecar(file, (s) => s.annotations.some((a) => a.id === date && !a.orphaned), 'the date re-anchored');
    const placed = set.annotations.find((a) => a.id === date)!;
    const disk = editor.document.getText();
    assert.equal(pySlice(disk, placed.start, placed.end), DATE);
    assert.equal(set.annotations.find((a) => a.id === claim)!.links.date, date, 'the link survived');

    // A mistake: the claim removed; undo brings it back with its links.
    await vscode.commands.executeCommand('hamish.removeAnnotation', ref);
    await waitForSidecar(file, (s) => !s.annotations.some((a) => a.id === claim), 'the claim removed');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('hamish.undoAnnotationAction');
    set = await waitForSidecar(file, (s) => s.annotations.some((a) => a.id === claim), 'the claim back');
    const back = set.annotations.find((a) => a.id === claim)!;
    assert.deepEqual([back.links.speaker, back.links.date], [actor, date]);
    assert.equal(pySlice(disk, back.start, back.end), CLAIM);
    assert.ok(api.messages.recent.some((m) => m.severity === 'status'), 'the undo was confirmed');
  });
});
