/**
 * Everything a test, benchmark, demo or CI run reads is inside the repository: no file
 * under src/, test/, bench/ or scripts/ may point outside it to a `shared` folder that
 * happens to sit beside a developer's clone.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixturesDir, repoRoot } from './support/fixtures';

const FOLDERS = ['src', 'test', 'bench', 'scripts', '.ci'];
// Built from pieces so this file does not match itself.
const OUTSIDE = new RegExp(['\\.\\./' + 'shared', '/work/' + 'shared', 'shared/' + '(fixtures|guides)'].join('|'));

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(ts|mjs|js|json|sh)$/.test(entry.name) || entry.name === 'run') yield full;
  }
}

describe('the repository is self-contained', () => {
  it('has no reference to a shared folder outside the clone in its code', () => {
    const offenders: string[] = [];
    let scanned = 0;
    for (const folder of FOLDERS) {
      const dir = path.join(repoRoot, folder);
      if (!fs.existsSync(dir)) continue;
      for (const file of files(dir)) {
        scanned++;
        fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
          if (OUTSIDE.test(line)) offenders.push(`${path.relative(repoRoot, file)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    assert.ok(scanned > 50, `only ${scanned} files scanned: the walk is broken`);
    assert.deepStrictEqual(offenders, []);
  });

  it('keeps the seed article in test/fixtures, inside the clone', () => {
    assert.ok(path.relative(repoRoot, fixturesDir).startsWith('test'), fixturesDir);
    const text = fs.readFileSync(path.join(fixturesDir, 'seed-article.ar.txt'), 'utf8');
    assert.ok(text.includes('يحيى رسول'));
  });

  it('ships one copy of the seed article, in test/fixtures', () => {
    const seed = fs.readFileSync(path.join(fixturesDir, 'seed-article.ar.txt'), 'utf8');
    const probe = seed.slice(200, 260);
    const copies: string[] = [];
    for (const folder of ['src', 'test', 'bench', 'scripts', 'samples']) {
      for (const file of files(path.join(repoRoot, folder))) if (fs.readFileSync(file, 'utf8').includes(probe)) copies.push(file);
      for (const entry of fs.readdirSync(path.join(repoRoot, folder))) {
        const full = path.join(repoRoot, folder, entry);
        if (entry.endsWith('.txt') && fs.readFileSync(full, 'utf8').includes(probe)) copies.push(full);
      }
    }
    assert.deepStrictEqual(copies, []);
  });
});
