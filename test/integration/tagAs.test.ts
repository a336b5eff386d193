// Tag As…: the schema's types by their labels, the built-in three on top, a schema colour shown.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, hamish, openSource, seedText, select, waitForSidecar } from './hamish';
import { useSchema } from './schemaHelper';
import { waitUntil } from './workspace';

describe('Tag As…', () => {
  before(() => useSchema(['version: 1', 'types:', '  event:', '    label: { en: Event, ar: حدث }', '    color: "#aa3300"']));
  after(() => useSchema(undefined));
  afterEach(closeAll);

  it('lists the schema types by label, built-ins first, and tags with the one picked', async () => {
    const api = await hamish();
    const text = seedText();
    const { file, editor } = await openSource(text);
    const quote = 'هجمات أميركية';
    const at = text.indexOf(quote);
    select(editor, [at, at + quote.length]);
    const running = Promise.resolve(vscode.commands.executeCommand('hamish.tagAs'));
    const pick = (await waitUntil(() => api.picks.open, { message: 'the type pick' }))!;
    const plain = (s: string | undefined) => (s ?? '').replace(/[\u2066-\u2069]/g, '');
    assert.deepEqual(pick.items.map((i) => plain(i.label)), ['Claim', 'Actor', 'Date', 'Event']);
    assert.match(plain(pick.items[3]!.description), /event · #aa3300/, 'the stored name and the colour');
    for (let i = 0; i < 3; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    const set = await waitForSidecar(file, (s) => s.annotations.length === 1, 'the tag');
    assert.equal(set.annotations[0]!.type, 'event');
    assert.equal(set.annotations[0]!.text, quote);
  });
});
