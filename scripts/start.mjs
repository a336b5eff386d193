#!/usr/bin/env node
// `npm start`: installs what is missing (npm packages, the VS Code server build, Chromium from
// Debian), builds the extension, then serves a real VS Code (code-server) on 127.0.0.1 with a
// demo copy of samples/ open and this repository loaded as the extension under development.
// Open the printed URL in a browser; after a rebuild, run "Developer: Reload Window". Ctrl+C
// stops the server.
// Env: PORT to choose the port (default: a free one). `npm start -- --no-build` skips the build;
// `npm start -- --fresh` replaces the demo folder with a new copy of samples/.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ensureDependencies } from './ensure-deps.mjs';
import { prepareDemo } from './prepare-demo.mjs';
import { ensureInstalled, repoRoot } from './test-host/install.mjs';
import { startHost } from './test-host/host.mjs';

ensureDependencies();

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
ensureInstalled();

const host = await startHost({
  workspace: prepareDemo({ fresh: process.argv.includes('--fresh') }),
  browser: false,
  port: process.env.PORT ? Number(process.env.PORT) : undefined,
  // Kept between runs (git-ignored), so layout and settings survive a restart.
  userDataDir: path.join(repoRoot, '.vscode-test', 'start-user-data'),
});
console.log(`\nVS Code with the hamish extension is running. Open:\n\n  ${host.url({ extensionDevelopmentPath: repoRoot })}\n`);
console.log('Press Ctrl+C to stop.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping code-server...');
    await host.stop();
    process.exit(0);
  });
}
host.exited.then(({ code, signal }) => {
  if (stopping) return;
  console.error(`code-server exited (${signal ?? `code ${code}`}). Its log:\n${host.log()}`);
  process.exit(1);
});
