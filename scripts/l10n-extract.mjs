#!/usr/bin/env node
// `npm run l10n:extract` (after `tsc -p .`): writes l10n/bundle.l10n.json, the English bundle
// (each key to itself) of every vscode.l10n.t literal in src/, for translators and for the
// parity test; re-sorts the Arabic bundle and the package.nls files so merges stay line-local;
// lists the keys that still lack an Arabic translation. Scanner: test/l10n/l10nStrings.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const scanner = path.join(repoRoot, 'out', 'test', 'l10n', 'l10nStrings.js');
if (!fs.existsSync(scanner)) {
  console.error('out/test/l10n/l10nStrings.js is missing: run `npx tsc -p .` first');
  process.exit(1);
}
const { bundleText, scanFolders } = require(scanner);

const scan = scanFolders(repoRoot, ['src']);
for (const d of scan.dynamic) console.error(`${d.file}:${d.line}: l10n.t without a string literal key (not extracted)`);
const english = Object.fromEntries(scan.strings.map((s) => [s.key, s.key]));
fs.writeFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.json'), bundleText(english));
console.log(`l10n/bundle.l10n.json: ${Object.keys(english).length} strings`);

for (const file of ['l10n/bundle.l10n.ar.json', 'package.nls.json', 'package.nls.ar.json']) {
  const full = path.join(repoRoot, file);
  if (fs.existsSync(full)) fs.writeFileSync(full, bundleText(JSON.parse(fs.readFileSync(full, 'utf8'))));
}
const arabic = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.ar.json'), 'utf8'));
const missing = Object.keys(english).filter((k) => !(k in arabic));
for (const k of missing) console.log(`no Arabic yet: ${JSON.stringify(k)}`);
process.exit(scan.dynamic.length ? 1 : 0);
