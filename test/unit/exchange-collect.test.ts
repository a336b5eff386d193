// Gathering what an export covers: each sidecar with its source, and for every sidecar left
// out the reason, so an export never silently drops a file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { collectExport } from '../../src/core/exchange/collectExport';
import { describeSource } from '../../src/core/model/build';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { SidecarStore } from '../../src/core/store/sidecarStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { exportAnnotations } from './support/exportFixture';
import { seedArticle, tempDir } from './support/fixtures';

const text = seedArticle();

describe('collectExport', () => {
  let dir: string;
  const store = new SidecarStore(nodeFileSystem);
  beforeEach(() => (dir = tempDir()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Writes `rel` (unless `source` is null) and its sidecar; returns the sidecar's path. */
  const annotated = (rel: string, source: string | Buffer | null = text) => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (source !== null) fs.writeFileSync(file, source);
    const set = { version: 2, source: describeSource(path.basename(rel), text), annotations: exportAnnotations(text) };
    fs.writeFileSync(file + '.ann.yaml', serializeSidecar(set));
    return file + '.ann.yaml';
  };

  it('pairs each sidecar with its source text, by path relative to the folder, in the order given', async () => {
    const sidecars = [annotated('news/b.txt'), annotated('a.txt', '\uFEFF' + text)];
    const r = await collectExport(nodeFileSystem, store, dir, sidecars);
    assert.deepStrictEqual(r.problems, []);
    assert.strictEqual(r.cancelled, false);
    assert.deepStrictEqual(r.inputs.map((i) => i.path), ['news/b.txt', 'a.txt']);
    assert.strictEqual(r.inputs[1]!.text, text, 'a byte-order mark is not part of the text');
    assert.strictEqual(r.inputs[0]!.set.annotations.length, exportAnnotations(text).length);
    assert.strictEqual(r.inputs[0]!.set.source.file, 'b.txt');
  });

  it('accepts a folder given with a trailing slash', async () => {
    const r = await collectExport(nodeFileSystem, store, dir + '/', [annotated('a.txt')]);
    assert.deepStrictEqual(r.inputs.map((i) => i.path), ['a.txt']);
  });

  it('leaves out, and says why, a sidecar outside the folder, one without its source, and an invalid one', async () => {
    const outside = annotated('elsewhere/a.txt');
    const orphan = annotated('news/gone.txt', null);
    const broken = annotated('broken.txt');
    fs.writeFileSync(broken, 'version: [');
    const good = annotated('good.txt');
    const r = await collectExport(nodeFileSystem, store, path.join(dir, 'news'), [outside, orphan]);
    assert.deepStrictEqual(r.inputs, []);
    assert.deepStrictEqual(r.problems, [
      { file: outside, line: 0, code: 'skipped', severity: 'error', message: `is not inside the export's folder ${path.join(dir, 'news')}` },
      { file: orphan, line: 0, code: 'source-missing', severity: 'error', message: 'its source "gone.txt" does not exist' },
    ]);
    const all = await collectExport(nodeFileSystem, store, dir, [broken, good]);
    assert.deepStrictEqual(all.inputs.map((i) => i.path), ['good.txt']);
    assert.ok(all.problems.length >= 1 && all.problems.every((p) => p.file === broken && p.severity === 'error'), JSON.stringify(all.problems));
  });

  it('passes on why a source could not be read (not UTF-8)', async () => {
    const latin = annotated('latin.txt', Buffer.from([0x61, 0xe9, 0x62]));
    const r = await collectExport(nodeFileSystem, store, dir, [latin]);
    assert.deepStrictEqual(r.inputs, []);
    assert.strictEqual(r.problems.length, 1);
    assert.deepStrictEqual([r.problems[0]!.file, r.problems[0]!.code], [latin, 'source-missing']);
    assert.match(r.problems[0]!.message, /^the source "latin\.txt" is not UTF-8 text/);
  });

  it('skips without a word a sidecar deleted since it was found', async () => {
    const gone = annotated('a.txt');
    fs.rmSync(gone);
    const r = await collectExport(nodeFileSystem, store, dir, [gone, annotated('b.txt')]);
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(r.inputs.map((i) => i.path), ['b.txt']);
  });

  it('reports progress after each file, and stops when cancelled, saying so', async () => {
    const sidecars = Array.from({ length: 20 }, (_, i) => annotated(`s${String(i).padStart(2, '0')}.txt`));
    const reports: string[] = [];
    const all = await collectExport(nodeFileSystem, store, dir, sidecars, { report: (done, total) => reports.push(`${done}/${total}`) });
    assert.deepStrictEqual(reports, sidecars.map((_, i) => `${i + 1}/20`));
    assert.strictEqual(all.cancelled, false);
    assert.strictEqual(all.inputs.length, 20);

    let done = 0;
    const cut = await collectExport(nodeFileSystem, store, dir, sidecars, { report: (d) => (done = d), cancelled: () => done >= 10 });
    assert.strictEqual(cut.cancelled, true);
    assert.ok(cut.inputs.length >= 10 && cut.inputs.length < 20, String(cut.inputs.length));
    assert.deepStrictEqual(cut.inputs.map((i) => i.path), sidecars.slice(0, cut.inputs.length).map((s) => path.basename(s, '.ann.yaml')));
  });

  it('reports nothing as cancelled when the caller never cancels', async () => {
    const r = await collectExport(nodeFileSystem, store, dir, [annotated('a.txt')], { cancelled: () => false });
    assert.strictEqual(r.cancelled, false);
    assert.strictEqual(r.inputs.length, 1);
  });
});
