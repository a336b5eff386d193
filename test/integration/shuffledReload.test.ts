// Issue 9, item 5: a real news article with annotations is open; another program rewrites it on
// disk with its paragraphs shuffled and a few words edited; VS Code reloads it. The editor has the
// saved text from before the reload, so every span whose words survived must be painted exactly
// on its words at their new place, and the sidecar written afterwards must say the same.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/model/annotation';
import { describeSource } from '../../src/core/model/build';
import { rangeOf } from '../../src/editor/decorations';
import { newsArticles } from '../corpus/newsCorpus';
import { seededRandom } from '../corpus/random';
import { closeAll, cp, hamish, openSource, select, waitForSidecar } from './hamish';
import { waitUntil } from './workspace';

/** A span as the test tracks it: its paragraph and its UTF-16 offset inside that paragraph. */
interface Tracked {
  id: string;
  type: string;
  quote: string;
  paragraph: number;
  offset: number;
}

/** An edit of one paragraph's text, in UTF-16 units of that paragraph. */
interface WordEdit {
  paragraph: number;
  at: number;
  remove: number;
  insert: string;
}

/** The first development article with many short paragraphs: title and lines, each a paragraph. */
function article(): string[] {
  const found = newsArticles('dev').find((a) => a.content.length < 5000 && a.content.split('\n').filter((l) => l.trim().length > 0).length >= 12);
  assert.ok(found, 'a news article with 12 paragraphs or more');
  return [found.title.trim(), ...found.content.split('\n').map((l) => l.trim()).filter((l) => l.length > 0)];
}

/** UTF-16 [start, end) of words `from..from+count-1` (white-space separated) of `paragraph`. */
function words(paragraph: string, from: number, count: number): [number, number] | undefined {
  const spans = [...paragraph.matchAll(/\S+/gu)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
  if (from + count > spans.length) return undefined;
  return [spans[from]![0], spans[from + count - 1]![1]];
}

function starts(paragraphs: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    out.push(at);
    at += p.length + 2;
  }
  return out;
}

describe('a source rewritten outside the editor with its paragraphs shuffled', () => {
  afterEach(closeAll);

  it('paints every surviving span exactly on its words at their new place, and the sidecar agrees', async () => {
    const paragraphs = article();
    const oldText = paragraphs.join('\n\n');
    const { file, editor } = await openSource(oldText);
    const api = await hamish();
    const doc = api.service.get(editor.document)!;

    // Spans over 1 to 3 whole words of most paragraphs, three types, tagged through the commands;
    // plus one short, frequent quote (a common word that recurs all over the article).
    const oldStarts = starts(paragraphs);
    const byType: Record<string, [number, number][]> = { 'hamish.tagClaim': [], 'hamish.tagActor': [], 'hamish.tagDate': [] };
    const commands = Object.keys(byType);
    paragraphs.forEach((p, k) => {
      const range = words(p, 2, 1 + (k % 3));
      if (!range || k % 4 === 3) return;
      byType[commands[k % 3]!]!.push([oldStarts[k]! + range[0], oldStarts[k]! + range[1]]);
    });
    const common = 'في';
    const commonAt = [...oldText.matchAll(/(?<=\s)في(?=\s)/gu)].map((m) => m.index);
    assert.ok(commonAt.length >= 3, `"${common}" recurs`);
    byType['hamish.tagActor']!.push([commonAt[1]!, commonAt[1]! + common.length]);
    for (const command of commands) {
      select(editor, ...byType[command]!);
      await vscode.commands.executeCommand(command);
    }
    const expectedCount = commands.reduce((n, c) => n + byType[c]!.length, 0);
    await waitForSidecar(file, (s) => s.annotations.length === expectedCount, 'the tagged spans on disk');

    const tracked: Tracked[] = doc.annotations.map((a: Annotation) => {
      const paragraph = oldStarts.findLastIndex((s) => s <= a.start);
      return { id: a.id, type: a.type, quote: a.text, paragraph, offset: a.start - oldStarts[paragraph]! };
    });
    assert.equal(tracked.length, expectedCount);

    // A few words edited: one inserted at the start of an annotated paragraph (its spans shift),
    // the last word of others replaced, the first word of another deleted; never inside a span.
    const count = (k: number): number => paragraphs[k]!.split(/\s+/u).length;
    const long = paragraphs.map((_, k) => k).filter((k) => k > 1 && count(k) >= 7);
    assert.ok(long.length >= 4, 'paragraphs of 7 words or more to edit');
    const edits: WordEdit[] = [
      { paragraph: 1, at: 0, remove: 0, insert: 'وأضاف ' },
      ...long.slice(0, 3).map((k) => {
        const last = words(paragraphs[k]!, count(k) - 1, 1)!;
        return { paragraph: k, at: last[0], remove: last[1] - last[0], insert: 'الأسبوع' };
      }),
      { paragraph: long[3]!, at: 0, remove: words(paragraphs[long[3]!]!, 1, 1)![0], insert: '' },
    ];
    const edited = [...paragraphs];
    for (const e of [...edits].sort((x, y) => y.at - x.at)) {
      for (const t of tracked) {
        if (t.paragraph !== e.paragraph) continue;
        assert.ok(t.offset + t.quote.length <= e.at || t.offset >= e.at + e.remove, `edit in paragraph ${e.paragraph} misses span "${t.quote}"`);
      }
      const p = edited[e.paragraph]!;
      edited[e.paragraph] = p.slice(0, e.at) + e.insert + p.slice(e.at + e.remove);
      for (const t of tracked) if (t.paragraph === e.paragraph && t.offset >= e.at + e.remove) t.offset += e.insert.length - e.remove;
    }

    // Shuffled: every paragraph to a random place (seeded), the first and last ones moved too,
    // so VS Code's reload replaces one block covering the whole text.
    const rnd = seededRandom(9);
    let order: number[];
    do {
      order = edited.map((_, k) => k);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    } while (order[0] === 0 || order[order.length - 1] === order.length - 1);
    const shuffled = order.map((k) => edited[k]!);
    const newText = shuffled.join('\n\n');
    const newStarts = starts(shuffled);
    const expected = new Map(tracked.map((t) => {
      const start = newStarts[order.indexOf(t.paragraph)]! + t.offset;
      return [t.id, { start, end: start + t.quote.length }];
    }));
    for (const t of tracked) assert.equal(newText.slice(expected.get(t.id)!.start, expected.get(t.id)!.end), t.quote, 'the test\'s own truth');

    // What the painter passed to VS Code at its last paint of this editor, as [type, start, end].
    let painted: string[] = [];
    const listener = api.painter.onDidPaint((e) => {
      if (e.document !== editor.document) return;
      painted = doc.placed.map((a) => {
        const r = rangeOf(e.document, a);
        return `${a.type} ${e.document.offsetAt(r.start)} ${e.document.offsetAt(r.end)}`;
      }).sort();
    });
    try {
      fs.writeFileSync(file, newText);
      await waitUntil(() => editor.document.getText() === newText, { message: 'VS Code reloading the source' });
      const hash = describeSource('x', newText).sha256;
      const set = await waitForSidecar(file, (s) => s.source.sha256 === hash, 'the sidecar of the reloaded text');

      const want = tracked.map((t) => `${t.type} ${expected.get(t.id)!.start} ${expected.get(t.id)!.end}`).sort();
      await waitUntil(() => JSON.stringify(painted) === JSON.stringify(want), { message: 'the decorations on the spans\' new places' }).catch((e: unknown) => {
        const wrong = tracked.filter((t) => {
          const a = doc.annotations.find((x) => x.id === t.id);
          return !a || a.orphaned || a.start !== expected.get(t.id)!.start;
        });
        throw new Error(`${(e as Error).message}: ${wrong.length} of ${tracked.length} spans misplaced: ${wrong.map((t) => `"${t.quote}"`).join(', ')}`);
      });
      assert.equal(doc.orphans.length, 0);

      // The sidecar written after the reload: same places, in code points.
      assert.equal(set.annotations.length, tracked.length);
      for (const a of set.annotations) {
        const e = expected.get(a.id)!;
        assert.ok(!a.orphaned, `${a.text} is not orphaned on disk`);
        assert.deepEqual([a.start, a.end], [cp(newText, e.start), cp(newText, e.end)], `"${a.text}" on disk`);
      }
    } finally {
      listener.dispose();
    }
  });
});
