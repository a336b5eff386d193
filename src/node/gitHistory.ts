/**
 * The old text of a source from git, for exact re-anchoring when no editor holds it: a
 * source changed by `git pull` while it was closed, or checked by the CLI. Given the source's
 * path and the SHA-256 its sidecar recorded, looks through the file's recent commits for the
 * version with that hash. Everything is bounded (commits looked at, bytes read, time per git
 * call); no git, not a repository, or no such version: undefined, and re-anchoring goes on
 * without the old text.
 */
import { execFile } from 'child_process';
import * as path from 'path';
import { sha256Hex, stripBom } from '../core';

export interface GitHistoryOptions {
  /** Commits of the file looked at, newest first. Default 200. */
  maxCommits?: number;
  /** Time one git call may take, in milliseconds. Default 5,000. */
  timeoutMs?: number;
  /** Largest file version read, in bytes. Default 64 MB (beyond the largest source Hamish opens). */
  maxBytes?: number;
}

const DEFAULTS = { maxCommits: 200, timeoutMs: 5_000, maxBytes: 64 * 1024 * 1024 };

/** Runs git in `cwd`; undefined on any failure (no git, not a repository, timeout, too large). */
function git(cwd: string, args: string[], timeoutMs: number, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    // No shell: the path is an argument, never parsed. GIT_OPTIONAL_LOCKS=0: a read-only look
    // never takes the index lock another git command (a pull under way) may need.
    execFile('git', args, { cwd, timeout: timeoutMs, maxBuffer: maxBytes, encoding: 'buffer', windowsHide: true, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (error, stdout) => {
      resolve(error ? undefined : stdout);
    });
  });
}

/**
 * The text of `sourcePath` as it was in the most recent commit whose version hashes to
 * `sha256` (the sidecar's `source.sha256`, of the text without BOM), or undefined.
 */
export async function textFromGitHistory(sourcePath: string, sha256: string, options: GitHistoryOptions = {}): Promise<string | undefined> {
  const { maxCommits, timeoutMs, maxBytes } = { ...DEFAULTS, ...options };
  const dir = path.dirname(path.resolve(sourcePath));
  const name = `./${path.basename(sourcePath)}`;
  const log = await git(dir, ['log', '--format=%H', '-n', String(maxCommits), '--', name], timeoutMs, 1024 * 1024);
  if (!log) return undefined;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const commit of log.toString('latin1').split('\n')) {
    if (!/^[0-9a-f]{40,64}$/.test(commit)) continue;
    const bytes = await git(dir, ['show', `${commit}:${name}`], timeoutMs, maxBytes);
    if (!bytes) continue;
    let text: string;
    try {
      text = stripBom(decoder.decode(bytes));
    } catch {
      continue; // not UTF-8 in that commit: not the version the sidecar describes
    }
    if (sha256Hex(text) === sha256) return text;
  }
  return undefined;
}
