/**
 * The sidecar store at its edges, over an in-memory file system: files it must refuse to
 * read, sidecars written for another version of the source, saves that need no merge.
 */
import * as assert from 'assert';
import type { AnnotationSet } from '../../src/core/model/annotation';
import type { FileStat, FileSystem } from '../../src/core/store/fileSystem';
import { SidecarStore } from '../../src/core/store/sidecarStore';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { seedArticle } from './support/fixtures';
import { sampleSet } from './support/sampleSet';

const FILE = 'news/seed-article.ar.txt.ann.yaml';
const LIMIT = 64 * 1024 * 1024;

/** Files in a Map; `statSize` lets a test claim a size without holding the bytes. */
class MemoryFs implements FileSystem {
  files = new Map<string, Uint8Array>();
  statSize: number | undefined;
  readError: unknown;
  readFile(path: string): Promise<Uint8Array> {
    if (this.readError) return Promise.reject(this.readError);
    const data = this.files.get(path);
    return data ? Promise.resolve(data) : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }));
  }
  writeFile(path: string, data: Uint8Array): Promise<void> {
    this.files.set(path, data);
    return Promise.resolve();
  }
  rename(from: string, to: string): Promise<void> {
    this.files.set(to, this.files.get(from)!);
    this.files.delete(from);
    return Promise.resolve();
  }
  delete(path: string): Promise<void> {
    this.files.delete(path);
    return Promise.resolve();
  }
  stat(path: string): Promise<FileStat | undefined> {
    const data = this.files.get(path);
    return Promise.resolve(data ? { mtime: 0, size: this.statSize ?? data.length, type: 'file' } : undefined);
  }
  createExclusive(path: string, data: Uint8Array): Promise<boolean> {
    if (this.files.has(path)) return Promise.resolve(false);
    this.files.set(path, data);
    return Promise.resolve(true);
  }
  realPath(path: string): Promise<string> {
    return Promise.resolve(path);
  }
  list(dir: string): Promise<string[]> {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    return Promise.resolve([...this.files.keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map((p) => p.slice(prefix.length)));
  }
  syncFolder(): Promise<void> {
    return Promise.resolve();
  }
  text(path: string): string {
    return new TextDecoder().decode(this.files.get(path));
  }
  put(path: string, text: string | Uint8Array): void {
    this.files.set(path, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  }
}

describe('sidecar store edges', () => {
  const text = seedArticle();

  it('refuses to read a sidecar larger than the limit, by its size on disk or its bytes', async () => {
    const fs = new MemoryFs();
    fs.put(FILE, serializeSidecar(sampleSet(text)));
    fs.statSize = LIMIT + 1;
    assert.deepStrictEqual(await new SidecarStore(fs).load(FILE), { kind: 'invalid', problems: [{
      file: FILE, line: 0, code: 'too-large', severity: 'error', message: 'the sidecar is 64.0 MiB, over the 64 MiB limit; refusing to read it',
    }] });
    fs.statSize = LIMIT;
    assert.strictEqual((await new SidecarStore(fs).load(FILE)).kind, 'loaded', 'exactly at the limit is read');
    fs.statSize = 10;
    fs.put(FILE, new Uint8Array(LIMIT + 1));
    assert.deepStrictEqual(await new SidecarStore(fs).load(FILE), { kind: 'invalid', problems: [{
      file: FILE, line: 0, code: 'too-large', severity: 'error', message: 'the sidecar is over the 64 MiB limit; refusing to read it',
    }] });
  });

  it('refuses bytes that are not UTF-8, and says why a read failed', async () => {
    const fs = new MemoryFs();
    fs.put(FILE, new Uint8Array([0x76, 0x3a, 0x20, 0xff, 0xfe]));
    assert.deepStrictEqual(await new SidecarStore(fs).load(FILE), { kind: 'invalid', problems: [{
      file: FILE, line: 0, code: 'not-utf8', severity: 'error',
      message: 'the sidecar is not UTF-8 text: the byte at offset 3 (0xff) starts no valid UTF-8 character; save it as UTF-8',
    }] });
    fs.readError = new Error('permission denied');
    assert.deepStrictEqual(await new SidecarStore(fs).load(FILE), { kind: 'invalid', problems: [{
      file: FILE, line: 0, code: 'read-failed', severity: 'error', message: 'cannot read the sidecar: permission denied',
    }] });
    fs.readError = 'EIO';
    const r = await new SidecarStore(fs).load(FILE);
    assert.strictEqual(r.kind === 'invalid' && r.problems[0]!.message, 'cannot read the sidecar: EIO');
    const save = await new SidecarStore(fs).save(FILE, sampleSet(text), undefined);
    assert.deepStrictEqual(save, { kind: 'refused', problems: r.kind === 'invalid' ? r.problems : [] });
  });

  it('calls a file that vanishes between stat and read missing', async () => {
    const fs = new MemoryFs();
    fs.put(FILE, serializeSidecar(sampleSet(text)));
    fs.readError = { code: 'FileNotFound' };
    assert.deepStrictEqual(await new SidecarStore(fs).load(FILE), { kind: 'missing' });
  });

  it('writes a new sidecar without merging, reporting no conflicts', async () => {
    const fs = new MemoryFs();
    const set = sampleSet(text);
    const r = await new SidecarStore(fs).save(FILE, set, undefined);
    assert.deepStrictEqual(r, { kind: 'saved', snapshot: { text: serializeSidecar(set), set, hasComments: false }, written: true, merged: false, conflicts: [] });
    assert.deepStrictEqual([...fs.files.keys()], [FILE]);
  });

  it('does not merge when the file still holds the text it was read as, and keeps its comments', async () => {
    const fs = new MemoryFs();
    const set = sampleSet(text);
    fs.put(FILE, '# مراجعة ليلى\n' + serializeSidecar(set));
    const store = new SidecarStore(fs);
    const loaded = await store.load(FILE);
    assert.ok(loaded.kind === 'loaded' && loaded.snapshot.hasComments);
    const fewer: AnnotationSet = { ...set, annotations: set.annotations.slice(1) };
    const r = await store.save(FILE, fewer, loaded.snapshot);
    assert.ok(r.kind === 'saved');
    assert.deepStrictEqual([r.merged, r.written, r.conflicts, r.snapshot.hasComments], [false, true, [], true]);
    assert.ok(fs.text(FILE).startsWith('# مراجعة ليلى\n'));
    assert.strictEqual(r.snapshot.set.annotations.length, 2);
  });

  it('brings their annotations onto our text when their sidecar describes another version', async () => {
    const fs = new MemoryFs();
    const theirs = sampleSet(text);
    fs.put(FILE, serializeSidecar(theirs));
    const newText = 'عاجل: ' + text;
    const ours = sampleSet(newText);
    const seen: AnnotationSet[] = [];
    const store = new SidecarStore(fs);
    const r = await store.save(FILE, { ...ours, annotations: [] }, undefined, {
      adoptTheirs: (set) => {
        seen.push(set);
        return set.annotations.map((a) => ({ ...a, start: a.start + 6, end: a.end + 6 }));
      },
    });
    assert.strictEqual(seen.length, 1);
    assert.strictEqual(seen[0]!.source.sha256, theirs.source.sha256);
    assert.ok(r.kind === 'saved' && r.merged);
    assert.deepStrictEqual(r.snapshot.set.annotations.map((a) => a.start).sort(), theirs.annotations.map((a) => a.start + 6).sort());
    // Same version of the source: their annotations are taken as they are.
    const again = await store.save(FILE, { ...ours, annotations: [] }, undefined, { adoptTheirs: () => assert.fail('not needed') });
    assert.ok(again.kind === 'saved');
  });

  it('leaves no temporary file behind when the rename fails', async () => {
    const fs = new MemoryFs();
    fs.rename = () => Promise.reject(new Error('disk full'));
    await assert.rejects(new SidecarStore(fs).save(FILE, sampleSet(text), undefined), /disk full/);
    assert.deepStrictEqual([...fs.files.keys()], []);
  });

  it('writes the temporary file beside the sidecar under a fresh name each time', async () => {
    const fs = new MemoryFs();
    const names: string[] = [];
    const write = fs.writeFile.bind(fs);
    fs.writeFile = (p, d) => { names.push(p); return write(p, d); };
    const store = new SidecarStore(fs);
    const first = await store.save(FILE, sampleSet(text), undefined);
    assert.ok(first.kind === 'saved');
    await store.save(FILE, { ...first.snapshot.set, annotations: [] }, first.snapshot);
    assert.strictEqual(names.length, 2);
    for (const n of names) assert.match(n, /^news\/\.seed-article\.ar\.txt\.ann\.yaml\.[a-z2-7]{10}\.tmp$/);
    assert.notStrictEqual(names[0], names[1]);
  });

  it('runs a load queued behind a failed save', async () => {
    const fs = new MemoryFs();
    fs.rename = () => Promise.reject(new Error('disk full'));
    const store = new SidecarStore(fs);
    const failed = store.save(FILE, sampleSet(text), undefined);
    const after = store.load(FILE);
    await assert.rejects(failed);
    assert.deepStrictEqual(await after, { kind: 'missing' });
  });
});
