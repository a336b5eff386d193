// The Hamish views in the real editor: items of Annotations, Claims, Corpus and Actors for
// real files and sidecars, clicks that reveal spans, refresh after tagging, filters, Find.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimRow, FileSummary, IndexedAnnotation } from '../../src/core';
import type { HamishApi } from '../../src/extension';
import type { ActorsNode } from '../../src/editor/views/actorsTree';
import type { ClaimsNode, SpeakerGroup } from '../../src/editor/views/claimsTree';
import { closeAll, hamish, selectQuotes } from './hamish';
import { writeViewsCorpus, type ViewsCorpus } from './viewsCorpus';
import { waitUntil } from './workspace';

let api: HamishApi;
let corpus: ViewsCorpus;

const inCorpus = (path: string) => path === corpus.uriA.toString() || path === corpus.uriB.toString();
const strip = (s: unknown) => String(typeof s === 'object' && s && 'label' in s ? (s as { label: string }).label : s ?? '').replace(/[\u2066-\u2069]/g, '');

async function run(item: vscode.TreeItem): Promise<void> {
  assert.ok(item.command, 'the row has a click command');
  await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
}

function selectedText(): string {
  const editor = vscode.window.activeTextEditor!;
  return editor.document.getText(editor.selection);
}

function myClaims(): ClaimRow[] {
  return (api.views.claims.getChildren() as ClaimRow[]).filter((r) => 'claim' in r && inCorpus(r.claim.path));
}

describe('views', () => {
  before(async () => {
    api = await hamish();
    corpus = writeViewsCorpus();
    const index = api.views.scanner.index;
    // The folder was made just before its files: the file watcher may start watching it only
    // after they were written (on Linux a new folder's watch is added once its creation is
    // seen), and then reports nothing for them. Each round writes the sidecars again.
    for (let round = 1; ; round++) {
      try {
        await waitUntil(() => index.has(corpus.uriA.toString()) && index.has(corpus.uriB.toString()), { message: 'both sidecars in the corpus index', timeoutMs: 4_000 });
        break;
      } catch (e) {
        if (round === 4) throw e;
        corpus.touchSidecars();
      }
    }
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('hamish.clearViewFilter');
    await vscode.commands.executeCommand('hamish.sortClaimsByPosition');
    await vscode.commands.executeCommand('hamish.ungroupClaims');
    await closeAll();
  });

  it('Corpus lists annotated files with counts and orphan counts; a click opens the file', async () => {
    const files = api.views.corpus.getChildren().filter((f) => inCorpus(f.path));
    assert.deepEqual(files.map((f) => [strip(api.views.corpus.getTreeItem(f).label), f.total, f.orphans]), [['بيان.txt', 5, 1], ['جولة.txt', 4, 0]]);
    const itemA = api.views.corpus.getTreeItem(files[0]!);
    assert.match(String(itemA.description), /^5 annotations, 1 orphaned/);
    assert.equal((itemA.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.match(String(api.views.corpus.getTreeItem(files[1]!).description), /^4 annotations/);
    await run(itemA);
    await waitUntil(() => vscode.window.activeTextEditor?.document.uri.toString() === corpus.uriA.toString(), { message: 'the file open' });
  });

  it('Claims shows each claim with its speaker and date; one without them is marked; children are its links', async () => {
    const rows = myClaims();
    const items = rows.map((r) => api.views.claims.getTreeItem(r));
    assert.deepEqual(items.map((i) => strip(i.label)), ['الدّولة ترفض المقترح', 'المحادثات مستمرة', 'الجولة انتهت']);
    assert.match(strip(items[0]!.description), /^يحيى رسول · 2024-02-11 · .*بيان\.txt · line 1$/);
    assert.equal((items[0]!.iconPath as vscode.ThemeIcon).id, 'comment-discussion');
    assert.match(strip(items[1]!.description), /^no speaker · no date · /);
    assert.equal((items[1]!.iconPath as vscode.ThemeIcon).id, 'warning');
    const tooltip = api.views.claims.resolveTreeItem(items[1]!, rows[1]!).tooltip;
    assert.match(String(tooltip), /its speaker is missing\nits date is missing/);
    const links = api.views.claims.getChildren(rows[0]!);
    assert.deepEqual(links.map((l) => strip(api.views.claims.getTreeItem(l).label)), ['Speaker: يحيى رسول', 'Date: 11 فبراير 2024']);
    // A click on the link row reveals the speaker in its file.
    await run(api.views.claims.getTreeItem(links[0]!));
    assert.equal(selectedText(), 'يحيى رسول');
    await run(items[2]!);
    await waitUntil(() => vscode.window.activeTextEditor?.document.uri.toString() === corpus.uriB.toString(), { message: 'the claim of file B revealed' });
    assert.equal(selectedText(), 'الجولة انتهت');
  });

  it('Claims sort by date and group by speaker from their title commands', async () => {
    await vscode.commands.executeCommand('hamish.sortClaimsByDate');
    assert.deepEqual(myClaims().map((r) => r.claim.annotation.id), [corpus.ids.claimB, corpus.ids.claimA, corpus.ids.claimNoLinks], '2023, 2024, then no date');
    await vscode.commands.executeCommand('hamish.groupClaimsBySpeaker');
    const groups = api.views.claims.getChildren() as ClaimsNode[] as SpeakerGroup[];
    const speaker = groups.find((g) => g.name === 'يحيى رسول')!;
    assert.ok(speaker, 'a group for the speaker');
    assert.deepEqual(speaker.rows.filter((r) => inCorpus(r.claim.path)).map((r) => r.claim.annotation.id), [corpus.ids.claimB, corpus.ids.claimA]);
    const none = groups[groups.length - 1]!;
    assert.equal(api.views.claims.getTreeItem(none).label, 'No speaker');
    assert.ok(none.rows.some((r) => r.claim.annotation.id === corpus.ids.claimNoLinks));
  });

  it('Actors groups mentions by canonical name across files; expanding lists them; a click reveals', async () => {
    const group = api.views.actors.getChildren().find((n) => 'key' in n && n.name === 'يحيى رسول' && n.mentions.some((m) => inCorpus(m.path)))!;
    assert.ok(group && 'key' in group);
    const item = api.views.actors.getTreeItem(group);
    assert.equal(strip(item.label), 'يحيى رسول');
    assert.match(String(item.description), /mentions in \d+ files/);
    const mentions = api.views.actors.getChildren(group).filter((m) => inCorpus((m as IndexedAnnotation).path));
    assert.deepEqual(mentions.map((m) => strip(api.views.actors.getTreeItem(m).label)), ['يحيى رسول', 'رسول']);
    await run(api.views.actors.getTreeItem(mentions[1]!));
    await waitUntil(() => vscode.window.activeTextEditor?.document.uri.toString() === corpus.uriB.toString(), { message: 'file B open' });
    assert.equal(selectedText(), 'رسول');
  });

  it('Annotations lists the active file by type in text order, and refreshes after tagging', async () => {
    const editor = await vscode.window.showTextDocument(corpus.uriA);
    await api.service.ensure(editor.document);
    const tree = api.views.annotations;
    const labels = () => tree.getChildren().map((g) => [strip(tree.getTreeItem(g).label), tree.getChildren(g).map((a) => strip(tree.getTreeItem(a).label))]);
    await waitUntil(() => labels().length === 3, { message: 'three type groups' });
    assert.deepEqual(labels(), [
      ['Claim', ['الدّولة ترفض المقترح', 'المحادثات مستمرة']],
      ['Actor', ['يحيى رسول', 'لويد أوستن']],
      ['Date', ['11 فبراير 2024']],
    ]);
    const orphanItem = tree.getTreeItem(tree.getChildren(tree.getChildren()[1]!)[1]!);
    assert.equal(orphanItem.description, 'orphaned');
    // Tagging a new mention of an actor known from file B refreshes that actor's row alone.
    api.views.actors.getChildren();
    const fired: (ActorsNode | undefined)[] = [];
    const listener = api.views.actors.onDidChangeTreeData((e) => fired.push(e));
    try {
      selectQuotes(editor, 'بغداد');
      await vscode.commands.executeCommand('hamish.tagDate');
      selectQuotes(editor, 'الجيش');
      await vscode.commands.executeCommand('hamish.tagActor');
      await waitUntil(() => labels()[1]?.[1]?.length === 3 && labels()[2]?.[1]?.length === 2, { message: `the new annotations in the view, got ${JSON.stringify(labels())}` });
      assert.deepEqual(labels()[2], ['Date', ['11 فبراير 2024', 'بغداد']], 'text order');
      const army = (e: ActorsNode | undefined) => !!e && 'key' in e && e.name === 'الجيش';
      await waitUntil(() => fired.some(army), { message: 'the Actors view told that this actor changed' });
      const group = fired.find(army)!;
      assert.ok('key' in group);
      assert.equal(group.mentions.filter((m) => inCorpus(m.path)).length, 2, 'the row fired holds the new mention');
      assert.equal(String(api.views.actors.getTreeItem(group).description), '2 mentions in 2 files');
    } finally {
      listener.dispose();
    }
    const corpusRow = api.views.corpus.getChildren().find((f: FileSummary) => f.path === corpus.uriA.toString())!;
    assert.equal(corpusRow.total, 7, 'the Corpus count follows the live document');
  });

  it('filters by text (normalised), type and annotator, shown in each view\'s description', async () => {
    await vscode.commands.executeCommand('hamish.filterViewsByText', 'الدولة');
    assert.deepEqual(myClaims().map((r) => r.claim.annotation.id), [corpus.ids.claimA], 'الدولة finds الدّولة');
    const description = strip(api.views.treeViews.claims.description);
    assert.equal(description, 'text: «الدولة»');
    assert.equal(strip(api.views.treeViews.corpus.description), description);
    assert.deepEqual(api.views.corpus.getChildren().filter((f) => inCorpus(f.path)).map((f) => f.total), [1]);
    await vscode.commands.executeCommand('hamish.filterViewsByText', '');
    await vscode.commands.executeCommand('hamish.filterViewsByType', ['actor']);
    assert.deepEqual(myClaims(), []);
    assert.deepEqual(api.views.corpus.getChildren().filter((f) => inCorpus(f.path)).map((f) => [f.total, f.orphans]), [[3, 1], [2, 0]]);
    assert.equal(strip(api.views.treeViews.actors.description), 'type: Actor');
    await vscode.commands.executeCommand('hamish.filterViewsByType', []);
    await vscode.commands.executeCommand('hamish.filterViewsByAnnotator', 'omar');
    assert.deepEqual(myClaims().map((r) => r.claim.annotation.id), [corpus.ids.claimNoLinks]);
    await vscode.commands.executeCommand('hamish.clearViewFilter');
    assert.equal(api.views.treeViews.claims.description, undefined);
    assert.equal(myClaims().length, 3);
  });

  it('Find Annotations… matches normalised text across the corpus and selects the span', async () => {
    const done = vscode.commands.executeCommand('hamish.findAnnotations');
    const qp = (await waitUntil(() => api.views.find.current, { message: 'the Find quick pick' }))!;
    qp.value = 'الدولة ترفض';
    await waitUntil(() => qp.items.length > 0 && qp.items.every((i) => strip(i.label).includes('ترفض')), { message: 'the matching items' });
    const mine = qp.items.find((i) => i.found.annotation.id === corpus.ids.claimA)!;
    assert.ok(mine, 'the claim of file A is found through its diacritics');
    assert.match(strip(mine.description), /^Claim · .*بيان\.txt$/);
    assert.equal(mine.detail, 'line 1');
    qp.activeItems = [mine];
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    await waitUntil(() => vscode.window.activeTextEditor?.document.uri.toString() === corpus.uriA.toString(), { message: 'file A open' });
    assert.equal(selectedText(), 'الدّولة ترفض المقترح');
  });
});
