#!/usr/bin/env node
// Playwright check of the real workbench: Arabic user text shown outside the editor's own
// lines reads right to left on screen, digits, ranges, dates with `/` and end punctuation
// included, in the Go to Annotation… quick pick, the hover (quote, link line, note), the
// Edit Note input box reached through the hover's command link, the status bar, and the rows
// of the Hamish views (Annotations and Claims) in the activity bar's side bar, and a suggested
// date's hover and its row in the Suggestions view. Word
// positions are measured with DOM ranges (test/e2e/support/readingOrder.mjs). A control
// lays the same raw text out in a plain left-to-right element and requires the same
// measurement to call it misordered, so a measurement that cannot fail fails this test.
// The source has an Arabic file name, so the hover's command link carries a percent-encoded
// URI. Screenshots go to test-artifacts/bidi-*.png.
// Prints `N passed, N failed` and exits non-zero on failure. Expects a compiled, built tree.
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureInstalled, repoRoot } from '../../scripts/test-host/install.mjs';
import { sleep } from '../../scripts/test-host/host.mjs';
import { describeReadingOrder, measureReadingOrder, readingOrder } from './support/readingOrder.mjs';
import { exitWith, indent, runInWorkbench } from './support/runChecks.mjs';

const require = createRequire(import.meta.url);
const { createAnnotation, describeSource } = require(path.join(repoRoot, 'out/src/core/model/build.js'));
const { serializeSidecar } = require(path.join(repoRoot, 'out/src/core/sidecar/codec.js'));

const FILE = 'خبر.txt';
const DATE = '11 فبراير/شباط 2024';
const RANGE = '7-8 أغسطس/ آب 2023';
// Not annotated: Hamish: Suggest Annotations proposes it, with its ISO value.
const SUGGESTED = '25 يناير/ كانون الثاني 2024';
const CLAIM = 'استأنفت اجتماعاتها';
const STATEMENT = 'إن اللجنة';
const NOTE_QUOTES = 'وصف البيان الاجتماع بأنه «واع».';
const NOTE_MIXED = 'قال مسؤول في BBC إن المحادثات مستمرة';
const NOTE_CNN = 'CNN: قال مسؤول إن الجولة انتهت';
const STATEMENT_LABEL = 'تصريح رسمي';
const CLAIM_LABEL = 'ادعاء'; // the built-in claim type relabelled, as a researcher may
const TEXT = [
  `قال يحيى رسول متحدث القائد العام ${STATEMENT} ${CLAIM} يوم ${DATE} في بغداد`,
  `وكانت الجولة السابقة قد عقدت في ${RANGE} في العاصمة`,
  `وعقدت جولة أولى في ${SUGGESTED} في أربيل`,
  '',
].join('\n');

function makeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-e2e-bidi-'));
  fs.writeFileSync(path.join(dir, FILE), TEXT);
  const at = (quote) => {
    const start = Array.from(TEXT.slice(0, TEXT.indexOf(quote))).length;
    return { start, end: start + Array.from(quote).length };
  };
  const date = createAnnotation(TEXT, { type: 'date', ...at(DATE), note: NOTE_MIXED });
  const range = createAnnotation(TEXT, { type: 'date', ...at(RANGE), note: NOTE_CNN });
  const claim = createAnnotation(TEXT, { type: 'claim', ...at(CLAIM), note: NOTE_QUOTES, links: { when: date.id } });
  const statement = createAnnotation(TEXT, { type: 'statement', ...at(STATEMENT) });
  const set = { version: 1, source: describeSource(FILE, TEXT), annotations: [statement, claim, date, range] };
  fs.writeFileSync(path.join(dir, `${FILE}.ann.yaml`), serializeSidecar(set));
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


check('Go to Annotation… quick pick: label, description and detail read right', async () => {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type('Hamish: Go to Annotation');
  await sleep(500);
  await page.keyboard.press('Enter');
  const rows = page.locator('.quick-input-widget .monaco-list-row');
  await rows.filter({ hasText: RANGE }).waitFor({ state: 'visible', timeout: 15_000 });
  await sleep(300);
  await page.locator('.quick-input-widget').screenshot({ path: path.join(artifacts, 'bidi-quick-pick.png') });
  await expectOrder(rows.filter({ hasText: DATE }), [
    { text: DATE, dir: 'rtl' }, { text: 'Date', dir: 'ltr' }, { text: 'line 1 ·', dir: 'ltr' }, { text: NOTE_MIXED, dir: 'rtl' },
  ], 'row of the date');
  await expectOrder(rows.filter({ hasText: RANGE }), [
    { text: RANGE, dir: 'rtl' }, { text: 'line 2 ·', dir: 'ltr' }, { text: NOTE_CNN, dir: 'rtl' },
  ], 'row of the range');
  await expectOrder(rows.filter({ hasText: CLAIM }), [
    { text: CLAIM, dir: 'rtl' }, { text: CLAIM_LABEL, dir: 'rtl' }, { text: NOTE_QUOTES, dir: 'rtl' },
  ], 'row of the claim');
  await expectOrder(rows.filter({ hasText: STATEMENT }), [
    { text: STATEMENT, dir: 'rtl' }, { text: STATEMENT_LABEL, dir: 'rtl' },
  ], 'row of the custom Arabic type');
  // Filtering finds Arabic through the invisible marks, and its highlight keeps the order.
  await page.keyboard.type('شباط');
  await page.locator('.quick-input-widget .monaco-list-row .highlight', { hasText: 'شباط' }).first().waitFor({ timeout: 15_000 });
  assert.equal(await rows.count(), 1, 'typing شباط leaves the one row that holds it');
  await page.locator('.quick-input-widget').screenshot({ path: path.join(artifacts, 'bidi-quick-pick-filtered.png') });
  await expectOrder(rows.first(), [{ text: DATE, dir: 'rtl' }, { text: NOTE_MIXED, dir: 'rtl' }], 'filtered row, with highlight');
  await page.keyboard.press('Escape');
});

check('hover: quote, link line and note read right', async () => {
  const hover = await openHover(CLAIM);
  await hover.screenshot({ path: path.join(artifacts, 'bidi-hover.png') });
  await expectOrder(hover, [
    { text: CLAIM_LABEL, dir: 'rtl' },
    { text: 'claim', dir: 'ltr' },
    { text: CLAIM, dir: 'rtl' },
    { text: 'when →', dir: 'ltr' },
    { text: 'Date', dir: 'ltr' },
    { text: `«${DATE}»`, dir: 'rtl' },
    { text: 'Note:', dir: 'ltr' },
    { text: NOTE_QUOTES, dir: 'rtl' },
  ], 'hover of the claim');
});

check("the hover's Edit note link opens the note of this annotation, unchanged, under a title that reads right", async () => {
  const hover = await openHover(CLAIM);
  await hover.locator('a', { hasText: 'Edit note' }).click();
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await page.locator('.quick-input-widget .quick-input-title', { hasText: CLAIM }).waitFor({ timeout: 15_000 });
  await page.locator('.quick-input-widget').screenshot({ path: path.join(artifacts, 'bidi-edit-note.png') });
  assert.equal(await input.inputValue(), NOTE_QUOTES, 'the value to edit is the note exactly, with no display marks');
  await expectOrder(page.locator('.quick-input-widget .quick-input-title'), [
    { text: 'Note on', dir: 'ltr' }, { text: `«${CLAIM}»`, dir: 'rtl' },
  ], 'input box title');
  await page.keyboard.press('Escape');
});

check('status bar: Arabic type labels read right, and the counts after them stay in place', async () => {
  const item = page.locator('.statusbar-item', { hasText: STATEMENT_LABEL }).first();
  await item.waitFor({ state: 'visible', timeout: 15_000 });
  await item.screenshot({ path: path.join(artifacts, 'bidi-status-bar.png') });
  // Not isolated, the `2` after an Arabic label would join its right-to-left run: `1 2 · ادعاء dates`.
  await expectOrder(item, [
    { text: '1', dir: 'ltr' }, { text: CLAIM_LABEL, dir: 'rtl' }, { text: '· 2 dates · 1', dir: 'ltr' }, { text: STATEMENT_LABEL, dir: 'rtl' },
  ], 'status bar');
});

check('Hamish views: Arabic quotes and file names in tree rows read right, digits and slashes included', async () => {
  await page.locator('.activitybar .action-item a[aria-label^="Hamish"]').first().click();
  const pane = (title) => page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) });
  // The Annotations view lists the active file (خبر.txt) by type: the dates' rows hold digits and slashes.
  const annotations = pane('Annotations');
  const dateRow = annotations.locator('.monaco-list-row', { hasText: DATE });
  await dateRow.waitFor({ state: 'visible', timeout: 30_000 });
  await sleep(300);
  await annotations.screenshot({ path: path.join(artifacts, 'bidi-view-annotations.png') });
  await expectOrder(dateRow, [{ text: DATE, dir: 'rtl' }, { text: 'line 1', dir: 'ltr' }], 'Annotations view, row of the date');
  await expectOrder(annotations.locator('.monaco-list-row', { hasText: RANGE }), [{ text: RANGE, dir: 'rtl' }, { text: 'line 2', dir: 'ltr' }], 'Annotations view, row of the range');
  await expectOrder(annotations.locator('.monaco-list-row', { hasText: STATEMENT_LABEL }).first(), [{ text: STATEMENT_LABEL, dir: 'rtl' }, { text: '1', dir: 'ltr' }], 'Annotations view, an Arabic type label and its count');
  // The Claims view: the quote, then the English marks of what is missing (the file name and
  // line after them are cut off by the side bar's width, so they are not measured).
  const claimRow = pane('Claims').locator('.monaco-list-row', { hasText: CLAIM });
  await claimRow.waitFor({ state: 'visible', timeout: 15_000 });
  await pane('Claims').screenshot({ path: path.join(artifacts, 'bidi-view-claims.png') });
  await expectOrder(claimRow, [
    { text: CLAIM, dir: 'rtl' }, { text: 'no speaker · no date', dir: 'ltr' },
  ], 'Claims view, row of the claim');
});

check('suggestions: the hover of a suggested date and its row in the Suggestions view read right', async () => {
  await page.locator('.monaco-editor .view-line').first().click();
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.type('Hamish: Suggest Annotations');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Suggest Annotations' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const hover = page.locator('.monaco-hover', { hasText: 'Dismiss' }).first();
  await sleep(500);
  await hoverOver('يناير');
  await hover.waitFor({ state: 'visible', timeout: 15_000 });
  await sleep(300);
  await hover.screenshot({ path: path.join(artifacts, 'bidi-suggestion-hover.png') });
  await expectOrder(hover, [
    { text: 'Suggested', dir: 'ltr' },
    { text: SUGGESTED, dir: 'rtl' },
    { text: '2024-01-25', dir: 'ltr' },
    { text: 'Accept', dir: 'ltr' },
  ], 'hover of the suggested date');
  await page.mouse.move(5, 5);
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Suggestions' }) });
  const header = pane.locator('.pane-header');
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const row = pane.locator('.monaco-list-row', { hasText: SUGGESTED });
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await pane.screenshot({ path: path.join(artifacts, 'bidi-view-suggestions.png') });
  await expectOrder(row, [{ text: SUGGESTED, dir: 'rtl' }, { text: 'line 3', dir: 'ltr' }], 'Suggestions view, row of the suggested date');
});

check('control: the same raw text in a left-to-right element is measured as misordered', async () => {
  // Same font and size as the hover, no isolates: what VS Code showed before Hamish isolated.
  const texts = [DATE, RANGE, SUGGESTED, NOTE_QUOTES, NOTE_MIXED, NOTE_CNN];
  const results = await page.evaluate(({ texts, measure }) => {
    const fn = new Function(`return (${measure})`)();
    const font = getComputedStyle(document.querySelector('.monaco-workbench')).font;
    return texts.map((t) => {
      const el = document.createElement('div');
      el.dir = 'ltr';
      el.className = 'hamish-bidi-control';
      Object.assign(el.style, { position: 'fixed', left: '40px', top: `${60 + texts.indexOf(t) * 36}px`, font, fontSize: '16px', background: '#fff', color: '#000', zIndex: 100000 });
      el.textContent = t;
      document.body.append(el);
      return fn(el, [{ text: t, dir: 'rtl' }]);
    });
  }, { texts, measure: measureReadingOrder.toString() });
  await page.screenshot({ path: path.join(artifacts, 'bidi-control.png'), clip: { x: 0, y: 40, width: 900, height: 210 } });
  await page.evaluate(() => document.querySelectorAll('.hamish-bidi-control').forEach((el) => el.remove()));
  for (const [i, r] of results.entries()) {
    console.log(`[e2e] control, left to right, no isolate:\n${indent(describeReadingOrder(r))}`);
    assert.equal(r.missing.length, 0, `every word of the control is measured (${texts[i]})`);
    assert.equal(r.ok, false, `the measurement must call ${JSON.stringify(texts[i])} misordered when laid out left to right`);
  }
});

/** The hover of the annotation on `word`, opening it with the mouse unless it is open. */
async function openHover(word) {
  const hover = page.locator('.monaco-hover', { hasText: 'Edit note' }).first();
  if (!(await hover.isVisible())) {
    await hoverOver(word);
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    await sleep(300);
  }
  return hover;
}

async function hoverOver(word) {
  // The middle of the word on screen, found like the words above: a DOM range in the line.
  const box = await page.evaluate((w) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.textContent.replace(/\u00a0/g, ' ').indexOf(w);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return undefined;
  }, word);
  assert.ok(box, `${word} is on screen in the editor`);
  await page.mouse.move(box.x - 40, box.y + 200);
  await page.mouse.move(box.x, box.y, { steps: 5 });
}

async function main() {
  ensureInstalled();
  const workspace = makeWorkspace();
  artifacts = path.join(repoRoot, 'test-artifacts');
  fs.mkdirSync(artifacts, { recursive: true });
  return runInWorkbench({
    workspace,
    hostOptions: {
      viewport: { width: 1600, height: 900 },
      settings: {
        'editor.fontSize': 18,
        'editor.minimap.enabled': false,
        'editor.hover.delay': 200,
        'hamish.types': [{ name: 'claim', label: CLAIM_LABEL }, { name: 'statement', label: STATEMENT_LABEL }],
      },
    },
    prepare: async (p) => {
      page = p;
      await p.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).first().click({ timeout: 30_000 });
      // Loaded once the status bar counts the annotations.
      await p.locator('.statusbar-item', { hasText: STATEMENT_LABEL }).first().waitFor({ timeout: 30_000 });
      await p.locator('.monaco-editor .view-line').first().click();
    },
    checks,
    screenshot: path.join(artifacts, 'bidi-failure.png'),
  });
}

exitWith(main);
