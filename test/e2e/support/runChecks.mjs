// The loop every on-screen check script runs: each check in turn, a line per result, a
// screenshot when one fails (then Escape, so a pick or menu left open does not spoil the next).
import * as fs from 'node:fs';
import { repoRoot } from '../../../scripts/test-host/install.mjs';
import { sleep, startHost } from '../../../scripts/test-host/host.mjs';

/** Indents every line of `s` under a check's result line. */
export const indent = (s) => s.replace(/^/gm, '      ');

/**
 * Runs `checks` ({ name, fn }) in order, calling `fn(...args)`; returns the counts.
 * `screenshot` is the file a failure's screenshot is written to.
 */
export async function runChecks(page, checks, screenshot, ...args) {
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of checks) {
    try {
      await fn(...args);
      passed++;
      console.log(`  ✓ ${name}`);
    } catch (e) {
      failed++;
      await page.screenshot({ path: screenshot }).catch(() => {});
      console.log(`  ✗ ${name}\n${indent(e.message)}`);
      await page.keyboard.press('Escape').catch(() => {});
    }
  }
  return { passed, failed };
}

/**
 * The run every on-screen script makes around its checks: a test host on `workspace`
 * (`hostOptions`: viewport, settings, locale), the workbench opened with Hamish from this
 * tree, `prepare(page)` (open a file, wait for it to be painted), the checks, then the host
 * stopped and the workspace removed whatever happened. Prints the counts; resolves to the
 * exit code. `args(page)` gives what each check is called with.
 */
export async function runInWorkbench({ workspace, hostOptions, prepare = async () => {}, checks, screenshot, args = () => [] }) {
  const host = await startHost({ workspace, ...hostOptions });
  let counts = { passed: 0, failed: 0 };
  try {
    const page = host.page;
    await page.goto(host.url({ extensionDevelopmentPath: repoRoot }));
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await sleep(1500);
    await prepare(page);
    counts = await runChecks(page, checks, screenshot, ...args(page));
  } finally {
    await host.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  return counts.failed ? 1 : 0;
}

/** Runs a script's `main` and exits with its code; a crash counts as one failed check. */
export function exitWith(main) {
  main().then((code) => process.exit(code), (e) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
}
