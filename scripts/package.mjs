#!/usr/bin/env node
// `npm run package`: hamish-<version>.vsix, at most 150 KB.
//
// 1. The extension page's README: README.md without the blocks marked `<!-- repository only -->`
//    (the two commands, the command line, the layout and the list of documents, which speak to
//    someone with a clone; the finer points of painting and saving), ending with a link to the whole README on the
//    repository's page. Written to .package/README.md (git-ignored).
// 2. vsce packs the files .vscodeignore lets in; it runs `vscode:prepublish` first, the
//    production build.
// 3. advzip (Debian's advancecomp) deflates every entry of the .vsix again with its stronger
//    encoder: the same files in a standard zip, 6 KB smaller than vsce's zlib leaves it. Where
//    advancecomp can be neither found nor installed, the .vsix stays as vsce made it and a
//    warning says so.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureAptPackages, repoRoot } from './test-host/install.mjs';

const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const vsix = path.join(repoRoot, `${name}-${version}.vsix`);
const readme = path.join(repoRoot, '.package', 'README.md');

fs.mkdirSync(path.dirname(readme), { recursive: true });
fs.writeFileSync(readme, extensionPageReadme(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')));

const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
run(process.execPath, [vsce, 'package', '--no-dependencies', '--readme-path', path.relative(repoRoot, readme), '--out', vsix]);

const packed = fs.statSync(vsix).size;
if (recompress(vsix)) {
  console.log(`advzip: ${kb(packed)} -> ${kb(fs.statSync(vsix).size)}`);
}
console.log(`${path.basename(vsix)}: ${kb(fs.statSync(vsix).size)}`);

function extensionPageReadme(markdown) {
  const blocks = /<!-- repository only -->[\s\S]*?<!-- \/repository only -->\n*/g;
  const stripped = markdown.replace(blocks, '');
  if (stripped.includes('repository only -->')) {
    throw new Error('README.md: a <!-- repository only --> block is not closed by <!-- /repository only -->');
  }
  // vsce turns the relative link into one to the file on the repository's page.
  return `${stripped.trimEnd()}\n\nThe [whole README](README.md), with the command line and the list of documents, is on the\nrepository's page.\n`;
}

function recompress(file) {
  try {
    ensureAptPackages(['advancecomp']);
  } catch (e) {
    console.warn(`warning: advancecomp is not installed and could not be (${e.message}); the .vsix stays as vsce packed it`);
    return false;
  }
  run('advzip', ['--recompress', '-4', file]);
  // advzip rewrites in place; a zip it could not read back would have made it fail above.
  return true;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
