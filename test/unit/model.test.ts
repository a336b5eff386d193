import * as assert from 'assert';
import { compareAnnotations, sortAnnotations, type Annotation } from '../../src/core/model/annotation';
import { createAnnotation, describeSource } from '../../src/core/model/build';
import { sha256Hex } from '../../src/core/text/hash';
import { preview } from '../../src/core/text/preview';
import { seedArticle } from './support/fixtures';

const span = (id: string, start: number, end: number): Annotation =>
  ({ id, type: 'claim', start, end, text: '', before: '', after: '', attrs: {}, links: {} });

describe('annotation model', () => {
  it('orders annotations by start, then end, then id', () => {
    const list = [span('b', 5, 9), span('a', 5, 9), span('c', 5, 7), span('d', 2, 30), span('a', 40, 41)];
    assert.deepStrictEqual(sortAnnotations(list).map((a) => `${a.id}${a.start}-${a.end}`), ['d2-30', 'c5-7', 'a5-9', 'b5-9', 'a40-41']);
    assert.strictEqual(list[0]!.id, 'b', 'the input list is left as it was');
    assert.strictEqual(compareAnnotations(span('a', 1, 2), span('a', 1, 2)), 0);
    assert.ok(compareAnnotations(span('b', 1, 2), span('a', 1, 2)) > 0);
  });

  it('describes a source by name, SHA-256 and length in code points', () => {
    const text = '📰 ' + seedArticle();
    assert.deepStrictEqual(describeSource('مقال.txt', text), { file: 'مقال.txt', sha256: sha256Hex(text), length: text.length - 1 });
  });

  it('creates an annotation with its quote, context and only the fields given', () => {
    const text = seedArticle();
    const start = Array.from(text.slice(0, text.indexOf('يحيى رسول'))).length;
    const before = Date.now();
    const a = createAnnotation(text, { type: 'actor', start, end: start + 9 });
    assert.strictEqual(a.text, 'يحيى رسول');
    assert.strictEqual(a.before, text.slice(start - 32, start));
    assert.strictEqual(a.after, text.slice(start + 9, start + 41));
    assert.match(a.id, /^a[a-z2-7]{26}$/);
    assert.deepStrictEqual([{ ...a.attrs }, { ...a.links }], [{}, {}]);
    assert.ok(!('note' in a) && !('annotator' in a) && !('orphaned' in a));
    assert.strictEqual(a.created, a.modified);
    assert.ok(Date.parse(a.created!) >= before - 1000 && Date.parse(a.created!) <= Date.now() + 1000);
    const attrs = { stance: 'neutral' };
    const b = createAnnotation(text, { type: 'claim', start, end: start + 4, attrs, links: { speaker: a.id }, note: 'ملاحظة', annotator: 'ليلى', now: '2024-02-11T00:00:00Z', id: 'given' });
    assert.deepStrictEqual([b.id, b.text, b.note, b.annotator, b.created, b.modified], ['given', 'يحيى', 'ملاحظة', 'ليلى', '2024-02-11T00:00:00Z', '2024-02-11T00:00:00Z']);
    assert.deepStrictEqual({ ...b.links }, { speaker: a.id });
    b.attrs.stance = 'changed';
    assert.strictEqual(attrs.stance, 'neutral', 'attrs are copied');
  });
});

describe('preview', () => {
  it('keeps a short quote, flattening its white space', () => {
    assert.strictEqual(preview('قال\n  يحيى\tرسول'), 'قال يحيى رسول');
    assert.strictEqual(preview('ا'.repeat(40)), 'ا'.repeat(40));
  });

  it('cuts a long quote to the limit in characters, an emoji counting as one', () => {
    assert.strictEqual(preview('ا'.repeat(41)), 'ا'.repeat(39) + '…');
    assert.strictEqual(preview('😀'.repeat(12), 10), '😀'.repeat(9) + '…');
    assert.strictEqual(preview('يحيى رسول', 5), 'يحيى…');
  });
});
