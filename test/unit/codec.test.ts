import * as assert from 'assert';
import * as fc from 'fast-check';
import { parse as yamlParse } from 'yaml';
import type { Annotation, AnnotationSet } from '../../src/core/model/annotation';
import { writeCanonical } from '../../src/core/sidecar/canonicalWriter';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { readFast } from '../../src/core/sidecar/fastReader';
import { sampleSet } from './support/sampleSet';

function mustParse(text: string): AnnotationSet {
  const r = parseSidecar(text, 'x.ann.yaml');
  if (!r.ok) assert.fail(r.problems.map((p) => p.message).join('\n'));
  return r.set;
}

describe('sidecar codec', () => {
  it('round-trips a set through text', () => {
    const set = sampleSet();
    const parsed = mustParse(serializeSidecar(set));
    assert.deepStrictEqual(parsed.annotations, [...set.annotations].sort((a, b) => a.start - b.start));
    assert.deepStrictEqual(parsed.source, set.source);
  });

  it('writes the same bytes for the same set, whatever the order of annotations and keys', () => {
    const set = sampleSet();
    const shuffled: AnnotationSet = {
      ...set,
      annotations: [...set.annotations].reverse().map((a) => {
        const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as Annotation;
        reordered.attrs = Object.fromEntries(Object.entries(a.attrs).reverse());
        return reordered;
      }),
    };
    assert.strictEqual(serializeSidecar(shuffled), serializeSidecar(set));
    const again = serializeSidecar(mustParse(serializeSidecar(set)));
    assert.strictEqual(again, serializeSidecar(set));
  });

  it('writes LF, a final newline, raw Arabic, quoted timestamps and dates, sorted spans', () => {
    const text = serializeSidecar(sampleSet());
    assert.ok(!text.includes('\r'));
    assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
    assert.ok(text.includes('text: "يحيى رسول"'), 'Arabic is written as UTF-8');
    assert.ok(!/\\u06/.test(text), 'no escaped Arabic');
    assert.ok(text.includes('created: "2026-11-29T10:00:00.000Z"'));
    assert.ok(text.includes('iso: "2024-02-11"'));
    assert.ok(!/[&*]\w/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, '')), 'no anchors or aliases');
    const starts = [...text.matchAll(/^    start: (\d+)$/gm)].map((m) => Number(m[1]));
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
    assert.deepStrictEqual(yamlParse(text), readFast(text), 'fast reader and yaml agree');
  });

  it('sorts spans with equal start by end, then id', () => {
    const set = sampleSet();
    const base = set.annotations[0]!;
    set.annotations = [
      { ...base, id: 'ab', end: base.end },
      { ...base, id: 'aa', end: base.end },
      { ...base, id: 'ac', end: base.start + 1, text: base.text.slice(0, 1) },
    ];
    const ids = [...serializeSidecar(set).matchAll(/- id: "(\w+)"/g)].map((m) => m[1]);
    assert.deepStrictEqual(ids, ['ac', 'aa', 'ab']);
  });

  it('reads a hand-written sidecar in other YAML styles through the full parser', () => {
    const set = sampleSet();
    const a = set.annotations.find((x) => x.type === 'actor')!;
    const hand = [
      '---',
      'version: 1',
      'source: {file: seed-article.ar.txt, sha256: ' + set.source.sha256 + ', length: ' + set.source.length + '}',
      'annotations:',
      `- id: ${a.id}`,
      '  type: actor',
      `  start: ${a.start}`,
      `  end: ${a.end}`,
      `  text: ${a.text}`,
      `  before: ${JSON.stringify(a.before)}`,
      `  after: ${JSON.stringify(a.after)}`,
      '',
    ].join('\n');
    assert.strictEqual(readFast(hand), undefined);
    const parsed = mustParse(hand);
    const first = parsed.annotations[0]!;
    // attrs and links have no prototype (so a key named __proto__ survives): compare their contents.
    assert.deepStrictEqual({ ...first, attrs: { ...first.attrs }, links: { ...first.links } }, { id: a.id, type: 'actor', start: a.start, end: a.end, text: a.text, before: a.before, after: a.after, attrs: {}, links: {} });
  });

  it('escapes what YAML cannot hold raw and reads it back', () => {
    const set = sampleSet();
    set.annotations[0]!.note = 'tab\there\u0085nel\u2028ls\u007fdel\ufeffbom "q" \\ ␀\u0001 :# - [x]';
    const text = serializeSidecar(set);
    assert.deepStrictEqual(yamlParse(text), readFast(text));
    assert.strictEqual(mustParse(text).annotations.find((a) => a.id === set.annotations[0]!.id)!.note, set.annotations[0]!.note);
  });

  it('fast reader gives exactly what yaml.parse gives, on every canonical file', () => {
    const str = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ّ', ' ', '"', '\\', '\n', '\t', '#', ':', '-', '😀', '\u2028', '\u0085', '\u007f', '\u0000', 'x', "'", '{', '[', '&', '*', '\ufeff') });
    const attr = fc.oneof(str, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.array(str, { maxLength: 3 }));
    const key = fc.oneof(fc.constantFrom('speaker', 'date', 'true', 'null', 'yes', 'x_1', 'موقف', 'a b', '1a', '#k'), str.filter((s) => s.length > 0));
    const annotation = fc.record({
      id: fc.stringMatching(/^a[a-z0-9]{3,10}$/),
      type: fc.constantFrom('claim', 'actor', 'date', 'ادعاء'),
      start: fc.nat(1000),
      len: fc.nat(50),
      orphaned: fc.boolean(),
      text: str, before: str, after: str,
      attrs: fc.dictionary(key, attr, { maxKeys: 3 }),
      links: fc.dictionary(key, fc.stringMatching(/^a[a-z0-9]{3,10}$/), { maxKeys: 2 }),
      note: fc.option(str, { nil: undefined }),
    });
    const dismissal = fc.record({
      type: fc.constantFrom('claim', 'actor', 'date', 'ادعاء'),
      start: fc.nat(1000),
      len: fc.nat(50),
      text: str, before: str, after: str,
    });
    const day = fc.option(fc.constantFrom('2024-02-11', '1999-12-31'), { nil: undefined });
    fc.assert(
      fc.property(fc.array(annotation, { maxLength: 5 }), fc.array(dismissal, { maxLength: 3 }), day, (list, dismissed, date) => {
        const set: AnnotationSet = {
          version: 1,
          source: { file: 'a.txt', sha256: '0'.repeat(64), length: 2000, ...(date !== undefined ? { date } : {}) },
          annotations: list.map(({ len, orphaned, note, ...a }) => ({
            ...a, end: a.start + len, ...(orphaned ? { orphaned } : {}), ...(note !== undefined ? { note } : {}),
          })),
          dismissed: dismissed.map(({ len, ...d }) => ({ ...d, end: d.start + len })),
        };
        const text = writeCanonical(set);
        const fast = readFast(text);
        assert.notStrictEqual(fast, undefined, 'the fast reader accepts every canonical file');
        assert.deepStrictEqual(fast, yamlParse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to the full parser for anything the fast reader does not know', () => {
    const canonical = writeCanonical(sampleSet());
    const variants = [
      canonical.replace('version: 2', 'version: 2 # comment'),
      '# header\n' + canonical,
      canonical.replace(/type: "actor"/, 'type: actor'),
      canonical.replace(/\n/g, '\r\n'),
      canonical.replace('version: 2', 'version: 0x2'),
    ];
    for (const v of variants) {
      assert.strictEqual(readFast(v), undefined, v.slice(0, 40));
      const parsed = parseSidecar(v, 'x');
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
    }
  });
});
