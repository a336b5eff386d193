// Hover content through the real hover machinery, including an injection attempt in a note.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, hamish, openSource, seedText, select, waitForSidecar } from './hamish';

function markdownOf(hovers: vscode.Hover[]): { text: string; trusted: unknown[] } {
  const parts = hovers.flatMap((h) => h.contents) as (vscode.MarkdownString | string)[];
  return {
    text: parts.map((p) => (typeof p === 'string' ? p : p.value)).join('\n---\n'),
    trusted: parts.map((p) => (typeof p === 'string' ? undefined : p.isTrusted)),
  };
}

describe('hover', () => {
  afterEach(closeAll);

  it('shows type, quote, links, note and actions, with user text escaped', async () => {
    const text = seedText();
    const { file, editor } = await openSource(text);
    const claim = 'استأنفت في بغداد اجتماعاتها';
    const at = text.indexOf(claim);
    const actorAt = text.indexOf('يحيى رسول');
    select(editor, [actorAt, actorAt + 9]);
    await vscode.commands.executeCommand('hamish.tagActor');
    select(editor, [at, at + claim.length]);
    await vscode.commands.executeCommand('hamish.tagClaim');
    const evil = '[click](command:workbench.action.quit) <img src=x onerror=alert(1)> $(alert) **bold**';
    await vscode.commands.executeCommand('hamish.editNote', undefined, evil);
    await waitForSidecar(file, (s) => s.annotations.some((a) => a.note === evil));

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at + 3));
    const { text: md, trusted } = markdownOf(hovers);
    assert.match(md, /\*\*Claim\*\*/);
    assert.ok(md.includes('استأنفت في بغداد اجتماعاتها'));
    assert.ok(!md.includes('[click](command:workbench.action.quit)'), 'the link in the note is escaped');
    assert.ok(!/(^|[^\\])<img/.test(md), 'HTML in the note is escaped');
    assert.ok(md.includes('\\$\\(alert\\)'), `icon syntax in the note is escaped: ${md}`);
    assert.match(md, /command:hamish\.editNote\?/);
    assert.match(md, /command:hamish\.removeAnnotation\?/);
    const commandsInLinks = [...md.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commandsInLinks.every((c) => c!.startsWith('hamish.')), commandsInLinks.join());
    assert.ok(trusted.length > 0, 'the hover has parts');
    for (const t of trusted) {
      assert.equal(typeof t, 'object', 'each part trusts a list of commands, not nothing and not everything');
      assert.notEqual(t, true, 'never blanket-trusted');
      if (typeof t === 'object') {
        assert.deepEqual((t as { enabledCommands: string[] }).enabledCommands.sort(), [
          'hamish.changeType', 'hamish.editAttributes', 'hamish.editNote', 'hamish.linkAnnotation', 'hamish.removeAnnotation', 'hamish.revealAnnotation', 'hamish.unlinkAnnotation',
        ]);
      }
    }
  });

  it('isolates Arabic user text so it reads right to left, and its links name the annotation', async () => {
    const text = seedText();
    const { file, editor } = await openSource(text);
    const date = '11 فبراير/شباط 2024';
    const at = text.indexOf('يحيى رسول');
    select(editor, [at, at + 9]);
    await vscode.commands.executeCommand('hamish.tagActor');
    // An override the writer left open must not reach past the note.
    const note = `قال مسؤول في BBC إن اللقاء في ${date}\u202e`;
    await vscode.commands.executeCommand('hamish.editNote', undefined, note);
    const saved = await waitForSidecar(file, (s) => s.annotations.some((a) => a.note === note));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at + 2));
    const md = markdownOf(hovers).text;
    assert.ok(md.includes('\u2067يحيى رسول\u2069'), 'the quote is in a right-to-left isolate');
    assert.ok(md.includes(`*Note:* \u2067قال مسؤول في BBC إن اللقاء في 11 فبراير\\/شباط 2024\u202e\u202c\u2069`), `the note is isolated, escaped and its override closed: ${JSON.stringify(md)}`);
    const queries = [...md.matchAll(/\]\(command:[\w.]+\?([^ )]+)/g)].map((m) => m[1]!);
    // Edit attributes, Edit note, Change type, Remove: an actor has attributes but no links.
    assert.equal(queries.length, 4);
    for (const q of queries) {
      // VS Code decodes a command link's query twice before JSON.parse.
      assert.deepEqual(JSON.parse(decodeURIComponent(decodeURIComponent(q))), [{ uri: editor.document.uri.toString(), id: saved.annotations[0]!.id }]);
    }
  });

  it('lists every annotation under the cursor, innermost first', async () => {
    const text = seedText();
    const { editor } = await openSource(text);
    const claim = 'قال يحيى رسول متحدث القائد العام';
    const at = text.indexOf(claim);
    select(editor, [at, at + claim.length]);
    await vscode.commands.executeCommand('hamish.tagClaim');
    const actor = text.indexOf('يحيى رسول');
    select(editor, [actor, actor + 9]);
    await vscode.commands.executeCommand('hamish.tagActor');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(actor + 2));
    const md = markdownOf(hovers).text;
    assert.ok(md.indexOf('**Actor**') >= 0 && md.indexOf('**Actor**') < md.indexOf('**Claim**'), md);
  });

  it('shows attributes and links by their labels, goes to a linked annotation, and flags a dangling link', async () => {
    const api = await hamish();
    const text = seedText();
    const { file, editor } = await openSource(text);
    const actorAt = text.indexOf('يحيى رسول');
    select(editor, [actorAt, actorAt + 9]);
    await vscode.commands.executeCommand('hamish.tagActor');
    const claim = 'استأنفت في بغداد اجتماعاتها';
    const at = text.indexOf(claim);
    select(editor, [at, at + claim.length]);
    await vscode.commands.executeCommand('hamish.tagClaim');
    const doc = api.service.get(editor.document)!;
    const actor = doc.annotations.find((a) => a.type === 'actor')!;
    const claimId = doc.annotations.find((a) => a.type === 'claim')!.id;
    const ref = { uri: editor.document.uri.toString(), id: claimId };
    await vscode.commands.executeCommand('hamish.linkSpeaker', ref, actor.id);
    await vscode.commands.executeCommand('hamish.editAttributes', ref, 'modality', 'reported');
    // A link whose target is gone, as a hand edit or a merge can leave one.
    await api.service.update(editor.document, claimId, { links: { 'reported-by': 'ghost' } }, 'Link reported-by');
    await waitForSidecar(file, (s) => s.annotations.some((a) => a.links['reported-by'] === 'ghost'));

    const hover = async () =>
      markdownOf(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at + 3))).text;
    const md = await hover();
    const plain = md.replace(/[\u2066-\u2069]/g, '');
    assert.match(plain, /Modality: Reported/, 'attribute and value by their labels');
    assert.match(plain, /Speaker → Actor «يحيى رسول» \(\[Go to\]\(command:hamish\.revealAnnotation\?/);
    assert.match(plain, /Reported by → ⚠ dangling link: no annotation ghost in this file/);
    assert.match(plain, /Date → \*not linked yet\*/, 'a required link missing is named');
    for (const c of ['editAttributes', 'linkAnnotation', 'unlinkAnnotation']) assert.match(md, new RegExp(`command:hamish\\.${c}\\?`));

    const goTo = /\]\(command:hamish\.revealAnnotation\?([^ )]+)/.exec(md)![1]!;
    const args = JSON.parse(decodeURIComponent(decodeURIComponent(goTo)));
    assert.deepEqual(args, [{ uri: editor.document.uri.toString(), id: actor.id }]);
    select(editor, [0, 0]);
    await vscode.commands.executeCommand('hamish.revealAnnotation', ...args);
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), editor.document.uri.toString());
    assert.equal(active.document.getText(active.selection), 'يحيى رسول', 'the go-to link selects the speaker');

    // Linking the missing target away clears the flag.
    await vscode.commands.executeCommand('hamish.unlinkAnnotation', ref, 'reported-by');
    assert.ok(!(await hover()).includes('dangling link'));
  });
});
