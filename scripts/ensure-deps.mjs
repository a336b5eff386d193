// The pre-step of `npm start` and `npm test`: installs the npm packages when node_modules is
// missing or older than package-lock.json, so a fresh clone needs nothing but Node and npm.
// Plain Node with built-in modules only, since it runs before any package is there.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why an install is needed, or undefined when node_modules matches the lock file. */
export function staleReason(root = repoRoot) {
  // npm writes node_modules/.package-lock.json at the end of every install: its age is the install's.
  const installed = mtime(path.join(root, 'node_modules', '.package-lock.json'));
  if (installed === undefined) return 'node_modules is missing';
  const lock = mtime(path.join(root, 'package-lock.json'));
  if (lock !== undefined && lock > installed) return 'package-lock.json is newer than node_modules';
  return undefined;
}

/** Runs `npm ci` in the repository when needed; exits the process if it fails. */
export function ensureDependencies(root = repoRoot) {
  const reason = staleReason(root);
  if (!reason) return;
  console.log(`[deps] ${reason}: npm ci (installs the packages in package-lock.json into node_modules/)`);
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`[deps] npm ci failed (${r.error?.message ?? `exit ${r.status}`}); fix that, then run the command again`);
    process.exit(r.status || 1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureDependencies();
