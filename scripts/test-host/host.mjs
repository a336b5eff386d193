// Starts a real VS Code (code-server, installed by install.mjs) on a free loopback port, and
// optionally opens it in Debian's Chromium through playwright-core. Shared by suite.mjs (mocha
// suites inside the host), start.mjs and Playwright e2e checks, so the launch flags live in one place.
//
//   const host = await startHost({ workspace, env });     // browser: true by default
//   await host.page.goto(host.url({ extensionDevelopmentPath: repoRoot }));
//   ...
//   await host.stop();                                     // browser, code-server and its children
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromiumPath, codeServerEntry, repoRoot } from './install.mjs';
import { registerLanguagePack } from './languagePack.mjs';

export { repoRoot };

// Flags known to work for code-server driven by Debian Chromium offline. The fewer background features run, the less
// offline noise (gallery look-ups, update checks) and the steadier the timings. Also used by scripts/make-icon.mjs.
export const CHROMIUM_ARGS = [
  '--no-sandbox', // running as root in a container
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Quiet defaults for a fresh profile: no welcome page, tips, or update/telemetry traffic.
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
};

/**
 * @param {object} options
 * @param {string} options.workspace folder to open
 * @param {Record<string,string>} [options.env] extra environment for code-server; its extension
 *   host inherits it, so this is how tests get their paths
 * @param {boolean} [options.browser=true] open headless Chromium (`page` is undefined when false)
 * @param {number} [options.port] fixed port (default: a free one)
 * @param {string} [options.userDataDir] keep VS Code's profile here (default: a fresh temp dir)
 * @param {object} [options.settings] user settings merged over the quiet defaults
 * @param {{width:number,height:number}} [options.viewport]
 * @param {string} [options.extensionsDir] installed extensions to load, as filled by
 *   installExtension() (default: an empty temp dir); left in place by stop()
 * @param {string} [options.locale] display language (`ar`): registers test/l10n-pack/ for it and
 *   passes `--locale`, so the extension host runs in that language (see languagePack.mjs)
 */
export async function startHost({ workspace, env = {}, browser = true, port, userDataDir, settings = {}, viewport, extensionsDir, locale } = {}) {
  if (!fs.existsSync(codeServerEntry)) throw new Error('code-server is not installed: run `npm run test-host:install`');
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-host-'));
  const dataDir = userDataDir ?? path.join(tempRoot, 'user-data');
  extensionsDir ??= path.join(tempRoot, 'extensions');
  fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = path.join(dataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  }
  if (locale) registerLanguagePack(dataDir, locale);
  const configFile = writeConfig(tempRoot);
  const logFile = path.join(tempRoot, 'code-server.log');
  port ??= await freePort();

  const args = [
    codeServerEntry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(locale ? ['--locale', locale] : []),
    workspace,
  ];
  const logFd = fs.openSync(logFile, 'a');
  // detached: code-server leads a new process group, so one kill reaches the extension host,
  // pty host and file watcher it forks.
  const server = spawn(process.execPath, args, {
    cwd: tempRoot, // not the workspace, which need not exist yet
    env: { ...serverEnv(tempRoot), ...env },
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));
  const killGroupNow = () => signalGroup(server.pid, 'SIGKILL');
  process.on('exit', killGroupNow); // last resort if the caller dies without stop()

  let browserInstance;
  let stopped = false;
  const host = {
    port,
    workspace,
    logFile,
    /** Resolves with {code, signal} when code-server exits. */
    exited,
    page: undefined,
    browser: undefined,
    /** code-server's own log so far (stdout and stderr). */
    log: () => readText(logFile),
    /** The extension host's log files under the profile (where a crash during start-up shows). */
    extensionHostLogs: () => listFiles(path.join(dataDir, 'logs')).filter((f) => /(exthost|remoteagent)\.log$/i.test(f)),
    /** A vscode-remote URI for a path on this machine, as the workbench expects in the payload. */
    remoteUri: (p) => `vscode-remote://127.0.0.1:${port}${encodeURI(path.resolve(p))}`,
    /**
     * The workbench URL for `workspace`. `payload` maps names such as extensionDevelopmentPath and
     * extensionTestsPath to local paths; they are passed as vscode-remote URIs.
     */
    url(payload = {}) {
      const entries = Object.entries(payload).map(([key, value]) => [key, host.remoteUri(value)]);
      const query = new URLSearchParams({ folder: path.resolve(workspace) });
      if (entries.length) query.set('payload', JSON.stringify(entries));
      return `http://127.0.0.1:${port}/?${query}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await browserInstance?.close().catch(() => {});
      await stopGroup(server, exited);
      process.off('exit', killGroupNow);
      fs.rmSync(tempRoot, { recursive: true, force: true });
    },
  };

  try {
    await waitForServer(port, exited, host.log);
    if (browser) {
      const { chromium } = await import('playwright-core');
      browserInstance = await chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: CHROMIUM_ARGS,
        // Chromium writes crash-report folders under XDG_CONFIG_HOME even with a temp profile.
        env: { ...process.env, XDG_CONFIG_HOME: path.join(tempRoot, 'xdg-config'), XDG_CACHE_HOME: path.join(tempRoot, 'xdg-cache') },
      });
      host.browser = browserInstance;
      host.page = await browserInstance.newPage({ viewport: viewport ?? { width: 1400, height: 900 } });
    }
  } catch (err) {
    await host.stop();
    throw err;
  }
  return host;
}

/**
 * Installs a .vsix into `extensionsDir` with code-server's own `--install-extension`, as a user
 * would (no network: the package holds everything). Pass the same dir to startHost() to load it.
 */
export function installExtension(vsix, extensionsDir) {
  if (!fs.existsSync(codeServerEntry)) throw new Error('code-server is not installed: run `npm run test-host:install`');
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-install-'));
  try {
    const args = [codeServerEntry, '--config', writeConfig(tempRoot), '--user-data-dir', path.join(tempRoot, 'user-data'),
      '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix)];
    const r = spawnSync(process.execPath, args, { cwd: tempRoot, env: serverEnv(tempRoot), encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stdout}${r.stderr}`);
    return r.stdout.trim();
  } finally {
    fs.rmSync(tempRoot, { recursive: true, force: true });
  }
}

// Our own config file, or code-server writes a default one (with a password) to ~/.config.
function writeConfig(dir) {
  const file = path.join(dir, 'config.yaml');
  fs.writeFileSync(file, 'auth: none\ncert: false\n');
  return file;
}

// XDG_DATA_HOME: code-server keeps a heartbeat and logs there; not in the user's home.
const serverEnv = (tempRoot) => ({ ...process.env, XDG_DATA_HOME: path.join(tempRoot, 'xdg-data') });

/**
 * A fresh temporary workspace for tests: a copy of the repository's test/fixtures/.
 * `dispose()` removes it.
 */
export function createTestWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-ws-'));
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures'), dir, { recursive: true });
  return { path: dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(port, exited, log, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let exit;
  exited.then((e) => (exit = e));
  while (Date.now() < deadline) {
    if (exit) throw new Error(`code-server exited during start-up (${JSON.stringify(exit)}):\n${log()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`code-server did not answer on port ${port} within ${timeoutMs / 1000} s:\n${log()}`);
}

// SIGTERM to the whole group, then SIGKILL whatever is left after a grace period.
async function stopGroup(server, exited) {
  if (!signalGroup(server.pid, 'SIGTERM')) return;
  const deadline = Date.now() + 5000;
  await Promise.race([exited, sleep(5000)]);
  while (Date.now() < deadline && signalGroup(server.pid, 0)) await sleep(100);
  if (signalGroup(server.pid, 'SIGKILL')) await sleep(100);
}

/** Sends `signal` to process group `pgid`; false when the group no longer exists. */
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

function listFiles(dir) {
  try {
    return fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
  } catch {
    return [];
  }
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
