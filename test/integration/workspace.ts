// Small helpers for integration tests: where the test workspace is, fresh copies of fixtures in
// it, reading files back from disk, and polling for effects that land asynchronously.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The repository root (this file runs from out/test/integration/). */
export const repoRoot = path.resolve(__dirname, '../../..');

/**
 * The folder the tests run in: a throw-away copy made by the launcher (HAMISH_TEST_WORKSPACE),
 * holding the shared fixtures. Falls back to the first open workspace folder.
 */
export function testWorkspace(): string {
  const fromEnv = process.env.HAMISH_TEST_WORKSPACE;
  if (fromEnv) return fromEnv;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder?.uri.scheme === 'file') return folder.uri.fsPath;
  throw new Error('No test workspace: set HAMISH_TEST_WORKSPACE or open a folder');
}

/** Absolute path of a file in the test workspace. */
export function workspacePath(...segments: string[]): string {
  return path.join(testWorkspace(), ...segments);
}

/** Where tests may leave screenshots and other files for a person to look at (git-ignored). */
export function artifactsDir(): string {
  const dir = process.env.HAMISH_TEST_ARTIFACTS ?? path.join(repoRoot, 'test-artifacts');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

let copies = 0;

/**
 * Copies a fixture (a file at the top of the test workspace, such as `seed-article.ar.txt`) to a
 * new file beside it whose name no other test uses, so a test can edit it freely.
 * `seed-article.ar.txt` becomes `seed-article-copy3.ar.txt` (the full extension is kept).
 * Returns the new file's absolute path.
 */
export function copyFixture(name: string): string {
  const source = workspacePath(name);
  const dot = name.indexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let target: string;
  do {
    copies += 1;
    target = workspacePath(`${stem}-copy${copies}${ext}`);
  } while (fs.existsSync(target));
  fs.copyFileSync(source, target);
  return target;
}

/** The file's bytes on disk decoded as UTF-8 (a byte-order mark is dropped, as VS Code does). */
export function readDisk(file: string): string {
  return new TextDecoder('utf-8').decode(fs.readFileSync(file));
}

/**
 * Polls `predicate` until it returns a truthy value (which is returned) or `timeoutMs` passes,
 * then throws with `message`. For effects VS Code applies asynchronously (file writes,
 * decorations, diagnostics): wait for the effect rather than sleeping a fixed time.
 */
export async function waitUntil<T>(
  predicate: () => T | Promise<T>,
  { timeoutMs = 5000, intervalMs = 50, message = 'condition' }: { timeoutMs?: number; intervalMs?: number; message?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value;
    } catch (err) {
      lastError = err; // keep polling; report the last error if time runs out
    }
    if (Date.now() >= deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
