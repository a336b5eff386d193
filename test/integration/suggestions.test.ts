// Suggestions in the real editor on real files: a copy of the seed article (with an emoji in
// front, so code points and UTF-16 units differ) and a hand-made sidecar; suggestions proposed,
// accepted (annotations on disk), dismissed (remembered on disk), offered as code actions and
// hover links; a date tagged by hand gets its value; an actor's other mentions tagged at once.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { HamishApi } from '../../src/extension';
import type { Annotation, AnnotationSet } from '../../src/core/model/annotation';
import { createAnnotation, describeSource } from '../../src/core/model/build';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { FORMAT_VERSION } from '../../src/core/sidecar/format';
import type { ShownSuggestion } from '../../src/editor/suggestions/shownSuggestion';
import { closeAll, cp, hamish, pySlice, readSidecar, seedText, select, waitForSidecar } from './hamish';
import { waitUntil, workspacePath } from './workspace';

/** The seed's date every correct recogniser finds, with its value. */
const SEED_DATE = '11 فبراير/شباط 2024';
const PREFIX = '📰 ';

let files = 0;

/**
 * A copy of the seed article with an emoji in front and a sidecar tagging `يحيى رسول` as a
 * person (code points), opened in an editor.
 */
async function openSeed(extra: (text: string, span: (q: string) => [number, number]) => Annotation[] = () => []) {
  files += 1;
  const name = `suggest-${process.pid}-${files}.txt`;
  const file = workspacePath(name);
  const text = PREFIX + seedText();
  fs.writeFileSync(file, text);
  const span = (quote: string): [number, number] => {
    const at = text.indexOf(quote);
    assert.ok(at >= 0, quote);
    return [cp(text, at), cp(text, at) + Array.from(quote).length];
  };
  const [s, e] = span('يحيى رسول');
  const annotations = [createAnnotation(text, { type: 'actor', start: s, end: e, attrs: { canonical: 'يحيى رسول', kind: 'person' } }), ...extra(text, span)];
  fs.writeFileSync(file + '.ann.yaml', serializeSidecar({ version: FORMAT_VERSION, source: describeSource(name, text), annotations }));
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(document);
  const api = await hamish();
  const doc = (await api.service.ensure(document))!;
  await waitUntil(() => doc.annotations.length === annotations.length, { message: 'the hand-made sidecar loaded' });
  return { file, text, document, editor, api, doc };
}

async function suggest(api: HamishApi, document: vscode.TextDocument): Promise<readonly ShownSuggestion[]> {
  await vscode.commands.executeCommand('hamish.suggestAnnotations');
  return (await waitUntil(() => api.suggestions.list(document), { message: 'suggestions shown' }))!;
}

function seedDate(list: readonly ShownSuggestion[]): ShownSuggestion {
  const found = list.find((s) => s.suggestion.type === 'date' && s.suggestion.text.includes(SEED_DATE));
  assert.ok(found, `a date suggestion holding ${SEED_DATE}: ${JSON.stringify(list.map((s) => s.suggestion.text))}`);
  return found;
}

function ref(document: vscode.TextDocument, s: ShownSuggestion) {
  return { uri: document.uri.toString(), key: s.suggestion.key };
}

/**
 * Writes the actor list and resolves once Hamish has read it. The file watcher can miss a file
 * created together with its folder, so the write is repeated (a few times at most) until seen.
 */
async function writeActorList(api: HamishApi, file: string, text: string): Promise<void> {
  let loads = 0;
  const sub = api.actorList.onDidLoad(() => loads++);
  try {
    for (let attempt = 1; ; attempt++) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, attempt === 1 ? text : `${text}# write ${attempt}\n`);
      try {
        await waitUntil(() => loads > 0, { timeoutMs: 4000, message: 'the actor list read again' });
        return;
      } catch (e) {
        if (attempt === 4) throw e;
      }
    }
  } finally {
    sub.dispose();
  }
}

describe('suggestions', () => {
  afterEach(closeAll);

  it('proposes the seed article’s date, painted with a dotted border, and accepting it writes the annotation', async () => {
    const { file, text, document, api } = await openSeed();
    const list = await suggest(api, document);
    const date = seedDate(list);
    // The span is in code points over the text on disk; the editor's range in UTF-16 units.
    assert.equal(pySlice(text, date.suggestion.start, date.suggestion.end), date.suggestion.text);
    assert.equal(document.getText().slice(date.start, date.end), date.suggestion.text);
    assert.notEqual(date.start, date.suggestion.start, 'the emoji in front makes the two counts differ');
    assert.equal(date.suggestion.attrs.value, '2024-02-11');
    // Nothing is an annotation before it is accepted.
    assert.equal(readSidecar(file).annotations.length, 1);
    await waitUntil(() => (api.suggestionPainter.paintedIn(document).get('date') ?? []).some((r) => document.offsetAt(r.start) === date.start), { message: 'the date painted' });
    for (const [name, options] of api.suggestionPainter.styles) {
      assert.equal(options.border, '1px dotted', name);
      for (const key of Object.keys(options)) assert.ok(['border', 'borderColor', 'borderRadius', 'rangeBehavior'].includes(key), `${name} uses ${key}`);
    }

    await vscode.commands.executeCommand('hamish.acceptSuggestion', ref(document, date));
    const set = await waitForSidecar(file, (s) => s.annotations.some((a) => a.type === 'date'));
    const a = set.annotations.find((x) => x.type === 'date')!;
    assert.equal(a.start, date.suggestion.start);
    assert.equal(a.end, date.suggestion.end);
    assert.equal(a.text, date.suggestion.text);
    assert.equal(a.attrs.value, '2024-02-11');
    assert.equal(a.attrs.calendar, 'gregorian');
    assert.equal(a.attrs.precision, 'day');
    assert.ok(a.annotator, 'the annotator is recorded as for any annotation');
    assert.ok(!api.suggestions.list(document)!.some((s) => s.suggestion.key === date.suggestion.key), 'the accepted suggestion is no longer proposed');
    // Accepting is an annotation action: undo takes it back.
    await vscode.commands.executeCommand('hamish.undoAnnotationAction');
    await waitForSidecar(file, (s) => !s.annotations.some((x) => x.type === 'date'), 'the acceptance undone');
  });

  it('accepts every suggested date of the file in one step', async () => {
    const { file, document, api } = await openSeed();
    const list = await suggest(api, document);
    const dates = list.filter((s) => s.suggestion.type === 'date');
    assert.ok(dates.length >= 2, `the seed article has several dates: ${dates.map((d) => d.suggestion.text).join(' | ')}`);
    await vscode.commands.executeCommand('hamish.acceptAllSuggestions', { uri: document.uri.toString(), type: 'date' });
    const set = await waitForSidecar(file, (s) => s.annotations.filter((a) => a.type === 'date').length === dates.length);
    assert.deepEqual(
      set.annotations.filter((a) => a.type === 'date').map((a) => [a.start, a.end]),
      dates.map((d) => [d.suggestion.start, d.suggestion.end]),
    );
    assert.equal(api.suggestions.list(document)!.filter((s) => s.suggestion.type === 'date').length, 0);
    assert.equal(set.annotations.filter((a) => a.type === 'actor').length, 1, 'other types were left alone');
  });

  it('remembers a dismissal in the sidecar and does not propose it again', async () => {
    const { file, document, api } = await openSeed();
    const date = seedDate(await suggest(api, document));
    await vscode.commands.executeCommand('hamish.dismissSuggestion', ref(document, date));
    const set: AnnotationSet = await waitForSidecar(file, (s) => (s.dismissed ?? []).length === 1, 'the dismissal on disk');
    const d = set.dismissed![0]!;
    assert.equal(d.type, 'date');
    assert.equal(d.text, date.suggestion.text);
    assert.equal(d.start, date.suggestion.start);
    assert.equal(set.annotations.length, 1, 'dismissing makes no annotation');
    const again = await suggest(api, document);
    assert.ok(!again.some((s) => s.suggestion.type === 'date' && s.suggestion.text === date.suggestion.text), 'not proposed again');
    // Read back from disk in a fresh session: still remembered.
    await closeAll();
    const reopened = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(reopened);
    const doc = await api.service.ensure(reopened);
    assert.equal(doc!.dismissed.length, 1);
  });

  it('offers accept, accept all and dismiss as code actions at a suggestion', async () => {
    const { file, document, api } = await openSeed();
    const list = await suggest(api, document);
    const date = seedDate(list);
    const n = list.filter((s) => s.suggestion.type === 'date').length;
    const at = new vscode.Range(document.positionAt(date.start + 1), document.positionAt(date.start + 1));
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, at)).filter((a) =>
      a.command?.command.startsWith('hamish.'),
    );
    const titles = actions.map((a) => a.title);
    // Quotes are isolated (right to left inside the left-to-right title).
    assert.ok(titles.some((t) => t.startsWith('Accept ') && t.includes(`«${date.suggestion.text}»`) && t.endsWith(' as Date')), titles.join('\n'));
    if (n > 2) assert.ok(titles.includes(`Accept all ${n} suggestions of type Date in this file`), titles.join('\n'));
    assert.ok(titles.some((t) => t.startsWith('Dismiss the suggestion ') && t.includes(`«${date.suggestion.text}»`)), titles.join('\n'));
    const accept = actions.find((a) => a.command!.command === 'hamish.acceptSuggestion')!;
    await vscode.commands.executeCommand(accept.command!.command, ...(accept.command!.arguments ?? []));
    const set = await waitForSidecar(file, (s) => s.annotations.some((a) => a.type === 'date'));
    assert.equal(set.annotations.find((a) => a.type === 'date')!.text, date.suggestion.text);
  });

  it('hovers a suggestion with what it proposes and links that run only our suggestion commands', async () => {
    const { document, api } = await openSeed();
    const date = seedDate(await suggest(api, document));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(date.start + 2));
    const parts = hovers.flatMap((h) => h.contents) as vscode.MarkdownString[];
    const part = parts.find((p) => typeof p !== 'string' && p.value.includes('Suggested'));
    assert.ok(part, parts.map((p) => (typeof p === 'string' ? p : p.value)).join('\n---\n'));
    const md = part.value;
    assert.ok(md.replace(/\\/g, '').includes('2024-02-11'), md);
    assert.ok(md.includes('\u2067') || md.includes('\u2068'), 'the Arabic quote is isolated');
    for (const c of ['hamish.acceptSuggestion', 'hamish.acceptAllSuggestions', 'hamish.dismissSuggestion']) assert.ok(md.includes(`command:${c}?`), c);
    assert.deepEqual((part.isTrusted as { enabledCommands: string[] }).enabledCommands.sort(), ['hamish.acceptAllSuggestions', 'hamish.acceptSuggestion', 'hamish.dismissSuggestion']);
    const commandsInLinks = [...md.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commandsInLinks.every((c) => c!.startsWith('hamish.')), commandsInLinks.join());
  });

  it('lists the suggestions of the active file in the Suggestions view, grouped by type, with the count', async () => {
    const { document, api } = await openSeed();
    const list = await suggest(api, document);
    const tree = api.suggestionsTree;
    const groups = tree.getChildren();
    assert.ok(groups.length > 0);
    const total = groups.reduce((n, g) => n + tree.getChildren(g).length, 0);
    assert.equal(total, list.length);
    assert.match(String(tree.view.description), new RegExp(`^${list.length} suggestions?$`));
    const dateGroup = groups.find((g) => 'type' in g && g.type === 'date')!;
    const rows = tree.getChildren(dateGroup);
    const starts = rows.map((r) => ('shown' in r ? r.shown.start : -1));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'text order');
    const item = tree.getTreeItem(rows[0]!);
    assert.equal(item.contextValue, 'hamish.suggestion');
    assert.equal(item.command?.command, 'hamish.revealSuggestion');
    await vscode.commands.executeCommand('hamish.clearSuggestions');
    assert.equal(api.suggestions.list(document), undefined);
    await waitUntil(() => (api.suggestionPainter.paintedIn(document).get('date') ?? []).length === 0, { message: 'the painting cleared' });
  });

  it('follows typing and computes the suggestions again, so accepting after an edit writes the right span', async () => {
    const { file, editor, document, api } = await openSeed();
    const before = seedDate(await suggest(api, document));
    const insert = 'سطر جديد 😀\n';
    await editor.edit((b) => b.insert(document.positionAt(0), insert));
    // At once: the painted span moved with the text; then the list is computed again.
    await waitUntil(() => api.suggestions.list(document)?.some((s) => s.start === before.start + insert.length && s.suggestion.start === before.suggestion.start + Array.from(insert).length), {
      message: 'the suggestion computed again after the edit',
    });
    const after = seedDate(api.suggestions.list(document)!);
    assert.equal(document.getText().slice(after.start, after.end), before.suggestion.text);
    await vscode.commands.executeCommand('hamish.acceptSuggestion', ref(document, after));
    await document.save();
    const set = await waitForSidecar(file, (s) => s.annotations.some((a) => a.type === 'date'));
    const a = set.annotations.find((x) => x.type === 'date')!;
    assert.equal(pySlice(document.getText(), a.start, a.end), before.suggestion.text);
  });

  it('suggests as soon as a source opens when hamish.suggest.onOpen is on, and only the types chosen', async () => {
    const config = vscode.workspace.getConfiguration('hamish');
    await config.update('suggest.onOpen', true, vscode.ConfigurationTarget.Global);
    await config.update('suggest.types', ['date'], vscode.ConfigurationTarget.Global);
    try {
      const api = await hamish();
      await waitUntil(() => api.config.current.suggest.onOpen && api.config.current.suggest.types.join() === 'date', { message: 'the settings read' });
      const { document } = await openSeed();
      const list = (await waitUntil(() => api.suggestions.list(document), { message: 'suggestions shown on open' }))!;
      seedDate(list);
      assert.ok(list.every((s) => s.suggestion.type === 'date'), list.map((s) => s.suggestion.type).join());
    } finally {
      await config.update('suggest.onOpen', undefined, vscode.ConfigurationTarget.Global);
      await config.update('suggest.types', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('fills a date’s value, calendar and precision when it is tagged by hand', async () => {
    const { file, text, editor } = await openSeed();
    const at = text.indexOf(SEED_DATE);
    select(editor, [at, at + SEED_DATE.length]);
    await vscode.commands.executeCommand('hamish.tagDate');
    const set = await waitForSidecar(file, (s) => s.annotations.some((a) => a.type === 'date'));
    const a = set.annotations.find((x) => x.type === 'date')!;
    assert.equal(a.text, SEED_DATE);
    assert.deepEqual({ value: a.attrs.value, calendar: a.attrs.calendar, precision: a.attrs.precision }, { value: '2024-02-11', calendar: 'gregorian', precision: 'day' });
  });

  it('keeps the document date in the sidecar', async () => {
    const { file, document, api } = await openSeed();
    await vscode.commands.executeCommand('hamish.setDocumentDate', '2024-02-30');
    assert.match(api.messages.recent.at(-1)?.text ?? '', /not a day/);
    await vscode.commands.executeCommand('hamish.setDocumentDate', '2024-02-12');
    const set = await waitForSidecar(file, (s) => s.source.date === '2024-02-12', 'source.date on disk');
    assert.equal(set.annotations.length, 1);
    assert.equal(api.service.get(document)!.documentDate, '2024-02-12');
  });

  it('tags all other mentions of an actor with its canonical name and kind', async () => {
    const { file, text, document } = await openSeed((t, span) => [createAnnotation(t, { type: 'actor', start: span('العراق')[0], end: span('العراق')[1], attrs: { canonical: 'العراق', kind: 'state' } })]);
    const first = text.indexOf('العراق');
    const at = new vscode.Range(document.positionAt(first + 1), document.positionAt(first + 1));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, at);
    const tagAll = actions.find((a) => a.command?.command === 'hamish.tagOtherMentions');
    assert.ok(tagAll, actions.map((a) => a.title).join('\n'));
    assert.ok(tagAll.title.includes('«العراق»'), tagAll.title);
    const n = Number(/^Tag all (\d+) other mentions of /.exec(tagAll.title)?.[1]);
    assert.ok(n >= 3, tagAll.title);
    await vscode.commands.executeCommand(tagAll.command!.command, ...(tagAll.command!.arguments ?? []));
    const set = await waitForSidecar(file, (s) => s.annotations.filter((a) => a.type === 'actor').length === n + 2);
    const iraq = set.annotations.filter((a) => a.type === 'actor' && a.attrs.canonical === 'العراق');
    assert.equal(iraq.length, n + 1);
    for (const a of iraq) {
      assert.equal(a.text, 'العراق', 'an attached prefix (و، ب، ل) stays outside the span');
      assert.equal(a.attrs.kind, 'state');
      assert.equal(pySlice(text, a.start, a.end), 'العراق');
    }
    assert.equal(new Set(iraq.map((a) => a.start)).size, iraq.length, 'no mention tagged twice');
  });

  it('suggests actors from .hamish/actors.yaml, reports its problems in the Problems view, and accepts a claim with its suggested speaker', async () => {
    const list = workspacePath('.hamish', 'actors.yaml');
    const api = await hamish();
    await writeActorList(api, list, 'actors:\n  - canonical: لويد أوستن\n    kind: person\n    aliases: [أوستن]\n  - kind: person\n');
    try {
      const uri = vscode.Uri.file(list);
      await waitUntil(() => vscode.languages.getDiagnostics(uri).some((d) => d.severity === vscode.DiagnosticSeverity.Error && d.range.start.line >= 4), { message: 'the broken entry reported at its line' });
      const { file, document } = await openSeed();
      await api.actorList.settled;
      const found = await suggest(api, document);
      const austin = found.find((s) => s.suggestion.type === 'actor' && s.suggestion.text === 'لويد أوستن');
      assert.ok(austin, JSON.stringify(found.filter((s) => s.suggestion.type === 'actor').map((s) => s.suggestion.text)));
      assert.equal(austin.suggestion.attrs.canonical, 'لويد أوستن');
      // أعلن وزير الدفاع الأميركي لويد أوستن، أن …: a claim whose speaker is only a suggestion.
      // Its speaker is a suggestion: Austin, unless an actor tagged elsewhere in the workspace by
      // another test (الأميركي) stands nearer the verb; either way only a suggestion.
      const speakers = new Set(found.filter((s) => s.suggestion.type === 'actor').map((s) => s.suggestion.key));
      const claim = found.find((s) => s.suggestion.type === 'claim' && s.suggestion.text.startsWith('اجتماعات مجموعة العمل') && speakers.has(s.suggestion.links.speaker ?? ''));
      assert.ok(claim, JSON.stringify(found.filter((s) => s.suggestion.type === 'claim').map((s) => [s.suggestion.text.slice(0, 30), s.suggestion.links])));
      const proposed = found.find((s) => s.suggestion.key === claim.suggestion.links.speaker)!;
      await vscode.commands.executeCommand('hamish.acceptSuggestion', ref(document, claim));
      const set = await waitForSidecar(file, (x) => x.annotations.some((a) => a.type === 'claim'));
      const accepted = set.annotations.find((a) => a.type === 'claim')!;
      const speaker = set.annotations.find((a) => a.id === accepted.links.speaker);
      assert.ok(speaker, 'the speaker was accepted with the claim');
      assert.equal(speaker.type, 'actor');
      assert.equal(speaker.text, proposed.suggestion.text);
      assert.equal(speaker.start, proposed.suggestion.start);
      assert.equal(accepted.text, claim.suggestion.text);
    } finally {
      // An empty list first (a change to a file that exists is always seen), then no file.
      await writeActorList(api, list, 'actors: []\n');
      assert.equal(vscode.languages.getDiagnostics(vscode.Uri.file(list)).length, 0, 'the problems cleared');
      fs.rmSync(list);
    }
  });
});

describe('suggestions across the corpus', () => {
  afterEach(closeAll);

  it('proposes an actor as soon as it is tagged in another file of the corpus, while suggestions are shown', async () => {
    const { document, api } = await openSeed();
    const before = await suggest(api, document);
    // An organisation no other test tags as an actor (the workspace holds their files too).
    const name = 'اللجنة العسكرية العراقية العليا';
    assert.ok(!before.some((s) => s.suggestion.type === 'actor' && s.suggestion.text === name), 'not proposed before anyone tagged it');
    // Another researcher's file, tagged on disk (as a git pull or another window would leave it).
    const other = workspacePath(`corpus-${process.pid}-${files}.txt`);
    const otherText = `اجتمعت ${name} في بغداد\n`;
    fs.writeFileSync(other, otherText);
    const start = Array.from(otherText.slice(0, otherText.indexOf(name))).length;
    const tagged = createAnnotation(otherText, { type: 'actor', start, end: start + Array.from(name).length, attrs: { canonical: name, kind: 'person' } });
    fs.writeFileSync(`${other}.ann.yaml`, serializeSidecar({ version: FORMAT_VERSION, source: describeSource(path.basename(other), otherText), annotations: [tagged] }));
    const list = await waitUntil(
      () => {
        const found = api.suggestions.list(document)?.filter((s) => s.suggestion.type === 'actor' && s.suggestion.attrs.canonical === name);
        return found && found.length > 0 ? found : undefined;
      },
      { message: `${name}, tagged in another file, proposed here`, timeoutMs: 20_000 },
    );
    try {
      for (const s of list!) assert.equal(document.getText().slice(s.start, s.end), s.suggestion.text);
    } finally {
      // Later tests count the actors of the workspace.
      fs.rmSync(`${other}.ann.yaml`);
      fs.rmSync(other);
    }
  });
});
