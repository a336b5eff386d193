/**
 * The pieces the JSON importers (W3C, doccano, Label Studio) share: a path named inside an
 * import file must stay under the import root, attribute values come back only as Hamish
 * can hold them (anything else reported), and timestamps are normalised to UTC.
 */
import * as assert from 'assert';
import { attrValue, fileStem, ProblemList, readAttrs, safeRelativePath, utcTimestamp } from '../../src/core/formats/importSupport';

describe('what the JSON importers share', () => {
  it('keeps a path inside the import root, or refuses it', () => {
    assert.strictEqual(safeRelativePath('news/مقال.txt'), 'news/مقال.txt');
    assert.strictEqual(safeRelativePath('a.txt/'), undefined, 'a trailing slash names no file');
    assert.strictEqual(safeRelativePath('x'.repeat(1024)), 'x'.repeat(1024));
    for (const bad of ['', 'x'.repeat(1025), '/etc/passwd', 'C:x', 'z:/x', 'a\\b', 'a\u0001b', 'a\u001fb', 'a//b', './a', 'a/./b', '../a', 'a/..']) {
      assert.strictEqual(safeRelativePath(bad), undefined, JSON.stringify(bad));
    }
    // A colon or a slash further in is an ordinary character of a relative path.
    assert.strictEqual(safeRelativePath('notes/10:30.txt'), 'notes/10:30.txt');
    assert.strictEqual(safeRelativePath('1:x'), '1:x');
  });

  it('takes attribute values Hamish can store, and only those', () => {
    assert.strictEqual(attrValue('نعم'), 'نعم');
    assert.strictEqual(attrValue(false), false);
    assert.strictEqual(attrValue(0.5), 0.5);
    assert.strictEqual(attrValue(Infinity), undefined);
    assert.deepStrictEqual(attrValue(['a', 'ب']), ['a', 'ب']);
    assert.deepStrictEqual(attrValue([]), []);
    assert.strictEqual(attrValue(['a', 1]), undefined);
    assert.strictEqual(attrValue(null), undefined);
    assert.strictEqual(attrValue({ a: 1 }), undefined);
  });

  it('reads an attribute map back, reporting every value it cannot keep', () => {
    const said: string[] = [];
    const attrs = readAttrs({ ok: 'x', n: 2, bad: { deep: 1 }, nul: null }, (m) => said.push(m));
    assert.deepStrictEqual({ ...attrs }, { ok: 'x', n: 2 });
    assert.deepStrictEqual(said, [
      'attribute "bad" holds a value Hamish cannot store ({"deep":1}); it was not imported',
      'attribute "nul" holds a value Hamish cannot store (null); it was not imported',
    ]);
    said.length = 0;
    assert.deepStrictEqual({ ...readAttrs(undefined, (m) => said.push(m)) }, {});
    assert.deepStrictEqual({ ...readAttrs(['x'], (m) => said.push(m)) }, {});
    assert.deepStrictEqual(said, ['attributes are not an object; they were not imported']);
    // A value JSON cannot write at all is still named, never thrown on.
    said.length = 0;
    readAttrs({ f: () => 1 }, (m) => said.push(m));
    assert.deepStrictEqual(said, ['attribute "f" holds a value Hamish cannot store (undefined); it was not imported']);
  });

  it('collects problems with their severity', () => {
    const p = new ProblemList();
    p.error('a.json', 3, 'broken');
    p.warning('a.json', 0, 'odd');
    assert.deepStrictEqual(p.list, [
      { file: 'a.json', line: 3, severity: 'error', message: 'broken' },
      { file: 'a.json', line: 0, severity: 'warning', message: 'odd' },
    ]);
  });

  it('names a file by its stem', () => {
    assert.deepStrictEqual(['exports/all.jsonl', 'a.b.json', 'noext', '.hidden', 'd/.x.json'].map(fileStem), ['all', 'a.b', 'noext', '.hidden', '.x']);
  });

  it('normalises timestamps to UTC with a Z, and refuses what is not one', () => {
    assert.strictEqual(utcTimestamp('2024-02-11T09:30:00Z'), '2024-02-11T09:30:00Z');
    assert.strictEqual(utcTimestamp('2024-02-11T09:30:00.5Z'), '2024-02-11T09:30:00.5Z');
    assert.strictEqual(utcTimestamp('2024-02-11T12:30:00+03:00'), '2024-02-11T09:30:00.000Z');
    assert.strictEqual(utcTimestamp('2024-02-11T09:30Z'), '2024-02-11T09:30:00.000Z');
    assert.strictEqual(utcTimestamp('2024-02-11T09:30:00.Z'), undefined);
    assert.strictEqual(utcTimestamp('2024-13-45T09:30:00Z'), undefined);
    assert.strictEqual(utcTimestamp('x2024-02-11T09:30:00Z'), undefined);
    assert.strictEqual(utcTimestamp('2024-02-11T09:30:00Zx'), undefined);
    assert.strictEqual(utcTimestamp('11 February 2024'), undefined);
    assert.strictEqual(utcTimestamp('2024-02-11'), undefined);
    assert.strictEqual(utcTimestamp('2024-2-11T09:30:00Z'), undefined);
  });
});
