// Issue 9, item 2: a source changed by a `git pull` while no editor had it open. When it is
// opened, its sidecar describes neither the text on disk nor any text the editor saved; the
// editor finds the described version in the file's git history and re-anchors exactly: a
// deleted quote whose copy survives elsewhere is orphaned (by context alone it would be moved
// onto the copy), and a span in a moved paragraph lands on its words.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createAnnotation, describeSource } from '../../src/core/model/build';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { FORMAT_VERSION } from '../../src/core/sidecar/format';
import { closeAll, cp, hamish, waitForSidecar } from './hamish';
import { waitUntil, workspacePath } from './workspace';

const P = 'وقال المتحدث باسم الشرطة إن التحقيق في الحادث ما زال جاريا حتى الآن.';
const Q = 'وتراجعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج.';
const R = 'ودعت الأمم المتحدة إلى وقف فوري لإطلاق النار في المنطقة.';

function git(dir: string, ...args: string[]): void {
  execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
}

describe('a source changed by git while closed', () => {
  afterEach(closeAll);

  it('is re-anchored exactly against the version its sidecar describes, found in git', async () => {
    const dir = workspacePath(`git-pull-${process.pid}`);
    fs.mkdirSync(dir, { recursive: true });
    git(dir, 'init', '-q');
    git(dir, 'config', 'user.email', 'test@example.org');
    git(dir, 'config', 'user.name', 'Test');
    git(dir, 'config', 'commit.gpgsign', 'false');
    const file = path.join(dir, 'article.txt');
    const oldText = [P, Q, R, P].join('\n\n');
    const newText = [P.replace('التحقيق في الحادث ', ''), R, Q, P].join('\n\n');
    const deleted = oldText.indexOf('التحقيق في الحادث');
    const moved = oldText.indexOf('الأمم المتحدة');
    const spans = [
      createAnnotation(oldText, { type: 'claim', id: 'deleted', start: cp(oldText, deleted), end: cp(oldText, deleted + 'التحقيق في الحادث'.length), now: '2026-01-01T00:00:00Z' }),
      createAnnotation(oldText, { type: 'actor', id: 'moved', start: cp(oldText, moved), end: cp(oldText, moved + 'الأمم المتحدة'.length), now: '2026-01-01T00:00:00Z' }),
    ];
    fs.writeFileSync(file, oldText);
    fs.writeFileSync(`${file}.ann.yaml`, serializeSidecar({ version: FORMAT_VERSION, source: describeSource('article.txt', oldText), annotations: spans }));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'annotated');
    fs.writeFileSync(file, newText);
    git(dir, 'commit', '-q', '-am', 'pulled: paragraphs moved, words deleted');

    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const editor = await vscode.window.showTextDocument(document);
    const api = await hamish();
    await api.service.ensure(document);
    const doc = api.service.get(editor.document)!;
    await waitUntil(() => doc.annotations.length === 2 && doc.annotations.some((a) => a.id === 'moved' && !a.orphaned) ? true : undefined, { message: 'the spans adopted' });
    const byId = new Map(doc.annotations.map((a) => [a.id, a]));
    assert.equal(byId.get('deleted')!.orphaned, true, 'the deleted quote is orphaned, not moved onto its copy');
    const actor = byId.get('moved')!;
    assert.equal(actor.start, newText.indexOf('الأمم المتحدة'));
    assert.equal(newText.slice(actor.start, actor.end), 'الأمم المتحدة');
    const set = await waitForSidecar(file, (s) => s.source.sha256 === describeSource('x', newText).sha256, 'the re-anchored sidecar');
    assert.equal(set.annotations.find((a) => a.id === 'deleted')!.orphaned, true);
  });
});
