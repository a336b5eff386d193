/**
 * Golden files for the export formats: `UPDATE_GOLDEN=1` writes what the exporter makes (to be
 * read by eye before committing); otherwise the output must equal the file byte for byte.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixturesDir } from './fixtures';

export function assertGolden(relativePath: string, content: string): void {
  const file = path.join(fixturesDir, 'export', relativePath);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content, 'utf8');
  }
  assert.ok(fs.existsSync(file), `${file} is missing: run the unit tests once with UPDATE_GOLDEN=1 and read it`);
  const expected = fs.readFileSync(file, 'utf8');
  // Compared as text first, so a failure shows the differing lines.
  assert.strictEqual(content, expected);
  assert.ok(Buffer.from(content, 'utf8').equals(fs.readFileSync(file)));
}
