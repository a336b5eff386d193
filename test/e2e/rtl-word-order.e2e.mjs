#!/usr/bin/env node
// Playwright check of the real workbench: an Arabic sentence whose speaker and date are
// tagged is laid out on screen in the same word order as the same sentence untagged.
// Saves a screenshot of the tagged line to test-artifacts/rtl-tagged-line.png.
// Prints `N passed, N failed` and exits non-zero on failure. Expects a compiled, built tree.
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureInstalled, repoRoot } from '../../scripts/test-host/install.mjs';
import { sleep, startHost } from '../../scripts/test-host/host.mjs';

const require = createRequire(import.meta.url);
const { createAnnotation, describeSource } = require(path.join(repoRoot, 'out/src/core/model/build.js'));
const { serializeSidecar } = require(path.join(repoRoot, 'out/src/core/sidecar/codec.js'));

const SENTENCE = 'قال يحيى رسول متحدث القائد العام إن اللجنة استأنفت اجتماعاتها يوم 11 فبراير/شباط 2024 في بغداد';
const TAGS = [['actor', 'يحيى رسول'], ['date', '11 فبراير/شباط 2024'], ['claim', 'استأنفت اجتماعاتها']];

function makeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-e2e-'));
  const text = `${SENTENCE}\n\n${SENTENCE}\n`;
  fs.writeFileSync(path.join(dir, 'rtl.txt'), text);
  const annotations = TAGS.map(([type, quote]) => {
    const start = Array.from(text.slice(0, text.indexOf(quote))).length;
    return createAnnotation(text, { type, start, end: start + Array.from(quote).length });
  });
  fs.writeFileSync(path.join(dir, 'rtl.txt.ann.yaml'), serializeSidecar({ version: 1, source: describeSource('rtl.txt', text), annotations }));
  return dir;
}

// In the page: for each rendered line with the sentence, its words ordered right to left as
// painted, and whether a decoration box lies under the line.
function readLines(sentence) {
  const norm = (s) => s.replace(/\u00a0/g, ' ');
  const lines = [...document.querySelectorAll('.monaco-editor .view-line')].filter((l) => norm(l.textContent) === sentence);
  return lines.map((line) => {
    const words = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      for (const m of norm(text).matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = [...range.getClientRects()];
        const x = Math.max(...rects.map((r) => r.right));
        words.push({ word: m[0], x });
      }
    }
    const box = line.getBoundingClientRect();
    const overlays = [...document.querySelectorAll('.monaco-editor .view-overlays [class*="ced-"], .monaco-editor .view-overlays .cdr')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && Math.abs(r.top - box.top) < box.height / 2;
      }).length;
    return { top: box.top, order: words.sort((a, b) => b.x - a.x).map((w) => w.word), overlays };
  }).sort((a, b) => a.top - b.top);
}

async function main() {
  ensureInstalled();
  const workspace = makeWorkspace();
  const artifacts = path.join(repoRoot, 'test-artifacts');
  fs.mkdirSync(artifacts, { recursive: true });
  const host = await startHost({ workspace, viewport: { width: 1900, height: 700 }, settings: { 'editor.fontSize': 18, 'editor.minimap.enabled': false } });
  let failed = 0;
  try {
    await host.page.goto(host.url({ extensionDevelopmentPath: repoRoot }));
    await host.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await sleep(1500);
    // Open the file from the Explorer, as a researcher would.
    await host.page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^rtl\.txt$/ }).first().click({ timeout: 30_000 });
    let last;
    // Each annotation type has its own decoration type, painted one after the other: wait for
    // the boxes of every tag, not the first one (a reading taken between two types counted 1).
    await waitFor(async () => {
      last = await host.page.evaluate(readLines, SENTENCE);
      return last.length === 2 && last[0].overlays >= TAGS.length ? last : undefined;
    }, 30_000, 'the tagged line to be decorated').catch(async (e) => {
      await host.page.screenshot({ path: path.join(artifacts, 'rtl-failure.png') });
      throw new Error(`${e.message}; last reading: ${JSON.stringify(last)} (screenshot: test-artifacts/rtl-failure.png)`);
    });
    await sleep(300);
    const lines = await host.page.evaluate(readLines, SENTENCE);
    const box = await host.page.locator('.editor-instance .monaco-editor').first().boundingBox();
    const viewport = host.page.viewportSize();
    await host.page.screenshot({
      path: path.join(artifacts, 'rtl-tagged-line.png'),
      clip: { x: box.x, y: box.y, width: Math.min(box.width, viewport.width - box.x), height: 110 },
    });
    const [tagged, plain] = lines;
    console.log(`[e2e] tagged line: ${tagged.overlays} decoration boxes; untagged line: ${plain.overlays}`);
    console.log(`[e2e] on-screen order (right to left): ${tagged.order.join(' | ')}`);
    try {
      assert.equal(plain.overlays, 0, 'the untagged line has no decoration');
      assert.ok(tagged.overlays >= TAGS.length, 'each tagged span has a decoration box');
      assert.deepEqual(tagged.order, plain.order, 'decorations keep the Arabic word order');
      assert.deepEqual(tagged.order, SENTENCE.split(' '), 'and that order is the logical order, read right to left');
      console.log('  ✓ tagged Arabic line keeps its word order on screen (screenshot: test-artifacts/rtl-tagged-line.png)');
    } catch (e) {
      failed = 1;
      console.log(`  ✗ tagged Arabic line keeps its word order on screen\n      ${e.message}`);
    }
  } finally {
    await host.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  console.log(`${1 - failed} passed, ${failed} failed`);
  return failed;
}

async function waitFor(fn, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const v = await fn();
    if (v) return v;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

main().then((code) => process.exit(code), (e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
