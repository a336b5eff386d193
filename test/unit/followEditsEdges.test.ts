/**
 * followEdits at its edges: an event without changes, Undo of a deletion that cut an emoji
 * off either end of a span (code point unit), the choice among several revival sites by
 * context at the very edges of the inserted text, and quote refreshing that keeps objects
 * it need not replace.
 */
import * as assert from 'assert';
import { followEdits, refreshQuotes, type LiveSpan, type TextChange } from '../../src/core/anchoring/followEdits';
import { spanContext } from '../../src/core/text/context';

const del = (offset: number, deleteLength: number): TextChange => ({ offset, deleteLength, insertText: '' });
const ins = (offset: number, insertText: string): TextChange => ({ offset, deleteLength: 0, insertText });
const where = (s: LiveSpan) => [s.start, s.end, s.orphaned === true];

describe('followEdits edges', () => {
  it('returns the same spans, and only them, for an event without changes', () => {
    const spans: LiveSpan[] = [{ id: 'a', start: 1, end: 4, text: 'قال', before: '', after: '' }];
    const out = followEdits(spans, []);
    assert.strictEqual(out.length, 1);
    assert.strictEqual(out[0], spans[0]);
    assert.notStrictEqual(out, spans);
  });

  for (const unit of ['codePoint', 'utf16'] as const) {
    const size = (s: string) => (unit === 'utf16' ? s.length : Array.from(s).length);

    it(`takes back an emoji Undo puts back at the start of a span (${unit})`, () => {
      // "📰بغداد" tagged; the emoji is deleted (the span shrinks to "بغداد"), then Undo inserts it again.
      const span: LiveSpan = { id: 'a', start: 3, end: 3 + size('📰بغداد'), text: '📰بغداد', before: 'قال', after: '' };
      const [cut] = followEdits([span], [del(3, size('📰'))], { unit });
      assert.deepStrictEqual(where(cut!), [3, 3 + size('بغداد'), false]);
      const [back] = followEdits([cut!], [ins(3, '📰')], { unit });
      assert.deepStrictEqual(where(back!), where(span));
      // Text that does not end with the cut emoji stays outside.
      const [other] = followEdits([cut!], [ins(3, '😀')], { unit });
      assert.deepStrictEqual(where(other!), [3 + size('😀'), 3 + size('😀') + size('بغداد'), false]);
    });

    it(`takes back an emoji Undo puts back at the end of a span (${unit})`, () => {
      const span: LiveSpan = { id: 'a', start: 0, end: size('بغداد📰'), text: 'بغداد📰', before: '', after: ' اليوم' };
      const [cut] = followEdits([span], [del(size('بغداد'), size('📰'))], { unit });
      assert.deepStrictEqual(where(cut!), [0, size('بغداد'), false]);
      const [back] = followEdits([cut!], [ins(size('بغداد'), '📰 اليوم')], { unit });
      assert.deepStrictEqual(where(back!), where(span));
      const [other] = followEdits([cut!], [ins(size('بغداد'), '😀')], { unit });
      assert.deepStrictEqual(where(other!), [0, size('بغداد'), false]);
    });

    it(`does not regrow a span more than the text inserted (${unit})`, () => {
      const span: LiveSpan = { id: 'a', start: 0, end: 2, text: 'بغداد', before: '', after: '' };
      const [out] = followEdits([span], [ins(2, 'دا')], { unit });
      assert.deepStrictEqual(where(out!), [0, 2, false]);
    });
  }

  it('revives an orphan where the inserted text around the quote matches its context, up to the edges of the insertion', () => {
    const orphan: LiveSpan = { id: 'o', start: 5, end: 5, orphaned: true, text: 'بغداد', before: 'في ', after: ' أمس' };
    // Three copies; the last one has its context at the very start and end of the insertion.
    const inserted = 'من بغداد، إلى بغداد! في بغداد أمس';
    const [r] = followEdits([orphan], [ins(5, inserted)]);
    assert.deepStrictEqual(where(r!), [5 + inserted.lastIndexOf('بغداد'), 5 + inserted.lastIndexOf('بغداد') + 5, false]);
    // With the context only partly there, the copy with more of it wins; a tie goes to the first.
    const [first] = followEdits([orphan], [ins(5, 'بغداد بغداد')]);
    assert.strictEqual(first!.start, 5);
    const [second] = followEdits([orphan], [ins(5, 'x بغداد و في بغداد أ')]);
    assert.strictEqual(second!.start, 5 + 'x بغداد و في '.length);
    const [afterWins] = followEdits([orphan], [ins(5, 'بغداد أم، بغداد أمس')]);
    assert.strictEqual(afterWins!.start, 5 + 'بغداد أم، '.length);
  });
});

describe('refreshQuotes', () => {
  const text = 'بغداد - قال يحيى رسول، متحدث القائد العام، إن الاجتماعات ستستمر';
  const at = text.indexOf('يحيى رسول');
  const fresh = (): LiveSpan => ({ id: 'a', start: at, end: at + 9, ...spanContext(text, at, at + 9) });

  it('keeps the same object when quote and context are already right', () => {
    const spans = [fresh()];
    assert.strictEqual(refreshQuotes(spans, text)[0], spans[0]);
  });

  it('replaces the quote, or either context alone, when the text around changed', () => {
    for (const stale of [{ text: 'يحيى' }, { before: 'قديم' }, { after: 'قديم' }]) {
      const span = { ...fresh(), ...stale };
      const [out] = refreshQuotes([span], text);
      assert.notStrictEqual(out, span);
      assert.deepStrictEqual(out, fresh());
    }
  });

  it('leaves orphans with their last-seen quote', () => {
    const orphan: LiveSpan = { id: 'o', start: 3, end: 3, orphaned: true, text: 'محذوف', before: 'x', after: 'y' };
    assert.strictEqual(refreshQuotes([orphan], text)[0], orphan);
  });
});
