/**
 * Quotation marks paired within a line, the ground of a quoted claim's span: a pair never
 * crosses a line break, a closing mark with no opening one pairs with nothing, and straight
 * quotes pair in turn. Pairs are compared as [open, close] offsets.
 */
import * as assert from 'assert';
import { pairQuotes } from '../../src/core/assist/claims/quotedSpeech';

const pairs = (text: string): [number, number][] => [...pairQuotes(text)];

describe('claim cues: quotation marks', () => {
  it('pairs each kind of mark, a quote opening the text included', () => {
    assert.deepStrictEqual(pairs('«نعم» قال'), [[0, 4]]);
    assert.deepStrictEqual(pairs('“نعم” قال'), [[0, 4]]);
    assert.deepStrictEqual(pairs('"نعم" قال'), [[0, 4]]);
    assert.deepStrictEqual(pairs('قال «لا» و“نعم” و"ربما"'), [[4, 7], [10, 14], [17, 22]]);
  });

  it('pairs straight quotes in turn', () => {
    assert.deepStrictEqual(pairs('"ا" و"ب"'), [[0, 2], [5, 7]]);
  });

  it('pairs nothing with a closing mark that has no opening one before it', () => {
    assert.deepStrictEqual(pairs('قال» ثم «لا»'), [[8, 11]]);
    assert.deepStrictEqual(pairs('قال” ثم “لا”'), [[8, 11]]);
    // A closing mark used up: a second one does not pair with the same opening.
    assert.deepStrictEqual(pairs('«ا» ب» ج'), [[0, 2]]);
    assert.deepStrictEqual(pairs('“ا” ب” ج'), [[0, 2]]);
  });

  it('drops a mark left open at the end of a line', () => {
    for (const [open, close] of [['«', '»'], ['“', '”'], ['"', '"']]) {
      assert.deepStrictEqual(pairs(`${open}ا\nب${close}`), [], open);
      assert.deepStrictEqual(pairs(`ا\n${open}ب${close}`), [[2, 4]], open);
    }
  });

  it('lets the latest opening mark of a kind pair', () => {
    assert.deepStrictEqual(pairs('«ا «ب» ج'), [[3, 5]]);
  });
});
