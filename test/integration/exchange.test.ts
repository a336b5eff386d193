// Export and import in the real editor: the commands run with an options argument (the same
// code path as their quick picks, minus the asking), on files in the test workspace. Every
// format the registry can both export and import is round-tripped, so formats added to the
// registry later (brat, W3C, ...) are covered without touching this file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportOutcome } from '../../src/editor/exchange/exportCommand';
import type { ImportOutcome } from '../../src/editor/exchange/importCommand';
import { EXPORTERS, IMPORTERS } from '../../src/core/formats/registry';
import { describeSource } from '../../src/core/model/build';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import type { Annotation } from '../../src/core/model/annotation';
import { exportAnnotations } from '../unit/support/exportFixture';
import { closeAll, hamish, readSidecar, seedText, selectQuotes, waitForSidecar } from './hamish';
import { waitUntil, workspacePath } from './workspace';

const uri = (p: string) => vscode.Uri.file(p).toString();
const key = (a: Annotation) => `${a.type} ${a.start} ${a.end} ${a.text}`;

describe('export and import', () => {
  const text = seedText();
  const base = workspacePath(`exchange-${process.pid}`);
  const corpus = path.join(base, 'corpus');
  const source = path.join(corpus, 'news', 'seed.txt');
  const original = exportAnnotations(text);

  before(() => {
    fs.mkdirSync(path.dirname(source), { recursive: true });
    fs.writeFileSync(source, text);
    fs.writeFileSync(source + '.ann.yaml', serializeSidecar({ version: 2, source: describeSource('seed.txt', text), annotations: original }));
  });
  afterEach(closeAll);

  it('exports the whole workspace to JSONL, with paths relative to it, and says what it wrote', async () => {
    const api = await hamish();
    const out = path.join(base, 'workspace.jsonl');
    const before = api.messages.recent.length;
    const outcome = await vscode.commands.executeCommand<ExportOutcome>('hamish.exportAnnotationSet', { format: 'jsonl', destination: uri(out) });
    assert.ok(outcome && !outcome.cancelled);
    const records = fs.readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    const ours = records.filter((r) => r.source === `exchange-${process.pid}/corpus/news/seed.txt`);
    assert.equal(ours.length, original.length, 'every annotation of the corpus, under its workspace-relative path');
    const told = await waitUntil(() => api.messages.recent.slice(before).find((m) => m.text.includes('exported')), { message: 'the summary message' });
    assert.match(told!.text, new RegExp(`${outcome.annotations} annotations`));
  });

  it('runs from the Explorer with its quick picks and save dialog, answered as a researcher would', async () => {
    // The Explorer passes the folder's URI; every question that follows is a real quick pick
    // (types, annotators, orphans, format) or the save dialog, each accepted with its default:
    // all types, everyone, orphans included, the registry's first format (JSONL), the proposed
    // file name (or, for a per-source format, the proposed folder: the one clicked).
    const folder = path.join(base, 'picked');
    fs.mkdirSync(path.join(folder, 'news'), { recursive: true });
    fs.copyFileSync(source, path.join(folder, 'news', 'seed.txt'));
    fs.copyFileSync(source + '.ann.yaml', path.join(folder, 'news', 'seed.txt.ann.yaml'));
    // The keys are pressed blind (no API tells a test which dialog is up): one that lands while
    // a dialog is still opening (the save dialog fills in its proposed path a moment after it
    // shows) answers nothing, and the export ends as cancelled. That is the test's timing, not
    // the command's, so a cancelled run is tried again, at most three times.
    let outcome: ExportOutcome | undefined;
    for (let attempt = 0; attempt < 3 && (!outcome || outcome.cancelled); attempt++) {
      let done = false;
      const running = Promise.resolve(vscode.commands.executeCommand<ExportOutcome>('hamish.exportAnnotationSet', vscode.Uri.file(folder))).finally(() => (done = true));
      for (let i = 0; i < 80 && !done; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      }
      outcome = await running;
      if (!outcome || outcome.cancelled) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
    assert.ok(outcome && !outcome.cancelled, 'the export ran to the end');
    assert.equal(outcome.annotations, original.length);
    const written = outcome.files.map((f) => vscode.Uri.parse(f).fsPath);
    assert.ok(written.length > 0 && written.every((f) => f.startsWith(folder + path.sep) && fs.existsSync(f)), written.join(', '));
    if (EXPORTERS[0]!.format === 'jsonl') {
      assert.deepEqual(written, [path.join(folder, 'annotations.jsonl')]);
      assert.equal(fs.readFileSync(written[0]!, 'utf8').trimEnd().split('\n').length, original.length);
    }
  });

  const formats = IMPORTERS.filter((i) => EXPORTERS.some((e) => e.format === i.format)).map((i) => EXPORTERS.find((e) => e.format === i.format)!);
  for (const exporter of formats) {
    it(`round-trips ${exporter.format}: export a folder, import it into another folder`, async () => {
      const out = path.join(base, `out-${exporter.format}` + (exporter.layout === 'single-file' ? '.export' : ''));
      const exported = await vscode.commands.executeCommand<ExportOutcome>('hamish.exportAnnotationSet', {
        uri: uri(corpus), format: exporter.format, destination: uri(out),
      });
      assert.ok(exported && exported.files.length > 0, `${exporter.format} wrote files`);
      assert.equal(exported.annotations, original.length);
      const copy = path.join(base, `copy-${exporter.format}`);
      fs.mkdirSync(path.join(copy, 'news'), { recursive: true });
      fs.copyFileSync(source, path.join(copy, 'news', 'seed.txt'));
      const imported = await vscode.commands.executeCommand<ImportOutcome>('hamish.importAnnotations', { format: exporter.format, path: uri(out), into: uri(copy) });
      assert.ok(imported && !imported.refused, JSON.stringify(imported?.problems));
      const back = readSidecar(path.join(copy, 'news', 'seed.txt')).annotations;
      const backKeys = new Set(back.map(key));
      for (const a of original.filter((x) => !x.orphaned)) assert.ok(backKeys.has(key(a)), `${exporter.format} brought back ${key(a)}`);
      if (exporter.format === 'jsonl') {
        assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(readSidecar(source).annotations)), 'JSONL is exact');
      }
    });
  }

  it('imports into a source open in the editor without losing the annotation just made there', async () => {
    const out = path.join(base, 'live.jsonl');
    await vscode.commands.executeCommand('hamish.exportAnnotationSet', { uri: uri(corpus), format: 'jsonl', destination: uri(out) });
    const live = path.join(base, 'live', 'news', 'seed.txt');
    fs.mkdirSync(path.dirname(live), { recursive: true });
    fs.writeFileSync(live, text);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(live));
    const editor = await vscode.window.showTextDocument(document);
    const api = await hamish();
    await api.service.ensure(document);
    selectQuotes(editor, 'Janan Kawaja');
    await vscode.commands.executeCommand('hamish.tagAs', 'person');
    await waitForSidecar(live, (s) => s.annotations.length === 1, 'the tag made in the editor');
    const imported = await vscode.commands.executeCommand<ImportOutcome>('hamish.importAnnotations', { format: 'jsonl', path: uri(out), into: uri(path.join(base, 'live')) });
    assert.equal(imported?.added, original.length);
    const set = await waitForSidecar(live, (s) => s.annotations.length === original.length + 1, 'both the tag and the import on disk');
    assert.ok(set.annotations.some((a) => a.type === 'person'));
    await waitUntil(() => api.service.get(document)?.annotations.length === original.length + 1, { message: 'the open editor holds both' });
  });

  it('reports a malformed import with file and line, and writes nothing', async () => {
    const api = await hamish();
    const bad = path.join(base, 'bad.jsonl');
    fs.writeFileSync(bad, '{"source": "news/seed.txt"\n');
    const into = path.join(base, 'untouched');
    fs.mkdirSync(into);
    const before = api.messages.recent.length;
    const imported = await vscode.commands.executeCommand<ImportOutcome>('hamish.importAnnotations', { format: 'jsonl', path: uri(bad), into: uri(into) });
    assert.ok(imported?.refused);
    assert.deepEqual(fs.readdirSync(into), []);
    const told = await waitUntil(() => api.messages.recent.slice(before).find((m) => m.severity === 'error'), { message: 'an error message' });
    assert.match(told!.text, /nothing imported.*bad\.jsonl.*:1/);
  });
});
