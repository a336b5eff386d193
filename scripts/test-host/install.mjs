#!/usr/bin/env node
// Installs what the integration tests need to run a real VS Code on a machine without internet
// (as CONTRIBUTING.md explains): Debian packages, a local ripgrep for @vscode/ripgrep's
// download cache, and code-server (a VS Code server build from npm) in .vscode-test/code-server/.
// Idempotent: a marker file makes a second run return in milliseconds.
//
// Usage: node scripts/test-host/install.mjs   (also imported by run-integration.mjs and start.mjs)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3; later lines need Node >= 22
export const cacheDir = path.join(repoRoot, '.vscode-test', 'code-server');
export const codeServerDir = path.join(cacheDir, 'node_modules', 'code-server');
export const codeServerEntry = path.join(codeServerDir, 'out', 'node', 'entry.js');
export const chromiumPath = '/usr/bin/chromium';

// advancecomp's advzip recompresses the .vsix (scripts/package.mjs), which the installed test packs.
const APT_PACKAGES = ['libkrb5-dev', 'pkg-config', 'ripgrep', 'chromium', 'advancecomp'];

// npm >= 11.19 skips dependency install scripts unless they are approved. These are the packages
// whose scripts a code-server install needs (native modules, code-server's postinstall, the rg
// fetch), reviewed with `npm install-scripts ls` and pinned to the versions code-server@4.100.3
// resolves to. The second list is for code-server's postinstall, which runs a nested
// `npm install` inside lib/vscode (a separate npm project that would otherwise skip them all).
const TOP_APPROVALS = ['code-server@4.100.3', 'argon2@0.31.2'];
const VSCODE_APPROVALS = [
  '@parcel/watcher@2.5.1',
  '@vscode/deviceid@0.1.1',
  '@vscode/ripgrep@1.15.11',
  '@vscode/spdlog@0.15.1',
  '@vscode/windows-process-tree@0.6.0',
  '@vscode/windows-registry@1.1.0',
  'kerberos@2.1.1',
  'native-watchdog@1.4.2',
  'node-pty@1.1.0-beta33',
];
// code-server's postinstall then runs `npm install --omit=dev` in lib/vscode/extensions. Nothing
// with a script gets installed there, but the strict check reads the whole lockfile and would stop
// at these two dev dependencies, so they are listed although their scripts never run.
const EXTENSIONS_APPROVALS = ['@parcel/watcher@2.5.1', 'esbuild@0.25.0'];
// Native modules loaded in the verification step: a skipped build shows up here, not at test time.
const NATIVE_MODULES = ['@vscode/spdlog', 'node-pty', 'kerberos', '@parcel/watcher', 'native-watchdog', '@vscode/deviceid'];

const markerPath = path.join(cacheDir, '.installed.json');
const marker = JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: process.versions.node.split('.')[0], TOP_APPROVALS, VSCODE_APPROVALS, EXTENSIONS_APPROVALS });

const log = (msg) => console.log(`[test-host] ${msg}`);

function run(cmd, args, options = {}) {
  log(`$ ${cmd} ${args.join(' ')}${options.cwd ? `   (in ${path.relative(repoRoot, options.cwd) || '.'})` : ''}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

function aptPackagesPresent(packages = APT_PACKAGES) {
  // One dpkg call for all: non-zero when any is missing or only half-installed.
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}\n', ...packages], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().split('\n').every((line) => line === 'install ok installed');
}

/** Installs the Debian packages that are missing (as root, or through sudo); throws when it cannot. */
export function ensureAptPackages(packages = APT_PACKAGES) {
  if (aptPackagesPresent(packages)) return;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => (sudo.length ? run('sudo', ['apt-get', ...args], { env }) : run('apt-get', args, { env }));
  apt('update');
  apt('install', '-y', ...packages);
}

// @vscode/ripgrep downloads rg from GitHub at install time unless this cache file already exists.
function prepareRipgrepCache() {
  const dir = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const tarball = path.join(dir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (fs.existsSync(tarball)) return;
  fs.mkdirSync(dir, { recursive: true });
  run('tar', ['-czf', tarball, '-C', '/usr/bin', 'rg']);
}

function installCodeServer() {
  // Start clean: a half-finished earlier attempt (no marker) is not worth repairing.
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  const pkg = {
    name: 'hamish-test-host',
    private: true,
    description: 'Cache for the integration-test VS Code (code-server). Written by scripts/test-host/install.mjs.',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: Object.fromEntries(TOP_APPROVALS.map((p) => [p, true])),
  };
  fs.writeFileSync(path.join(cacheDir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  // strict: an install script that is not in the lists above fails the install instead of being
  // silently skipped (npm exports this setting to the nested installs through the environment).
  fs.writeFileSync(path.join(cacheDir, '.npmrc'), 'strict-allow-scripts=true\n');

  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root without it
    npm_config_yes: 'true', // a nested script runs `npx node-gyp`, which would wait for a "yes"
    // A pinned approval (pkg@1.2.3) is checked against the version in the lockfile's `resolved`
    // URL. With omit-lockfile-registry-resolved=true (set in ~/.npmrc on these machines) those
    // URLs are missing and npm refuses every pinned approval. Set here in the environment, not in
    // a project .npmrc, because under `npm run` the outer npm already exports the user's value
    // as an environment variable, which outranks any .npmrc; nested installs inherit it too.
    npm_config_omit_lockfile_registry_resolved: 'false',
  };
  const npm = (...args) => run('npm', [...args, '--no-audit', '--no-fund'], { cwd: cacheDir, env });
  // Two phases, because the nested lib/vscode project must have its approvals before its install
  // runs, and that folder only exists once the package is unpacked. (An `allow-scripts` env var or
  // flag cannot be used: npm rejects it in project installs, and it would leak into nested ones.)
  npm('install', '--ignore-scripts');
  const vscodeDir = path.join(codeServerDir, 'lib', 'vscode');
  fs.writeFileSync(path.join(vscodeDir, '.npmrc'), `allow-scripts=${VSCODE_APPROVALS.join(',')}\n`);
  const extensionsDir = path.join(vscodeDir, 'extensions');
  fs.writeFileSync(path.join(extensionsDir, '.npmrc'), `allow-scripts=${EXTENSIONS_APPROVALS.join(',')}\n`);
  npm('rebuild'); // runs the approved scripts: argon2's build, then code-server's postinstall
}

// Proves the install works: the server starts far enough to print its version, native modules load.
function verify() {
  // --config: without one, code-server writes a default config into ~/.config/code-server.
  const config = path.join(cacheDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  const env = { ...process.env, XDG_DATA_HOME: path.join(cacheDir, 'xdg-data') }; // its logs, not in ~
  const r = spawnSync(process.execPath, [codeServerEntry, '--config', config, '--version'], { encoding: 'utf8', timeout: 60_000, env });
  const version = r.stdout?.split('\n').find((line) => line.startsWith(`${CODE_SERVER_VERSION} `));
  if (r.status !== 0 || !version) {
    throw new Error(`code-server --version failed:\n${r.stdout}\n${r.stderr}`);
  }
  const vscodeDir = path.join(codeServerDir, 'lib', 'vscode');
  const probe = `
    const { createRequire } = require('node:module');
    const req = createRequire(${JSON.stringify(path.join(vscodeDir, 'package.json'))});
    for (const m of ${JSON.stringify(NATIVE_MODULES)}) req(m);
    createRequire(${JSON.stringify(path.join(codeServerDir, 'package.json'))})('argon2');
    require('node:fs').accessSync(req.resolve('@vscode/ripgrep/bin/rg'), require('node:fs').constants.X_OK);`;
  const p = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`native modules of code-server do not load:\n${p.stderr}`);
  log(`code-server ${version} starts; its native modules load; rg is in place`);
}

/** Installs (or confirms) everything; fast when the marker says it is already done. */
export function ensureInstalled() {
  const started = Date.now();
  const aptOk = aptPackagesPresent();
  if (aptOk && fs.existsSync(codeServerEntry) && readMarker() === marker) {
    log(`test host ready (code-server ${CODE_SERVER_VERSION}, checked in ${Date.now() - started} ms)`);
    return;
  }
  log('installing the test host (first run: a few minutes)');
  if (!aptOk) ensureAptPackages();
  prepareRipgrepCache();
  if (readMarker() !== marker || !fs.existsSync(codeServerEntry)) installCodeServer();
  verify();
  fs.writeFileSync(markerPath, marker + '\n');
  try {
    import.meta.resolve('playwright-core');
  } catch {
    log('note: playwright-core is missing from node_modules: run `npm ci` in the repo');
  }
  log(`test host installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function readMarker() {
  try {
    return fs.readFileSync(markerPath, 'utf8').trim();
  } catch {
    return undefined;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureInstalled();
  } catch (err) {
    console.error(`[test-host] install failed: ${err.message}`);
    process.exit(1);
  }
}
