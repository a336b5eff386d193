import * as assert from 'assert';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { createAnnotation } from '../../src/core/model/build';
import { cpIndexOf, seedArticle } from './support/fixtures';
import { FIXED_TIME, sampleSet } from './support/sampleSet';

describe('comments in sidecars', () => {
  const text = seedArticle();
  const set = sampleSet(text);
  const canonical = serializeSidecar(set);
  const actorId = set.annotations.find((a) => a.type === 'actor')!.id;
  const commented = canonical
    .replace('version: 2', '# Corpus: Iraq talks, checked by Layla\nversion: 2')
    .replace(`  - id: "${actorId}"`, `  # speaker verified against the agency site\n  - id: "${actorId}"`)
    .replace('    type: "date"', '    type: "date" # Gregorian, not Hijri');

  it('survive a rewrite that edits, adds and removes annotations', () => {
    const changed = structuredClone(set);
    const actor = changed.annotations.find((a) => a.id === actorId)!;
    actor.note = 'متحدث رسمي';
    const start = cpIndexOf(text, 'بغداد');
    changed.annotations.push(createAnnotation(text, { type: 'actor', start, end: start + 5, now: FIXED_TIME, id: 'anew000000000000000000000001' }));
    changed.annotations = changed.annotations.filter((a) => a.type !== 'claim');
    const out = serializeSidecar(changed, commented);
    assert.ok(out.includes('# Corpus: Iraq talks, checked by Layla'), out.slice(0, 300));
    assert.match(out, /# speaker verified against the agency site\n\s*- id: "aactor/);
    assert.match(out, /type: "date" # Gregorian, not Hijri/);
    const parsed = parseSidecar(out, 'x');
    assert.ok(parsed.ok);
    const ids = parsed.set.annotations.map((a) => a.id).sort();
    assert.deepStrictEqual(ids, [actorId, 'adate00000000000000000000001', 'anew000000000000000000000001'].sort());
    assert.strictEqual(parsed.set.annotations.find((a) => a.id === actorId)!.note, 'متحدث رسمي');
  });

  it('are written the same way every time', () => {
    assert.strictEqual(serializeSidecar(set, commented), serializeSidecar(set, commented));
    const once = serializeSidecar(set, commented);
    assert.strictEqual(serializeSidecar(set, once), once);
  });

  it('do not change a file without comments, which stays canonical', () => {
    assert.strictEqual(serializeSidecar(set, canonical), canonical);
    const withHash = structuredClone(set);
    withHash.annotations[0]!.note = 'issue #12 and # more';
    const hashText = serializeSidecar(withHash);
    assert.strictEqual(serializeSidecar(withHash, hashText), hashText, 'a # inside a string is not a comment');
  });
});
