// The import pipeline: spans checked against the text, ids and links, merging into existing
// sidecars through the store, and an import that has errors writing nothing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyImport, type ImportTarget } from '../../src/core/exchange/applyImport';
import { mergeImported } from '../../src/core/exchange/mergeImported';
import { placeImported } from '../../src/core/exchange/placeImported';
import type { ImportedSpan } from '../../src/core/formats/types';
import { createAnnotation, describeSource } from '../../src/core/model/build';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { SidecarStore } from '../../src/core/store/sidecarStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { cpIndexOf, seedArticle, tempDir } from './support/fixtures';

const NOW = '2026-12-01T09:00:00.000Z';
const text = seedArticle();

function span(localId: string, quote: string, extra: Partial<ImportedSpan> = {}): ImportedSpan {
  const start = cpIndexOf(text, quote);
  return { localId, type: 'actor', start, end: start + [...quote].length, quote, attrs: {}, links: {}, file: 'in.jsonl', line: 1, ...extra };
}

describe('placeImported', () => {
  it('places spans whose quote is at their offsets, keeping a valid given id', () => {
    const r = placeImported([span('T1', 'يحيى رسول', { id: 'agiven00000000000000000001' })], text, NOW);
    assert.deepStrictEqual(r.problems, []);
    const a = r.placed[0]!.annotation;
    assert.strictEqual(a.id, 'agiven00000000000000000001');
    assert.strictEqual(a.text, 'يحيى رسول');
    assert.strictEqual(a.created, NOW);
  });

  it('finds a quote whose offsets are wrong, and reports one that is nowhere with its file and line', () => {
    const moved = span('T1', 'يحيى رسول');
    const r = placeImported([{ ...moved, start: moved.start + 3, end: moved.end + 3 }, { ...span('T2', 'بغداد'), quote: 'لندن', line: 7 }], text, NOW);
    assert.strictEqual(r.placed.length, 1);
    assert.strictEqual(r.placed[0]!.annotation.start, moved.start);
    assert.strictEqual(r.problems.length, 1);
    assert.deepStrictEqual([r.problems[0]!.file, r.problems[0]!.line], ['in.jsonl', 7]);
    assert.match(r.problems[0]!.message, /not found/);
  });

  it('reports out-of-range offsets without a quote, bad names and repeated local ids; gives new ids for invalid ones', () => {
    const r = placeImported([
      { ...span('T1', 'بغداد'), quote: undefined, start: 5, end: 10 ** 9 },
      { ...span('T2', 'بغداد'), type: 'bad type' },
      { ...span('T3', 'بغداد'), id: '../evil' },
      { ...span('T3', 'يحيى رسول') },
    ], text, NOW);
    assert.strictEqual(r.problems.length, 3);
    assert.strictEqual(r.placed.length, 1);
    assert.match(r.placed[0]!.annotation.id, /^a[a-z2-7]{26}$/);
  });
});

describe('mergeImported', () => {
  const actor = createAnnotation(text, { id: 'aexisting0000000000000000001', type: 'actor', ...((s) => ({ start: s.start, end: s.end }))(span('x', 'يحيى رسول')), attrs: { kind: 'person' }, note: 'قديم', now: NOW });
  const other = createAnnotation(text, { id: 'aother000000000000000000001', type: 'date', ...((s) => ({ start: s.start, end: s.end }))(span('x', '11 فبراير/شباط 2024')), now: NOW });

  it('treats the same type and span as the same annotation: fills in, keeps what exists, drops nothing', () => {
    const placed = placeImported([
      span('T1', 'يحيى رسول', { attrs: { role: 'متحدث' } }),
      span('T2', 'استأنفت', { type: 'claim', links: { speaker: ['T1'], date: ['T9'] } }),
    ], text, NOW).placed;
    const m = mergeImported([actor, other], placed);
    assert.deepStrictEqual([m.added, m.updated, m.unchanged], [1, 1, 0]);
    assert.strictEqual(m.annotations.length, 3, 'the date nobody imported is kept');
    const merged = m.annotations.find((a) => a.id === actor.id)!;
    assert.deepStrictEqual({ ...merged.attrs }, { kind: 'person', role: 'متحدث' });
    assert.strictEqual(merged.note, 'قديم');
    const claim = m.annotations.find((a) => a.type === 'claim')!;
    assert.deepStrictEqual({ ...claim.links }, { speaker: actor.id }, 'the link follows the span to the existing id');
    assert.strictEqual(m.problems.length, 1);
    assert.match(m.problems[0]!.message, /"T9"/);
  });

  it('the same id is the same annotation even where the span moved; an identical import changes nothing', () => {
    const same = mergeImported([actor], placeImported([span('T1', 'يحيى رسول', { id: actor.id, note: 'قديم', attrs: { kind: 'person' }, created: NOW, modified: NOW })], text, NOW).placed);
    assert.deepStrictEqual([same.added, same.updated, same.unchanged], [0, 0, 1]);
    const moved = mergeImported([actor], placeImported([span('T1', 'بغداد', { id: actor.id })], text, NOW).placed);
    assert.deepStrictEqual([moved.added, moved.updated], [0, 1]);
    assert.strictEqual(moved.annotations[0]!.text, 'بغداد');
  });
});

describe('applyImport', () => {
  let dir: string;
  let target: ImportTarget;
  beforeEach(() => {
    dir = tempDir();
    target = { fs: nodeFileSystem, store: new SidecarStore(nodeFileSystem), root: dir, makeFolder: async (p) => void fs.mkdirSync(p, { recursive: true }) };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const sidecar = (rel: string) => {
    const parsed = parseSidecar(fs.readFileSync(path.join(dir, rel + '.ann.yaml'), 'utf8'), rel);
    assert.ok(parsed.ok);
    return parsed.set;
  };

  it('writes the source the import carries where none exists, and its sidecar', async () => {
    const s = await applyImport(target, { sources: [{ path: 'news/a.txt', text, spans: [span('T1', 'يحيى رسول')] }], problems: [] }, {}, NOW);
    assert.deepStrictEqual(s.problems, []);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'news/a.txt'), 'utf8'), text);
    assert.strictEqual(sidecar('news/a.txt').annotations[0]!.text, 'يحيى رسول');
    assert.ok(s.sources[0]!.wroteSource && s.sources[0]!.wroteSidecar);
  });

  it('re-anchors onto a differing source on disk instead of trusting the import\'s offsets', async () => {
    const disk = 'مقدمة جديدة.\n' + text;
    fs.writeFileSync(path.join(dir, 'a.txt'), disk);
    const s = await applyImport(target, { sources: [{ path: 'a.txt', text, spans: [span('T1', 'يحيى رسول')] }], problems: [] }, {}, NOW);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), disk, 'the source on disk is never replaced');
    const a = sidecar('a.txt').annotations[0]!;
    assert.strictEqual(a.start, cpIndexOf(disk, 'يحيى رسول'));
    assert.strictEqual(s.sources[0]!.wroteSource, false);
  });

  it('merges into an existing sidecar, keeping its annotations', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    const old = createAnnotation(text, { id: 'aold00000000000000000000001', type: 'date', start: 0, end: 3, now: NOW });
    fs.writeFileSync(path.join(dir, 'a.txt.ann.yaml'), serializeSidecar({ version: 2, source: describeSource('a.txt', text), annotations: [old] }));
    await applyImport(target, { sources: [{ path: 'a.txt', spans: [span('T1', 'يحيى رسول')] }], problems: [] }, {}, NOW);
    assert.deepStrictEqual(sidecar('a.txt').annotations.map((a) => a.id).includes(old.id), true);
    assert.strictEqual(sidecar('a.txt').annotations.length, 2);
  });

  it('writes nothing at all when the importer found an error, or a path leaves the destination', async () => {
    const bad = await applyImport(target, {
      sources: [{ path: 'a.txt', text, spans: [span('T1', 'يحيى رسول')] }],
      problems: [{ file: 'in.jsonl', line: 3, severity: 'error', message: 'not JSON' }],
    }, {}, NOW);
    assert.ok(bad.refused);
    const escape = await applyImport(target, { sources: [{ path: 'a.txt', text, spans: [] }, { path: '../escape.txt', text, spans: [span('T1', 'يحيى رسول')] }], problems: [] }, {}, NOW);
    assert.ok(escape.refused);
    assert.match(escape.problems[0]!.message, /would leave the destination/);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
    assert.ok(!fs.existsSync(path.join(dir, '..', 'escape.txt')));
  });

  it('says so when the source is missing and the import has no text', async () => {
    const s = await applyImport(target, { sources: [{ path: 'gone.txt', spans: [span('T1', 'يحيى رسول')] }], problems: [] }, {}, NOW);
    assert.strictEqual(s.sources.length, 0);
    assert.match(s.problems[0]!.message, /no such source/);
  });
});
