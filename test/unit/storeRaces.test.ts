/**
 * A program that ignores the lock (a text editor, a script) writing the sidecar while the store
 * saves it: the store notices by the file's size or time, starts over and merges with what that
 * program wrote, and gives up, saying so, when it never stops. In memory, with staged writes.
 */
import * as assert from 'assert';
import type { AnnotationSet } from '../../src/core/model/annotation';
import { createAnnotation } from '../../src/core/model/build';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { ReadOnlySidecarError, SidecarStore } from '../../src/core/store/sidecarStore';
import { cpIndexOf, seedArticle } from './support/fixtures';
import { LockFs, fakeEnv } from './support/lockFs';
import { FIXED_TIME, sampleSet } from './support/sampleSet';

const FILE = 'news/seed-article.ar.txt.ann.yaml';
const text = seedArticle();
/** A valid annotation id spelling `word` (lowercase letters). */
const idOf = (word: string) => ('a' + word + 'q'.repeat(26)).slice(0, 27);

const withActor = (set: AnnotationSet, quote: string, id: string): AnnotationSet => {
  const start = cpIndexOf(text, quote);
  return { ...set, annotations: [...set.annotations, createAnnotation(text, { id, type: 'actor', start, end: start + [...quote].length, now: FIXED_TIME })] };
};

describe('sidecar store and a program that writes during the save', () => {
  let t: number;
  let fs: LockFs;
  let store: SidecarStore;
  beforeEach(() => {
    t = 1_000;
    fs = new LockFs({ now: () => t });
    store = new SidecarStore(fs, fakeEnv());
  });
  /** Makes the other program write `set` the next time the store writes its temporary file. */
  const intruder = (sets: AnnotationSet[]) => {
    let n = 0;
    fs.hooks.writeFile = (p) => {
      if (!p.endsWith('.tmp') || n >= sets.length) return;
      t += 1_000;
      fs.put(FILE, serializeSidecar(sets[n++]!));
    };
    return () => n;
  };

  it('starts over and merges with a sidecar another program created meanwhile', async () => {
    const theirs = withActor(sampleSet(text), 'داعش', idOf('theirs'));
    intruder([theirs]);
    const r = await store.save(FILE, withActor(sampleSet(text), 'لويد أوستن', idOf('ours')), undefined);
    assert.strictEqual(r.kind, 'saved');
    const ids = r.kind === 'saved' ? r.snapshot.set.annotations.map((a) => a.id) : [];
    assert.ok(ids.includes(idOf('theirs')) && ids.includes(idOf('ours')), ids.join());
    assert.ok(fs.text(FILE)!.includes(idOf('theirs')));
  });

  it('notices a rewrite of the same bytes by its time, and one at the same time by its size', async () => {
    for (const change of ['time', 'size'] as const) {
      const first = await store.save(FILE, sampleSet(text), undefined);
      assert.ok(first.kind === 'saved');
      let n = 0;
      fs.hooks.writeFile = (p) => {
        if (!p.endsWith('.tmp') || n++ > 0) return;
        const before = fs.files.get(FILE)!;
        if (change === 'time') fs.put(FILE, fs.text(FILE)!, (t += 1_000));
        else fs.put(FILE, serializeSidecar(withActor(first.snapshot.set, 'داعش', idOf(`theirs${change}`))), before.mtime);
      };
      const r = await store.save(FILE, withActor(first.snapshot.set, 'لويد أوستن', idOf(`ours${change}`)), first.snapshot);
      assert.ok(r.kind === 'saved', change);
      assert.strictEqual(n, 2, `${change}: the save started over once`);
      assert.strictEqual(r.snapshot.set.annotations.some((a) => a.id === idOf(`theirs${change}`)), change === 'size', change);
      fs.hooks.writeFile = undefined;
    }
  });

  it('gives up after five tries when the file keeps changing, saying so, and keeps what the other program wrote', async () => {
    const sets = Array.from({ length: 10 }, (_, i) => withActor(sampleSet(text), 'داعش', idOf(`other${'abcdefghij'[i]}`)));
    const writes = intruder(sets);
    await assert.rejects(store.save(FILE, withActor(sampleSet(text), 'لويد أوستن', idOf('ours')), undefined),
      (e: unknown) => e instanceof Error && e.message === `${FILE} kept changing while Hamish saved it (5 tries); your annotations are kept, save again later`);
    assert.strictEqual(writes(), 5);
    assert.strictEqual(fs.text(FILE), serializeSidecar(sets[4]!));
    assert.deepStrictEqual(fs.names().filter((n) => n.endsWith('.tmp') || n.endsWith('.lock')), []);
  });

  it('names its read-only error for callers that tell errors apart by name', () => {
    assert.strictEqual(new ReadOnlySidecarError(FILE).name, 'ReadOnlySidecarError');
  });
});
