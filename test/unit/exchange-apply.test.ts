// Writing an import into sidecars: what each source reports, what the import as a whole adds
// up to, where every problem points (file and line), and what is never written.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyImport, type ImportTarget } from '../../src/core/exchange/applyImport';
import type { ImportedSource, ImportedSpan, ImportResult } from '../../src/core/formats/types';
import type { AnnotationSet } from '../../src/core/model/annotation';
import { createAnnotation, describeSource } from '../../src/core/model/build';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import type { FileSystem } from '../../src/core/store/fileSystem';
import { SidecarStore } from '../../src/core/store/sidecarStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { cpIndexOf, seedArticle, tempDir } from './support/fixtures';

const NOW = '2026-12-01T09:00:00.000Z';
const text = seedArticle();

function span(localId: string, quote: string, extra: Partial<ImportedSpan> = {}, within = text): ImportedSpan {
  const start = cpIndexOf(within, quote);
  return { localId, type: 'actor', start, end: start + [...quote].length, quote, attrs: {}, links: {}, file: 'in.jsonl', line: 4, ...extra };
}

describe('applyImport, source by source', () => {
  let dir: string;
  let folders: string[];
  let target: ImportTarget;
  const make = (fsys: FileSystem = nodeFileSystem): ImportTarget => ({
    fs: fsys,
    store: new SidecarStore(fsys),
    root: dir,
    makeFolder: async (p) => void (folders.push(p), fs.mkdirSync(p, { recursive: true })),
  });
  beforeEach(() => {
    dir = tempDir();
    folders = [];
    target = make();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (sources: ImportedSource[], problems: ImportResult['problems'] = [], t = target) => applyImport(t, { sources, problems }, {}, NOW);
  const sidecar = (rel: string): AnnotationSet => {
    const parsed = parseSidecar(fs.readFileSync(path.join(dir, rel + '.ann.yaml'), 'utf8'), rel);
    assert.ok(parsed.ok);
    return parsed.set;
  };
  const mtime = (rel: string) => fs.statSync(path.join(dir, rel)).mtimeMs;

  it('adds up what each source added, updated and left unchanged, and reports each by its path', async () => {
    fs.writeFileSync(path.join(dir, 'b.txt'), text);
    const first = await run([{ path: 'a.txt', text, spans: [span('T1', 'يحيى رسول'), span('T2', 'بغداد')] }, { path: 'b.txt', spans: [span('T1', 'بغداد')] }]);
    assert.deepStrictEqual(first.problems, []);
    assert.deepStrictEqual([first.added, first.updated, first.unchanged, first.refused, first.cancelled], [3, 0, 0, false, false]);
    assert.deepStrictEqual(first.sources, [
      { path: 'a.txt', added: 2, updated: 0, unchanged: 0, wroteSource: true, wroteSidecar: true },
      { path: 'b.txt', added: 1, updated: 0, unchanged: 0, wroteSource: false, wroteSidecar: true },
    ]);
    assert.deepStrictEqual(folders, [dir], 'the folder of a new source is made first');
    assert.strictEqual(sidecar('a.txt').annotations[0]!.created, NOW);
    assert.strictEqual(sidecar('a.txt').source.file, 'a.txt');

    const again = await run([{ path: 'a.txt', text, spans: [span('T1', 'يحيى رسول', { note: 'جديد' }), span('T2', 'بغداد')] }, { path: 'b.txt', spans: [span('T1', 'بغداد')] }]);
    assert.deepStrictEqual([again.added, again.updated, again.unchanged], [0, 1, 2]);
    assert.deepStrictEqual(again.sources.map((s) => [s.path, s.wroteSource, s.wroteSidecar]), [['a.txt', false, true], ['b.txt', false, false]]);
  });

  it('does not touch a sidecar the import leaves as it is', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    await run([{ path: 'a.txt', spans: [span('T1', 'بغداد')] }]);
    const before = fs.readFileSync(path.join(dir, 'a.txt.ann.yaml'));
    const stamp = mtime('a.txt.ann.yaml');
    const s = await run([{ path: 'a.txt', spans: [span('T1', 'بغداد')] }]);
    assert.deepStrictEqual(s.sources[0], { path: 'a.txt', added: 0, updated: 0, unchanged: 1, wroteSource: false, wroteSidecar: false });
    assert.deepStrictEqual(fs.readFileSync(path.join(dir, 'a.txt.ann.yaml')), before);
    assert.strictEqual(mtime('a.txt.ann.yaml'), stamp);
  });

  it('leaves a hand-formatted sidecar byte for byte when the import brings nothing new', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    await run([{ path: 'a.txt', spans: [span('T1', 'بغداد')] }]);
    const hand = fs.readFileSync(path.join(dir, 'a.txt.ann.yaml'), 'utf8') + '\n\n';
    fs.writeFileSync(path.join(dir, 'a.txt.ann.yaml'), hand);
    const s = await run([{ path: 'a.txt', spans: [span('T1', 'بغداد')] }]);
    assert.strictEqual(s.sources[0]!.wroteSidecar, false);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'a.txt.ann.yaml'), 'utf8'), hand);
  });

  it('makes the folders of a new source below the destination, and no sidecar for a source without spans', async () => {
    const s = await run([{ path: 'news/2024/a.txt', text, spans: [] }]);
    assert.deepStrictEqual(folders, [path.join(dir, 'news/2024')]);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'news/2024/a.txt'), 'utf8'), text);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'news/2024')), ['a.txt']);
    assert.deepStrictEqual([s.sources[0]!.wroteSource, s.sources[0]!.wroteSidecar], [true, false]);
  });

  it('writes an imported text without its byte-order mark, with offsets counted without it', async () => {
    await run([{ path: 'a.txt', text: '\uFEFF' + text, spans: [span('T1', 'يحيى رسول')] }]);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), text);
    assert.strictEqual(sidecar('a.txt').annotations[0]!.start, cpIndexOf(text, 'يحيى رسول'));
  });

  it('re-anchors a sidecar written for an older version of the source, even when the import adds nothing', async () => {
    const old = 'سطر حذف لاحقا.\n' + text;
    const a = createAnnotation(old, { id: 'aold00000000000000000000001', type: 'actor', start: cpIndexOf(old, 'بغداد'), end: cpIndexOf(old, 'بغداد') + 5, now: NOW });
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    fs.writeFileSync(path.join(dir, 'a.txt.ann.yaml'), serializeSidecar({ version: 2, source: describeSource('a.txt', old), annotations: [a] }));
    const s = await run([{ path: 'a.txt', spans: [] }]);
    assert.deepStrictEqual(s.problems, []);
    assert.strictEqual(s.sources[0]!.wroteSidecar, true);
    const set = sidecar('a.txt');
    assert.strictEqual(set.source.sha256, describeSource('a.txt', text).sha256);
    assert.strictEqual(set.annotations[0]!.start, cpIndexOf(text, 'بغداد'));
  });

  it('leaves the existing annotations of a sidecar that describes the source as they are, orphans included', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    const placed = createAnnotation(text, { id: 'aorphan0000000000000000001', type: 'actor', start: cpIndexOf(text, 'بغداد'), end: cpIndexOf(text, 'بغداد') + 5, now: NOW });
    const orphan = { ...placed, start: 3, end: 3, orphaned: true };
    fs.writeFileSync(path.join(dir, 'a.txt.ann.yaml'), serializeSidecar({ version: 2, source: describeSource('a.txt', text), annotations: [orphan] }));
    await run([{ path: 'a.txt', spans: [span('T1', 'يحيى رسول')] }]);
    const kept = sidecar('a.txt').annotations.find((x) => x.id === orphan.id)!;
    assert.deepStrictEqual([kept.start, kept.end, kept.orphaned], [3, 3, true], 'the researcher decides where an orphan goes');
  });

  it('keeps an imported orphan orphaned when the import’s text is the source’s, or it carries none', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    fs.writeFileSync(path.join(dir, 'b.txt'), text);
    const orphan = () => span('T1', 'بغداد', { orphaned: true, start: 3, end: 3 });
    await run([{ path: 'a.txt', text, spans: [orphan()] }, { path: 'b.txt', spans: [orphan()] }]);
    for (const rel of ['a.txt', 'b.txt']) {
      const a = sidecar(rel).annotations[0]!;
      assert.deepStrictEqual([a.text, a.start, a.end, a.orphaned], ['بغداد', 3, 3, true], rel);
    }
  });

  it('tells, span by span, which ones the differing source on disk only approximately has or lacks', async () => {
    const disk = text.replace('يحيى رسول', 'يحيى رسولي');
    fs.writeFileSync(path.join(dir, 'a.txt'), disk);
    const imported = 'عبارة فريدة لا يعرفها المقال. ' + text;
    const s = await run([{ path: 'a.txt', text: imported, spans: [
      span('T1', 'عبارة فريدة لا يعرفها المقال', { line: 7 }, imported),
      span('T2', 'بغداد', { line: 8 }, imported),
    ] }]);
    const warnings = s.problems.map((p) => [p.file, p.line, p.severity, p.message]);
    assert.deepStrictEqual(warnings, [['in.jsonl', 7, 'warning',
      'the source in the destination differs from the imported text: this span is not in it and was kept as orphaned']]);
    const set = sidecar('a.txt');
    assert.ok(set.annotations.find((x) => x.text === 'عبارة فريدة لا يعرفها المقال')!.orphaned);
    assert.strictEqual(set.annotations.find((x) => x.text === 'بغداد')!.start, cpIndexOf(disk, 'بغداد'));
  });

  it('warns of a span that only approximately matches the source on disk', async () => {
    const quote = 'الولايات المتحدة';
    const disk = text.split(quote).join('الولايات المتحده');
    fs.writeFileSync(path.join(dir, 'a.txt'), disk);
    const s = await run([{ path: 'a.txt', text, spans: [span('T1', quote, { line: 9 })] }]);
    const fuzzy = s.problems.filter((p) => /only matches approximately/.test(p.message));
    assert.deepStrictEqual(fuzzy.map((p) => [p.file, p.line, p.severity]), [['in.jsonl', 9, 'warning']], JSON.stringify(s.problems));
    assert.strictEqual(fuzzy[0]!.message, 'the source in the destination differs from the imported text: this span only matches approximately');
  });
});

describe('applyImport, what it refuses', () => {
  let dir: string;
  let target: ImportTarget;
  beforeEach(() => {
    dir = tempDir();
    target = { fs: nodeFileSystem, store: new SidecarStore(nodeFileSystem), root: dir, makeFolder: async (p) => void fs.mkdirSync(p, { recursive: true }) };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('goes on despite the importer’s warnings, and passes them on first', async () => {
    const warning = { file: 'in.ann', line: 2, severity: 'warning' as const, message: 'an event was skipped' };
    const s = await applyImport(target, { sources: [{ path: 'a.txt', text, spans: [span('T1', 'بغداد')] }], problems: [warning] }, {}, NOW);
    assert.strictEqual(s.refused, false);
    assert.deepStrictEqual(s.problems, [warning]);
    assert.strictEqual(s.added, 1);
  });

  it('points a path that leaves the destination at its first span’s file and line, or at the path itself', async () => {
    const s = await applyImport(target, { sources: [
      { path: '/etc/a.txt', text, spans: [span('T1', 'بغداد', { file: 'batch.jsonl', line: 12 })] },
      { path: '../b.txt', text, spans: [] },
    ], problems: [] }, {}, NOW);
    assert.strictEqual(s.refused, true);
    assert.deepStrictEqual(s.problems.map((p) => [p.file, p.line, p.severity]), [['batch.jsonl', 12, 'error'], ['../b.txt', 0, 'error']]);
    assert.strictEqual(s.problems[1]!.message, 'the source path "../b.txt" would leave the destination folder (absolute, or with ".."); nothing was imported');
    assert.deepStrictEqual([s.sources, s.added], [[], 0]);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  it('leaves an invalid sidecar alone, says so with its source path, and imports the other sources', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    fs.writeFileSync(path.join(dir, 'a.txt.ann.yaml'), 'version: [');
    const s = await applyImport(target, { sources: [
      { path: 'a.txt', spans: [span('T1', 'بغداد', { file: 'a.ann', line: 3 })] },
      { path: 'b.txt', text, spans: [span('T1', 'بغداد')] },
    ], problems: [] }, {}, NOW);
    assert.strictEqual(s.refused, false);
    assert.deepStrictEqual(s.sources.map((x) => x.path), ['b.txt']);
    assert.strictEqual(s.problems.length, 1);
    assert.deepStrictEqual([s.problems[0]!.file, s.problems[0]!.line, s.problems[0]!.severity], ['a.ann', 0, 'error']);
    const why = await new SidecarStore(nodeFileSystem).load(path.join(dir, 'a.txt.ann.yaml'));
    assert.ok(why.kind === 'invalid');
    assert.strictEqual(s.problems[0]!.message, `a.txt: its sidecar is not valid (${why.problems[0]!.message}); fix it with "hamish validate" first, nothing was merged into it`);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'a.txt.ann.yaml'), 'utf8'), 'version: [');
  });

  it('refuses a source on disk it cannot read as text, naming it', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), Buffer.from([0x61, 0xe9, 0x62]));
    const s = await applyImport(target, { sources: [{ path: 'a.txt', text, spans: [span('T1', 'بغداد')] }], problems: [] }, {}, NOW);
    assert.deepStrictEqual(s.sources, []);
    assert.deepStrictEqual([s.problems[0]!.file, s.problems[0]!.line], ['in.jsonl', 0]);
    assert.match(s.problems[0]!.message, /^a\.txt: the source "a\.txt" is not UTF-8 text/);
    assert.ok(!fs.existsSync(path.join(dir, 'a.txt.ann.yaml')));
  });

  it('names the source path when a source without spans is missing and carries no text', async () => {
    const s = await applyImport(target, { sources: [{ path: 'gone.txt', spans: [] }], problems: [] }, {}, NOW);
    assert.deepStrictEqual(s.problems, [{ file: 'gone.txt', line: 0, severity: 'error', message: 'gone.txt: no such source file in the destination, and the import does not carry its text' }]);
  });

  it('says so when the sidecar turned invalid between its reading and the save', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    const store = new SidecarStore(nodeFileSystem);
    const load = store.load.bind(store);
    store.load = async (p, known) => {
      const r = await load(p, known);
      fs.writeFileSync(path.join(dir, 'a.txt.ann.yaml'), 'version: [');
      return r;
    };
    const s = await applyImport({ ...target, store }, { sources: [{ path: 'a.txt', spans: [span('T1', 'بغداد')] }], problems: [] }, {}, NOW);
    assert.deepStrictEqual(s.sources, []);
    const why = await new SidecarStore(nodeFileSystem).load(path.join(dir, 'a.txt.ann.yaml'));
    assert.ok(why.kind === 'invalid');
    assert.strictEqual(s.problems[0]!.message, `a.txt: its sidecar changed into something invalid while importing (${why.problems[0]!.message}); nothing merged`);
  });

  it('re-anchors what another window saved meanwhile for an older version of the source, before merging', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    const old = 'سطر حذف لاحقا.\n' + text;
    const theirs = createAnnotation(old, { id: 'atheirs00000000000000000001', type: 'actor', start: cpIndexOf(old, 'يحيى رسول'), end: cpIndexOf(old, 'يحيى رسول') + 9, now: NOW });
    const store = new SidecarStore(nodeFileSystem);
    const load = store.load.bind(store);
    store.load = async (p, known) => {
      const r = await load(p, known);
      fs.writeFileSync(p, serializeSidecar({ version: 2, source: describeSource('a.txt', old), annotations: [theirs] }));
      return r;
    };
    const s = await applyImport({ ...target, store }, { sources: [{ path: 'a.txt', spans: [span('T1', 'بغداد')] }], problems: [] }, {}, NOW);
    assert.deepStrictEqual(s.problems, []);
    const parsed = parseSidecar(fs.readFileSync(path.join(dir, 'a.txt.ann.yaml'), 'utf8'), 'a.txt.ann.yaml');
    assert.ok(parsed.ok);
    const kept = parsed.set.annotations.find((a) => a.id === theirs.id)!;
    assert.deepStrictEqual([kept.text, kept.start, kept.orphaned ?? false], ['يحيى رسول', cpIndexOf(text, 'يحيى رسول'), false]);
    assert.ok(parsed.set.annotations.some((a) => a.text === 'بغداد'));
  });

  it('reports progress after each source and stops between sources when cancelled', async () => {
    const sources = Array.from({ length: 20 }, (_, i) => ({ path: `s${i}.txt`, text, spans: [span('T1', 'بغداد')] }));
    const seen: string[] = [];
    let done = 0;
    const s = await applyImport(target, { sources, problems: [] }, { report: (d, total) => (seen.push(`${d}/${total}`), (done = d)), cancelled: () => done >= 10 }, NOW);
    assert.strictEqual(s.cancelled, true);
    assert.deepStrictEqual(seen, seen.map((_, i) => `${i + 1}/20`));
    assert.ok(s.sources.length >= 10 && s.sources.length < 20, String(s.sources.length));
    assert.strictEqual(s.added, s.sources.length);
    const full = await applyImport(target, { sources, problems: [] }, { cancelled: () => false }, NOW);
    assert.strictEqual(full.cancelled, false);
    assert.strictEqual(full.sources.length, 20);
  });
});
