// The getting-started walkthrough: contributed with its five steps, each with its page, its
// completion event and its strings in both languages; its first step opens the sample article.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAll, hamish } from './hamish';
import { repoRoot, waitUntil } from './workspace';

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const nls = (name: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, name), 'utf8')) as Record<string, string>;

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string };
  completionEvents: string[];
}

describe('walkthrough', () => {
  afterEach(closeAll);

  it('is contributed with the loop of the issue: open the sample, tag a claim, link its speaker, hover, export', () => {
    const walkthroughs = pkg.contributes.walkthroughs as { id: string; title: string; steps: Step[] }[];
    assert.equal(walkthroughs.length, 1);
    const steps = walkthroughs[0]!.steps;
    assert.deepEqual(steps.map((s) => s.id), ['openSample', 'tagClaim', 'linkSpeaker', 'hover', 'export']);
    assert.deepEqual(steps.map((s) => s.completionEvents), [
      ['onCommand:hamish.openSample'],
      ['onCommand:hamish.tagClaim'],
      ['onCommand:hamish.linkSpeaker'],
      ['onCommand:editor.action.showHover'],
      ['onCommand:hamish.exportAnnotationSet'],
    ]);
    const en = nls('package.nls.json');
    const ar = nls('package.nls.ar.json');
    const keys = [walkthroughs[0]!.title, ...steps.flatMap((s) => [s.title, s.description])].map((k) => k.replace(/^%|%$/g, ''));
    for (const key of keys) {
      assert.ok(en[key], `English for ${key}`);
      assert.ok(ar[key] && /[\u0600-\u06ff]/.test(ar[key]), `Arabic for ${key}`);
    }
    for (const step of steps) {
      // The button of each step runs the command its completion event waits for.
      const command = step.completionEvents[0]!.slice('onCommand:'.length);
      const key = step.description.replace(/^%|%$/g, '');
      assert.ok(en[key]!.includes(`(command:${command})`) && ar[key]!.includes(`(command:${command})`), `${step.id} has a button for ${command}`);
      const page = path.join(repoRoot, step.media.markdown!);
      assert.ok(fs.existsSync(page), page);
      assert.ok(/[\u0600-\u06ff]/.test(fs.readFileSync(page, 'utf8')), `${step.media.markdown} has its Arabic part`);
    }
    // The pages and the sample go into the packaged extension.
    const ignore = fs.readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!media/sample/*') && ignore.includes('!media/walkthrough/*'));
  });

  it('opens a copy of the sample article that Hamish annotates', async () => {
    const shipped = fs.readFileSync(path.join(repoRoot, 'media', 'sample', 'seed-article.ar.txt'), 'utf8');
    assert.equal(shipped, fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'seed-article.ar.txt'), 'utf8'), 'the shipped sample is the seed article');
    await vscode.commands.executeCommand('hamish.openSample');
    const editor = await waitUntil(() => {
      const e = vscode.window.activeTextEditor;
      return e && path.basename(e.document.uri.fsPath) === 'seed-article.ar.txt' ? e : undefined;
    }, { message: 'the sample in the active editor' });
    assert.equal(editor!.document.getText(), shipped);
    assert.ok(!editor!.document.uri.fsPath.startsWith(path.join(repoRoot, 'media')), 'a copy, not the shipped file');
    const api = await hamish();
    assert.ok(api.service.get(editor!.document), 'Hamish annotates it');
  });
});
