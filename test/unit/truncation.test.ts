/**
 * Truncation: the sample sidecar cut at every code point. Every cut must be reported,
 * except the one cut that only drops the final line break, which leaves the same file in
 * every way that matters (the same set; the next save writes the newline back).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { repoRoot } from './support/fixtures';

describe('truncated sidecars', () => {
  const whole = fs.readFileSync(path.join(repoRoot, 'samples', 'seed-article.ar.txt.ann.yaml'), 'utf8');

  it('the sample is a whole, clean, canonical sidecar', () => {
    const parsed = parseSidecar(whole, 'sample');
    assert.ok(parsed.ok);
    assert.deepStrictEqual(parsed.problems, []);
    assert.strictEqual(serializeSidecar(parsed.set), whole);
  });

  it('every cut of the sample is reported as an error, but the final newline', () => {
    const points = Array.from(whole);
    const full = parseSidecar(whole, 'sample');
    assert.ok(full.ok);
    const silent: number[] = [];
    for (let cut = 0; cut < points.length; cut++) {
      const text = points.slice(0, cut).join('');
      const parsed = parseSidecar(text, 'sample');
      if (!parsed.ok) continue;
      // Reported, or equivalent: the same annotation set as the whole file.
      assert.deepStrictEqual(JSON.parse(JSON.stringify(parsed.set)), JSON.parse(JSON.stringify(full.set)), `cut at ${cut} lost data silently`);
      silent.push(cut);
    }
    assert.deepStrictEqual(silent, [points.length - 1], 'only dropping the final newline leaves a complete file');
  });
});
