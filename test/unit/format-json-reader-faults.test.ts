/**
 * The JSON reader behind the JSON importers, where JSON.parse's own answer is not enough:
 * every escape it decodes, every fault it reports with its message and line, the line
 * arithmetic over LF, CRLF and CR, and the small helpers the importers narrow values with.
 */
import * as assert from 'assert';
import { asList, field, isRecord, lineAt, lineStarts, readJson } from '../../src/core/formats/jsonText';

/** The fault of a malformed document as [line, message]. */
function fault(text: string): [number, string] {
  const r = readJson(text);
  assert.ok(!r.ok, `${JSON.stringify(text)} is refused`);
  return [r.line, r.message];
}

function value(text: string): unknown {
  const r = readJson(text);
  assert.ok(r.ok, `${JSON.stringify(text)} is read: ${r.ok ? '' : r.message}`);
  return r.json.value;
}

describe('the JSON reader: escapes, faults and lines', () => {
  it('decodes every escape JSON has, including those JSON.stringify never writes', () => {
    assert.strictEqual(value('"\\"\\\\\\/\\b\\f\\n\\r\\t"'), '"\\/\b\f\n\r\t');
    assert.strictEqual(value('"\\u0642\\u0627\\u0644 \\uD83D\\uDE00"'), 'قال 😀');
    assert.strictEqual(value('"a\\u00e9b"'), 'aéb');
    // The slow path keeps the text around the escapes, Arabic included.
    assert.strictEqual(value('"قال \\"الوزير\\" أمس"'), 'قال "الوزير" أمس');
  });

  it('reads literals, numbers and white space exactly', () => {
    assert.deepStrictEqual(value(' \t\r\n[true,false,null,-0.5e+2,0,12,3E-1]\n '), [true, false, null, -50, 0, 12, 0.3]);
    assert.deepStrictEqual(value('{ "a" :\t{ } , "b" : [ ] }'), { a: {}, b: [] });
    assert.deepStrictEqual(value('\uFEFF{"k":"v"}'), { k: 'v' });
  });

  it('names each fault and the line it is on', () => {
    assert.deepStrictEqual(fault(''), [1, 'unexpected end of the file']);
    assert.deepStrictEqual(fault('[1,\n'), [2, 'unexpected end of the file']);
    assert.deepStrictEqual(fault('\n\n  x'), [3, 'unexpected character "x"']);
    assert.deepStrictEqual(fault('[\ntrue,\nfalse,\nnul]'), [4, 'expected null']);
    assert.deepStrictEqual(fault('tru'), [1, 'expected true']);
    assert.deepStrictEqual(fault('[fals]'), [1, 'expected false']);
    assert.deepStrictEqual(fault('[\n-]'), [2, 'malformed number']);
    assert.deepStrictEqual(fault('{\n"a": "\\x"}'), [2, 'malformed escape in a string']);
    assert.deepStrictEqual(fault('"\\u12G4"'), [1, 'malformed escape in a string']);
    assert.deepStrictEqual(fault('"a\\n\tb"'), [1, 'control character inside a string']);
    assert.deepStrictEqual(fault('\n"open'), [2, 'unterminated string']);
    assert.deepStrictEqual(fault('\n"open\\n'), [2, 'unterminated string']);
    assert.deepStrictEqual(fault('[1\n2]'), [2, 'expected , or ] in an array']);
    assert.deepStrictEqual(fault('[1,2'), [1, 'expected , or ] in an array']);
    assert.deepStrictEqual(fault('{\n a: 1}'), [2, 'expected a quoted key']);
    assert.deepStrictEqual(fault('{"a",\n1}'), [1, 'expected : after a key']);
    assert.deepStrictEqual(fault('{"a": 1\n"b": 2}'), [2, 'expected , or } in an object']);
    assert.deepStrictEqual(fault('{"a": 1'), [1, 'expected , or } in an object']);
    assert.deepStrictEqual(fault('{} x'), [1, 'unexpected text after the JSON value']);
    assert.deepStrictEqual(fault('['.repeat(257)), [1, 'nesting deeper than 256 levels']);
    // 256 levels are still read.
    assert.ok(readJson('['.repeat(256) + ']'.repeat(256)).ok);
  });

  it('counts lines after LF, CRLF and a lone CR, and finds the line of any offset', () => {
    assert.deepStrictEqual(lineStarts('ab\ncd\r\nef\rg'), [0, 3, 7, 10]);
    assert.deepStrictEqual(lineStarts(''), [0]);
    assert.deepStrictEqual(lineStarts('\r'), [0, 1]);
    const starts = [0, 3, 7, 10];
    assert.deepStrictEqual([0, 2, 3, 6, 7, 9, 10, 50].map((o) => lineAt(starts, o)), [1, 1, 2, 2, 3, 3, 4, 4]);
    assert.strictEqual(lineAt([0], 5), 1);
  });

  it('answers the line of objects and list items, and the fallback for anything else', () => {
    const r = readJson('{\n"list": [\n1,\n  "two",\n{}\n],\n"o": {}}');
    assert.ok(r.ok);
    const root = r.json.value as { list: unknown[]; o: object };
    assert.strictEqual(r.json.lineOf(root), 1);
    assert.strictEqual(r.json.lineOf(root.list), 2);
    assert.strictEqual(r.json.lineOf(root.o), 7);
    assert.deepStrictEqual([0, 1, 2].map((i) => r.json.lineOfItem(root.list, i)), [3, 4, 5]);
    assert.strictEqual(r.json.lineOf(null), 1);
    assert.strictEqual(r.json.lineOf({}, 8), 8);
    assert.strictEqual(r.json.lineOfItem(root.list, 3, 9), 9);
    assert.strictEqual(r.json.lineOfItem([1], 0), 1);
    assert.strictEqual(r.json.lineOfItem('x', 0, 6), 6);
  });

  it('narrows values: records, own fields, lists', () => {
    assert.deepStrictEqual([{}, [], null, 'x', 1].map(isRecord), [true, false, false, false, false]);
    assert.strictEqual(field({ a: 1 }, 'a'), 1);
    assert.strictEqual(field({}, 'constructor'), undefined);
    assert.strictEqual(field({}, 'toString'), undefined);
    assert.deepStrictEqual([undefined, null, 'x', [1, 2], 0].map(asList), [[], [], ['x'], [1, 2], [0]]);
  });
});
