/**
 * An in-memory file system and a virtual clock for the sidecar lock's and store's unit tests:
 * races (a holder releasing between two looks, a lock replaced while being broken) are staged
 * through hooks, and its waits pass in virtual time, so no test depends on the machine's speed.
 */
import type { FileStat, FileSystem } from '../../../src/core/store/fileSystem';
import type { LockEnvironment } from '../../../src/core/store/sidecarLock';

export const HOST = 'desk-1';
export const OWN_PID = 4242;

/** A lock environment on HOST whose idea of which processes run is a table the test fills. */
export function fakeEnv(alive: Record<number, boolean | undefined> = {}, tool = 'VS Code'): LockEnvironment & { asked: number[] } {
  const asked: number[] = [];
  return {
    owner: { pid: OWN_PID, host: HOST, tool },
    asked,
    isAlive(pid: number) {
      asked.push(pid);
      return alive[pid];
    },
  };
}

export const notFound = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });

/** What each call of the lock may be made to do first: throw, change files, or answer itself. */
export interface LockFsHooks {
  createExclusive?(path: string, staging: string): boolean | undefined;
  stat?(path: string): void;
  readFile?(path: string): void;
  writeFile?(path: string): void;
  rename?(from: string, to: string): void;
  delete?(path: string): void;
}

/** Files in a Map, each with the virtual time it was written; every call is logged. */
export class LockFs implements FileSystem {
  files = new Map<string, { data: Uint8Array; mtime: number }>();
  log: string[] = [];
  hooks: LockFsHooks = {};
  constructor(private readonly clock: { now(): number } = { now: () => Date.now() }) {}

  put(path: string, text: string, mtime = this.clock.now()): void {
    this.files.set(path, { data: new TextEncoder().encode(text), mtime });
  }
  text(path: string): string | undefined {
    const f = this.files.get(path);
    return f && new TextDecoder().decode(f.data);
  }
  json(path: string): Record<string, unknown> {
    return JSON.parse(this.text(path)!) as Record<string, unknown>;
  }
  names(): string[] {
    return [...this.files.keys()].sort();
  }

  async readFile(path: string): Promise<Uint8Array> {
    this.log.push(`read ${path}`);
    this.hooks.readFile?.(path);
    const f = this.files.get(path);
    if (!f) throw notFound(path);
    return f.data;
  }
  async writeFile(path: string, data: Uint8Array): Promise<void> {
    this.hooks.writeFile?.(path);
    this.files.set(path, { data, mtime: this.clock.now() });
  }
  async createExclusive(path: string, data: Uint8Array, staging: string): Promise<boolean> {
    this.log.push(`create ${path} via ${staging}`);
    const forced = this.hooks.createExclusive?.(path, staging);
    if (forced !== undefined) return forced;
    if (this.files.has(path)) return false;
    this.files.set(path, { data, mtime: this.clock.now() });
    return true;
  }
  async rename(from: string, to: string): Promise<void> {
    this.log.push(`rename ${from} -> ${to}`);
    this.hooks.rename?.(from, to);
    const f = this.files.get(from);
    if (!f) throw notFound(from);
    this.files.set(to, f);
    this.files.delete(from);
  }
  async delete(path: string): Promise<void> {
    this.log.push(`delete ${path}`);
    this.hooks.delete?.(path);
    this.files.delete(path);
  }
  async stat(path: string): Promise<FileStat | undefined> {
    this.hooks.stat?.(path);
    const f = this.files.get(path);
    return f && { mtime: f.mtime, size: f.data.length, type: 'file' };
  }
  async realPath(path: string): Promise<string> {
    return path;
  }
  async list(): Promise<string[]> {
    return this.names();
  }
  async syncFolder(): Promise<void> {}
}

/**
 * Runs `body` with Date.now, setTimeout and Math.random replaced: time stands still but for the
 * lock's sleeps, each of which moves the clock on by its length at once (and is recorded).
 */
export async function inVirtualTime<T>(body: (clock: { now(): number; sleeps: number[]; advance(ms: number): void }) => Promise<T>, start = 1_800_000_000_000): Promise<T> {
  const saved = { now: Date.now, setTimeout: globalThis.setTimeout, random: Math.random };
  let t = start;
  const clock = { now: () => t, sleeps: [] as number[], advance: (ms: number) => void (t += ms) };
  Date.now = () => t;
  Math.random = () => 0.5;
  globalThis.setTimeout = ((fn: () => void, ms = 0) => {
    clock.sleeps.push(ms);
    t += ms;
    return saved.setTimeout(fn, 0);
  }) as typeof setTimeout;
  try {
    return await body(clock);
  } finally {
    Date.now = saved.now;
    globalThis.setTimeout = saved.setTimeout;
    Math.random = saved.random;
  }
}
