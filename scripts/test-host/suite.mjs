// Runs a mocha suite inside a real VS Code extension host: code-server on 127.0.0.1, opened by
// headless Chromium with extensionDevelopmentPath and extensionTestsPath in the URL payload. The
// suite's entry (test/integration/suite.ts) writes its results to the JSON file named by
// HAMISH_TEST_RESULTS, which this side polls, then prints one line per test and a last line
// `N passed, N failed[, N skipped]`. Used by run-integration.mjs and run-installed.mjs.
//
// Env: HAMISH_TEST_TIMEOUT_MS (default 5 min), HAMISH_TEST_GREP (mocha grep, passed through by
// the extension host, which inherits code-server's environment), HAMISH_TEST_LOCALE (`ar`: the host
// runs in that display language, see languagePack.mjs). Screenshots go to test-artifacts/.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureInstalled, repoRoot } from './install.mjs';
import { createTestWorkspace, sleep, startHost } from './host.mjs';

const TIMEOUT_MS = Number(process.env.HAMISH_TEST_TIMEOUT_MS ?? 5 * 60_000);
export const artifacts = path.join(repoRoot, 'test-artifacts');

/**
 * Runs `main` (which returns an exit code) as a script's whole job: on a signal or a throw, the
 * clean-ups registered with `cleanups.push()` run, and a failed run still ends with a count line.
 */
export function runScript(label, main) {
  const cleanups = [];
  const cleanUp = async () => {
    while (cleanups.length) {
      try {
        await cleanups.pop()();
      } catch (err) {
        console.error(`[${label}] clean-up: ${err.message}`);
      }
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      console.error(`\n[${label}] ${signal}: stopping`);
      await cleanUp();
      process.exit(130);
    });
  }
  main(cleanups).then(
    async (code) => {
      await cleanUp();
      process.exit(code);
    },
    async (err) => {
      console.error(`[${label}] ${err.stack ?? err}`);
      await cleanUp();
      console.log('0 passed, 1 failed'); // the run itself counts as the failure
      process.exit(1);
    },
  );
}

/**
 * Starts the host on a fresh copy of test/fixtures, runs the suite at `testsEntry` in it with
 * `developmentPath` as the extension under development, and reports. Returns the exit code.
 *
 * @param {object} o
 * @param {string} o.label prefix of the log lines
 * @param {Array<() => Promise<void>>} o.cleanups where the host and temp dirs register their clean-up
 * @param {string} o.testsEntry compiled suite entry (exports `run()`)
 * @param {string} o.developmentPath the folder loaded as extensionDevelopmentPath
 * @param {string} [o.extensionsDir] installed extensions to load beside it
 * @param {Record<string,string>} [o.env] more environment for the tests
 * @param {string} [o.screenshot] file name in test-artifacts/ for the workbench at the end
 * @param {object[]} [o.outerTests] results of checks made outside the host, counted with the suite's
 */
export async function runSuite({ label, cleanups, testsEntry, developmentPath, extensionsDir, env = {}, screenshot, outerTests = [] }) {
  if (!fs.existsSync(testsEntry)) throw new Error(`${path.relative(repoRoot, testsEntry)} is missing: run \`npm run compile\` first`);
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
    extensionsDir,
    locale: process.env.HAMISH_TEST_LOCALE || undefined,
    env: { HAMISH_TEST_WORKSPACE: workspace.path, HAMISH_TEST_RESULTS: resultsFile, HAMISH_TEST_ARTIFACTS: artifacts, ...env },
  });
  cleanups.push(() => host.stop());
  console.log(`[${label}] code-server on port ${host.port}, workspace ${workspace.path}`);

  const browserErrors = [];
  host.page.on('console', (msg) => msg.type() === 'error' && browserErrors.push(msg.text()));
  host.page.on('pageerror', (err) => browserErrors.push(String(err)));
  await host.page.goto(host.url({ extensionDevelopmentPath: developmentPath, extensionTestsPath: testsEntry }));

  const results = await waitForResults(resultsFile, host, label);
  if (screenshot) await saveScreenshot(host.page, screenshot, label);
  if (!results) {
    // Logs now: stopping the host deletes its profile, where the extension host logs are.
    console.error(`[${label}] no results after ${(Date.now() - started) / 1000} s. code-server log:\n${host.log() || '(empty)'}`);
    for (const file of host.extensionHostLogs()) console.error(`--- ${file}\n${readTail(file)}`);
    if (browserErrors.length) console.error(`--- browser console errors:\n${browserErrors.slice(-20).join('\n')}`);
    const noResults = { fullTitle: 'the suite inside VS Code reported no results', state: 'failed' };
    return report(label, { tests: [...outerTests, noResults] }, Date.now() - started);
  }
  return report(label, { ...results, tests: [...outerTests, ...results.tests] }, Date.now() - started);
}

// Polls for the file the suite writes when it ends; gives up on timeout or a dead server.
async function waitForResults(file, host, label) {
  let exit;
  host.exited.then((e) => (exit = e));
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline && !exit) {
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
    await sleep(250);
  }
  if (exit) console.error(`[${label}] code-server exited early: ${JSON.stringify(exit)}`);
  return undefined;
}

// Prints every test and the count line; returns the exit code.
function report(label, results, elapsedMs) {
  const mark = { passed: '✓', failed: '✗', pending: '-' };
  console.log('');
  for (const test of results.tests) {
    const time = test.durationMs !== undefined ? ` (${test.durationMs} ms)` : '';
    console.log(`  ${mark[test.state]} ${test.fullTitle}${test.state === 'pending' ? ' [skipped]' : time}`);
    if (test.error) console.log(indent(test.error.stack ?? test.error.message, 6));
  }
  const suiteTime = results.durationMs !== undefined ? `suite ${results.durationMs} ms, ` : '';
  console.log(`\n[${label}] ${suiteTime}whole run ${(elapsedMs / 1000).toFixed(1)} s`);
  const [passed, failed, skipped] = ['passed', 'failed', 'pending'].map((state) => results.tests.filter((t) => t.state === state).length);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed > 0 ? 1 : 0;
}

async function saveScreenshot(page, name, label) {
  try {
    await page.screenshot({ path: path.join(artifacts, name) });
    console.log(`[${label}] screenshot: ${path.relative(repoRoot, path.join(artifacts, name))}`);
  } catch (err) {
    console.error(`[${label}] screenshot ${name} failed: ${err.message}`);
  }
}

const indent = (text, n) => text.split('\n').map((line) => ' '.repeat(n) + line).join('\n');

function readTail(file, chars = 4000) {
  const text = fs.readFileSync(file, 'utf8');
  return text.length > chars ? `...${text.slice(-chars)}` : text;
}
