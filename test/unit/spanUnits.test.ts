/**
 * Span offsets between code points (sidecars) and UTF-16 units (the editor). The two only
 * differ after an astral character, so every case here has emoji before some spans.
 */
import * as assert from 'assert';
import { CodePointIndex, sliceCodePoints } from '../../src/core/text/offsets';
import { spansToCodePoints, spansToUtf16 } from '../../src/core/text/spanUnits';

// A news line with an emoji before the second quote and a flag (two astral code points) before the third.
const TEXT = 'قال المتحدث 📢 إن اللجنة العسكرية 🇮🇶 استأنفت اجتماعاتها في بغداد';
const QUOTES = ['المتحدث', 'اللجنة العسكرية', 'استأنفت اجتماعاتها'];

interface Span {
  id: string;
  start: number;
  end: number;
  text: string;
}

function utf16Spans(): Span[] {
  return QUOTES.map((q, i) => {
    const start = TEXT.indexOf(q);
    return { id: `s${i}`, start, end: start + q.length, text: q };
  });
}

function codePointSpans(): Span[] {
  return QUOTES.map((q, i) => {
    const start = Array.from(TEXT.slice(0, TEXT.indexOf(q))).length;
    return { id: `s${i}`, start, end: start + Array.from(q).length, text: q };
  });
}

describe('span units', () => {
  const index = CodePointIndex.of(TEXT);

  it('turns editor (UTF-16) offsets after emoji into code points that slice the same quote', () => {
    const stored = spansToCodePoints(utf16Spans(), index);
    assert.deepStrictEqual(stored, codePointSpans());
    // One emoji before the second quote, three astral code points (emoji and flag) before the third.
    assert.deepStrictEqual(stored.map((s, i) => utf16Spans()[i]!.start - s.start), [0, 1, 3]);
    for (const s of stored) assert.strictEqual(sliceCodePoints(TEXT, s.start, s.end), s.text);
  });

  it('turns stored code points into UTF-16 offsets that slice the same quote', () => {
    const live = spansToUtf16(codePointSpans(), index);
    assert.deepStrictEqual(live, utf16Spans());
    for (const s of live) assert.strictEqual(TEXT.slice(s.start, s.end), s.text);
  });

  it('round-trips both ways and keeps every other field', () => {
    const spans = codePointSpans().map((s) => ({ ...s, note: 'ملاحظة', orphaned: s.id === 's2' }));
    assert.deepStrictEqual(spansToCodePoints(spansToUtf16(spans, index), index), spans);
  });

  for (const [name, text] of [['with emoji', TEXT], ['in Arabic without emoji', 'قال المتحدث إن اللجنة العسكرية استأنفت اجتماعاتها']] as const) {
    it(`gives copies, so moving a live span never moves the stored one (${name})`, () => {
      const idx = CodePointIndex.of(text);
      const stored = [{ id: 'a', start: 4, end: 11, text: 'المتحدث' }];
      for (const convert of [spansToUtf16, spansToCodePoints]) {
        const live = convert(stored, idx);
        assert.deepStrictEqual(live, stored);
        live[0]!.start = 0;
        assert.strictEqual(stored[0]!.start, 4, `${convert.name} returned the caller's object`);
      }
    });
  }
});
