/**
 * The fast reader must never accept what the full YAML parser refuses: a key written twice
 * in one mapping (YAML forbids it) is what a textual git merge leaves when both sides
 * added a note to the same annotation. The sidecar must be refused with the line of the
 * second key, never read with one of the two values silently dropped.
 */
import * as assert from 'assert';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { sampleSet } from './support/sampleSet';

const FILE = 'news/seed-article.ar.txt.ann.yaml';
const GOOD = serializeSidecar(sampleSet());

/** The canonical text with `line` inserted after the first line that starts with `after`. */
function insertAfter(after: string, line: string): { text: string; line: number } {
  const lines = GOOD.split('\n');
  const i = lines.findIndex((l) => l.startsWith(after));
  assert.ok(i >= 0, `a line starting with "${after}"`);
  lines.splice(i + 1, 0, line);
  return { text: lines.join('\n'), line: i + 2 };
}

function expectDuplicate(after: string, line: string): void {
  const bad = insertAfter(after, line);
  const r = parseSidecar(bad.text, FILE);
  assert.strictEqual(r.ok, false, 'a duplicate key makes the sidecar invalid');
  assert.deepStrictEqual(r.problems.map((p) => [p.code, p.line, p.severity]), [['yaml-syntax', bad.line, 'error']]);
  assert.match(r.problems[0]!.message, /unique/);
}

describe('fast reader and duplicate keys', () => {
  it('reads the canonical sample on the fast path, so the cases below exercise it', () => {
    const r = parseSidecar(GOOD, FILE);
    assert.ok(r.ok);
    assert.strictEqual(r.set.annotations.length, 3);
    assert.strictEqual(r.hasComments, false);
  });

  it('refuses two note lines in one annotation, as a textual git merge leaves them', () => {
    expectDuplicate('    note:', '    note: "ملاحظة من الفرع الآخر: المصدر غير مؤكد"');
  });

  it('refuses a duplicate key however it is spelled', () => {
    expectDuplicate('    note:', '    "note": "ملاحظة ثانية"');
  });

  it('refuses duplicates in source, in attributes and at the top level', () => {
    expectDuplicate('  length:', '  length: 3366');
    expectDuplicate('      stance:', '      stance: "supportive"');
    expectDuplicate('version:', 'version: 1');
  });

  it('refuses a mapping written twice (attrs) after its block', () => {
    const lines = GOOD.split('\n');
    const i = lines.findIndex((l) => l.startsWith('    links:'));
    lines.splice(i, 0, '    attrs: {}');
    const r = parseSidecar(lines.join('\n'), FILE);
    assert.strictEqual(r.ok, false);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, p.line]), [['yaml-syntax', i + 1]]);
  });

  it('still reads the same key in different annotations', () => {
    const r = parseSidecar(GOOD, FILE);
    assert.ok(r.ok);
    assert.deepStrictEqual(r.set.annotations.map((a) => a.created), [sampleSet().annotations[0]!.created, sampleSet().annotations[0]!.created, sampleSet().annotations[0]!.created]);
  });
});
