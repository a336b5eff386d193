/**
 * Editor figures, measured inside a real VS Code extension host (started by
 * scripts/bench-editor.mjs): time from opening a document with 10,000 annotations to its
 * decorations being applied, and the extension's own work per keystroke in it.
 * Follows the extensionTestsPath contract; writes figures to HAMISH_BENCH_RESULTS.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { HamishApi } from '../../src/extension';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import type { BenchFigure } from '../figures';
import { buildLargeSet } from '../sidecar.bench';

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

export async function run(): Promise<void> {
  const out = process.env.HAMISH_BENCH_RESULTS;
  const workspace = process.env.HAMISH_TEST_WORKSPACE;
  if (!out || !workspace) throw new Error('HAMISH_BENCH_RESULTS and HAMISH_TEST_WORKSPACE must be set');
  const api = await vscode.extensions.getExtension<HamishApi>('hamish.hamish')!.activate();
  const seed = fs.readFileSync(path.join(workspace, 'seed-article.ar.txt'), 'utf8');
  const { text, set } = buildLargeSet(seed);
  const figures: BenchFigure[] = [];

  // Open → decorations applied, three fresh files (a reopened file would be cached).
  const openTimes: number[] = [];
  const ownTimes: number[] = [];
  let editor: vscode.TextEditor | undefined;
  // Files written well before they are opened, so no file-watcher event from writing them
  // lands during the measurement.
  const files = [0, 1, 2].map((i) => path.join(workspace, `bench-${i}.txt`));
  files.forEach((file, i) => {
    fs.writeFileSync(file, text);
    fs.writeFileSync(file + '.ann.yaml', serializeSidecar({ ...set, source: { ...set.source, file: `bench-${i}.txt` } }));
  });
  await new Promise((r) => setTimeout(r, 1500));
  for (const [i, file] of files.entries()) {
    api.service.reconcileTimings.clear();
    api.painter.paintTimings.clear();
    const t0 = performance.now();
    const painted = new Promise<vscode.TextEditor>((resolve) => {
      const sub = api.painter.onDidPaint((e) => {
        if (e.document.uri.fsPath === file && (api.service.get(e.document)?.placed.length ?? 0) === set.annotations.length) {
          sub.dispose();
          resolve(e);
        }
      });
    });
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    editor = await painted;
    openTimes.push(performance.now() - t0);
    const own = [...api.service.reconcileTimings.all(), ...api.painter.paintTimings.all()];
    ownTimes.push(own.reduce((x, y) => x + y, 0));
    if (i < 2) await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }
  figures.push({ name: 'open a document with 10,000 annotations → decorations applied (median of 3)', value: median(openTimes), unit: 'ms' });
  figures.push({ name: '  of which Hamish: read + validate sidecar, place spans, paint (median of 3)', value: median(ownTimes), unit: 'ms' });

  // What part of opening is only moving bytes through VS Code's file system API.
  const sidecarUri = vscode.Uri.file(path.join(workspace, 'bench-0.txt.ann.yaml'));
  const reads: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await vscode.workspace.fs.readFile(sidecarUri);
    reads.push(performance.now() - t0);
  }
  figures.push({ name: `  for comparison: workspace.fs.readFile of the ${(fs.statSync(sidecarUri.fsPath).size / 1e6).toFixed(1)} MB sidecar (median of 3)`, value: median(reads), unit: 'ms' });

  // Keystrokes in the middle of the annotated text.
  api.service.changeTimings.clear();
  api.painter.paintTimings.clear();
  const mid = editor!.document.positionAt(Math.floor(text.length / 2));
  const typed = 'وقال مصدر مطلع إن الاجتماعات ستستمر ';
  for (const ch of typed) {
    await editor!.edit((b) => b.insert(editor!.selection.active.isEqual(new vscode.Position(0, 0)) ? mid : editor!.selection.active, ch));
  }
  await new Promise((r) => setTimeout(r, 200));
  const changes = api.service.changeTimings.all();
  const paints = api.painter.paintTimings.all();
  figures.push({ name: `extension work per keystroke: moving 10,000 spans (median of ${changes.length})`, value: median(changes), unit: 'ms' });
  figures.push({ name: 'extension work per keystroke: moving 10,000 spans (95th percentile)', value: p95(changes), unit: 'ms' });
  figures.push({ name: `repaint of 10,000 decorations, debounced while typing (median of ${paints.length})`, value: median(paints), unit: 'ms' });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  fs.writeFileSync(out, JSON.stringify(figures));
}
