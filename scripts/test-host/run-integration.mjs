#!/usr/bin/env node
// Runs the mocha integration suite (out/test/integration/) inside a real VS Code extension host:
// code-server on 127.0.0.1, opened by headless Chromium with extensionDevelopmentPath and
// extensionTestsPath in the URL payload. Expects `npm run compile && npm run build` done first.
//
// Env: HAMISH_TEST_TIMEOUT_MS (default 5 min), HAMISH_TEST_GREP (mocha grep, passed through).
// Prints one line per test and a last line `N passed, N failed[, N skipped]`; exits non-zero on
// any failure or timeout. Screenshots go to test-artifacts/.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureInstalled, repoRoot } from './install.mjs';
import { createTestWorkspace, sleep, startHost } from './host.mjs';

const TIMEOUT_MS = Number(process.env.HAMISH_TEST_TIMEOUT_MS ?? 5 * 60_000);
const testsEntry = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const artifacts = path.join(repoRoot, 'test-artifacts');

const cleanups = [];
async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (err) {
      console.error(`[integration] clean-up: ${err.message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.error(`\n[integration] ${signal}: stopping`);
    await cleanUp();
    process.exit(130);
  });
}

async function main() {
  for (const built of [testsEntry, path.join(repoRoot, 'dist', 'extension.js')]) {
    if (!fs.existsSync(built)) throw new Error(`${path.relative(repoRoot, built)} is missing: run \`npm run compile && npm run build\` first`);
  }
  ensureInstalled();
  fs.mkdirSync(artifacts, { recursive: true });

  const workspace = createTestWorkspace();
  cleanups.push(async () => workspace.dispose());
  const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-results-'));
  cleanups.push(async () => fs.rmSync(resultsDir, { recursive: true, force: true }));
  const resultsFile = path.join(resultsDir, 'results.json');

  const started = Date.now();
  // The extension host inherits code-server's environment: that is how the tests learn these.
  const host = await startHost({
    workspace: workspace.path,
    env: { HAMISH_TEST_WORKSPACE: workspace.path, HAMISH_TEST_RESULTS: resultsFile, HAMISH_TEST_ARTIFACTS: artifacts },
  });
  cleanups.push(() => host.stop());
  console.log(`[integration] code-server on port ${host.port}, workspace ${workspace.path}`);

  const browserErrors = [];
  host.page.on('console', (msg) => msg.type() === 'error' && browserErrors.push(msg.text()));
  host.page.on('pageerror', (err) => browserErrors.push(String(err)));
  await host.page.goto(host.url({ extensionDevelopmentPath: repoRoot, extensionTestsPath: testsEntry }));

  const results = await waitForResults(resultsFile, host);
  await screenshot(host.page, 'workbench.png');
  if (!results) {
    // Logs first: stopping the host deletes its profile, where the extension host logs are.
    console.error(`[integration] no results after ${(Date.now() - started) / 1000} s. code-server log:\n${host.log() || '(empty)'}`);
    for (const file of host.extensionHostLogs()) console.error(`--- ${file}\n${readTail(file)}`);
    if (browserErrors.length) console.error(`--- browser console errors:\n${browserErrors.slice(-20).join('\n')}`);
    await cleanUp();
    console.log('0 passed, 1 failed'); // the run itself counts as the failure
    return 1;
  }
  await cleanUp();
  return report(results, Date.now() - started);
}

// Polls for the file index.ts writes when the suite ends; gives up on timeout or a dead server.
async function waitForResults(file, host) {
  let exit;
  host.exited.then((e) => (exit = e));
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline && !exit) {
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
    await sleep(250);
  }
  if (exit) console.error(`[integration] code-server exited early: ${JSON.stringify(exit)}`);
  return undefined;
}

function report(results, elapsedMs) {
  const mark = { passed: '✓', failed: '✗', pending: '-' };
  console.log('');
  for (const test of results.tests) {
    const time = test.durationMs !== undefined ? ` (${test.durationMs} ms)` : '';
    console.log(`  ${mark[test.state]} ${test.fullTitle}${test.state === 'pending' ? ' [skipped]' : time}`);
    if (test.error) console.log(indent(test.error.stack ?? test.error.message, 6));
  }
  console.log(`\n[integration] suite ${results.durationMs} ms, whole run ${(elapsedMs / 1000).toFixed(1)} s`);
  const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
  console.log(`${results.passed} passed, ${results.failed} failed${skipped}`);
  return results.failed > 0 ? 1 : 0;
}

async function screenshot(page, name) {
  try {
    await page.screenshot({ path: path.join(artifacts, name) });
    console.log(`[integration] screenshot: ${path.relative(repoRoot, path.join(artifacts, name))}`);
  } catch (err) {
    console.error(`[integration] screenshot ${name} failed: ${err.message}`);
  }
}

const indent = (text, n) => text.split('\n').map((line) => ' '.repeat(n) + line).join('\n');

function readTail(file, chars = 4000) {
  const text = fs.readFileSync(file, 'utf8');
  return text.length > chars ? `...${text.slice(-chars)}` : text;
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    console.error(`[integration] ${err.stack ?? err}`);
    await cleanUp();
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
