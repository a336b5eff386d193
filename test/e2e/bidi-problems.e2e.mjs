#!/usr/bin/env node
// Playwright check of the real workbench: an Arabic quote inside Hamish's Problems entries and
// quick-fix titles reads right to left on screen, digits and the `/` of a date included,
// while the English frame around it stays left to right. The sidecar holds an orphan whose
// quote is a date still present elsewhere in the text, so the re-anchor fix names it.
// Word positions are measured with DOM ranges (test/e2e/support/readingOrder.mjs), whose
// control check in bidi-panels.e2e.mjs shows the measurement fails on unisolated text.
// Screenshots go to test-artifacts/bidi-problems*.png.
// Prints `N passed, N failed` and exits non-zero on failure. Expects a compiled, built tree.
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureInstalled, repoRoot } from '../../scripts/test-host/install.mjs';
import { sleep } from '../../scripts/test-host/host.mjs';
import { describeReadingOrder, readingOrder } from './support/readingOrder.mjs';
import { exitWith, indent, runInWorkbench } from './support/runChecks.mjs';

const require = createRequire(import.meta.url);
const { createAnnotation, describeSource } = require(path.join(repoRoot, 'out/src/core/model/build.js'));
const { serializeSidecar } = require(path.join(repoRoot, 'out/src/core/sidecar/codec.js'));
const { FORMAT_VERSION } = require(path.join(repoRoot, 'out/src/core/sidecar/format.js'));

const FILE = 'مشكلات.txt';
const DATE = '11 فبراير/شباط 2024';
const TEXT = [`قال يحيى رسول متحدث القائد العام إن الاجتماعات استؤنفت`, `وعقدت الجولة يوم ${DATE} في بغداد`, ''].join('\n');

function makeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-e2e-problems-'));
  fs.writeFileSync(path.join(dir, FILE), TEXT);
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(DATE))).length;
  // Orphaned at the very start of the file, where the cursor lands first.
  const orphan = { ...createAnnotation(TEXT, { type: 'date', start, end: start + Array.from(DATE).length }), start: 0, end: 0, orphaned: true };
  fs.writeFileSync(path.join(dir, `${FILE}.ann.yaml`), serializeSidecar({ version: FORMAT_VERSION, source: describeSource(FILE, TEXT), annotations: [orphan] }));
  return dir;
}

const checks = [];
const check = (name, fn) => checks.push({ name, fn });
let page;
let artifacts;

async function expectOrder(locator, pieces, what) {
  const r = await readingOrder(locator, pieces);
  console.log(`[e2e] ${what}:\n${indent(describeReadingOrder(r))}`);
  assert.ok(r.ok, `${what} is not in reading order:\n${describeReadingOrder(r)}`);
}

check('Problems view: the orphan’s quote reads right inside its English message', async () => {
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Orphaned' }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await sleep(300);
  await page.locator('.markers-panel').screenshot({ path: path.join(artifacts, 'bidi-problems-view.png') });
  await expectOrder(row, [
    { text: 'Orphaned date annotation:', dir: 'ltr' },
    { text: `«${DATE}»`, dir: 'rtl' },
    { text: 'is no longer in the text.', dir: 'ltr' },
  ], 'Problems entry of the orphan');
});

check('quick-fix menu: the re-anchor title names the match right to left, its line left to right', async () => {
  await page.locator('.monaco-editor .view-line').first().click();
  await page.keyboard.press('Control+Home');
  await sleep(300);
  await page.keyboard.press('Control+.');
  const row = page.locator('.action-widget .monaco-list-row', { hasText: 'Re-anchor' }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await sleep(300);
  await page.locator('.action-widget').screenshot({ path: path.join(artifacts, 'bidi-problems-quick-fix.png') });
  await expectOrder(row, [
    { text: 'Re-anchor to the best match:', dir: 'ltr' },
    { text: `«${DATE}»`, dir: 'rtl' },
    { text: 'on line 2', dir: 'ltr' },
  ], 'quick fix title');
  await page.keyboard.press('Escape');
});

async function main() {
  ensureInstalled();
  const workspace = makeWorkspace();
  artifacts = path.join(repoRoot, 'test-artifacts');
  fs.mkdirSync(artifacts, { recursive: true });
  return runInWorkbench({
    workspace,
    hostOptions: { viewport: { width: 1600, height: 900 }, settings: { 'editor.fontSize': 18, 'editor.minimap.enabled': false } },
    prepare: async (p) => {
      page = p;
      await p.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).first().click({ timeout: 30_000 });
      await p.locator('.monaco-editor .view-line').first().waitFor({ timeout: 30_000 });
    },
    checks,
    screenshot: path.join(artifacts, 'bidi-problems-failure.png'),
  });
}

exitWith(main);
