import * as assert from 'assert';
import type { AnnotationSet } from '../../src/core/model/annotation';
import type { Problem } from '../../src/core/problems';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { checkAgainstSource } from '../../src/core/sidecar/sourceCheck';
import { seedArticle } from './support/fixtures';
import { sampleSet } from './support/sampleSet';

const FILE = 'corpus/seed-article.ar.txt.ann.yaml';

function problemsOf(text: string): Problem[] {
  const r = parseSidecar(text, FILE);
  return r.problems;
}

/** Line (1-based) of the first line of `text` that contains `needle` after `from`. */
function lineOf(text: string, needle: string, from = ''): number {
  const start = from ? text.indexOf(from) : 0;
  const at = text.indexOf(needle, start);
  assert.ok(at >= 0, `"${needle}" in sidecar`);
  return text.slice(0, at).split('\n').length;
}

function expectOne(text: string, code: Problem['code'], line: number, field?: string): Problem {
  const problems = problemsOf(text).filter((p) => p.severity === 'error');
  const match = problems.find((p) => p.code === code);
  assert.ok(match, `expected ${code}, got ${JSON.stringify(problems)}`);
  assert.strictEqual(match.file, FILE);
  assert.strictEqual(match.line, line, `line of ${code}: ${match.message}`);
  if (field) assert.strictEqual(match.field, field);
  assert.strictEqual(parseSidecar(text, FILE).ok, false, 'an error makes the sidecar invalid');
  return match;
}

describe('sidecar validation', () => {
  const good = serializeSidecar(sampleSet());
  const secondId = [...good.matchAll(/- id: "(\w+)"/g)][1]![1]!;

  it('accepts the canonical sample', () => {
    assert.deepStrictEqual(problemsOf(good), []);
  });

  it('reports an unknown version, naming what this Hamish reads', () => {
    const p = expectOne(good.replace('version: 2', 'version: 7'), 'unknown-version', 1, 'version');
    assert.match(p.message, /version 7.*reads versions 1 and 2.*newer Hamish/);
    expectOne(good.replace('version: 2', 'version: "2"'), 'unknown-version', 1, 'version');
  });

  it('reports missing top-level and annotation fields', () => {
    expectOne(good.replace('version: 2\n', ''), 'missing-field', 1);
    const noType = good.replace(/\n    type: "actor"/, '');
    const p = expectOne(noType, 'missing-field', lineOf(noType, 'aactor'), 'annotations[0]');
    assert.match(p.message, /missing "type"/);
    expectOne(good.replace(/\n  file: "[^"]*"/, ''), 'missing-field', 2, 'source');
    expectOne(good.replace(/\n    text: "يحيى رسول"/, ''), 'missing-field', lineOf(good, 'aactor'));
  });

  it('reports wrong types with the field', () => {
    const t = good.replace(/start: (\d+)\n    end: (\d+)\n    text: "يحيى/, 'start: "$1"\n    end: $2\n    text: "يحيى');
    const p = expectOne(t, 'wrong-type', lineOf(t, 'start: "'), 'annotations[0].start');
    assert.match(p.message, /whole number/);
    const n = good.replace('length: ', 'length: -');
    expectOne(n, 'wrong-type', 5, 'source.length');
  });

  it('reports end before start', () => {
    const t = good.replace(/start: (\d+)\n    end: (\d+)\n    text: "يحيى/, 'start: $2\n    end: $1\n    text: "يحيى');
    expectOne(t, 'end-before-start', lineOf(t, 'end:', 'aactor'), 'annotations[0].end');
  });

  it('reports offsets beyond the text', () => {
    const t = good.replace(/end: (\d+)\n    text: "يحيى/, 'end: 999999\n    text: "يحيى');
    const p = expectOne(t, 'out-of-range', lineOf(t, 'end: 999999'), 'annotations[0].end');
    assert.match(p.message, /beyond the source length/);
  });

  it('reports duplicate ids at the second use', () => {
    const firstId = [...good.matchAll(/- id: "(\w+)"/g)][0]![1]!;
    const t = good.replace(`- id: "${secondId}"`, `- id: "${firstId}"`);
    expectOne(t, 'duplicate-id', lineOf(t, `- id: "${firstId}"`, 'aactor') , 'annotations[1].id');
  });

  it('warns about links to missing ids, and keeps the sidecar readable and the link', () => {
    // Removing an annotation that others link to (a speaker) must not make the file unreadable.
    const t = good.replace(/speaker: "\w+"/, 'speaker: "anosuchid"');
    const parsed = parseSidecar(t, FILE);
    assert.ok(parsed.ok, 'a dangling link is no error');
    const p = parsed.problems.find((x) => x.code === 'missing-link-target')!;
    assert.strictEqual(p.severity, 'warning');
    assert.strictEqual(p.line, lineOf(t, 'speaker:'));
    assert.strictEqual(p.field, 'annotations[1].links.speaker');
    assert.match(p.message, /anosuchid/);
    assert.strictEqual(parsed.set.annotations.find((a) => a.type === 'claim')!.links.speaker, 'anosuchid');
  });

  it('reports unknown fields instead of dropping them', () => {
    const t = good.replace('    type: "actor"', '    type: "actor"\n    colour: "red"');
    expectOne(t, 'unknown-field', lineOf(t, 'colour'), 'annotations[0].colour');
  });

  it('reports YAML syntax errors with their line', () => {
    const t = good.replace('    type: "actor"', '    type: "actor\n    oops: [');
    const p = expectOne(t, 'yaml-syntax', lineOf(t, 'type: "actor'));
    assert.match(p.message, /^YAML syntax/);
  });

  it('refuses an alias-expansion bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) {
      const prev = String.fromCharCode(97 + i);
      const name = String.fromCharCode(98 + i);
      bomb.push(`${name}: &${name} [${Array(9).fill('*' + prev).join(',')}]`);
    }
    const p = expectOne(bomb.join('\n') + '\n', 'alias-bomb', 0);
    assert.match(p.message, /alias/);
  });

  it('refuses a sidecar over the size limit', () => {
    const huge = 'version: 1\n#' + ' '.repeat(64 * 1024 * 1024);
    expectOne(huge, 'too-large', 0);
  });

  it('checks quotes and lengths against the source it describes', () => {
    const text = seedArticle();
    const set = sampleSet(text);
    assert.deepStrictEqual(checkAgainstSource(set, text).findings, []);
    const wrong: AnnotationSet = { ...set, annotations: set.annotations.map((a, i) => (i === 1 ? { ...a, start: a.start + 1, end: a.end + 1 } : a)) };
    const found = checkAgainstSource(wrong, text).findings;
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0]!.code, 'quote-mismatch');
    assert.deepStrictEqual(found[0]!.path, ['annotations', 1, 'text']);
  });

  it('says the source changed instead of listing mismatches when its hash differs', () => {
    const text = seedArticle();
    const set = sampleSet(text);
    const r = checkAgainstSource(set, 'مقدمة جديدة\n' + text);
    assert.strictEqual(r.matches, false);
    assert.deepStrictEqual(r.findings.map((f) => f.code), ['source-changed']);
  });
});

describe('links that hold several targets', () => {
  const good = serializeSidecar(sampleSet());

  it('reads a list of ids under one link name, and writes it back the same', () => {
    const set = sampleSet();
    const claim = set.annotations.find((a) => a.type === 'claim')!;
    const actor = set.annotations.find((a) => a.type === 'actor')!;
    const date = set.annotations.find((a) => a.type === 'date')!;
    claim.links = { speaker: [actor.id, date.id], date: date.id };
    const text = serializeSidecar(set);
    const parsed = parseSidecar(text, FILE);
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
    const back = parsed.set.annotations.find((a) => a.type === 'claim')!;
    assert.deepStrictEqual(back.links.speaker, [actor.id, date.id]);
    assert.strictEqual(back.links.date, date.id);
    assert.strictEqual(serializeSidecar(parsed.set), text);
  });

  it('warns about each missing id in a list, at its line', () => {
    const t = good.replace(/speaker: ("\w+")/, 'speaker: [$1, "anosuchid"]');
    const parsed = parseSidecar(t, FILE);
    assert.ok(parsed.ok);
    const p = parsed.problems.find((x) => x.code === 'missing-link-target')!;
    assert.match(p.message, /anosuchid/);
    assert.strictEqual(p.field, 'annotations[1].links.speaker[1]');
  });

  it('refuses an empty list or a list with a number', () => {
    for (const bad of ['speaker: []', 'speaker: ["a1", 2]']) {
      const t = good.replace(/speaker: "\w+"/, bad);
      const parsed = parseSidecar(t, FILE);
      assert.ok(!parsed.ok, bad);
      assert.ok(parsed.problems.some((p) => p.code === 'wrong-type' && /non-empty list of ids/.test(p.message)), JSON.stringify(parsed.problems));
    }
  });
});
