/**
 * The large hostile cases, generated here rather than committed: a flow list of a million
 * commas, a 64,000-code-point `before`, a 32,000-code-point quote. The tests check what is
 * reported and where spans go; how long each takes is a figure of `npm run bench`
 * (bench/validate.bench.ts), never an assertion.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { reanchor } from '../../src/core/anchoring/reanchor';
import { CONTEXT_LENGTH, type Annotation, type AnnotationSet } from '../../src/core/model/annotation';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { KEY_NAME_PATTERN, MAX_REPORTED_SYNTAX_ERRORS } from '../../src/core/sidecar/format';
import { seedArticle } from './support/fixtures';
import { sampleSet } from './support/sampleSet';
import { hostileCases } from './support/hostileCases';

describe('hostile sidecars', () => {
  const text = seedArticle();
  const cases = hostileCases(text);

  it('reports a flow list of a million commas with a bounded list of errors', () => {
    const r = parseSidecar(cases.millionCommas, 'x');
    assert.strictEqual(r.ok, false);
    assert.strictEqual(r.problems.length, MAX_REPORTED_SYNTAX_ERRORS + 1);
    assert.match(r.problems[0]!.message, /^YAML syntax: Unexpected , in flow sequence$/);
    assert.match(r.problems[MAX_REPORTED_SYNTAX_ERRORS]!.message, /^YAML syntax: 999980 more errors not listed$/);
  });

  it('reports 100,000 nested flow lists as nested too deeply, without throwing', () => {
    const r = parseSidecar(cases.deepNesting, 'x');
    assert.strictEqual(r.ok, false);
    assert.ok(r.problems.some((p) => p.code === 'yaml-syntax' && /nested too deeply/.test(p.message)), JSON.stringify(r.problems));
  });

  it('reads a 64,000-code-point before as its 32 nearest code points, with a warning, and writes those only', () => {
    const r = parseSidecar(cases.longBefore, 'x');
    assert.ok(r.ok);
    const warning = r.problems.find((p) => p.code === 'context-too-long');
    assert.ok(warning);
    assert.strictEqual(warning.severity, 'warning');
    assert.strictEqual(warning.field, 'annotations[0].before');
    assert.strictEqual(warning.line, cases.longBefore.split('\n').findIndex((l) => l.startsWith('    before:')) + 1);
    const before = r.set.annotations[0]!.before;
    assert.strictEqual(Array.from(before).length, CONTEXT_LENGTH);
    const long = sampleLongBefore(cases.longBefore);
    assert.ok(long.endsWith(before), 'the code points nearest the quote are kept');
    const written = serializeSidecar(r.set);
    assert.ok(written.includes(`before: ${JSON.stringify(before)}\n`));
    assert.deepStrictEqual(parseSidecar(written, 'x').problems, []);
  });

  it('re-anchors a 32,000-code-point quote edited inside to where it is, approximately', () => {
    const { annotation, source } = cases.longQuote;
    const [r] = reanchor([annotation], source);
    assert.strictEqual(r!.outcome, 'fuzzy');
    assert.deepStrictEqual([r!.annotation.start, r!.annotation.end], [annotation.start, annotation.end]);
    assert.ok(r!.score! > 0.99, String(r!.score));
  });

  it('keeps every attribute and link name through load, save and load (property)', () => {
    const special = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf');
    const ordinary = fc.stringMatching(/^[a-zA-Z\u0627-\u064a_][a-zA-Z0-9\u0627-\u064a_-]{0,8}$/).filter((k) => KEY_NAME_PATTERN.test(k));
    const key = fc.oneof(special, ordinary);
    const value = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 6 }), fc.array(key, { maxLength: 4 }), (attrPairs, linkNames) => {
        const set: AnnotationSet = structuredClone(sampleSet(text));
        const [first, second] = set.annotations;
        const attrs = Object.create(null) as Record<string, unknown>;
        for (const [k, v] of attrPairs) attrs[k] = v;
        const links = Object.create(null) as Record<string, string>;
        for (const k of linkNames) links[k] = second!.id;
        first!.attrs = attrs as Annotation['attrs'];
        first!.links = links;
        const once = parseSidecar(serializeSidecar(set), 'x');
        assert.ok(once.ok, JSON.stringify(!once.ok && once.problems));
        const twice = parseSidecar(serializeSidecar(once.set), 'x');
        assert.ok(twice.ok);
        const back = twice.set.annotations.find((a) => a.id === first!.id)!;
        assert.deepStrictEqual(Object.keys(back.attrs).sort(), Object.keys(attrs).sort());
        assert.deepStrictEqual(Object.keys(back.links).sort(), Object.keys(links).sort());
        for (const k of Object.keys(attrs)) assert.deepStrictEqual(back.attrs[k], attrs[k], k);
      }),
      { numRuns: 200 },
    );
  });
});

function sampleLongBefore(sidecar: string): string {
  const line = sidecar.split('\n').find((l) => l.startsWith('    before:'))!;
  return JSON.parse(line.slice('    before: '.length)) as string;
}

