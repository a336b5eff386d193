/**
 * How the store treats the file system: the lock (stale, live, timed out), modes, read-only
 * sidecars, links, a full disk, a program that writes during a save, and what crashed
 * writers leave behind. Real files in a temporary folder; a real tmpfs for the full disk
 * where the machine lets us mount one.
 */
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { nodeLockEnvironment } from '../../src/node/lockEnvironment';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import type { AnnotationSet } from '../../src/core/model/annotation';
import { createAnnotation } from '../../src/core/model/build';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import type { FileSystem } from '../../src/core/store/fileSystem';
import { LockTimeoutError, lockPathFor, withSidecarLock } from '../../src/core/store/sidecarLock';
import { ReadOnlySidecarError, SidecarStore } from '../../src/core/store/sidecarStore';
import { cpIndexOf, seedArticle, tempDir } from './support/fixtures';
import { FIXED_TIME, sampleSet } from './support/sampleSet';

const env = nodeLockEnvironment('unit test');

describe('sidecar store and the file system', () => {
  const text = seedArticle();
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = path.join(dir, 'seed-article.ar.txt.ann.yaml');
  });
  afterEach(() => {
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const withActor = (set: AnnotationSet, quote: string): AnnotationSet => {
    const start = cpIndexOf(text, quote);
    const a = createAnnotation(text, { type: 'actor', start, end: start + [...quote].length, now: FIXED_TIME });
    return { ...set, annotations: [...set.annotations, a] };
  };
  const leftovers = (folder = dir) => fs.readdirSync(folder).filter((n) => /\.(tmp|lock|stale)$/.test(n));

  async function saved(store: SidecarStore) {
    const r = await store.save(file, sampleSet(text), undefined);
    assert.strictEqual(r.kind, 'saved');
    return r.snapshot;
  }

  describe('the lock', () => {
    it('is held during the save and gone after it', async () => {
      const seen: string[] = [];
      const spy: FileSystem = {
        ...nodeFileSystem,
        rename: async (from, to) => {
          if (to === file) seen.push(fs.existsSync(lockPathFor(file)) ? 'locked' : 'unlocked');
          return nodeFileSystem.rename(from, to);
        },
      };
      await new SidecarStore(spy, env).save(file, sampleSet(text), undefined);
      assert.deepStrictEqual(seen, ['locked']);
      assert.deepStrictEqual(leftovers(), []);
    });

    it('makes two stores in one process take turns (neither loses the other’s annotation)', async () => {
      const first = await saved(new SidecarStore(nodeFileSystem, env));
      const a = new SidecarStore(nodeFileSystem, env);
      const b = new SidecarStore(nodeFileSystem, env);
      await Promise.all([a.save(file, withActor(first.set, 'لويد أوستن'), first), b.save(file, withActor(first.set, 'داعش'), first)]);
      const loaded = await a.load(file);
      assert.strictEqual(loaded.kind, 'loaded');
      assert.deepStrictEqual(loaded.snapshot.set.annotations.map((x) => x.text).filter((t) => t === 'لويد أوستن' || t === 'داعش').sort(), ['داعش', 'لويد أوستن']);
    });

    it('breaks the lock of a process of this machine that no longer runs', async () => {
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      const pid = Number(dead.stdout);
      fs.writeFileSync(lockPathFor(file), JSON.stringify({ pid, host: os.hostname(), tool: 'crashed', since: Date.now(), token: 'x' }));
      const r = await new SidecarStore(nodeFileSystem, env, { timeoutMs: 2000 }).save(file, sampleSet(text), undefined);
      assert.strictEqual(r.kind, 'saved');
      assert.deepStrictEqual(leftovers(), []);
    });

    it('breaks a lock older than any save takes, whoever holds it', async () => {
      fs.writeFileSync(lockPathFor(file), JSON.stringify({ pid: 1, host: 'elsewhere', tool: 'old', since: Date.now() - 120_000, token: 'x' }));
      const r = await new SidecarStore(nodeFileSystem, env, { timeoutMs: 2000 }).save(file, sampleSet(text), undefined);
      assert.strictEqual(r.kind, 'saved');
    });

    it('waits for a live holder, then fails naming it and the lock file, leaving the sidecar as it was', async () => {
      fs.writeFileSync(file, serializeSidecar(sampleSet(text)));
      const before = fs.readFileSync(file);
      const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
      try {
        fs.writeFileSync(lockPathFor(file), JSON.stringify({ pid: sleeper.pid, host: os.hostname(), tool: 'hamish CLI', since: Date.now(), token: 'live' }));
        await assert.rejects(
          new SidecarStore(nodeFileSystem, env, { timeoutMs: 300 }).save(file, withActor(sampleSet(text), 'داعش'), undefined),
          (e: unknown) => e instanceof LockTimeoutError && e.message.includes(`hamish CLI (process ${sleeper.pid}`) && e.message.includes(lockPathFor(file)),
        );
        assert.deepStrictEqual(fs.readFileSync(file), before);
        assert.ok(fs.existsSync(lockPathFor(file)), 'a live lock is never removed');
      } finally {
        sleeper.kill();
      }
    });

    it('does not delete a lock that is no longer its own when it releases', async () => {
      await withSidecarLock(nodeFileSystem, env, file, async () => {
        // Someone judged ours stale and took the lock: theirs must survive our release.
        fs.writeFileSync(lockPathFor(file), JSON.stringify({ pid: 2, host: 'other', tool: 'other', since: Date.now(), token: 'theirs' }));
      });
      assert.ok(fs.readFileSync(lockPathFor(file), 'utf8').includes('"theirs"'));
    });
  });

  describe('file-system manners', () => {
    it('refuses a read-only sidecar, clearly, and leaves it as it was', async () => {
      const store = new SidecarStore(nodeFileSystem, env);
      const first = await saved(store);
      fs.chmodSync(file, 0o444);
      const before = fs.readFileSync(file);
      await assert.rejects(store.save(file, withActor(first.set, 'داعش'), first), (e: unknown) => e instanceof ReadOnlySidecarError && /read-only/.test(e.message));
      assert.deepStrictEqual(fs.readFileSync(file), before);
      assert.strictEqual(fs.statSync(file).mode & 0o777, 0o444);
      assert.deepStrictEqual(leftovers(), []);
    });

    it('keeps a private sidecar private', async () => {
      const store = new SidecarStore(nodeFileSystem, env);
      const first = await saved(store);
      fs.chmodSync(file, 0o600);
      await store.save(file, withActor(first.set, 'داعش'), first);
      assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
      assert.ok(fs.readFileSync(file, 'utf8').includes('داعش'));
    });

    it('writes through a symbolic link to its target, which stays a link', async () => {
      const real = path.join(dir, 'store');
      fs.mkdirSync(real);
      const target = path.join(real, 'seed.ann.yaml');
      fs.writeFileSync(target, serializeSidecar(sampleSet(text)));
      fs.symlinkSync(target, file);
      const store = new SidecarStore(nodeFileSystem, env);
      const loaded = await store.load(file);
      assert.strictEqual(loaded.kind, 'loaded');
      await store.save(file, withActor(loaded.snapshot.set, 'داعش'), loaded.snapshot);
      assert.ok(fs.lstatSync(file).isSymbolicLink(), 'the link is still a link');
      assert.ok(fs.readFileSync(target, 'utf8').includes('داعش'), 'the target has the change');
      assert.deepStrictEqual([...leftovers(), ...leftovers(real)], []);
    });

    it('merges with a program that writes the file during the save, instead of overwriting it', async () => {
      const store = new SidecarStore(nodeFileSystem, env);
      const first = await saved(store);
      const handEdited = serializeSidecar(withActor(first.set, 'لويد أوستن'));
      let wrote = false;
      // An editor that ignores the lock saves between our read and our rename.
      const racing: FileSystem = {
        ...nodeFileSystem,
        writeFile: async (p, data, options) => {
          await nodeFileSystem.writeFile(p, data, options);
          if (!wrote) {
            wrote = true;
            await new Promise((r) => setTimeout(r, 20)); // a later mtime than our read saw
            fs.writeFileSync(file, handEdited);
          }
        },
      };
      const r = await new SidecarStore(racing, env).save(file, withActor(first.set, 'داعش'), first);
      assert.strictEqual(r.kind, 'saved');
      const texts = r.snapshot.set.annotations.map((a) => a.text);
      assert.ok(texts.includes('لويد أوستن') && texts.includes('داعش'), texts.join());
      assert.ok(fs.readFileSync(file, 'utf8').includes('لويد أوستن'));
      assert.deepStrictEqual(leftovers(), []);
    });

    it('removes the temporary files and locks that crashed writers left, on the next save', async () => {
      const store = new SidecarStore(nodeFileSystem, env);
      const first = await saved(store);
      fs.writeFileSync(path.join(dir, '.seed-article.ar.txt.ann.yaml.deadbeef00.tmp'), 'half a file');
      fs.writeFileSync(path.join(dir, '.seed-article.ar.txt.ann.yaml.lock.0123456789abcdef.stale'), '{}');
      fs.writeFileSync(path.join(dir, '.other.txt.ann.yaml.deadbeef00.tmp'), 'not ours to remove');
      const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
      const oldLock = path.join(dir, '.seed-article.ar.txt.ann.yaml.lock.123.old.new');
      const deadLock = path.join(dir, `.seed-article.ar.txt.ann.yaml.lock.${dead}.x.new`);
      const waiting = path.join(dir, `.seed-article.ar.txt.ann.yaml.lock.${process.pid}.now.new`);
      fs.writeFileSync(deadLock, '{}');
      fs.writeFileSync(oldLock, '{}');
      fs.utimesSync(oldLock, new Date(Date.now() - 300_000), new Date(Date.now() - 300_000));
      fs.writeFileSync(waiting, '{}'); // another writer's, on its way into place: not litter yet
      // A writer that dies mid-save leaves its lock too: breaking it is what sends us looking.
      fs.writeFileSync(lockPathFor(file), JSON.stringify({ pid: dead, host: os.hostname(), tool: 'crashed', since: Date.now(), token: 'x' }));
      await store.save(file, withActor(first.set, 'داعش'), first);
      assert.deepStrictEqual(fs.readdirSync(dir).filter((n) => n.startsWith('.')).sort(), ['.other.txt.ann.yaml.deadbeef00.tmp', path.basename(waiting)]);
    });

    it('removes leftovers at a store’s first save of a sidecar, with no lock left beside them', async () => {
      fs.writeFileSync(file, serializeSidecar(sampleSet(text)));
      fs.writeFileSync(path.join(dir, '.seed-article.ar.txt.ann.yaml.deadbeef00.tmp'), 'half a file');
      const store = new SidecarStore(nodeFileSystem, env);
      const loaded = await store.load(file);
      assert.strictEqual(loaded.kind, 'loaded');
      await store.save(file, withActor(loaded.snapshot.set, 'داعش'), loaded.snapshot);
      assert.deepStrictEqual(leftovers(), []);
    });

    it('lists a folder once for many saves, not once per save (an import saves thousands)', async () => {
      let listed = 0;
      const counting: FileSystem = { ...nodeFileSystem, list: (d) => (listed++, nodeFileSystem.list(d)) };
      const store = new SidecarStore(counting, env);
      for (let i = 0; i < 5; i++) {
        const r = await store.save(path.join(dir, `s${i}.txt.ann.yaml`), sampleSet(text), undefined);
        assert.strictEqual(r.kind, 'saved');
      }
      const again = await store.load(path.join(dir, 's0.txt.ann.yaml'));
      assert.strictEqual(again.kind, 'loaded');
      await store.save(path.join(dir, 's0.txt.ann.yaml'), withActor(again.snapshot.set, 'داعش'), again.snapshot);
      assert.strictEqual(listed, 1);
    });

    it('leaves the old file whole and no temporary file when the disk is full', async function () {
      const mount = path.join(dir, 'small');
      fs.mkdirSync(mount);
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]).status === 0;
      const store = new SidecarStore(mounted ? nodeFileSystem : fullAfter(16 * 1024), env);
      const small = path.join(mount, 'seed-article.ar.txt.ann.yaml');
      try {
        const first = await store.save(small, sampleSet(text), undefined);
        assert.strictEqual(first.kind, 'saved');
        const before = fs.readFileSync(small);
        let big = first.snapshot.set;
        for (let i = 0; i < 40; i++) big = { ...big, annotations: [...big.annotations, { ...big.annotations[0]!, id: `abig${i}`, note: 'ح'.repeat(2000) }] };
        await assert.rejects(store.save(small, big, first.snapshot), (e: unknown) => /ENOSPC|no space/i.test(String(e)));
        assert.deepStrictEqual(fs.readFileSync(small), before, 'the sidecar is as it was');
        assert.deepStrictEqual(leftovers(mount), [], 'no partial temporary file');
      } finally {
        if (mounted) spawnSync('umount', [mount]);
      }
    });
  });
});

/** Node's fs, but a write past `limit` bytes fails as a full disk does, after writing what fits. */
function fullAfter(limit: number): FileSystem {
  return {
    ...nodeFileSystem,
    async writeFile(p, data, options) {
      if (data.length <= limit) return nodeFileSystem.writeFile(p, data, options);
      fs.writeFileSync(p, data.subarray(0, limit));
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${p}'`), { code: 'ENOSPC' });
    },
  };
}
