/**
 * Sidecar writing and checking at their edges: an orphan and an empty list on disk,
 * scalars YAML could misread, comments next to a `#` inside a string, and the checks of a
 * sidecar against the very source it describes.
 */
import * as assert from 'assert';
import { parse as yamlParse } from 'yaml';
import type { AnnotationSet } from '../../src/core/model/annotation';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { hasComments } from '../../src/core/sidecar/comments';
import { TYPE_NAME_PATTERN } from '../../src/core/sidecar/format';
import { quoteString, writeKey, writeValue } from '../../src/core/sidecar/scalars';
import { checkAgainstSource } from '../../src/core/sidecar/sourceCheck';
import { seedArticle } from './support/fixtures';
import { sampleSet } from './support/sampleSet';

const ARTICLE = seedArticle();

describe('sidecar edges', () => {
  it('writes an empty list and an orphan so that they read back', () => {
    const set = sampleSet(ARTICLE);
    const empty: AnnotationSet = { ...set, annotations: [] };
    const text = serializeSidecar(empty);
    assert.ok(text.endsWith('\nannotations: []\ncount: 0\n'), text);
    assert.deepStrictEqual(yamlParse(text).annotations, []);
    const orphan = { ...set.annotations[1]!, start: 600, end: 600, orphaned: true };
    const written = serializeSidecar({ ...set, annotations: [orphan] });
    assert.match(written, /\n    end: 600\n    orphaned: true\n    text: /);
    const back = parseSidecar(written, 'x.ann.yaml');
    assert.ok(back.ok);
    assert.strictEqual(back.set.annotations[0]!.orphaned, true);
    assert.ok(!/orphaned/.test(serializeSidecar(set)), 'a placed span has no orphaned line');
  });

  it('spells values YAML would misread so that they read back the same', () => {
    assert.strictEqual(writeValue(-0), '0');
    assert.strictEqual(writeValue(0.25), '0.25');
    assert.strictEqual(writeValue(true), 'true');
    assert.strictEqual(writeValue(false), 'false');
    assert.strictEqual(writeValue('yes'), '"yes"');
    assert.strictEqual(writeValue(['عسكري', 'no']), '["عسكري", "no"]');
    assert.throws(() => writeValue(Number.NaN), /cannot write the number NaN to a sidecar/);
    assert.throws(() => writeValue(Infinity), RangeError);
    for (const k of ['yes', 'No', 'ON', 'off', 'y', 'null', 'True', 'تاريخ', 'a b', '1st', 'x-y']) assert.strictEqual(writeKey(k), JSON.stringify(k));
    for (const k of ['iso', 'stance_2', '_x', 'yesterday']) assert.strictEqual(writeKey(k), k);
    const odd = 'a\u0085b\u2028c\ufeffd\u007fe';
    assert.strictEqual(quoteString(odd), '"a\\u0085b\\u2028c\\ufeffd\\u007fe"');
    assert.strictEqual(yamlParse(`v: ${quoteString(odd)}`).v, odd);
    assert.strictEqual(quoteString('قال "نعم"'), '"قال \\"نعم\\""');
  });

  it('accepts type names in any script, and nothing YAML or a file name could trip on', () => {
    for (const ok of ['claim', 'ادعاء', 'تاريخ_2', 'x-y', '_private', '٣', 'مُتحدِّث']) assert.ok(TYPE_NAME_PATTERN.test(ok), ok);
    for (const bad of ['', '-x', 'a b', 'claim!', 'ادعاء ', ' x', 'a:b', '\u064fx']) assert.ok(!TYPE_NAME_PATTERN.test(bad), JSON.stringify(bad));
  });

  it('finds comments only where YAML has them, not in a # inside a quote', () => {
    const good = serializeSidecar(sampleSet(ARTICLE));
    assert.ok(good.includes('#2'), 'the sample note holds a #');
    assert.strictEqual(hasComments(good), false);
    assert.strictEqual(hasComments(good.replace('version: 2', 'version: 2 # صيغة')), true);
    assert.strictEqual(hasComments('# تعليق\nversion: [\n'), false, 'a file YAML cannot read has no comments to keep');
    assert.strictEqual(hasComments('version: 1\n'), false);
    assert.strictEqual(hasComments('version: 1\nsource: {file: "a#b"}\n'), false);
    const previous = good.replace('version: 2', '# مراجعة\nversion: 2');
    assert.ok(serializeSidecar(sampleSet(ARTICLE), { text: previous, hasComments: true }).startsWith('# مراجعة\n'));
    assert.strictEqual(serializeSidecar(sampleSet(ARTICLE), { text: previous, hasComments: false }), good);
    assert.ok(serializeSidecar(sampleSet(ARTICLE), previous).startsWith('# مراجعة\n'));
  });

  it('refuses a sidecar longer than 64 MiB before reading it', () => {
    const r = parseSidecar('#'.repeat(64 * 1024 * 1024 + 1), 'x.ann.yaml');
    assert.ok(!r.ok);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, p.line, p.message]), [['too-large', 0, 'sidecar is larger than the 64 MiB limit; refusing to read it']]);
  });

  describe('against the source it describes', () => {
    const set = sampleSet(ARTICLE);

    it('reports a length that disagrees with the text', () => {
      const wrong = { ...set, source: { ...set.source, length: 3000 } };
      assert.deepStrictEqual(checkAgainstSource(wrong, ARTICLE).findings, [{
        path: ['source', 'length'], code: 'bad-value', severity: 'error', message: 'source length is 3000 but the text has 3365 code points',
      }]);
    });

    it('reports a span that ends past the text, and notes an orphan without checking its quote', () => {
      const annotations = [
        { ...set.annotations[0]!, end: 3366 },
        { ...set.annotations[1]!, start: 3365, end: 3365, orphaned: true, text: 'نص محذوف' },
        { ...set.annotations[2]!, end: 3365, start: 3360, text: ARTICLE.slice(3360, 3365) },
      ];
      const r = checkAgainstSource({ ...set, annotations }, ARTICLE);
      assert.strictEqual(r.matches, true);
      assert.deepStrictEqual(r.findings, [
        { path: ['annotations', 0, 'end'], code: 'out-of-range', severity: 'error', message: 'end (3366) is beyond the end of the source text (3365 code points)' },
        { path: ['annotations', 1], code: 'orphaned', severity: 'info', message: 'orphaned actor annotation: its text "نص محذوف" is no longer in the source' },
      ]);
    });

    it('reports a changed source at the hash, once', () => {
      const r = checkAgainstSource(set, ARTICLE + '\n');
      assert.deepStrictEqual(r, { matches: false, findings: [{
        path: ['source', 'sha256'], code: 'source-changed', severity: 'warning',
        message: 'the source "seed-article.ar.txt" changed since this sidecar was written; its annotations need re-anchoring',
      }] });
    });
  });
});
