// The loop every on-screen check script runs: each check in turn, a line per result, a
// screenshot when one fails (then Escape, so a pick or menu left open does not spoil the next).

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
