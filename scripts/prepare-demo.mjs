// Prepares the demo folder that `npm start` (and F5 in VS Code) opens: a git-ignored copy of
// samples/ with the seed article from test/fixtures, so tagging in the demo never changes a
// tracked file. An existing demo folder is kept (your demo annotations survive a restart);
// `--fresh` replaces it with a new copy.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const demoDir = path.join(repoRoot, '.demo');

// Workspace settings of the demo: long Arabic lines wrap instead of running off the right edge
// (where the start of every sentence hides), and VS Code's git does not offer to open the
// Hamish repository that the demo folder sits inside.
const DEMO_SETTINGS = {
  '[plaintext]': { 'editor.wordWrap': 'on' },
  '[markdown]': { 'editor.wordWrap': 'on' },
  'git.openRepositoryInParentFolders': 'never',
};

/** Creates the demo folder unless it exists (or always, with `fresh`); returns its path. */
export function prepareDemo({ fresh = false } = {}) {
  if (fresh) fs.rmSync(demoDir, { recursive: true, force: true });
  if (fs.existsSync(demoDir)) {
    console.log(`[demo] using ${path.relative(repoRoot, demoDir)}/ as it is (npm start -- --fresh for a new copy)`);
    return demoDir;
  }
  fs.mkdirSync(path.join(demoDir, '.vscode'), { recursive: true });
  fs.cpSync(path.join(repoRoot, 'samples'), demoDir, { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'seed-article.ar.txt'), path.join(demoDir, 'seed-article.ar.txt'));
  fs.writeFileSync(path.join(demoDir, '.vscode', 'settings.json'), JSON.stringify(DEMO_SETTINGS, null, 2) + '\n');
  console.log(`[demo] copied samples/ to ${path.relative(repoRoot, demoDir)}/`);
  return demoDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  prepareDemo({ fresh: process.argv.includes('--fresh') });
}
