#!/usr/bin/env node
// Playwright check of the real workbench running in Arabic (the local language pack of
// scripts/test-host/languagePack.mjs): Hamish's own Arabic sentences read right to left on
// screen, their full stop included, although VS Code lays notifications and the status bar out
// left to right. Checked: the status bar counts of a tagged source and the notification of
// Next Annotation on a source with none, plus a control that lays the same sentence out
// without Hamish's frame and must be measured as misordered, so the measurement can fail.
// Screenshots go to test-artifacts/arabic-ui-*.png. Prints `N passed, N failed`.
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureInstalled, repoRoot } from '../../scripts/test-host/install.mjs';
import { describeReadingOrder, measureReadingOrder, readingOrder } from './support/readingOrder.mjs';
import { exitWith, indent, runInWorkbench } from './support/runChecks.mjs';

const require = createRequire(import.meta.url);
const { createAnnotation, describeSource } = require(path.join(repoRoot, 'out/src/core/model/build.js'));
const { serializeSidecar } = require(path.join(repoRoot, 'out/src/core/sidecar/codec.js'));
const arabic = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.ar.json'), 'utf8'));

const TAGGED = 'خبر.txt';
const EMPTY = 'مسودة.txt';
const TEXT = 'قال المتحدث إن اللجنة استأنفت اجتماعاتها يوم 11 فبراير/شباط 2024 بعد توقف دام منذ 7 أغسطس 2023\n';
// The sentence as the bundle has it, so a changed translation changes the check with it.
const NO_ANNOTATIONS = arabic['Hamish: this file has no annotations yet.'];

function makeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-e2e-arabic-'));
  fs.writeFileSync(path.join(dir, TAGGED), TEXT);
  fs.writeFileSync(path.join(dir, EMPTY), 'مسودة خبر لم يوصَّف بعد.\n');
  const at = (quote) => {
    const start = Array.from(TEXT.slice(0, TEXT.indexOf(quote))).length;
    return { start, end: start + Array.from(quote).length };
  };
  const annotations = [
    createAnnotation(TEXT, { type: 'claim', ...at('استأنفت اجتماعاتها') }),
    createAnnotation(TEXT, { type: 'date', ...at('11 فبراير/شباط 2024') }),
    createAnnotation(TEXT, { type: 'date', ...at('7 أغسطس 2023') }),
  ];
  fs.writeFileSync(path.join(dir, `${TAGGED}.ann.yaml`), serializeSidecar({ version: 1, source: describeSource(TAGGED, TEXT), annotations }));
  return dir;
}


async function expectOrder(locator, pieces, what) {
  const r = await readingOrder(locator, pieces);
  console.log(`[e2e] ${what}:\n${indent(describeReadingOrder(r))}`);
  assert.ok(r.ok, `${what} is not in reading order:\n${describeReadingOrder(r)}`);
}

async function openFile(page, name) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click({ timeout: 30_000 });
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
}

const checks = [];
const check = (name, fn) => checks.push({ name, fn });

check('status bar: the counts of a tagged source read right to left', async (page, artifacts) => {
  await openFile(page, TAGGED);
  const item = page.locator('.statusbar-item', { hasText: 'ادعاء' }).first();
  await item.waitFor({ state: 'visible', timeout: 30_000 });
  await item.screenshot({ path: path.join(artifacts, 'arabic-ui-status-bar.png') });
  await expectOrder(item, [{ text: 'ادعاء: 1 · تاريخ: 2', dir: 'rtl' }], 'status bar');
});

check('notification: a sentence of Hamish reads right to left, its full stop at the left end', async (page, artifacts) => {
  await openFile(page, EMPTY);
  await page.locator('.monaco-editor .view-line').first().click();
  await page.keyboard.press('Control+Alt+a');
  await page.keyboard.press('ArrowRight'); // Next Annotation, in the Hamish chord
  const toast = page.locator('.notification-toast', { hasText: 'لا توصيفات' }).first();
  await toast.waitFor({ state: 'visible', timeout: 30_000 });
  await toast.screenshot({ path: path.join(artifacts, 'arabic-ui-notification.png') });
  await expectOrder(toast.locator('.notification-list-item-message'), [{ text: NO_ANNOTATIONS, dir: 'rtl' }], 'notification');
});

check('control: the same sentence in a left-to-right element without the frame is measured as misordered', async (page) => {
  const result = await page.evaluate(({ text, measure }) => {
    const fn = new Function(`return (${measure})`)();
    const el = document.createElement('div');
    el.dir = 'ltr';
    Object.assign(el.style, { position: 'fixed', left: '40px', top: '60px', font: getComputedStyle(document.querySelector('.monaco-workbench')).font, fontSize: '16px', zIndex: 100000 });
    el.textContent = text;
    document.body.append(el);
    const r = fn(el, [{ text, dir: 'rtl' }]);
    el.remove();
    return r;
  }, { text: NO_ANNOTATIONS, measure: measureReadingOrder.toString() });
  console.log(`[e2e] control, left to right, no frame:\n${indent(describeReadingOrder(result))}`);
  assert.equal(result.missing.length, 0, 'every word of the control is measured');
  assert.ok(!result.ok, 'without the frame the full stop lands at the wrong end');
});

async function main() {
  ensureInstalled();
  const workspace = makeWorkspace();
  const artifacts = path.join(repoRoot, 'test-artifacts');
  fs.mkdirSync(artifacts, { recursive: true });
  return runInWorkbench({
    workspace,
    hostOptions: { locale: 'ar', viewport: { width: 1400, height: 900 }, settings: { 'editor.minimap.enabled': false } },
    checks,
    screenshot: path.join(artifacts, 'arabic-ui-failure.png'),
    args: (page) => [page, artifacts],
  });
}

exitWith(main);
