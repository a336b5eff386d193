#!/usr/bin/env node
// Renders media/icon.svg (the source, edited by hand) to media/icon.png, the 128×128 icon that
// package.json names, with Debian's headless Chromium, then reduces it to a 32-colour palette
// (upng-js): 1.4 KB instead of Chromium's 5 KB, with no difference to see at icon sizes, and the
// .vsix is held to 150 KB. Run it after changing the SVG and commit both files: packaging reads
// the PNG and never runs this.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { chromiumPath, repoRoot } from './test-host/install.mjs';
import { CHROMIUM_ARGS } from './test-host/host.mjs';

// `--preview FILE`: a 4× rendering to FILE instead, to look at the details.
const require = createRequire(import.meta.url);
const previewAt = process.argv.indexOf('--preview');
const scale = previewAt > 0 ? 4 : 1;
const target = previewAt > 0 ? path.resolve(process.argv[previewAt + 1]) : path.join(repoRoot, 'media', 'icon.png');
const SIZE = 128;
const PALETTE_COLOURS = 32;
const svg = fs.readFileSync(path.join(repoRoot, 'media', 'icon.svg'), 'utf8');

// Chromium writes crash-report folders under XDG_CONFIG_HOME: a temp dir, not the user's home.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-icon-'));
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: CHROMIUM_ARGS,
  env: { ...process.env, XDG_CONFIG_HOME: path.join(scratch, 'config'), XDG_CACHE_HOME: path.join(scratch, 'cache') },
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: scale });
  await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${svg}</body>`);
  // omitBackground keeps the rounded corners transparent.
  const shot = await page.locator('svg').screenshot({ omitBackground: true });
  fs.writeFileSync(target, previewAt > 0 ? shot : toPalette(shot, PALETTE_COLOURS));
} finally {
  await browser.close();
  fs.rmSync(scratch, { recursive: true, force: true });
}
console.log(`wrote ${path.relative(repoRoot, target)} (${fs.statSync(target).size} bytes)`);

function toPalette(png, colours) {
  const UPNG = require('upng-js');
  const image = UPNG.decode(png);
  return Buffer.from(UPNG.encode(UPNG.toRGBA8(image), image.width, image.height, colours));
}
