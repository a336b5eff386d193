/**
 * Attribution phrases (docs/assistance.md, "Attribution phrases"), read word by word: how many
 * words a phrase takes (the cue span a researcher sees), how many letters of و/ف before it are
 * left out, and whether a source is named after it. Each row is a phrase as news writes it.
 */
import * as assert from 'assert';
import { readAttribution, type AttributionReading } from '../../src/core/assist/claims/attributionPhrases';
import { foldWords } from '../../src/core/assist/text/foldedText';

/** The reading of the phrase at the start of `text` (folded as the claim finder folds it). */
function read(text: string, count?: number): AttributionReading | undefined {
  const words = foldWords(text);
  return readAttribution((k) => words[k]!, 0, count ?? words.length);
}

const reads = (words: number, prefix = 0, sourceFollows = true): AttributionReading => ({ words, prefix, sourceFollows });

describe('attribution phrases: what each phrase takes', () => {
  const rows: [string, AttributionReading | undefined][] = [
    ['بحسب الوزارة', reads(1)],
    ['حسب المصادر', reads(1)],
    ['وفق الوزارة', reads(1)],
    ['وفقا لوزارة الاقتصاد', reads(1)],
    ['ووفق الوزارة', reads(1, 1)],
    ['وبحسب المصادر', reads(1, 1)],
    ['فبحسب المصادر', reads(1, 1)],
    ['وفقا لما ذكرته الصحيفة', reads(3)],
    ['وفق ما نقلته وكالة الأنباء', reads(3)],
    ['بحسب ما أكده المتحدث', reads(3)],
    // حسبما / بحسبما carry their ما: the verb of saying follows at once.
    ['حسبما أفاد المصدر', reads(2)],
    ['بحسبما ذكرت الوزارة', reads(2)],
    ['وحسبما أوردت الوكالة', reads(2, 1)],
    ['حسب أفاد المصدر', reads(1)],
    ['نقلا عن مصادر طبية', reads(2)],
    ['ونقلا عن مصادر طبية', reads(2, 1)],
    ['على حد قوله', reads(3, 0, false)],
    ['وعلى حد تعبيرها', reads(3, 1, false)],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepStrictEqual(read(text), expected));
});

describe('attribution phrases: look-alikes that attribute nothing', () => {
  const rows: string[] = [
    'وفق ما هو محدد سلفا',
    'وفقا لما هو متبع',
    'نقلا من مكان إلى آخر',
    'على حد علمه',
    'على غرار قوله',
    'على حد السواء',
    // Only و or ف is taken off before a head.
    'لحسب التوقيت المحلي',
    'وزارة الخارجية',
    'فريق العمل',
    'المصادر',
  ];
  for (const text of rows) it(text, () => assert.strictEqual(read(text), undefined));

  it('stops at the end of the text: a phrase cut short there is not read', () => {
    assert.strictEqual(read('نقلا عن مصادر', 1), undefined);
    assert.strictEqual(read('على حد قوله', 2), undefined);
    assert.deepStrictEqual(read('وفق ما نقلته', 2), undefined);
    assert.deepStrictEqual(read('حسبما أفاد', 1), reads(1));
  });
});
