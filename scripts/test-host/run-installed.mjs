#!/usr/bin/env node
// `npm run test:installed`: Hamish as a user gets it. Packages the extension (`npm run package`),
// checks the .vsix's size, installs it with code-server's `--install-extension` into a fresh
// extensions folder, and runs test/installed/ inside VS Code against that installed copy. VS Code
// runs test code only beside an extension under development, so that role goes to the empty
// probe in test/installed/probe/, never to this repository.
// Expects `npm run compile` done first. `--no-package` takes the .vsix already built instead.
// Env and output: see suite.mjs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureInstalled, repoRoot } from './install.mjs';
import { installExtension } from './host.mjs';
import { runScript, runSuite } from './suite.mjs';

// Release 0.1 (issue 6): the .vsix a user downloads is at most 150 KB. scripts/package.mjs says
// how it is kept there (terser after esbuild, a 32-colour icon, the extension page's README
// without the parts for someone with a clone, advzip).
const MAX_VSIX_KB = 150;

runScript('installed', async (cleanups) => {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.join(repoRoot, `${name}-${version}.vsix`);
  if (!process.argv.includes('--no-package')) {
    // stdout too goes to stderr: a runner that reads this script's output sees only the tests.
    const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: ['ignore', process.stderr, 'inherit'] });
    if (r.status !== 0) throw new Error(`npm run package failed (${r.error?.message ?? `exit ${r.status}`})`);
  }
  if (!fs.existsSync(vsix)) throw new Error(`${path.basename(vsix)} is missing: run \`npm run package\``);
  const sizeKb = fs.statSync(vsix).size / 1024;
  const sizeCheck = {
    fullTitle: `${path.basename(vsix)} is at most ${MAX_VSIX_KB} KB (${sizeKb.toFixed(1)} KB)`,
    state: sizeKb <= MAX_VSIX_KB ? 'passed' : 'failed',
  };

  ensureInstalled();
  const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-extensions-'));
  cleanups.push(async () => fs.rmSync(extensionsDir, { recursive: true, force: true }));
  console.log(`[installed] ${installExtension(vsix, extensionsDir).split('\n').pop()}`);

  return runSuite({
    label: 'installed',
    cleanups,
    testsEntry: path.join(repoRoot, 'out', 'test', 'installed', 'index.js'),
    developmentPath: path.join(repoRoot, 'test', 'installed', 'probe'),
    extensionsDir,
    env: { HAMISH_INSTALLED_EXTENSIONS_DIR: extensionsDir },
    screenshot: 'installed-workbench.png',
    outerTests: [sizeCheck],
  });
});
