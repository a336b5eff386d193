import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import type { AnnotationSet } from '../../src/core/model/annotation';
import { createAnnotation } from '../../src/core/model/build';
import type { FileSystem } from '../../src/core/store/fileSystem';
import { SidecarStore } from '../../src/core/store/sidecarStore';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { cpIndexOf, seedArticle, tempDir } from './support/fixtures';
import { FIXED_TIME, sampleSet } from './support/sampleSet';

describe('sidecar store', () => {
  const text = seedArticle();
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = path.join(dir, 'seed-article.ar.txt.ann.yaml');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const addActor = (set: AnnotationSet, quote: string, id: string): AnnotationSet => {
    const start = cpIndexOf(text, quote);
    const a = createAnnotation(text, { type: 'actor', start, end: start + Array.from(quote).length, id, now: FIXED_TIME });
    return { ...set, annotations: [...set.annotations, a] };
  };

  it('saves, then loads the same set', async () => {
    const store = new SidecarStore(nodeFileSystem);
    const set = sampleSet(text);
    const saved = await store.save(file, set, undefined);
    assert.strictEqual(saved.kind, 'saved');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), serializeSidecar(set));
    const loaded = await store.load(file);
    assert.strictEqual(loaded.kind, 'loaded');
    assert.deepStrictEqual(loaded.snapshot.set.annotations.map((a) => a.id).sort(), set.annotations.map((a) => a.id).sort());
    assert.deepStrictEqual(fs.readdirSync(dir), ['seed-article.ar.txt.ann.yaml'], 'no temporary file left behind');
  });

  it('does not parse again a file that still holds the snapshot it was given', async () => {
    const store = new SidecarStore(nodeFileSystem);
    const saved = await store.save(file, sampleSet(text), undefined);
    assert.strictEqual(saved.kind, 'saved');
    assert.deepStrictEqual(await store.load(file, saved.snapshot), { kind: 'unchanged' });
    fs.appendFileSync(file, '# a comment added by hand\n');
    const changed = await store.load(file, saved.snapshot);
    assert.strictEqual(changed.kind, 'loaded');
    assert.strictEqual(changed.snapshot.hasComments, true);
  });

  it('says a missing sidecar is missing', async () => {
    assert.deepStrictEqual(await new SidecarStore(nodeFileSystem).load(file), { kind: 'missing' });
  });

  it('writes through a temporary file and a rename, never in place', async () => {
    const calls: string[] = [];
    const spy: FileSystem = {
      ...nodeFileSystem,
      writeFile: (p, d) => { calls.push(`write ${path.basename(p)}`); return nodeFileSystem.writeFile(p, d); },
      rename: (a, b) => { calls.push(`rename ${path.basename(a)} -> ${path.basename(b)}`); return nodeFileSystem.rename(a, b); },
    };
    await new SidecarStore(spy).save(file, sampleSet(text), undefined);
    assert.strictEqual(calls.length, 2);
    assert.match(calls[0]!, /^write \.seed-article\.ar\.txt\.ann\.yaml\.\w+\.tmp$/);
    assert.match(calls[1]!, /^rename \.seed-article.*\.tmp -> seed-article\.ar\.txt\.ann\.yaml$/);
  });

  it('leaves the old sidecar whole when the write fails', async () => {
    const store = new SidecarStore(nodeFileSystem);
    await store.save(file, sampleSet(text), undefined);
    const before = fs.readFileSync(file);
    const failing: FileSystem = { ...nodeFileSystem, rename: () => Promise.reject(new Error('disk full')) };
    const loaded = await store.load(file);
    assert.strictEqual(loaded.kind, 'loaded');
    await assert.rejects(new SidecarStore(failing).save(file, addActor(loaded.snapshot.set, 'بغداد', 'abaghdad'), loaded.snapshot), /disk full/);
    assert.deepStrictEqual(fs.readFileSync(file), before);
    assert.deepStrictEqual(fs.readdirSync(dir), ['seed-article.ar.txt.ann.yaml']);
  });

  it('never overwrites a sidecar that fails to parse, and says why', async () => {
    fs.writeFileSync(file, 'version: 1\nsource: [unclosed\n');
    const before = fs.readFileSync(file);
    const result = await new SidecarStore(nodeFileSystem).save(file, sampleSet(text), undefined);
    assert.strictEqual(result.kind, 'refused');
    assert.strictEqual(result.problems[0]!.code, 'yaml-syntax');
    assert.strictEqual(result.problems[0]!.file, file);
    assert.deepStrictEqual(fs.readFileSync(file), before);
  });

  it('merges by id when the file changed on disk since it was read', async () => {
    const store = new SidecarStore(nodeFileSystem);
    const first = await store.save(file, sampleSet(text), undefined);
    assert.strictEqual(first.kind, 'saved');
    const base = first.snapshot;
    // Someone else adds an annotation and edits a note on disk.
    const theirs = addActor(structuredClone(base.set), 'لويد أوستن', 'atheirs');
    theirs.annotations.find((a) => a.type === 'date')!.note = 'their note';
    fs.writeFileSync(file, serializeSidecar(theirs));
    // We add another one and remove the claim, from the old base.
    const ours = addActor(structuredClone(base.set), 'بغداد', 'aours');
    ours.annotations = ours.annotations.filter((a) => a.type !== 'claim');
    const result = await store.save(file, ours, base);
    assert.strictEqual(result.kind, 'saved');
    assert.ok(result.merged);
    const loaded = await store.load(file);
    assert.strictEqual(loaded.kind, 'loaded');
    const got = loaded.snapshot.set.annotations;
    assert.ok(got.some((a) => a.id === 'atheirs'), 'their addition kept');
    assert.ok(got.some((a) => a.id === 'aours'), 'our addition kept');
    assert.ok(!got.some((a) => a.type === 'claim'), 'our deletion kept');
    assert.strictEqual(got.find((a) => a.type === 'date')!.note, 'their note', 'their edit kept');
  });

  it('serialises concurrent saves to one file', async () => {
    const store = new SidecarStore(nodeFileSystem);
    const first = await store.save(file, sampleSet(text), undefined);
    assert.strictEqual(first.kind, 'saved');
    const a = addActor(first.snapshot.set, 'بغداد', 'aone');
    const b = addActor(first.snapshot.set, 'لويد أوستن', 'atwo');
    await Promise.all([store.save(file, a, first.snapshot), store.save(file, b, first.snapshot)]);
    const loaded = await store.load(file);
    assert.strictEqual(loaded.kind, 'loaded');
    const ids = loaded.snapshot.set.annotations.map((x) => x.id);
    assert.ok(ids.includes('aone') && ids.includes('atwo'), 'neither concurrent save lost the other');
  });

  it('does not rewrite a file whose content would not change', async () => {
    const store = new SidecarStore(nodeFileSystem);
    const first = await store.save(file, sampleSet(text), undefined);
    assert.strictEqual(first.kind, 'saved');
    const again = await store.save(file, first.snapshot.set, first.snapshot);
    assert.strictEqual(again.kind, 'saved');
    assert.strictEqual(again.written, false);
  });
});
