/**
 * The sidecar lock in one process, over an in-memory file system and a virtual clock: who may
 * take it, whose lock is stale and is broken, how long a live holder is waited for, what the
 * researcher is told when it is not released, and that the lock goes whatever the save does.
 * (storeFiles.test.ts drives it over real files; multiWriter.test.ts across processes.)
 */
import * as assert from 'assert';
import { LockTimeoutError, isLeftoverStaging, lockPathFor, withSidecarLock } from '../../src/core/store/sidecarLock';
import { HOST, LockFs, OWN_PID, fakeEnv, inVirtualTime, notFound } from './support/lockFs';

const SIDECAR = 'news/article.txt.ann.yaml';
const LOCK = 'news/.article.txt.ann.yaml.lock';

const record = (fields: Record<string, unknown>) => JSON.stringify({ pid: 77, host: HOST, tool: 'hamish CLI', since: Date.now(), token: 'theirtoken000000', ...fields });

/** Takes the lock of SIDECAR, reporting what the task saw of it. */
async function take(fs: LockFs, env = fakeEnv(), options = {}) {
  return withSidecarLock(fs, env, SIDECAR, async (held) => ({ held, lock: fs.text(LOCK) }), options);
}

describe('sidecar lock', () => {
  describe('where it lives', () => {
    it('is a hidden file beside the sidecar, named after it', () => {
      assert.strictEqual(lockPathFor(SIDECAR), LOCK);
      assert.strictEqual(lockPathFor('article.txt.ann.yaml'), '.article.txt.ann.yaml.lock');
      assert.strictEqual(lockPathFor('/article.txt.ann.yaml'), '/.article.txt.ann.yaml.lock');
    });
  });

  describe('a free lock', () => {
    it('is held, with who holds it and since when, while the task runs, and gone after', async () => {
      const fs = new LockFs();
      const seen = await inVirtualTime(async (clock) => {
        const r = await take(fs, fakeEnv({}, 'hamish CLI'));
        return { ...r, now: clock.now() };
      });
      assert.strictEqual(seen.held.brokeStale, false);
      assert.match(seen.lock!, /^\{[^\n]*\}\n$/, 'one line of JSON, as `cat` shows it');
      const held = JSON.parse(seen.lock!) as Record<string, unknown>;
      assert.deepStrictEqual({ ...held, token: undefined }, { pid: OWN_PID, host: HOST, tool: 'hamish CLI', since: seen.now, token: undefined });
      assert.match(String(held.token), /^[a-z2-7]+$/);
      assert.deepStrictEqual(fs.names(), []);
    });

    it('is written under a name of its own (pid and token) and moved into place, so it never exists empty', async () => {
      const fs = new LockFs();
      const { lock } = await take(fs);
      const token = (JSON.parse(lock!) as { token: string }).token;
      assert.strictEqual(fs.log[0], `create ${LOCK} via ${LOCK}.${OWN_PID}.${token}.new`);
    });

    it('gives each acquisition a new token', async () => {
      const fs = new LockFs();
      const a = await take(fs);
      const b = await take(fs);
      assert.notStrictEqual(JSON.parse(a.lock!).token, JSON.parse(b.lock!).token);
    });

    it('passes on what the task returns', async () => {
      assert.strictEqual(await withSidecarLock(new LockFs(), fakeEnv(), SIDECAR, async () => 'saved'), 'saved');
    });

    it('is released when the task fails, and the task’s error is what the caller gets', async () => {
      const fs = new LockFs();
      const boom = new Error('disk full');
      await assert.rejects(withSidecarLock(fs, fakeEnv(), SIDECAR, async () => {
        assert.ok(fs.text(LOCK));
        throw boom;
      }), (e) => e === boom);
      assert.deepStrictEqual(fs.names(), []);
    });
  });

  describe('releasing', () => {
    it('leaves a lock that another writer took meanwhile (it judged ours stale)', async () => {
      const fs = new LockFs();
      const theirs = record({ token: 'theirs' });
      await withSidecarLock(fs, fakeEnv(), SIDECAR, async () => fs.put(LOCK, theirs));
      assert.strictEqual(fs.text(LOCK), theirs);
    });

    it('leaves a lock file that holds no readable record, and one that is already gone', async () => {
      const fs = new LockFs();
      await withSidecarLock(fs, fakeEnv(), SIDECAR, async () => fs.put(LOCK, 'half a reco'));
      assert.strictEqual(fs.text(LOCK), 'half a reco');
      const other = new LockFs();
      await withSidecarLock(other, fakeEnv(), SIDECAR, async () => void other.files.delete(LOCK));
      assert.ok(!other.log.some((l) => l.startsWith('delete')), other.log.join('\n'));
    });

    it('does not turn a save into a failure when the lock cannot be read back: the lock stays and ages', async () => {
      const fs = new LockFs();
      const r = await withSidecarLock(fs, fakeEnv(), SIDECAR, async () => {
        fs.hooks.readFile = () => {
          throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        };
        return 'saved';
      });
      assert.strictEqual(r, 'saved');
      assert.ok(fs.text(LOCK));
    });
  });

  describe('a stale lock', () => {
    it('is broken when its holder was a process of this machine that no longer runs', async () => {
      const fs = new LockFs();
      fs.put(LOCK, record({ pid: 77 }));
      const env = fakeEnv({ 77: false });
      const r = await take(fs, env);
      assert.strictEqual(r.held.brokeStale, true);
      assert.strictEqual(JSON.parse(r.lock!).pid, OWN_PID);
      assert.deepStrictEqual(env.asked, [77]);
      assert.deepStrictEqual(fs.names(), [], 'the lock moved aside is removed too');
      const aside = fs.log.find((l) => l.startsWith(`rename ${LOCK} -> `))!;
      assert.match(aside, /\.lock -> news\/\.article\.txt\.ann\.yaml\.lock\.[a-z2-7]+\.stale$/);
      assert.ok(fs.log.includes(`delete ${aside.split(' -> ')[1]}`));
    });

    it('is broken when older than any save takes (60 s by default), whoever holds it', async () => {
      await inVirtualTime(async (clock) => {
        const fs = new LockFs(clock);
        fs.put(LOCK, record({ host: 'elsewhere', since: clock.now() - 60_001 }));
        assert.strictEqual((await take(fs)).held.brokeStale, true);
        fs.put(LOCK, record({ host: 'elsewhere', since: clock.now() - 60_000 }));
        await assert.rejects(take(fs, fakeEnv(), { timeoutMs: 0 }), LockTimeoutError, 'exactly 60 s old is not yet stale');
      });
    });

    it('takes its age limit from the options', async () => {
      await inVirtualTime(async (clock) => {
        const fs = new LockFs(clock);
        fs.put(LOCK, record({ host: 'elsewhere', since: clock.now() - 1_001 }));
        assert.strictEqual((await take(fs, fakeEnv(), { staleAfterMs: 1_000 })).held.brokeStale, true);
      });
    });

    it('without a readable record is judged by the file’s age alone', async () => {
      await inVirtualTime(async (clock) => {
        const fs = new LockFs(clock);
        fs.put(LOCK, '{"pid": 77', clock.now() - 60_001);
        assert.strictEqual((await take(fs)).held.brokeStale, true);
        // A fresh one may be a lock being written this very moment.
        fs.put(LOCK, 'not json');
        const env = fakeEnv({ 0: false });
        await assert.rejects(take(fs, env, { timeoutMs: 0 }), (e: unknown) => e instanceof LockTimeoutError && e.holder === undefined);
        assert.deepStrictEqual(env.asked, []);
      });
    });

    it('a record missing a field counts as unreadable', async () => {
      for (const [field, value] of [['pid', '77'], ['host', 1], ['since', 'now'], ['token', 5]] as const) {
        const fs = new LockFs();
        fs.put(LOCK, record({ pid: 77, [field]: value }));
        await assert.rejects(take(fs, fakeEnv({ 77: false }), { timeoutMs: 0 }), (e: unknown) => e instanceof LockTimeoutError && e.holder === undefined, field);
      }
    });

    it('is put back when what was moved aside is a fresh writer’s lock that took the place meanwhile', async () => {
      const fs = new LockFs();
      const fresh = record({ pid: 78, token: 'fresh' });
      fs.put(LOCK, record({ pid: 77 }));
      fs.hooks.rename = (from) => {
        if (from === LOCK) fs.put(LOCK, fresh); // the dead lock was released and retaken in between
        fs.hooks.rename = undefined;
      };
      await assert.rejects(take(fs, fakeEnv({ 77: false, 78: true }), { timeoutMs: 0 }),
        (e: unknown) => e instanceof LockTimeoutError && e.holder?.pid === 78);
      assert.strictEqual(fs.text(LOCK), fresh);
      assert.deepStrictEqual(fs.names(), [LOCK], 'nothing moved aside is left');
      assert.ok(fs.log.some((l) => l.startsWith(`create ${LOCK} via ${LOCK}.0.`) && l.endsWith('.new')), fs.log.join('\n'));
    });

    it('is left alone when another writer broke or released it first', async () => {
      const fs = new LockFs();
      fs.put(LOCK, record({ pid: 77 }));
      fs.hooks.rename = (from) => {
        fs.hooks.rename = undefined;
        fs.files.delete(from);
        throw notFound(from);
      };
      const r = await take(fs, fakeEnv({ 77: false }));
      assert.strictEqual(r.held.brokeStale, true);
      assert.strictEqual(JSON.parse(r.lock!).pid, OWN_PID);
      assert.ok(!fs.log.some((l) => l.startsWith('read') && l.endsWith('.stale')));
    });
  });

  describe('a live lock', () => {
    it('is never broken: not another machine’s, not this process’s, not one whose holder cannot be asked about', async () => {
      for (const [fields, alive] of [[{ host: 'elsewhere' }, false], [{ pid: OWN_PID }, false], [{}, undefined], [{}, true]] as const) {
        const fs = new LockFs();
        const held = record(fields);
        fs.put(LOCK, held);
        await assert.rejects(take(fs, fakeEnv({ 77: alive, [OWN_PID]: alive }), { timeoutMs: 0 }), LockTimeoutError);
        assert.strictEqual(fs.text(LOCK), held, JSON.stringify(fields));
        assert.deepStrictEqual(fs.names(), [LOCK]);
      }
    });

    it('is waited for until its holder releases it', async () => {
      await inVirtualTime(async (clock) => {
        const fs = new LockFs(clock);
        fs.put(LOCK, record({ pid: 77 }));
        fs.hooks.readFile = () => {
          if (clock.sleeps.length === 3) fs.files.delete(LOCK);
        };
        const r = await take(fs, fakeEnv({ 77: true }));
        assert.strictEqual(r.held.brokeStale, false);
        assert.strictEqual(JSON.parse(r.lock!).pid, OWN_PID);
        assert.strictEqual(clock.sleeps.length, 3);
      });
    });

    it('is polled fast at first, then every 100 to 200 ms, until 10 s have passed', async () => {
      await inVirtualTime(async (clock) => {
        const fs = new LockFs(clock);
        fs.put(LOCK, record({ pid: 77 }));
        const started = clock.now();
        await assert.rejects(take(fs, fakeEnv({ 77: true })), LockTimeoutError);
        // Math.random is 0.5 here: each wait is 1.5 times the current step.
        assert.deepStrictEqual(clock.sleeps.slice(0, 7), [7.5, 15, 30, 60, 120, 150, 150]);
        const waited = clock.now() - started;
        assert.ok(waited >= 10_000 && waited < 10_150, String(waited));
      });
    });

    it('is waited for as long as the options say', async () => {
      await inVirtualTime(async (clock) => {
        const fs = new LockFs(clock);
        fs.put(LOCK, record({ pid: 77 }));
        const started = clock.now();
        await assert.rejects(take(fs, fakeEnv({ 77: true }), { timeoutMs: 500 }), LockTimeoutError);
        const waited = clock.now() - started;
        assert.ok(waited >= 500 && waited < 650, String(waited));
      });
    });

    it('fails naming the file, its holder and the lock to delete if the holder is really gone', async () => {
      const fs = new LockFs();
      fs.put(LOCK, record({ pid: 77, tool: 'hamish CLI' }));
      const error = await take(fs, fakeEnv({ 77: true }), { timeoutMs: 0 }).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof LockTimeoutError);
      assert.strictEqual(error.name, 'LockTimeoutError');
      assert.strictEqual(error.lockPath, LOCK);
      assert.deepStrictEqual(error.holder, { pid: 77, host: HOST, tool: 'hamish CLI', since: JSON.parse(fs.text(LOCK)!).since, token: 'theirtoken000000' });
      assert.strictEqual(error.message,
        `article.txt.ann.yaml is being written by hamish CLI (process 77 on ${HOST}), which did not finish in time. ` +
          `Try again; if no Hamish window or hamish command is running, delete ${LOCK}.`);
    });

    it('names "another program" when the lock does not say who holds it', async () => {
      const fs = new LockFs();
      fs.put(LOCK, record({ tool: 3 }));
      const error = await take(fs, fakeEnv({ 77: true }), { timeoutMs: 0 }).then(() => undefined, (e: unknown) => e as Error);
      assert.match(error!.message, /^article\.txt\.ann\.yaml is being written by another program \(process 77 on desk-1\)/);
      const odd = new LockTimeoutError(lockPathFor('news/minutes.lock.txt.ann.yaml'), undefined);
      assert.match(odd.message, /^minutes\.lock\.txt\.ann\.yaml is being written by another program, /);
    });
  });

  describe('a lock released while being looked at', () => {
    it('is taken on the next attempt, without waiting', async () => {
      for (const vanish of ['on stat', 'on read', 'as FileNotFound', 'as EntryNotFound'] as const) {
        await inVirtualTime(async (clock) => {
          const fs = new LockFs(clock);
          fs.put(LOCK, record({ pid: 77 }));
          const gone = () => {
            fs.files.delete(LOCK);
            if (vanish === 'on read') throw notFound(LOCK);
            if (vanish === 'as FileNotFound') throw Object.assign(new Error('gone'), { code: 'FileNotFound' });
            // VS Code's file system errors may carry the kind in their name only.
            if (vanish === 'as EntryNotFound') throw Object.assign(new Error('gone'), { name: 'EntryNotFound (FileSystemError)' });
          };
          if (vanish === 'on stat') fs.hooks.stat = () => void fs.files.delete(LOCK);
          else fs.hooks.readFile = gone;
          const r = await take(fs, fakeEnv({ 77: true }));
          assert.strictEqual(JSON.parse(r.lock!).pid, OWN_PID, vanish);
          assert.deepStrictEqual(clock.sleeps, [], vanish);
        });
      }
    });

    it('stops with the file system’s error when the lock cannot be read at all', async () => {
      const fs = new LockFs();
      fs.put(LOCK, record({ pid: 77 }));
      const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      fs.hooks.readFile = () => {
        throw denied;
      };
      await assert.rejects(take(fs, fakeEnv({ 77: true })), (e) => e === denied);
    });
  });

  describe('a lock file left on its way into place', () => {
    const name = '.article.txt.ann.yaml.lock';
    // Every process but 78 (alive) and 79 (cannot tell) is dead here: a name whose pid is not a
    // positive whole number must not count even so (to Node, 0 and -77 name process groups).
    const env = { ...fakeEnv(), isAlive: (pid: number) => (pid === 78 ? true : pid === 79 ? undefined : false) };
    it('is litter when the process named in it no longer runs here', () => {
      assert.strictEqual(isLeftoverStaging(`${name}.77.abc.new`, name, env), true);
    });
    it('is not while its writer may still move it into place, or when its name is not a staging name', () => {
      for (const other of [`${name}.78.abc.new`, `${name}.79.abc.new`, `${name}.${OWN_PID}.abc.new`, `${name}.0.abc.new`, `${name}.-77.abc.new`,
        `${name}.x.abc.new`, `${name}.7e-1.abc.new`, `${name}.77.abc.stale`, `${name}77.abc.new`, `.brticle.txt.ann.yaml.lock.77.abc.new`, `${name}.77.abc.newer`]) {
        assert.strictEqual(isLeftoverStaging(other, name, env), false, other);
      }
    });
  });
});
