#!/usr/bin/env node
// Runs bench/editor (compiled to out/bench/editor/index.js) inside a real VS Code extension
// host and prints its figures. Part of `npm run bench`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureInstalled, repoRoot } from './test-host/install.mjs';
import { createTestWorkspace, sleep, startHost } from './test-host/host.mjs';

const entry = path.join(repoRoot, 'out', 'bench', 'editor', 'index.js');
ensureInstalled();
const workspace = createTestWorkspace();
const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-bench-'));
const results = path.join(resultsDir, 'figures.json');
const host = await startHost({ workspace: workspace.path, env: { HAMISH_TEST_WORKSPACE: workspace.path, HAMISH_BENCH_RESULTS: results } });
let code = 1;
try {
  await host.page.goto(host.url({ extensionDevelopmentPath: repoRoot, extensionTestsPath: entry }));
  const deadline = Date.now() + 5 * 60_000;
  while (Date.now() < deadline && !fs.existsSync(results)) await sleep(250);
  if (!fs.existsSync(results)) {
    console.error(`[bench] no figures from the extension host. code-server log:\n${host.log()}`);
  } else {
    console.log('\nEditor (inside VS Code 1.100.3, code-server + Chromium)');
    for (const f of JSON.parse(fs.readFileSync(results, 'utf8'))) {
      console.log(`  ${f.name.padEnd(78)} ${f.value.toFixed(f.value >= 100 ? 0 : 2).padStart(10)} ${f.unit}`);
    }
    code = 0;
  }
} finally {
  await host.stop();
  workspace.dispose();
  fs.rmSync(resultsDir, { recursive: true, force: true });
}
process.exit(code);
