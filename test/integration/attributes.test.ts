// Attribute editing through Edit Attributes: each kind of attribute lands in the sidecar
// with the right JSON type, a wrong value is refused, an empty answer removes, and a choice
// is made in the real quick pick by its label.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation, AnnotationSet } from '../../src/core/model/annotation';
import { inputProblem } from '../../src/editor/commands/attributeInputs';
import { closeAll, hamish, seedTagged, waitForSidecar } from './hamish';
import { useSchema } from './schemaHelper';
import { waitUntil } from './workspace';

const first = (s: AnnotationSet): Annotation | undefined => s.annotations[0];

async function taggedOne(command: string, quote: string) {
  const tagged = await seedTagged(command, quote);
  const ref = { uri: tagged.editor.document.uri.toString(), id: tagged.set.annotations[0]!.id };
  return { ...tagged, ref };
}

describe('attribute editing', () => {
  afterEach(closeAll);

  it('sets a choice, a text and a date as strings, and an empty answer removes', async () => {
    const claim = await taggedOne('hamish.tagClaim', 'استأنفت في بغداد اجتماعاتها');
    await vscode.commands.executeCommand('hamish.editAttributes', claim.ref, 'modality', 'reported');
    let set = await waitForSidecar(claim.file, (s) => first(s)?.attrs.modality !== undefined, 'the modality');
    assert.deepEqual({ ...first(set)!.attrs }, { modality: 'reported' });
    await closeAll();

    const actor = await taggedOne('hamish.tagActor', 'يحيى رسول');
    await vscode.commands.executeCommand('hamish.editAttributes', actor.ref, 'canonical', ' يحيى رسول ');
    await vscode.commands.executeCommand('hamish.editAttributes', actor.ref, 'kind', 'person');
    set = await waitForSidecar(actor.file, (s) => first(s)?.attrs.kind !== undefined, 'the actor attributes');
    assert.deepEqual({ ...first(set)!.attrs }, { canonical: 'يحيى رسول', kind: 'person' }, 'the text is trimmed');
    await vscode.commands.executeCommand('hamish.editAttributes', actor.ref, 'canonical', '');
    set = await waitForSidecar(actor.file, (s) => first(s) !== undefined && !('canonical' in first(s)!.attrs), 'the name removed');
    assert.deepEqual({ ...first(set)!.attrs }, { kind: 'person' });
    await closeAll();

    const date = await taggedOne('hamish.tagDate', '11 فبراير/شباط 2024');
    await vscode.commands.executeCommand('hamish.editAttributes', date.ref, 'value', '2024-02-11');
    set = await waitForSidecar(date.file, (s) => first(s)?.attrs.value !== undefined, 'the ISO value');
    assert.equal(first(set)!.attrs.value, '2024-02-11');
  });

  it('refuses a date that is not ISO 8601, and says so while typing', async () => {
    const api = await hamish();
    const date = await taggedOne('hamish.tagDate', '11 فبراير/شباط 2024');
    await vscode.commands.executeCommand('hamish.editAttributes', date.ref, 'value', '2024-02-11');
    await waitForSidecar(date.file, (s) => first(s)?.attrs.value === '2024-02-11', 'a valid date');
    await vscode.commands.executeCommand('hamish.editAttributes', date.ref, 'value', '11/02/2024');
    assert.equal(api.messages.recent.at(-1)!.severity, 'error');
    assert.match(api.messages.recent.at(-1)!.text, /Not an ISO 8601 date/);
    assert.equal(api.service.get(date.editor.document)!.annotations[0]!.attrs.value, '2024-02-11', 'the stored value is kept');
    // The input box's check, as the real box runs it on each keystroke.
    const def = api.config.typeOf('date').def.attributes.find((a) => a.name === 'value')!;
    assert.match(inputProblem(def, '2024-13') ?? '', /Not an ISO 8601 date/);
    assert.match(inputProblem(def, '2024-02-32') ?? '', /Not an ISO 8601 date/);
    assert.equal(inputProblem(def, '2023-08-07/2023-08-08'), undefined);
    assert.equal(inputProblem(def, ''), undefined, 'empty is allowed: it removes');
  });

  describe('with a number attribute in the schema', () => {
    before(() => useSchema(['version: 1', 'types:', '  claim:', '    attributes:', '      casualties: { kind: number, label: { en: Casualties, ar: الضحايا } }']));
    after(() => useSchema(undefined));

    it('stores a number as a number, Arabic-Indic digits included', async () => {
      const api = await hamish();
      const claim = await taggedOne('hamish.tagClaim', 'مقتل 3 جنود أميركيين');
      await vscode.commands.executeCommand('hamish.editAttributes', claim.ref, 'casualties', '٣');
      let set = await waitForSidecar(claim.file, (s) => first(s)?.attrs.casualties !== undefined, 'the number');
      assert.strictEqual(first(set)!.attrs.casualties, 3);
      await vscode.commands.executeCommand('hamish.editAttributes', claim.ref, 'casualties', '12.5');
      set = await waitForSidecar(claim.file, (s) => first(s)?.attrs.casualties === 12.5, 'a decimal');
      await vscode.commands.executeCommand('hamish.editAttributes', claim.ref, 'casualties', 'ثلاثة');
      assert.match(api.messages.recent.at(-1)!.text, /Not a number/);
      const def = api.config.typeOf('claim').def.attributes.find((a) => a.name === 'casualties')!;
      assert.equal(inputProblem(def, '١٢٫٥'), undefined);
      assert.match(inputProblem(def, '12,5') ?? '', /Not a number/);
    });
  });

  it('picks the attribute and then its value by label in the real quick picks', async () => {
    const api = await hamish();
    const actor = await taggedOne('hamish.tagActor', 'يحيى رسول');
    await vscode.commands.executeCommand('hamish.editAttributes', actor.ref, 'kind', 'person');
    await waitForSidecar(actor.file, (s) => first(s)?.attrs.kind === 'person', 'kind person');
    const running = Promise.resolve(vscode.commands.executeCommand('hamish.editAttributes', actor.ref));
    const attrs = (await waitUntil(() => api.picks.open, { message: 'the attribute pick' }))!;
    const plain = (s: string | undefined) => (s ?? '').replace(/[\u2066-\u2069]/g, '');
    assert.deepEqual(attrs.items.map((i) => plain(i.label)), ['Kind', 'Canonical name']);
    assert.deepEqual(attrs.items.map((i) => plain(i.description)), ['Person', 'not set'], 'each with its value now, by label');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const values = (await waitUntil(() => (api.picks.open && api.picks.open !== attrs ? api.picks.open : undefined), { message: 'the value pick' }))!;
    assert.deepEqual(values.items.map((i) => plain(i.label)), ['Person', 'Organisation', 'Armed group', 'State', 'Media', 'Other', 'Remove this attribute']);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    const set = await waitForSidecar(actor.file, (s) => first(s)?.attrs.kind === 'organisation', 'kind organisation');
    assert.equal(first(set)!.attrs.kind, 'organisation');
  });
});
