/**
 * The views' figures inside a real VS Code extension host (started by
 * scripts/bench-views-editor.mjs, which writes 1,000 sources with 100,000 annotations into the
 * workspace first): activation to the corpus index holding every sidecar, each view's root
 * as VS Code asks for it (getChildren, then getTreeItem of every row), and one tag in an open
 * file to the views' refreshed rows. The workbench's own drawing of the rows is not included.
 * Follows the extensionTestsPath contract; writes figures to HAMISH_BENCH_RESULTS.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { HamishApi } from '../../src/extension';
import type { BenchFigure } from '../figures';

type Provider = { getChildren(e?: unknown): unknown[] | Thenable<unknown[]>; getTreeItem(e: unknown): vscode.TreeItem | Thenable<vscode.TreeItem> };

async function paint(provider: Provider): Promise<number> {
  const t0 = performance.now();
  const roots = await provider.getChildren();
  for (const r of roots) await provider.getTreeItem(r);
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  const out = process.env.HAMISH_BENCH_RESULTS;
  const workspace = process.env.HAMISH_TEST_WORKSPACE;
  if (!out || !workspace) throw new Error('HAMISH_BENCH_RESULTS and HAMISH_TEST_WORKSPACE must be set');
  const figures: BenchFigure[] = [];
  const t0 = performance.now();
  const api = await vscode.extensions.getExtension<HamishApi>('hamish.hamish')!.activate();
  await api.views.scanner.ready;
  const files = api.views.scanner.index.files();
  const total = files.reduce((n, f) => n + f.total, 0);
  figures.push({ name: `activation → corpus index built (${files.length} sidecars, ${total} annotations read)`, value: performance.now() - t0, unit: 'ms' });
  const views = api.views;
  const first = path.join(workspace, 'corpus', '0500.txt');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(first));
  await vscode.window.showTextDocument(document);
  await api.service.ensure(document);
  await views.scanner.settled();
  for (const [name, provider] of [['Corpus', views.corpus], ['Claims', views.claims], ['Actors', views.actors], ['Annotations (active file)', views.annotations]] as const) {
    figures.push({ name: `first paint, ${name} root: getChildren + getTreeItem of every row`, value: await paint(provider as Provider), unit: 'ms' });
  }

  // One tag in the open file, to the index updated and the views' rows asked again.
  const word = document.getText().search(/[\u0621-\u064a]{4,}/);
  const changed = new Promise<void>((resolve) => {
    const sub = views.scanner.onDidChange((changes) => {
      if (changes.some((c) => c.path === document.uri.toString())) {
        sub.dispose();
        resolve();
      }
    });
  });
  const t1 = performance.now();
  await api.service.add(document, [{ type: 'actor', start: word, end: word + 4 }], 'Tag');
  await changed;
  figures.push({ name: 'one tag → index updated (includes the 40 ms the scanner gathers changes for)', value: performance.now() - t1, unit: 'ms' });
  const t2 = performance.now();
  await paint(views.corpus as Provider);
  await paint(views.annotations as Provider);
  await paint(views.claims as Provider);
  figures.push({ name: '  then the views\' rows asked again (Corpus, Annotations, Claims roots)', value: performance.now() - t2, unit: 'ms' });
  fs.writeFileSync(out, JSON.stringify(figures));
}
