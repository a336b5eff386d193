/**
 * followEdits in either unit of offsets (code points by default, UTF-16 units on request) with
 * astral characters before and inside a span, its types, and refreshQuotes, which re-reads
 * the quote and context of live spans from the text after the edits.
 */
import * as assert from 'assert';
import { followEdits, refreshQuotes, LiveSpan } from '../../src/core/anchoring/followEdits';
import { Annotation } from '../../src/core/model/annotation';
import { spanContext } from '../../src/core/text/context';
import { CodePointIndex } from '../../src/core/text/offsets';
import { applyChanges, del, ins, one, rep, slice, tag, type Unit, where } from './support/editScripts';

describe('followEdits', () => {
  describe('units', () => {
    // "😀" is one code point and two UTF-16 units.
    const doc = '😀 قال 😀';
    const cp = tag(doc, 'q', 2, 5); // "قال" in code points
    const u16: LiveSpan = { ...cp, start: 3, end: 6 };

    it('measures inserted astral characters in code points by default', () => {
      assert.deepStrictEqual(where(one(cp, [ins(0, '😀😀')])), [4, 7, false]);
      assert.deepStrictEqual(where(one(cp, [ins(3, '😀')])), [2, 6, false]);
    });

    it("measures them in UTF-16 units with unit 'utf16'", () => {
      assert.deepStrictEqual(where(one(u16, [ins(0, '😀😀')], 'utf16')), [7, 10, false]);
      assert.deepStrictEqual(where(one(u16, [ins(4, '😀')], 'utf16')), [3, 8, false]);
      const d2 = applyChanges(doc, [ins(4, '😀')], 'utf16');
      assert.strictEqual(d2.slice(3, 8), 'ق😀ال');
    });

    it('revives at the right offset in either unit', () => {
      const text = '😀😀 قال 😀';
      for (const unit of ['codePoint', 'utf16'] as Unit[]) {
        const orphan: LiveSpan = { ...cp, start: 0, end: 0, orphaned: true };
        const back = one(orphan, [ins(0, text)], unit);
        const expected = unit === 'utf16' ? text.indexOf('قال') : Array.from(text).indexOf('ق');
        assert.deepStrictEqual(where(back), [expected, expected + 3, false], unit);
        assert.strictEqual(slice(text, back.start, back.end, unit), 'قال');
      }
    });

    it('regrows by astral characters in either unit', () => {
      const text = 'x 😀a😀 y';
      const span = tag(text, 'e', 2, 5); // "😀a😀"
      const cut = one(span, [del(3, 2)]); // leaves "😀"
      assert.deepStrictEqual(where(cut), [2, 3, false]);
      assert.deepStrictEqual(one(cut, [ins(3, 'a😀')]), span);
      const span16: LiveSpan = { ...span, start: 2, end: 7 };
      const cut16 = one(span16, [del(4, 3)], 'utf16');
      assert.deepStrictEqual(where(cut16), [2, 4, false]);
      assert.deepStrictEqual(one(cut16, [ins(4, 'a😀')], 'utf16'), span16);
    });
  });

  describe('types', () => {
    it('accepts and returns annotations with all their fields', () => {
      const doc = 'قال الرئيس';
      const a: Annotation = {
        id: 'a1',
        type: 'actor',
        start: 4,
        end: 10,
        ...spanContext(doc, 4, 10),
        attrs: { role: 'head of state' },
        links: {},
        created: '2024-01-01T00:00:00Z',
        modified: '2024-01-01T00:00:00Z',
      };
      const [moved] = followEdits<Annotation>([a], [ins(0, 'و')]);
      assert.strictEqual(moved!.type, 'actor');
      assert.deepStrictEqual(moved!.attrs, { role: 'head of state' });
      assert.deepStrictEqual([moved!.start, moved!.end], [5, 11]);
    });
  });
});

describe('refreshQuotes', () => {
  it('sets text, before and after of live spans from the text, in code points', () => {
    const doc = '😀 قال الرئيس 😀 إن';
    const stale: LiveSpan = { id: 'r', start: 6, end: 12, text: 'old', before: '', after: '' };
    const [fresh] = refreshQuotes([stale], doc);
    assert.deepStrictEqual(fresh, { id: 'r', start: 6, end: 12, ...spanContext(doc, 6, 12) });
    assert.strictEqual(fresh!.text, 'الرئيس');
    assert.strictEqual(fresh!.before, '😀 قال ');
    assert.strictEqual(fresh!.after, ' 😀 إن');
  });

  it('leaves orphans and already fresh spans as the same objects, and accepts an index', () => {
    const doc = 'قال الرئيس';
    const orphan: LiveSpan = { id: 'o', start: 2, end: 2, orphaned: true, text: 'gone', before: 'x', after: 'y' };
    const fresh = tag(doc, 'f', 0, 3);
    const out = refreshQuotes([orphan, fresh], doc, CodePointIndex.of(doc));
    assert.strictEqual(out[0], orphan);
    assert.strictEqual(out[1], fresh);
  });

  it('makes every live span quote the text after followEdits', () => {
    const doc = 'قال الرئيس إن المحادثات متقدمة';
    const spans = [tag(doc, 'a', 0, 3), tag(doc, 'b', 4, 10), tag(doc, 'c', 14, 23)];
    const changes = [ins(5, 'ـ'), del(0, 2), rep(20, 3, 'XY')];
    const after = applyChanges(doc, changes);
    for (const s of refreshQuotes(followEdits(spans, changes), after)) {
      assert.strictEqual(s.text, slice(after, s.start, s.end));
    }
  });
});
