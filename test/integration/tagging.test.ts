// Tagging commands in a real editor: the sidecar on disk gets the right code point offsets.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, cp, hamish, openSource, pySlice, readSidecar, seedText, select, waitForSidecar } from './hamish';

describe('tagging', () => {
  afterEach(closeAll);

  for (const [command, type] of [['hamish.tagClaim', 'claim'], ['hamish.tagActor', 'actor'], ['hamish.tagDate', 'date']] as const) {
    it(`${command} writes a ${type} with code point offsets and the quote`, async () => {
      const text = seedText();
      const { file, editor } = await openSource(text);
      const quote = type === 'date' ? '11 فبراير/شباط 2024' : type === 'actor' ? 'يحيى رسول' : 'استأنفت في بغداد اجتماعاتها';
      const at = text.indexOf(quote);
      select(editor, [at, at + quote.length]);
      await vscode.commands.executeCommand(command);
      const set = await waitForSidecar(file, (s) => s.annotations.length === 1);
      const a = set.annotations[0]!;
      assert.equal(a.type, type);
      assert.equal(a.text, quote);
      assert.equal(a.start, cp(text, at));
      assert.equal(pySlice(text, a.start, a.end), quote);
      assert.equal(set.source.length, Array.from(text).length);
    });
  }

  it('counts code points, not UTF-16 units, after emoji and in CRLF files', async () => {
    const text = 'تعليق 😀👍🏽 على الخبر\r\nقال الوزير 🇮🇶 لويد أوستن اليوم\r\n';
    const { file, editor } = await openSource(text);
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    const at = text.indexOf('لويد أوستن');
    select(editor, [at, at + 'لويد أوستن'.length]);
    await vscode.commands.executeCommand('hamish.tagActor');
    const a = (await waitForSidecar(file, (s) => s.annotations.length === 1)).annotations[0]!;
    assert.equal(a.start, cp(text, at));
    assert.notEqual(a.start, at, 'emoji before the span make the two counts differ');
    assert.equal(pySlice(text, a.start, a.end), 'لويد أوستن');
    assert.ok(a.before.endsWith('\r\nقال الوزير 🇮🇶 '), JSON.stringify(a.before));
  });

  it('tags every selection of a multi-cursor', async () => {
    const text = seedText();
    const { file, editor } = await openSource(text);
    const first = text.indexOf('بغداد');
    const second = text.indexOf('بغداد', first + 1);
    select(editor, [first, first + 5], [second, second + 5]);
    await vscode.commands.executeCommand('hamish.tagAs', 'place');
    const set = await waitForSidecar(file, (s) => s.annotations.length === 2);
    assert.deepEqual(set.annotations.map((a) => a.start), [cp(text, first), cp(text, second)]);
    assert.ok(set.annotations.every((a) => a.type === 'place' && a.text === 'بغداد'));
  });

  it('snaps a partial selection to whole words and an empty one to the word at the cursor', async () => {
    const text = 'قال يحيى رسول، متحدث القائد العام: «الاجتماعاتُ ستتواتر».';
    const { file, editor } = await openSource(text);
    const s = text.indexOf('يحيى') + 2;
    select(editor, [s, text.indexOf('رسول') + 5], [text.indexOf('ستتواتر') + 3, text.indexOf('ستتواتر') + 3]);
    await vscode.commands.executeCommand('hamish.tagActor');
    const set = await waitForSidecar(file, (x) => x.annotations.length === 2);
    assert.deepEqual(set.annotations.map((a) => a.text).sort(), ['ستتواتر', 'يحيى رسول'].sort());
  });

  it('keeps overlapping and nested spans', async () => {
    const text = seedText();
    const { file, editor } = await openSource(text);
    const claim = 'قال يحيى رسول متحدث القائد العام';
    const at = text.indexOf(claim);
    select(editor, [at, at + claim.length]);
    await vscode.commands.executeCommand('hamish.tagClaim');
    const actor = text.indexOf('يحيى رسول');
    select(editor, [actor, actor + 'يحيى رسول'.length]);
    await vscode.commands.executeCommand('hamish.tagActor');
    const set = await waitForSidecar(file, (x) => x.annotations.length === 2);
    const [outer, inner] = [set.annotations.find((a) => a.type === 'claim')!, set.annotations.find((a) => a.type === 'actor')!];
    assert.ok(outer.start <= inner.start && inner.end <= outer.end);
    const api = await hamish();
    await api.service.ensure(editor.document);
    assert.match(api.statusBar.text, /1 claim · 1 actor/);
  });

  it('does not tag punctuation alone, and says so', async () => {
    const { file, editor } = await openSource('«» ، ؟');
    const api = await hamish();
    const before = api.messages.recent.length;
    select(editor, [0, 2]);
    await vscode.commands.executeCommand('hamish.tagClaim');
    const told = api.messages.recent.slice(before);
    assert.deepEqual(told, [{ severity: 'error', text: 'Hamish: there is no word at the selection to tag.' }]);
    await new Promise((r) => setTimeout(r, 300));
    assert.throws(() => readSidecar(file), /ENOENT/);
  });
});

describe('type names', () => {
  afterEach(closeAll);

  it('accepts an Arabic type name and refuses one the format cannot hold', async () => {
    const text = seedText();
    const { file, editor } = await openSource(text);
    const at = text.indexOf('داعش');
    select(editor, [at, at + 4]);
    await vscode.commands.executeCommand('hamish.tagAs', 'تنظيم');
    const set = await waitForSidecar(file, (s) => s.annotations.length === 1);
    assert.equal(set.annotations[0]!.type, 'تنظيم');
    await vscode.commands.executeCommand('hamish.tagAs', 'bad type!');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(readSidecar(file).annotations.length, 1, 'nothing was written for the bad name');
  });
});
