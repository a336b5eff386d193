// The re-anchor quick fix's choice of place: the core's re-anchoring of one annotation, with
// an exact occurrence of the quote preferred to an approximate match.
import * as assert from 'assert';
import { createAnnotation } from '../../src/core/model/build';
import { bestMatch } from '../../src/editor/problems/bestMatch';

const DATE = '11 فبراير/شباط 2024';
const TEXT = ['قال يحيى رسول متحدث القائد العام إن الاجتماعات استؤنفت', `وعقدت الجولة يوم ${DATE} في بغداد`, ''].join('\n');

function dateAnnotation(text = TEXT) {
  const start = Array.from(text.slice(0, text.indexOf(DATE))).length;
  return createAnnotation(text, { type: 'date', start, end: start + Array.from(DATE).length });
}

describe('bestMatch (re-anchor quick fix)', () => {
  it('finds the exact quote of an orphan far from where it was orphaned, not a cut-down copy', () => {
    const orphan = { ...dateAnnotation(), start: 0, end: 0, orphaned: true };
    const match = bestMatch(orphan, TEXT)!;
    assert.strictEqual(match.approximate, false);
    assert.strictEqual(match.placed.text, DATE);
    assert.strictEqual(TEXT.slice(match.placed.start, match.placed.end), DATE);
    assert.strictEqual(match.placed.orphaned, undefined);
  });

  it('among several exact copies, takes the one whose surroundings match the context', () => {
    const text = `${DATE} مقدمة.\n${TEXT}`;
    const a = dateAnnotation(TEXT);
    const orphan = { ...a, start: 0, end: 0, orphaned: true };
    const match = bestMatch(orphan, text)!;
    assert.strictEqual(match.placed.start, text.indexOf(DATE, 1));
  });

  it('re-anchors a mismatched quote approximately when the text has only a close version, and gives up when it has none', () => {
    const a = { ...dateAnnotation(), text: '11 فبراير/شباط 2025' };
    const match = bestMatch(a, TEXT)!;
    assert.strictEqual(match.approximate, true);
    assert.strictEqual(TEXT.slice(match.placed.start, match.placed.end), match.placed.text);
    assert.ok(match.placed.text.startsWith('11 فبراير'));
    assert.strictEqual(bestMatch({ ...a, text: 'نص لا وجود له في الخبر إطلاقا' }, TEXT), undefined);
  });
});
