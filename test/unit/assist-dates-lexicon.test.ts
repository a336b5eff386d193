/**
 * The date lexicon's look-up (docs/assistance.md, "Dates": attached prefixes are left out of a
 * span): which entry a word of the text is, and how many units of it are a prefix (و ب ل ف ك,
 * and ل before ال, which drops the alef: للعام). And which words announce a year.
 */
import * as assert from 'assert';
import { isYearCue, lookup } from '../../src/core/assist/dates/lexicon';
import { normalizeForMatching } from '../../src/core/text/normalize';

/** kind, n or month, prefix — of the word as the tokenizer would see it (normalised). */
function hit(word: string): [string, number, number] | undefined {
  const h = lookup(normalizeForMatching(word).text);
  if (!h) return undefined;
  return [h.word.kind, h.word.kind === 'month' ? h.word.month : h.word.n, h.prefix];
}

describe('date lexicon: a word and its attached prefix', () => {
  const rows: [string, [string, number, number] | undefined][] = [
    ['فبراير', ['month', 2, 0]],
    ['وفبراير', ['month', 2, 1]],
    ['بفبراير', ['month', 2, 1]],
    ['وبفبراير', ['month', 2, 2]],
    ['عام', ['yearCue', 0, 0]],
    ['بعام', ['yearCue', 0, 1]],
    // لعام is ل + عام, not a misspelt العام.
    ['لعام', ['yearCue', 0, 1]],
    ['لشهر', ['monthCue', 0, 1]],
    // ل before ال drops the alef: للعام = ل + العام, وللعام = و + ل + العام.
    ['العام', ['period', 2, 0]],
    ['للعام', ['period', 2, 1]],
    ['وللعام', ['period', 2, 2]],
    ['فللعام', ['period', 2, 2]],
    ['للشهر', ['period', 1, 1]],
    ['للهجرة', ['yearSuffix', 1, 0]],
    ['الأحد', ['weekday', 0, 0]],
    ['والخميس', ['weekday', 4, 1]],
    ['أمس', ['relDay', -1, 0]],
    ['غداً', ['relDay', 1, 0]],
    ['ه', ['yearSuffix', 1, 0]],
    ['م', ['yearSuffix', 0, 0]],
    // A one-letter entry is not read behind a prefix: وم، به are words, not suffixes.
    ['وم', undefined],
    ['به', undefined],
    ['فه', undefined],
    ['للتاريخ', undefined],
    ['وللقاء', undefined],
    ['الوزارة', undefined],
    ['', undefined],
    ['والمقبلتينالمقبلتين', undefined],
  ];
  for (const [word, expected] of rows) it(JSON.stringify(word), () => assert.deepStrictEqual(hit(word), expected));
});

describe('date lexicon: words that announce a year', () => {
  const rows: [string, boolean][] = [
    ['عام', true],
    ['سنة', true],
    ['عامي', true],
    ['العام', true],
    ['السنة', true],
    ['الشهر', false],
    ['الأسبوع', false],
    ['الثلاثاء', false],
    ['الثاني', false],
    ['فبراير', false],
    ['شهر', false],
  ];
  for (const [word, expected] of rows) {
    it(`${word}: ${expected}`, () => assert.strictEqual(isYearCue(lookup(normalizeForMatching(word).text)?.word), expected));
  }
  it('no word: false', () => assert.strictEqual(isYearCue(undefined), false));
});
