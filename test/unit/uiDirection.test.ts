// Hamish's own sentences in a right-to-left interface: framed right to left as a whole, and
// counts in the form Arabic needs; English left exactly as written.
import * as assert from 'assert';
import { PDI, RLI } from '../../src/core';
import { countOf } from '../../src/editor/display/counted';
import { framedFor, isRtlLanguage } from '../../src/editor/display/uiDirection';

describe('interface direction', () => {
  it('frames a sentence right to left in Arabic and other right-to-left interfaces', () => {
    assert.equal(framedFor('هامش: حُفظت التوصيفات.', 'ar'), `${RLI}هامش: حُفظت التوصيفات.${PDI}`);
    assert.equal(framedFor('x', 'ar-EG'), `${RLI}x${PDI}`);
    assert.ok(isRtlLanguage('fa') && isRtlLanguage('HE'));
  });

  it('leaves English, other left-to-right languages and empty text unchanged', () => {
    assert.equal(framedFor('Hamish: annotations saved.', 'en'), 'Hamish: annotations saved.');
    assert.equal(framedFor('Hamish', 'fr'), 'Hamish');
    assert.equal(framedFor('', 'ar'), '');
    assert.ok(!isRtlLanguage('en-us') && !isRtlLanguage(''));
  });

  it('picks the one, two or many form of a count', () => {
    const pick = (n: number) => countOf(n, 'ملف واحد', 'ملفان', `ملفات عددها ${n}`);
    assert.deepEqual([0, 1, 2, 3, 11].map(pick), ['ملفات عددها 0', 'ملف واحد', 'ملفان', 'ملفات عددها 3', 'ملفات عددها 11']);
  });
});
