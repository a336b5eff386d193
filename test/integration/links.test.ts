// Links between annotations through the commands: a claim to its speaker and date, nearest
// candidates first in the real quick pick, one or many targets, unlink, undo; the sidecar on
// disk holds the result.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/model/annotation';
import { closeAll, hamish, openSource, seedText, select, waitForSidecar } from './hamish';
import { useSchema } from './schemaHelper';
import { waitUntil } from './workspace';

/** UTF-16 range of the `nth` occurrence (0-based) of `quote` in `text`. */
function rangeOf(text: string, quote: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(quote, at + 1);
    assert.ok(at >= 0, `${quote} occurs ${nth + 1} times`);
  }
  return [at, at + quote.length];
}

const CLAIM = 'استأنفت في بغداد اجتماعاتها';
// Actors in text order: far before the claim, just before it, on the next line, far after it.
const ACTORS: [string, number][] = [['Janan Kawaja', 0], ['يحيى رسول', 0], ['رسول', 1], ['لويد أوستن', 0]];
// Dates: just before the claim on its line, on the next line, far after.
const DATES: [string, number][] = [['الأحد', 0], ['11 فبراير/شباط 2024', 0], ['25 يناير/ كانون الثاني', 0]];

/** The seed article open with the claim, the actors and the dates tagged; ids by quote. */
async function tagged() {
  const api = await hamish();
  const text = seedText();
  const { file, editor } = await openSource(text);
  select(editor, ...ACTORS.map(([q, n]) => rangeOf(text, q, n)));
  await vscode.commands.executeCommand('hamish.tagActor');
  select(editor, ...DATES.map(([q, n]) => rangeOf(text, q, n)));
  await vscode.commands.executeCommand('hamish.tagDate');
  select(editor, rangeOf(text, CLAIM));
  await vscode.commands.executeCommand('hamish.tagClaim');
  const set = await waitForSidecar(file, (s) => s.annotations.length === ACTORS.length + DATES.length + 1, 'everything tagged');
  const doc = api.service.get(editor.document)!;
  const byQuote = (type: string, quote: string, nth = 0): Annotation => {
    const [start] = rangeOf(text, quote, nth);
    const a = doc.annotations.find((x) => x.type === type && x.start === start);
    assert.ok(a, `${type} ${quote} tagged`);
    return a;
  };
  const claim = byQuote('claim', CLAIM);
  const ref = { uri: editor.document.uri.toString(), id: claim.id };
  return { api, text, file, editor, set, doc, claim, ref, byQuote };
}

const claimIn = (s: { annotations: Annotation[] }, id: string) => s.annotations.find((a) => a.id === id);

describe('links', () => {
  afterEach(closeAll);

  it('links a claim to its speaker and its date, and a single link replaces the one before', async () => {
    const { file, claim, ref, byQuote } = await tagged();
    const yahya = byQuote('actor', 'يحيى رسول');
    const rasool = byQuote('actor', 'رسول', 1);
    const date = byQuote('date', '11 فبراير/شباط 2024');
    await vscode.commands.executeCommand('hamish.linkSpeaker', ref, yahya.id);
    await vscode.commands.executeCommand('hamish.linkDate', ref, date.id);
    let set = await waitForSidecar(file, (s) => claimIn(s, claim.id)?.links.date !== undefined, 'speaker and date linked');
    assert.deepEqual({ ...claimIn(set, claim.id)!.links }, { speaker: yahya.id, date: date.id });

    await vscode.commands.executeCommand('hamish.linkAnnotation', ref, 'speaker', rasool.id);
    set = await waitForSidecar(file, (s) => claimIn(s, claim.id)?.links.speaker === rasool.id, 'the speaker replaced');
    assert.deepEqual({ ...claimIn(set, claim.id)!.links }, { speaker: rasool.id, date: date.id }, 'speaker holds one id, not a list');

    // A date is not a speaker: the command refuses and nothing changes.
    const api = await hamish();
    await vscode.commands.executeCommand('hamish.linkAnnotation', ref, 'speaker', date.id);
    assert.match(api.messages.recent.at(-1)!.text, /cannot be linked as/);
    assert.equal(api.service.get(vscode.window.activeTextEditor!.document)!.find(claim.id)!.links.speaker, rasool.id);
  });

  it('offers the speakers nearest first in the real quick pick, and links the one chosen', async () => {
    const { api, file, claim, ref, byQuote } = await tagged();
    const running = Promise.resolve(vscode.commands.executeCommand('hamish.linkSpeaker', ref));
    const pick = (await waitUntil(() => api.picks.open, { message: 'the speaker quick pick' }))!;
    // Nearest first: the actor just before the claim, then the one on the next line, then
    // the far ones, whatever their order in the text ("Janan Kawaja" comes first in the text).
    const quotes = pick.items.map((i) => i.label.replace(/[\u2066-\u2069«»]/g, ''));
    assert.deepEqual([...quotes].sort(), ACTORS.map(([q]) => q).sort(), 'every actor offered, nothing else');
    assert.deepEqual(quotes.slice(0, 2), ['يحيى رسول', 'رسول']);
    assert.notEqual(quotes[0], 'Janan Kawaja', 'not in text order');
    const distance = (a: Annotation) => Math.max(0, Math.max(a.start, claim.start) - Math.min(a.end, claim.end));
    const expected = ACTORS.map(([q, n]) => byQuote('actor', q, n)).sort((a, b) => distance(a) - distance(b)).map((a) => a.text);
    assert.deepEqual(quotes, expected);
    assert.match(pick.items[0]!.description!, /line \d+/);

    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    const set = await waitForSidecar(file, (s) => claimIn(s, claim.id)?.links.speaker !== undefined, 'the speaker linked');
    assert.equal(claimIn(set, claim.id)!.links.speaker, byQuote('actor', 'رسول', 1).id, 'the second nearest, as chosen');
  });

  it('asks for the link kind, then the target, both in real quick picks', async () => {
    const { api, file, claim, ref, byQuote } = await tagged();
    const running = Promise.resolve(vscode.commands.executeCommand('hamish.linkAnnotation', ref));
    const kinds = (await waitUntil(() => api.picks.open, { message: 'the link kind pick' }))!;
    assert.deepEqual(kinds.items.map((i) => i.label.replace(/[\u2066-\u2069]/g, '')), ['Speaker', 'Date', 'Reported by']);
    assert.ok(kinds.items.every((i) => i.description === 'not linked yet'));
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const targets = (await waitUntil(() => (api.picks.open && api.picks.open !== kinds ? api.picks.open : undefined), { message: 'the date pick' }))!;
    assert.equal(targets.items.length, DATES.length, 'dates only');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    const set = await waitForSidecar(file, (s) => claimIn(s, claim.id)?.links.date !== undefined, 'the date linked');
    // On the claim's own line, just before it: nearer than the date on the next line.
    assert.equal(claimIn(set, claim.id)!.links.date, byQuote('date', 'الأحد').id);
  });

  describe('with a link kind that holds several', () => {
    before(() => useSchema(['version: 1', 'types:', '  claim:', '    links:', '      mentions: { target: [actor, date], many: true }']));
    after(() => useSchema(undefined));

    it('adds to the list, never twice, and unlinks one of them', async () => {
      const { file, claim, ref, byQuote } = await tagged();
      const yahya = byQuote('actor', 'يحيى رسول');
      const austin = byQuote('actor', 'لويد أوستن');
      const date = byQuote('date', 'الأحد');
      for (const id of [yahya.id, date.id, austin.id, yahya.id]) await vscode.commands.executeCommand('hamish.linkAnnotation', ref, 'mentions', id);
      let set = await waitForSidecar(file, (s) => (claimIn(s, claim.id)?.links.mentions?.length ?? 0) === 3, 'three mentions');
      assert.deepEqual(claimIn(set, claim.id)!.links.mentions, [yahya.id, date.id, austin.id]);

      await vscode.commands.executeCommand('hamish.unlinkAnnotation', ref, 'mentions', date.id);
      set = await waitForSidecar(file, (s) => claimIn(s, claim.id)?.links.mentions?.length === 2, 'one mention removed');
      assert.deepEqual(claimIn(set, claim.id)!.links.mentions, [yahya.id, austin.id]);
    });
  });

  it('unlinks, and undo brings a removed link back and takes a new one away', async () => {
    const { api, file, claim, ref, byQuote } = await tagged();
    const yahya = byQuote('actor', 'يحيى رسول');
    const date = byQuote('date', 'الأحد');
    await vscode.commands.executeCommand('hamish.linkSpeaker', ref, yahya.id);
    await vscode.commands.executeCommand('hamish.linkDate', ref, date.id);
    await waitForSidecar(file, (s) => claimIn(s, claim.id)?.links.date === date.id, 'both linked');

    await vscode.commands.executeCommand('hamish.unlinkAnnotation', ref, 'speaker');
    let set = await waitForSidecar(file, (s) => claimIn(s, claim.id) !== undefined && !('speaker' in claimIn(s, claim.id)!.links), 'the speaker unlinked');
    assert.deepEqual({ ...claimIn(set, claim.id)!.links }, { date: date.id }, 'the date stays');

    await vscode.commands.executeCommand('hamish.undoAnnotationAction');
    set = await waitForSidecar(file, (s) => claimIn(s, claim.id)?.links.speaker === yahya.id, 'the unlink undone');
    assert.ok(api.messages.recent.some((m) => m.severity === 'status' && m.text.replace(/[\u2066-\u2069]/g, '').includes('Unlink Speaker')), 'undo names the step');
    await vscode.commands.executeCommand('hamish.undoAnnotationAction');
    set = await waitForSidecar(file, (s) => claimIn(s, claim.id) !== undefined && !('date' in claimIn(s, claim.id)!.links), 'the date link undone');
    assert.deepEqual({ ...claimIn(set, claim.id)!.links }, { speaker: yahya.id });
  });

  it('links the claim at the cursor even when the speaker named inside it is under the cursor too', async () => {
    const api = await hamish();
    const text = seedText();
    const { file, editor } = await openSource(text);
    const claim = rangeOf(text, 'قال يحيى رسول متحدث القائد العام');
    const actor = rangeOf(text, 'يحيى رسول');
    select(editor, claim);
    await vscode.commands.executeCommand('hamish.tagClaim');
    select(editor, actor);
    await vscode.commands.executeCommand('hamish.tagActor');
    await waitForSidecar(file, (s) => s.annotations.length === 2, 'claim and actor');
    const doc = api.service.get(editor.document)!;
    const actorId = doc.annotations.find((a) => a.type === 'actor')!.id;
    const claimId = doc.annotations.find((a) => a.type === 'claim')!.id;
    select(editor, [actor[0] + 2, actor[0] + 2]);
    // No quick pick of which annotation: only the claim has a speaker link.
    await vscode.commands.executeCommand('hamish.linkSpeaker', undefined, actorId);
    const set = await waitForSidecar(file, (s) => claimIn(s, claimId)?.links.speaker !== undefined, 'the speaker linked');
    assert.equal(claimIn(set, claimId)!.links.speaker, actorId, 'the speaker inside the claim is the nearest of all');
  });
});
