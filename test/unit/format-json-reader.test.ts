import * as assert from 'assert';
import * as fc from 'fast-check';
import { readJson } from '../../src/core/formats/jsonText';

describe('the JSON reader behind the JSON importers', () => {
  it('reads what JSON.parse reads, to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v, null, 1);
        const r = readJson(text);
        assert.ok(r.ok);
        assert.deepStrictEqual(r.json.value, JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the line each object and list item starts on, with CRLF, CR and a BOM', () => {
    const r = readJson('\uFEFF[\r\n  {"a": 1},\r\n\r\n  "x",\r  {"b": [2]}\n]');
    assert.ok(r.ok);
    const list = r.json.value as unknown[];
    assert.deepStrictEqual([0, 1, 2].map((i) => r.json.lineOfItem(list, i)), [2, 4, 5]);
    assert.strictEqual(r.json.lineOf(list[2]), 5);
    assert.strictEqual(r.json.lineOf('not a node', 9), 9);
  });

  it('keeps __proto__ an ordinary key, as JSON.parse does', () => {
    const r = readJson('{"__proto__": {"polluted": true}, "constructor": 1}');
    assert.ok(r.ok);
    const o = r.json.value as Record<string, unknown>;
    assert.strictEqual(Object.getPrototypeOf(o), Object.prototype);
    assert.deepStrictEqual(Object.keys(o), ['__proto__', 'constructor']);
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });

  it('names the line of a fault, and refuses hostile nesting without exhausting the stack', () => {
    const bad = readJson('{\n  "a": "line\nbreak"\n}');
    assert.deepStrictEqual(bad.ok ? undefined : [bad.line, /control character/.test(bad.message)], [2, true]);
    const trailing = readJson('{}\n\n{}');
    assert.deepStrictEqual(trailing.ok ? undefined : trailing.line, 3);
    const deep = readJson('{"a":'.repeat(5000));
    assert.ok(!deep.ok && /nesting/.test(deep.message));
  });
});
