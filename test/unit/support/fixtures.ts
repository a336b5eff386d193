/** Paths and helpers shared by the unit tests. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Repository root (tests run from out/test/unit/...). */
export const repoRoot = path.resolve(__dirname, '../../../..');

/** The project's own fixtures (test/fixtures): everything a test reads is in the repository. */
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');

export function seedArticle(): string {
  return fs.readFileSync(path.join(fixturesDir, 'seed-article.ar.txt'), 'utf8');
}

export function tempDir(prefix = 'hamish-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Code point offset of the first occurrence of `needle` in `text`. */
export function cpIndexOf(text: string, needle: string, from = 0): number {
  const u = text.indexOf(needle, from);
  if (u < 0) throw new Error(`"${needle}" not found`);
  return Array.from(text.slice(0, u)).length;
}
