#!/usr/bin/env node
// Runs bench/editor/views (compiled to out/bench/editor/views.js) inside a real VS Code
// extension host, on a workspace of 1,000 news sources with 100,000 annotations written here
// first, and prints its figures. Part of `npm run bench:views`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { ensureInstalled, repoRoot } from './test-host/install.mjs';
import { createTestWorkspace, sleep, startHost } from './test-host/host.mjs';

const require = createRequire(import.meta.url);
const { buildViewsCorpus } = require(path.join(repoRoot, 'out/bench/viewsCorpus.js'));
const { describeSource } = require(path.join(repoRoot, 'out/src/core/model/build.js'));
const { serializeSidecar } = require(path.join(repoRoot, 'out/src/core/sidecar/codec.js'));
const { FORMAT_VERSION } = require(path.join(repoRoot, 'out/src/core/sidecar/format.js'));

const entry = path.join(repoRoot, 'out', 'bench', 'editor', 'views.js');
ensureInstalled();
const workspace = createTestWorkspace();
const dir = path.join(workspace.path, 'corpus');
fs.mkdirSync(dir);
for (const [i, f] of buildViewsCorpus('heldout').entries()) {
  const name = `${String(i).padStart(4, '0')}.txt`;
  fs.writeFileSync(path.join(dir, name), f.text);
  fs.writeFileSync(path.join(dir, `${name}.ann.yaml`), serializeSidecar({ version: FORMAT_VERSION, source: describeSource(name, f.text), annotations: f.annotations }));
}
const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-bench-'));
const results = path.join(resultsDir, 'figures.json');
const host = await startHost({ workspace: workspace.path, env: { HAMISH_TEST_WORKSPACE: workspace.path, HAMISH_BENCH_RESULTS: results } });
let code = 1;
try {
  await host.page.goto(host.url({ extensionDevelopmentPath: repoRoot, extensionTestsPath: entry }));
  const deadline = Date.now() + 8 * 60_000;
  while (Date.now() < deadline && !fs.existsSync(results)) await sleep(250);
  if (!fs.existsSync(results)) {
    console.error(`[bench] no figures from the extension host. code-server log:\n${host.log()}`);
  } else {
    console.log('\nViews in the editor (VS Code 1.100.3 extension host, code-server + Chromium; held-out half, 1,000 files × 100 annotations)');
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
