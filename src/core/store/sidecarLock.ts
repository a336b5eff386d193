/**
 * The lock that makes read-merge-write of a sidecar one step across processes: two VS Code
 * windows, the editor and the CLI. Like git's `index.lock`, it is a file created exclusively
 * beside the sidecar (`.article.txt.ann.yaml.lock`); whoever creates it holds the lock, and
 * deletes it when done. Both the editor and the CLI go through the same FileSystem
 * interface, so they honour the same lock.
 *
 * A writer that died while holding it leaves the file behind. Such a lock is stale when its
 * holder is a process on this machine that no longer runs, or when it is older than any save
 * takes (`staleAfterMs`); a stale lock is broken, carefully (see `breakStale`). A live lock
 * is waited for, up to `timeoutMs`, then the save fails with a message that names the holder
 * and says how to remove the file if the holder is really gone.
 */
import { newAnnotationId } from '../model/ids';
import { basename, dirname, isNotFound, joinPath, type FileSystem } from './fileSystem';

/** Who holds a lock: written into the lock file, so a waiting writer can tell whether it is stale. */
export interface LockOwner {
  /** Process id. */
  pid: number;
  /** Machine name: a process id means something only on its own machine. */
  host: string;
  /** What is writing: "VS Code", "hamish CLI", ... for the researcher's message. */
  tool: string;
}

export interface LockEnvironment {
  owner: LockOwner;
  /** Whether a process of this machine is running; undefined when that cannot be known. */
  isAlive(pid: number): boolean | undefined;
}

export interface LockOptions {
  /** How long to wait for a live lock before giving up (default 10 s). */
  timeoutMs?: number;
  /** A lock older than this is stale whoever holds it: no save takes so long (default 60 s). */
  staleAfterMs?: number;
}

interface LockRecord extends LockOwner {
  /** When it was taken (ms since the epoch). */
  since: number;
  /** Unique per acquisition: release and break compare it, never delete another's lock. */
  token: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_STALE_AFTER_MS = 60_000;

/** The lock could not be had in time: the message is for the researcher as it is. */
export class LockTimeoutError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockOwner | undefined,
  ) {
    // The sidecar's name: the lock's without its leading dot and its `.lock`.
    // Stryker disable next-line Regex: `/\./` for `/^\./` is equivalent (a lock's name always starts with the dot lockPathFor gives it)
    const hidden = basename(lockPath).replace(/^\./, '');
    const sidecar = hidden.replace(/\.lock$/, '');
    super(
      `${sidecar} is being written by ` +
        (holder ? `${holder.tool} (process ${holder.pid} on ${holder.host})` : 'another program') +
        `, which did not finish in time. Try again; if no Hamish window or hamish command is running, delete ${lockPath}.`,
    );
    this.name = 'LockTimeoutError';
  }
}

export function lockPathFor(sidecarPath: string): string {
  return joinPath(dirname(sidecarPath), `.${basename(sidecarPath)}.lock`);
}

/** Where a lock file is written before it is moved into place: `<lock>.<pid>.<token>.new`. */
function stagingPath(lockPath: string, pid: number, token: string): string {
  return `${lockPath}.${pid}.${token}.new`;
}

/**
 * Whether a file beside a sidecar is a lock left on its way into place by a writer that died:
 * its process, named in the file name, no longer runs on this machine.
 */
export function isLeftoverStaging(name: string, lockName: string, env: LockEnvironment): boolean {
  if (!name.startsWith(`${lockName}.`) || !name.endsWith('.new')) return false;
  const pid = Number(name.slice(lockName.length + 1).split('.')[0]);
  return Number.isInteger(pid) && pid > 0 && pid !== env.owner.pid && env.isAlive(pid) === false;
}

/** Runs `task` while holding the lock of `sidecarPath`; releases it whatever happens. */
export async function withSidecarLock<T>(
  fs: FileSystem,
  env: LockEnvironment,
  sidecarPath: string,
  task: (lock: HeldInfo) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lockPath = lockPathFor(sidecarPath);
  const { record, brokeStale } = await acquire(fs, env, lockPath, options);
  try {
    return await task({ brokeStale });
  } finally {
    await release(fs, lockPath, record.token);
  }
}

/** What the holder learns on taking the lock. */
export interface HeldInfo {
  /** A dead writer's lock was broken: it may have left temporary files behind. */
  brokeStale: boolean;
}

async function acquire(fs: FileSystem, env: LockEnvironment, lockPath: string, options: LockOptions): Promise<{ record: LockRecord; brokeStale: boolean }> {
  let brokeStale = false;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  const started = Date.now();
  let wait = 5;
  for (;;) {
    const record: LockRecord = { ...env.owner, since: Date.now(), token: randomToken() };
    if (await fs.createExclusive(lockPath, encode(record), stagingPath(lockPath, env.owner.pid, record.token))) return { record, brokeStale };
    const held = await readLock(fs, lockPath);
    if (held === 'gone') continue; // released between our attempt and our look
    if (isStale(held, env, staleAfterMs)) {
      await breakStale(fs, lockPath, held);
      brokeStale = true;
      continue;
    }
    if (Date.now() - started >= timeoutMs) throw new LockTimeoutError(lockPath, held.record);
    // Saves take milliseconds: poll fast at first, then back off; jitter keeps waiters apart.
    await sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 100);
  }
}

async function release(fs: FileSystem, lockPath: string, token: string): Promise<void> {
  let held: HeldLock | 'gone';
  try {
    held = await readLock(fs, lockPath);
  } catch {
    // Unreadable now: we cannot tell it is still ours, so it stays, and goes stale by age.
    // The save's own result (or error) matters more than this.
    return;
  }
  // Ours unless another writer judged it stale and broke it (a save that took minutes):
  // then the file there is theirs, and deleting it would let a third writer in beside them.
  // Stryker disable next-line ConditionalExpression,StringLiteral: 'gone'.record is undefined, so the token comparison alone already spares a vanished lock; the test narrows the type
  if (held !== 'gone' && held.record?.token === token) await fs.delete(lockPath);
}

interface HeldLock {
  /** Undefined when the file holds no readable record (its writer died while creating it). */
  record: LockRecord | undefined;
  text: string;
  mtime: number;
}

async function readLock(fs: FileSystem, lockPath: string): Promise<HeldLock | 'gone'> {
  try {
    const stat = await fs.stat(lockPath);
    // Stryker disable next-line ConditionalExpression: reading a missing file rejects as not found, which also means 'gone' below; the stat is here for the lock's age
    if (!stat) return 'gone';
    const text = new TextDecoder().decode(await fs.readFile(lockPath));
    return { record: parseRecord(text), text, mtime: stat.mtime };
  } catch (e) {
    if (isNotFound(e)) return 'gone';
    throw e;
  }
}

function isStale(held: HeldLock, env: LockEnvironment, staleAfterMs: number): boolean {
  const record = held.record;
  const since = record?.since ?? held.mtime;
  if (Date.now() - since > staleAfterMs) return true;
  // An unreadable record may be a lock being written this very moment: only age condemns it.
  if (!record) return false;
  return record.host === env.owner.host && record.pid !== env.owner.pid && env.isAlive(record.pid) === false;
}

/**
 * Removes a stale lock without ever removing a live one: the lock is first moved aside under
 * a name of our own (atomic), then checked. If what was moved is not the lock judged stale
 * (its holder released it and a new writer took it in between), it is put back.
 */
async function breakStale(fs: FileSystem, lockPath: string, held: HeldLock): Promise<void> {
  const aside = `${lockPath}.${randomToken()}.stale`;
  try {
    await fs.rename(lockPath, aside);
  } catch {
    return; // gone already: someone else broke or released it
  }
  const moved = new TextDecoder().decode(await fs.readFile(aside));
  if (moved !== held.text) {
    // A fresh lock: give it back, unless yet another writer has taken the place meanwhile.
    await fs.createExclusive(lockPath, new TextEncoder().encode(moved), stagingPath(lockPath, 0, randomToken()));
  }
  await fs.delete(aside);
}

function parseRecord(text: string): LockRecord | undefined {
  try {
    const r = JSON.parse(text) as Partial<LockRecord>;
    if (typeof r.pid === 'number' && typeof r.host === 'string' && typeof r.since === 'number' && typeof r.token === 'string') {
      return { pid: r.pid, host: r.host, tool: typeof r.tool === 'string' ? r.tool : 'another program', since: r.since, token: r.token };
    }
  } catch {
    // not JSON: treated as a record-less lock
  }
  return undefined;
}

function encode(record: LockRecord): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(record) + '\n');
}

function randomToken(): string {
  // Stryker disable next-line MethodExpression: any unique string without dots serves as a token; the slice only keeps lock file names short
  return newAnnotationId().slice(1, 17);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
